// `vm-strategy report`: golden files for the bundled strategy, hostile content, templates,
// and what the command does with files. Browser and PDF checks live in test/e2e/report-browser.test.ts.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { exampleNotice, makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

// A fixed date and version, so the golden files only change when the report does.
const pinned = { SOURCE_DATE_EPOCH: '1700000000', VM_STRATEGY_REPORT_VERSION: '0.0.0-golden' };
const noStack = /\n\s+at /;

describe('golden reports of the bundled strategy', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`Markdown (${lang}) matches test/golden/report.${lang}.md`, async () => {
      const result = await runCli(['report', '--example', '--lang', lang], { env: pinned });
      expect(result.stderr).toBe(exampleNotice[lang]);
      expect(result.exitCode).toBe(0);
      await expect(result.stdout).toMatchFileSnapshot(`golden/report.${lang}.md`);
    });

    it(`HTML (${lang}) matches test/golden/report.${lang}.html`, async () => {
      const out = path.join(await makeTempDir(), 'report.html');
      const result = await runCli(['report', '--example', '--format', 'html', '-o', out, '--lang', lang], {
        env: pinned,
      });
      expect(result.exitCode).toBe(0);
      await expect(await readFile(out, 'utf8')).toMatchFileSnapshot(`golden/report.${lang}.html`);
    });
  }

  it('shows what a reader needs: marks in the vision, the note, the comments and the scale', async () => {
    const { stdout } = await runCli(['report'], { env: pinned });
    expect(stdout).toContain('# Revisjonsrapport – Strategi 2018–2025');
    expect(stdout).toContain('Laget 14. november 2023');
    expect(stdout).toContain('Samlet score: **56 %**');
    // A vision clause carries its mark where it stands in the text, punctuation kept tight.
    expect(stdout).toMatch(
      /forskningsinfrastruktur \*\*JA\*\*\. Vi har sikret at de bevares og utvikles for framtiden \*\*NEI\/JA\*\*, og vi har gjort/,
    );
    expect(stdout).toContain('Merknad: Tiltak på RIngve er iverksatt');
    expect(stdout).toContain(
      'Kommentar (Jørn Wroldsen): Må nok i VMs strategi ta inn over oss at NTNU nå er i tre byer!',
    );
    expect(stdout).toContain('| **JA--** | Delvis oppnådd | 0,6 |');
    // Lowest first: the NEI goals come before the partial ones in "what lags behind".
    const lagging = stdout.slice(stdout.indexOf('## Det som henger etter'), stdout.indexOf('### Ikke vurderte mål'));
    expect(lagging.indexOf('`samlinger.effektiv-infrastruktur`')).toBeLessThan(
      lagging.indexOf('`formidling.digital-deling`'),
    );
    expect(lagging.indexOf('`formidling.digital-deling`')).toBeLessThan(
      lagging.indexOf('`arbeidsmiljo.endringsvilje`'),
    );
    expect(lagging).not.toContain('forskning.'); // every research goal is achieved
  });

  it("shows each goal's mark once, as the badge beside its text, and no id line (as the HTML, which keeps ids to tooltips)", async () => {
    const { stdout } = await runCli(['report'], { env: pinned });
    const goals = stdout.slice(stdout.indexOf('### Utviklingsmål'));
    expect(goals).toMatch(/^1\. .+ \*\*(JA|JA-|JA--|NEI\+|NEI)\*\*$/m);
    expect(goals).not.toMatch(/^ {3}- Vurdering: /m);
    expect(goals).not.toMatch(/^ {3}- id: /m);
  });

  it('speaks English with --lang en but keeps the strategy text as written', async () => {
    const { stdout } = await runCli(['report', '--lang', 'en'], { env: pinned });
    expect(stdout).toContain('# Revision report – Strategi 2018–2025');
    expect(stdout).toContain('## What lags behind');
    expect(stdout).toContain('## The assessment scale');
    expect(stdout).toContain('VÅRE VITENSKAPELIGE SAMLINGER');
    expect(stdout).not.toContain('Det som henger etter');
  });
});

