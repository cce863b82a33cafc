// The board pack as a user sees it without a browser (issue 14): page one and --brief in the
// Markdown report, and --history in summary (table, Markdown, CSV, JSON) and report. The strategies
// are written for these tests (test/fixtures/board/): one in Norwegian in progress whose vision is
// not assessed, and an older revision of it made here.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

// 4 December 2025, in the middle of the period 2024–2027.
const env = { SOURCE_DATE_EPOCH: '1764806400', TZ: 'UTC' };
const now = path.join(fixturesDir, 'board', 'nb-in-progress');
const ended = path.join(fixturesDir, 'board', 'en-ended');

/** An older revision of the strategy in progress: round 2024, and the catalogue goal not yet met. */
async function older(): Promise<string> {
  const dir = path.join(await makeTempDir(), 'v2024');
  await cp(now, dir, { recursive: true });
  const strategy = path.join(dir, 'strategy.yaml');
  await writeFile(strategy, (await readFile(strategy, 'utf8')).replace('round: 2025', 'round: 2024'));
  const area = path.join(dir, 'areas', '01-samlinger.yaml');
  await writeFile(area, (await readFile(area, 'utf8')).replace('assessment: JA,', 'assessment: NEI,'));
  return dir;
}

describe('page one in the Markdown report', () => {
  it('states the scores, the time passed, the key messages, the status per area and what to decide', async () => {
    const result = await runCli(['report', '--dir', now], { env });
    expect(result.exitCode, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md).toContain(
      'Samlet score: **38 %** (I rute) · Målbildet: **ingen vurdering** · 48 % av strategiperioden 2024–2027 er gått.',
    );
    expect(md).toContain(
      [
        '### Viktigst å vite',
        '',
        '- 1 av 2 områder er oppnådd, 0 i rute og 1 etter skjema.',
        '- FORMIDLING OG UTSTILLINGER MED ET SVÆRT LANGT OMRÅDENAVN SOM MÅ BRYTES PÅ TELEFON ligger lengst bak: 0 % mot terskelen 75 %.',
        '- 1 tiltak har passert fristen; lengst over er «Avtale med skolekontoret» (5 måneder over fristen).',
        '- 2 mål under terskelen mangler et utfylt tiltak: styret må avgjøre hva som skal gjøres.',
        '- 1 mål er ikke vurdert, helt eller delvis; tallene gjelder bare det som er vurdert.',
      ].join('\n'),
    );
    expect(md).toContain('| SAMLINGENE VÅRE | **Oppnådd** | 75 % |');
    expect(md).toContain('| **Målbildet** | | **ingen vurdering** |');
    expect(md).toContain(
      '- Museet har en kafé. (FORMIDLING OG UTSTILLINGER MED ET SVÆRT LANGT OMRÅDENAVN SOM MÅ BRYTES PÅ TELEFON, 0 %)',
    );
    // Page one comes before everything else.
    expect(md.indexOf('## Status og beslutninger')).toBeLessThan(md.indexOf('## Kort oppsummert'));
    // A goal's measure beside it, with how late it is.
    expect(md).toContain(
      '   - Tiltak: Avtale med skolekontoret (Museumsleder, juni 2025, startet, 5 måneder over fristen)',
    );
  });

  it('says in English when the period has ended, and every area below the threshold is then behind', async () => {
    const result = await runCli(['report', '--dir', ended, '--lang', 'en'], { env });
    expect(result.stdout).toContain(
      'Overall score: **50%** (Behind) · Vision: **50%** · The strategy period is over (it ended in 2021).',
    );
    expect(result.stdout).toContain('- The period ended in 2021; the overall score at its end is 50%.');
    expect(result.stdout).toContain('| VISITORS | **Behind** | 50% |');
  });

  it('--brief: page one and the areas behind with their goals and measures, without the full goal list', async () => {
    const result = await runCli(['report', '--dir', now, '--brief'], { env });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('## Status og beslutninger');
    expect(result.stdout).toContain(
      '## Områder etter skjema\n\n### FORMIDLING OG UTSTILLINGER MED ET SVÆRT LANGT OMRÅDENAVN SOM MÅ BRYTES PÅ TELEFON (0 %)',
    );
    expect(result.stdout).toContain(
      '- Alle skoleklasser i kommunen besøker museet hvert år. **NEI**\n  - Tiltak: Avtale med skolekontoret (Museumsleder, juni 2025, startet, 5 måneder over fristen)',
    );
    expect(result.stdout).not.toContain('## Kort oppsummert');
    expect(result.stdout).not.toContain('Hele samlingen er katalogisert digitalt.');
  });
});

