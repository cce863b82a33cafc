// What `vm-strategy import` says after reading a document (the account), --strict, --format and
// --scale, through the built command: what a user sees on stdout and stderr, and what is written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

const corpus = path.join(fixturesDir, 'import', 'corpus');
const importCase = async (name: string, ...extra: string[]) => {
  const out = path.join(await makeTempDir(), 'strategy');
  const run = await runCli(['import', 'document.txt', '--out', out, ...extra], {
    cwd: path.join(corpus, name),
    env: { NO_COLOR: '1' },
  });
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return { run, out };
};
const listed = (name: string) =>
  readFileSync(path.join(corpus, name, 'diagnostics.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);

describe('the account after an import', () => {
  it('says what was read, marks by kind, and every line with a mark-like word left unused (nb)', async () => {
    const { run } = await importCase('unknown-marks');
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(
      'Lest fra document.txt: 1 område, 4 utviklingsmål med 2 vurderinger, målbildet med 1 utsagn og 2 vurderinger, 0 kommentarer.\n' +
        'Vurderinger etter slag: JA 3, NEI 1.\n' +
        'Vurderingsord som ikke er brukt som vurdering: linje 6 («Delvis»), linje 13 («Delvis»), linje 14 («PARTLY»), linje 15 («Kanskje»), linje 16 («JA»).\n' +
        'Skrev ',
    );
  });

  it('in English, and says so when nothing was left unused', async () => {
    const { run } = await importCase('comments', '--lang', 'en');
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(
      'Read from document.txt: 1 area, 3 development goals with 3 marks, a vision of 2 statements with 2 marks, 6 comments.\n' +
        'Marks by kind: JA 2, NEI 2, TJA 1.\n' +
        'No mark-like word was left unused.\n',
    );
  });
});

describe('--strict', () => {
  it('turns every guess and unused line into an error: exit 1, nothing written', async () => {
    const { run, out } = await importCase('unknown-marks', '--strict');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('document.txt:6: feil: «Delvis» står der en vurdering står');
    expect(run.stderr).not.toContain('advarsel');
    expect(run.stderr).toContain(
      '--strict: 7 gjetninger eller ubrukte linjer i document.txt (se over) teller som feil; ingenting er skrevet.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('writes a document that needs no guess', async () => {
    const { run, out } = await importCase('nb-bullets', '--strict');
    expect(run.exitCode).toBe(0);
    expect(existsSync(path.join(out, 'strategy.yaml'))).toBe(true);
  });
});

describe('--format', () => {
  it('json: the findings on stdout as validate writes them; the account stays on stderr', async () => {
    const { run } = await importCase('unknown-marks', '--format', 'json');
    expect(run.exitCode).toBe(0);
    const rows = JSON.parse(run.stdout) as {
      code: string;
      severity: string;
      file: string;
      line: number;
      message: string;
      hint: string;
    }[];
    expect(rows.map((r) => `${r.line} ${r.code}`)).toEqual(listed('unknown-marks'));
    expect(rows[0]).toMatchObject({
      severity: 'warning',
      file: 'document.txt',
      line: 6,
      message: expect.stringContaining('«Delvis»'),
    });
    expect(run.stderr).toContain('Lest fra document.txt');
    expect(run.stderr).not.toContain('advarsel:');
  });

  it('github: one annotation a finding; with --strict they are errors and nothing is written', async () => {
    const { run, out } = await importCase('unknown-marks', '--format', 'github', '--strict');
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^::error file=document\.txt,line=6,col=0,title=vm-strategy import-unknown-mark::/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('--scale', () => {
  it('en: an English document without the guess; nb: its marks are warned about, never taken silently', async () => {
    const en = await importCase('en-harbour', '--scale', 'en');
    expect(en.run.exitCode).toBe(0);
    expect(en.run.stderr).not.toContain('import-scale-chosen');
    expect(readFileSync(path.join(en.out, 'scale.yaml'), 'utf8')).toContain('code: "PARTLY"');

    const nb = await importCase('en-harbour', '--scale', 'nb');
    expect(nb.run.stderr).toContain(
      'document.txt:24: advarsel: Utviklingsmålet «Register every object in the new catalogue YES» har ingen vurdering fra skalaen.',
    );
    expect(nb.run.stderr).toMatch(/document\.txt:24: advarsel: «YES» står der en vurdering står/);
  });

  it('a name that is neither nb, en nor a file: exit 2 with a message', async () => {
    const { run } = await importCase('en-harbour', '--scale', 'english');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/Finner ikke filen english\./);
  });
});