// Content written by many hands: every kind of markup that could run in a reader's mail client.
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[y](JaVaScRiPt&#58;alert(1))',
  '[z](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<iframe src="https://evil.example"></iframe>',
  '<form action="https://evil.example"><button>Send</button></form>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<a href="#" onclick="alert(1)">klikk</a>',
  '<svg onload=alert(1)>',
];
const manyStars = '*'.repeat(100_000);

async function hostileStrategy(): Promise<string> {
  const dir = await makeStrategy();
  const file = path.join(dir, 'areas', '01-samlinger.yaml');
  const area = parse(await readFile(file, 'utf8')) as Record<string, unknown> & { goals: Record<string, unknown>[] };
  area.title = `SAMLINGER ${payloads[0]}`;
  area.introduction = payloads.join('\n\n');
  area.text = `${payloads.join(' ')}\n\n${manyStars}`;
  area.pillars = { title: payloads[1], items: payloads };
  area.goals = payloads.map((p, i) => ({
    id: `samlinger.hostile-${i}`,
    text: `Mål ${p}`,
    assessment: { mark: 'NEI', note: p, by: p },
    comments: [{ author: p, text: p }],
    tags: [p],
  }));
  area.goals.push({ id: 'samlinger.stars', text: manyStars, assessment: 'JA' });
  await writeFile(file, stringify(area, { lineWidth: 0 }));
  return dir;
}