describe('--history', () => {
  it('summary: a table of the score at each revision, in the terminal and in Markdown', async () => {
    const old = await older();
    const table = await runCli(['summary', '--dir', now, '--history', old, '--lang', 'en'], {
      env: { ...env, COLUMNS: '100' },
    });
    expect(table.exitCode, table.stderr).toBe(0);
    const lines = table.stdout.split('\n');
    const at = lines.indexOf('Progress over the revisions');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^Area\s+2024 \(.*v2024\)\s+2025 \(now\)\s+Progress$/);
    const history = lines.slice(at);
    expect(history.find((l) => l.startsWith('SAMLINGENE VÅRE'))).toMatch(/^SAMLINGENE VÅRE\s+25%\s+75%\s+\+50 pp$/);
    expect(history.find((l) => l.startsWith('Overall'))).toMatch(/^Overall\s+13%\s+38%\s+\+25 pp$/);
    const md = await runCli(['summary', '--dir', now, '--history', old, '--format', 'md'], { env });
    expect(md.stdout).toContain('| SAMLINGENE VÅRE | 25 % | 75 % | +50 pp |');
  });

  it('summary: JSON carries the history, oldest first and now last; CSV has a row per area and revision', async () => {
    const old = await older();
    const json = JSON.parse(
      (await runCli(['summary', '--dir', now, '--history', old, '--format', 'json'], { env })).stdout,
    ) as {
      history: {
        ref: string | null;
        round: number;
        overall: number | null;
        vision: number | null;
        areas: { id: string; score: number | null }[];
      }[];
    };
    expect(json.history.map((p) => [p.ref, p.round, p.overall, p.vision, p.areas.map((a) => a.score)])).toEqual([
      [old, 2024, 0.125, null, [0.25, 0]],
      [null, 2025, 0.375, null, [0.75, 0]],
    ]);
    const csv = parse((await runCli(['summary', '--dir', now, '--history', old, '--format', 'csv'], { env })).stdout, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(csv.filter((r) => r.area_id === 'samlinger')).toEqual([
      { area_id: 'samlinger', area_title: 'SAMLINGENE VÅRE', revision: old, round: '2024', score: '0.25' },
      { area_id: 'samlinger', area_title: 'SAMLINGENE VÅRE', revision: '', round: '2025', score: '0.75' },
    ]);
  });

  it('report: the history table, and the biggest move since the newest revision as a key message', async () => {
    const old = await older();
    const result = await runCli(['report', '--dir', now, '--history', old], { env });
    expect(result.stdout).toContain('## Utvikling over revisjonene');
    expect(result.stdout).toContain('| SAMLINGENE VÅRE | 25 % | 75 % | +50 pp |');
    expect(result.stdout).toContain('- SAMLINGENE VÅRE har gått fram 50 pp siden revisjon 2024.');
  });

  it('a revision that cannot be read is a usage error that names it, with no stack trace', async () => {
    const result = await runCli(['summary', '--dir', now, '--history', path.join(await makeTempDir(), 'nowhere')], {
      env,
    });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('nowhere');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('cannot be combined with --against', async () => {
    const old = await older();
    const result = await runCli(['summary', '--dir', now, '--history', old, '--against', old], { env });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--against/);
  });
});
