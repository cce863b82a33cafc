// One number format and one date format: every output for people shows the same score the same
// way ("58 %" in Norwegian, "58%" in English), and dates as a reader writes them, in local time.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreChange } from '../src/core/compare.js';
import {
  dateText,
  decimalText,
  monthText,
  percentText,
  pointsText,
  shareText,
  wholePercent,
} from '../src/i18n/format.js';
import { exampleNotice, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

describe('the one format', () => {
  it('rounds a score to a whole percent, halves up, on its decimal value', () => {
    // 0.575 * 100 is 57.49999999999999 in binary: the old Math.round showed 57.
    expect(wholePercent(0.575)).toBe(58);
    expect(wholePercent(0.145)).toBe(15);
    expect(wholePercent(0.5625)).toBe(56);
    expect(wholePercent(0.005)).toBe(1);
    expect(wholePercent(0.0049)).toBe(0);
    expect(wholePercent(1)).toBe(100);
  });

  it('writes a percentage with a space in Norwegian and without in English', () => {
    expect(percentText(0.575, 'nb')).toBe('58 %');
    expect(percentText(0.575, 'en')).toBe('58%');
    expect(percentText(null, 'nb')).toBe('–');
    expect(shareText(24, 44, 'nb')).toBe('55 %');
    expect(shareText(0, 0, 'en')).toBe('0%');
  });

  it('gives a change in whole points from the rounded percentages shown beside it', () => {
    // 56.25 % → 61.4 % shows as 56 % → 61 %, so the change reads +5, not +5.15 rounded.
    expect(pointsText(0.5625, 0.614, 'nb')).toBe('+5 pp');
    expect(pointsText(0.8, 0.62, 'en')).toBe('-18 pp');
    expect(pointsText(0.55, 0.55, 'nb')).toBe('0 pp');
    expect(pointsText(null, 0.5, 'nb')).toBe('–');
  });

  it('rounds the JSON change in points by the same rule, to one decimal', () => {
    // The README's example: 0.558 → 0.6125 is +5.45 points, which binary arithmetic made 5.4.
    expect(scoreChange(0.558, 0.6125).change).toBe(5.5);
    expect(scoreChange(0.6125, 0.558).change).toBe(-5.5);
    expect(scoreChange(0.5, 0.5).change).toBe(0);
  });

  it('writes decimals with a comma in Norwegian', () => {
    expect(decimalText(0.6, 'nb')).toBe('0,6');
    expect(decimalText(0.6, 'en')).toBe('0.6');
    expect(decimalText(0.85, 'nb')).toBe('0,85');
    expect(decimalText(1, 'nb')).toBe('1');
  });

  it('writes dates and months as words', () => {
    expect(dateText('2026-12-04', 'nb')).toBe('4. desember 2026');
    expect(dateText('2026-12-04', 'en')).toBe('4 December 2026');
    expect(dateText('2023-06-15', 'nb')).toBe('15. juni 2023');
    expect(monthText('2023-06', 'nb')).toBe('juni 2023');
    expect(monthText('2023-06', 'en')).toBe('June 2023');
    expect(monthText(2024, 'nb')).toBe('2024');
  });
});

/** Everything a person reads, from every renderer of the bundled strategy, in one language. */
async function everyOutput(lang: 'nb' | 'en', old: string): Promise<Record<string, string>> {
  const out = await makeTempDir();
  const run = async (args: string[]) => {
    const result = await runCli([...args, '--example', '--lang', lang]);
    expect(result.stderr).toBe(exampleNotice[lang]);
    expect(result.exitCode).toBe(0);
    return result.stdout;
  };
  const file = async (args: string[], name: string) => {
    const target = path.join(out, `${lang}-${name}`);
    const result = await runCli([...args, '-o', target, '--lang', lang]);
    expect(result.exitCode).toBe(0);
    // Visible text only: the style sheet's "100%" is no number shown to anyone.
    return (await readFile(target, 'utf8')).replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
  };
  return {
    'summary table': await run(['summary']),
    'summary md': await run(['summary', '--format', 'md']),
    'summary --against': await run(['summary', '--against', old]),
    'compare table': await run(['compare', '--against', old]),
    'compare md': await run(['compare', '--against', old, '--format', 'md']),
    'report md': await run(['report', '--against', old]),
    'report html': await file(['report', '--format', 'html', '--against', old], 'report.html'),
    'plan md': await run(['plan']),
    'plan html': await file(['plan', '--format', 'html'], 'plan.html'),
  };
}

describe.concurrent('every output for people, in both languages', () => {
  // The bundled strategy compared with itself: the comparison's numbers are those of today.
  const old = path.join(repoRoot, 'strategy');
  // Each language's outputs are made once, for both tests.
  const made = new Map<string, Promise<Record<string, string>>>();
  const outputsIn = (lang: 'nb' | 'en') => made.get(lang) ?? made.set(lang, everyOutput(lang, old)).get(lang)!;

  it.for(['nb', 'en'] as const)('%s: shows each percentage in the one format', async (lang, { expect }) => {
    const outputs = await outputsIn(lang);
    for (const [name, text] of Object.entries(outputs)) {
      if (lang === 'nb') expect(text, name).not.toMatch(/\d%/);
      else expect(text, name).not.toMatch(/\d %/);
      expect(text, name).toMatch(lang === 'nb' ? /\d %/ : /\d%/);
    }
  });

  it.for(['nb', 'en'] as const)('%s: shows the same number for the same score everywhere', async (lang, { expect }) => {
    const outputs = await outputsIn(lang);
    // ARBEIDSMILJØ OG UTVIKLINGSEVNE scores 0.575: 58 everywhere it appears, never 57.
    const score = lang === 'nb' ? '58 %' : '58%';
    for (const name of [
      'summary table',
      'summary md',
      'summary --against',
      'compare table',
      'compare md',
      'report md',
      'report html',
    ]) {
      expect(outputs[name], name).toContain(score);
      expect(outputs[name], name).not.toMatch(/\b57 ?%/);
    }
    // The overall score: 56 in the summary, the comparison and the report alike.
    const overall = lang === 'nb' ? '56 %' : '56%';
    for (const name of ['summary table', 'summary md', 'compare table', 'report md', 'report html'])
      expect(outputs[name], name).toContain(overall);
  });
});

describe('dates', () => {
  // fixedEpoch is 2023-06-15T12:00:00Z: already 16 June in New Zealand (UTC+12).
  it('shows the report date in words, on the local calendar', async () => {
    const utc = await runCli(['report']);
    expect(utc.stdout).toContain('Laget 15. juni 2023');
    const auckland = await runCli(['report'], { env: { TZ: 'Pacific/Auckland' } });
    expect(auckland.stdout).toContain('Laget 16. juni 2023');
    const english = await runCli(['report', '--lang', 'en'], { env: { TZ: 'Pacific/Auckland' } });
    expect(english.stdout).toContain('Generated 16 June 2023');
  });

  it('keeps an ISO date for machines in the HTML, beside the date in words', async () => {
    const out = path.join(await makeTempDir(), 'report.html');
    const result = await runCli(['report', '--format', 'html', '-o', out], { env: { TZ: 'Pacific/Auckland' } });
    expect(result.exitCode).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('<time datetime="2023-06-16">16. juni 2023</time>');
  });

  it('shows deadlines of measures as month and year', async () => {
    const plan = await runCli(['plan', '--lang', 'en']);
    expect(plan.stdout).toMatch(
      /\| (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d \|/,
    );
    expect(plan.stdout).not.toMatch(/\| 20\d\d-\d\d \|/);
  });
});