/** Every tag in the page with its attributes, as a browser would see it. */
const tags = (html: string) => html.match(/<[a-zA-Z][^>]*>/g) ?? [];
const decodeEntities = (s: string) =>
  s
    .replace(/&#(\d+);?/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);?/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&colon;/gi, ':');

describe('hostile content', () => {
  it('never reaches the HTML report in executable form', async () => {
    const dir = await hostileStrategy();
    const out = path.join(dir, 'report.html');
    const result = await runCli(['report', '--dir', dir, '--format', 'html', '-o', out]);
    expect(result.stderr).not.toMatch(noStack);
    expect(result.exitCode).toBe(0);
    const html = await readFile(out, 'utf8');

    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(iframe|form|base|object|embed|button)\b/i);
    expect(html).not.toMatch(/<meta[^>]+http-equiv=["']?refresh/i);
    for (const tag of tags(html)) {
      expect(tag, tag).not.toMatch(/\son[a-z]+\s*=/i);
      for (const [, value] of tag.matchAll(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?([^"'\s>]*)/gi)) {
        expect(decodeEntities(value ?? '').replace(/\s/g, ''), tag).not.toMatch(/^(javascript|data|vbscript):/i);
      }
    }
    // The words are still there for the reader, as text.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Mål &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain("default-src 'none'");
  });

  it('is escaped in the Markdown report, so GitHub shows it as text', async () => {
    const dir = await hostileStrategy();
    const result = await runCli(['report', '--dir', dir]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Mål &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(result.stdout).toContain('Mål \\[x\\](javascript:alert(1))');
  });
});

describe('templates', () => {
  it("uses an organisation's own templates with --template", async () => {
    const dir = await makeTempDir();
    await cp(path.join(repoRoot, 'templates', 'report'), dir, { recursive: true });
    const title = path.join(dir, 'title.eta');
    await writeFile(
      title,
      (await readFile(title, 'utf8')).replace(
        '<header class="title-block">',
        '<header class="title-block"><p>Eget oppsett <%= it.meta.organisation %></p>',
      ),
    );
    const out = path.join(dir, 'out.html');
    const result = await runCli(['report', '--format', 'html', '--template', dir, '-o', out]);
    expect(result.exitCode).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('<p>Eget oppsett NTNU Vitenskapsmuseet</p>');
  });

  it('says which file is missing from a template folder', async () => {
    const dir = await makeTempDir();
    await cp(path.join(repoRoot, 'templates', 'report'), dir, { recursive: true });
    await writeFile(path.join(dir, 'badge.eta'), '');
    await import('node:fs/promises').then((fs) => fs.rm(path.join(dir, 'vision.eta')));
    const result = await runCli(['report', '--format', 'html', '--template', dir, '-o', path.join(dir, 'x.html')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('vision.eta');
    expect(result.stderr).not.toMatch(noStack);
  });

  it('names the broken template and writes nothing', async () => {
    const dir = await makeTempDir();
    await cp(path.join(repoRoot, 'templates', 'report'), dir, { recursive: true });
    await writeFile(path.join(dir, 'scale.eta'), '<% if ( %>');
    const out = path.join(dir, 'x.html');
    const result = await runCli(['report', '--format', 'html', '--template', dir, '-o', out]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/scale\.eta/);
    expect(result.stderr).not.toMatch(noStack);
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a template folder that does not exist', async () => {
    const result = await runCli([
      'report',
      '--format',
      'html',
      '--template',
      '/does/not/exist',
      '-o',
      '/tmp/never.html',
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('/does/not/exist');
  });
});

describe('writing the report', () => {
  it('writes report.html in the current folder when no -o is given, and says so', async () => {
    const cwd = await makeTempDir();
    await cp(path.join(repoRoot, 'strategy'), path.join(cwd, 'strategy'), { recursive: true });
    const result = await runCli(['report', '--format', 'html'], { cwd });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('Skrev report.html\n');
    expect(result.stdout).toBe('');
    expect((await readFile(path.join(cwd, 'report.html'), 'utf8')).startsWith('<!DOCTYPE html>')).toBe(true);
    // Only the report: no temporary file is left beside it.
    expect((await readdir(cwd)).sort()).toEqual(['report.html', 'strategy']);
  });

  it('writes Markdown to a file with -o', async () => {
    const cwd = await makeTempDir();
    const result = await runCli(['report', '--example', '-o', 'r.md', '--lang', 'en'], { cwd });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(`${exampleNotice.en}Wrote r.md\n`);
    expect(await readFile(path.join(cwd, 'r.md'), 'utf8')).toContain('## At a glance');
  });

  it('writes nothing and keeps the old report when the strategy has errors', async () => {
    const dir = await makeStrategy('unknown-mark');
    const out = path.join(dir, 'report.html');
    await writeFile(out, 'the old report');
    const result = await runCli(['report', '--dir', dir, '--format', 'html', '-o', out]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('mark-unknown');
    expect(result.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe('the old report');
  });

  it('says so when the target folder does not exist', async () => {
    const result = await runCli(['report', '-o', '/does/not/exist/r.md']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('/does/not/exist/r.md');
    expect(result.stderr).not.toMatch(noStack);
  });

  it('rejects an unknown format with exit code 2', async () => {
    const result = await runCli(['report', '--format', 'odt']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('odt');
  });
});

describe('a strategy with unassessed goals and unknown marks', () => {
  it('lists unassessed goals and puts unknown marks among what lags behind', async () => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'areas', '02-formidling.yaml');
    const area = parse(await readFile(file, 'utf8')) as { goals: Record<string, unknown>[] };
    delete area.goals[0]!.assessment;
    area.goals[1]!.assessment = 'Vet ikke';
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, stringify(area));
    const result = await runCli(['report', '--dir', dir, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    const unassessed = result.stdout.slice(result.stdout.indexOf('### Goals not assessed'));
    expect(unassessed).toContain(String(area.goals[0]!.id));
    const lagging = result.stdout.slice(
      result.stdout.indexOf('## What lags behind'),
      result.stdout.indexOf('### Goals not assessed'),
    );
    expect(lagging).toContain(String(area.goals[1]!.id));
    expect(lagging).toContain('**VET IKKE**');
  });
});

// Needs no browser: CHROME_PATH comes from the run's environment, and names none.
describe('the PDF report without a browser', () => {
  it('exits 2 with a message saying how to install Chromium, no stack trace, and no file', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'report.pdf');
    const result = await runCli(['report', '--format', 'pdf', '-o', file], { env: { CHROME_PATH: '/nonexistent' } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toMatch(noStack);
    expect(result.stderr).toMatch(/chromium/i);
    expect(result.stderr, 'says how to install Chromium').toMatch(/install/i);
    expect(existsSync(file)).toBe(false);
    expect(await readdir(dir), 'nothing written, not even a temp file').toEqual([]);
  });
});
