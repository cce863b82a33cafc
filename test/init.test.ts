// `vm-strategy init DIR`: a new strategy folder that validates, reports and opens in an editor
// with its schemas; a folder that is not empty is never touched.
import { readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

/** Every file under a folder, relative and '/'-separated, sorted. */
function tree(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? tree(dir, rel ? `${rel}/${e.name}` : e.name) : [rel ? `${rel}/${e.name}` : e.name],
    )
    .sort();
}

// runCli pins the date to 2023-06-15: the strategy starts in 2023, so the first plan is 2024–2026.
const expectedFiles = (areaId: string) =>
  [
    'README.md',
    `areas/01-${areaId}.yaml`,
    'plans/2024-2026.yaml',
    'scale.yaml',
    'schemas/area.schema.json',
    'schemas/plan.schema.json',
    'schemas/scale.schema.json',
    'schemas/strategy.schema.json',
    'strategy.yaml',
  ].sort();

describe('vm-strategy init', () => {
  it('makes a folder that validates without any problem (nb)', async () => {
    const parent = await makeTempDir();
    const result = await runCli(['init', 'ny-strategi', '--org', 'Testmuseet'], { cwd: parent });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'Laget en ny strategi i ny-strategi: strategy.yaml, scale.yaml, areas/01-eksempel.yaml',
    );
    expect(result.stderr).toContain('Neste steg:\n  vm-strategy validate --dir ny-strategi\n');
    const dir = path.join(parent, 'ny-strategi');
    expect(tree(dir)).toEqual(expectedFiles('eksempel'));

    const validate = await runCli(['validate', '--dir', dir, '--format', 'json']);
    expect(validate.exitCode).toBe(0);
    expect(JSON.parse(validate.stdout)).toEqual([]);
    const strategy = await readFile(path.join(dir, 'strategy.yaml'), 'utf8');
    expect(strategy).toContain('\norganisation: Testmuseet\n');
    expect(strategy).toContain('\nperiod:\n  from: 2023\n  to: 2030\nround: 2023 ');
  });

  it('makes an English folder with --lang en, and report works on it', async () => {
    const dir = path.join(await makeTempDir(), 'deep', 'new');
    const result = await runCli(['init', dir, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`Made a new strategy in ${dir}: `);
    expect(tree(dir)).toEqual(expectedFiles('example'));
    expect(await readFile(path.join(dir, 'strategy.yaml'), 'utf8')).toContain('\norganisation: Our organisation\n');
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toMatch(/^# The strategy of Our organisation\n/);

    const validate = await runCli(['validate', '--dir', dir, '--lang', 'en']);
    expect(validate).toEqual({ exitCode: 0, stdout: 'No problems found (4 files checked).\n', stderr: '' });
    const report = await runCli(['report', '--dir', dir, '--lang', 'en']);
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toContain('# Revision report – Strategy 2023–2030');
    const summary = await runCli(['summary', '--dir', dir, '--format', 'json']);
    expect(summary.exitCode).toBe(0);
    const plan = await runCli(['plan', '--dir', dir, '--lang', 'en']);
    expect(plan.exitCode).toBe(0);
  });

  it('every YAML file starts with the modeline, the scale is the bundled one, the plan is empty', async () => {
    const dir = path.join(await makeTempDir(), 's');
    expect((await runCli(['init', dir])).exitCode).toBe(0);
    const first = async (rel: string) => (await readFile(path.join(dir, rel), 'utf8')).split('\n')[0];
    expect(await first('strategy.yaml')).toBe('# yaml-language-server: $schema=schemas/strategy.schema.json');
    expect(await first('scale.yaml')).toBe('# yaml-language-server: $schema=schemas/scale.schema.json');
    expect(await first('areas/01-eksempel.yaml')).toBe('# yaml-language-server: $schema=../schemas/area.schema.json');
    expect(await first('plans/2024-2026.yaml')).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect(await readFile(path.join(dir, 'scale.yaml'), 'utf8')).toBe(
      await readFile(path.join(repoRoot, 'strategy', 'scale.yaml'), 'utf8'),
    );
    expect(await readFile(path.join(dir, 'plans/2024-2026.yaml'), 'utf8')).toMatch(
      /\nperiod:\n {2}from: 2024\n {2}to: 2026\nmeasures: \[\]\n$/,
    );
    for (const name of await readdir(path.join(dir, 'schemas'))) {
      expect(await readFile(path.join(dir, 'schemas', name), 'utf8')).toBe(
        await readFile(path.join(repoRoot, 'strategy', 'schemas', name), 'utf8'),
      );
    }
    // No temporary files left behind by the atomic writes.
    expect(tree(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('quotes an organisation name that YAML would misread', async () => {
    const dir = path.join(await makeTempDir(), 's');
    const org = 'Museum: «Nord» # 1 \'x\' "y"';
    expect((await runCli(['init', dir, '--org', org])).exitCode).toBe(0);
    const summary = await runCli(['summary', '--dir', dir, '--format', 'json']);
    expect(summary.exitCode).toBe(0);
    expect(summary.stdout).toContain(JSON.stringify(org));
  });

  it('uses an existing empty folder', async () => {
    const dir = await makeTempDir();
    expect((await runCli(['init', dir])).exitCode).toBe(0);
    expect(tree(dir)).toEqual(expectedFiles('eksempel'));
  });

  describe.each([
    ['nb', [], /^vm-strategy: Mappen .* er ikke tom; ingenting er skrevet\./],
    ['en', ['--lang', 'en'], /^vm-strategy: The folder .* is not empty; nothing was written\./],
  ])('refuses a folder that is not empty (%s)', (_lang, langArgs, message) => {
    it('exit 2, a message, nothing written', async () => {
      const dir = await makeTempDir();
      await writeFile(path.join(dir, '.keep'), '');
      const result = await runCli(['init', dir, ...langArgs]);
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await readdir(dir)).toEqual(['.keep']);
    });
  });

  it.for<[string, string[], RegExp]>([
    ['a DIR that is a file', ['init', 'package.json'], /^vm-strategy: package\.json finnes, men er ikke en mappe\./],
    ['no DIR', ['init'], /^vm-strategy: Argumentet <mappe> mangler\.\nSe «vm-strategy init --help»\.\n$/],
    ['an empty --org', ['init', 'x', '--org', ' '], /^vm-strategy: --org må ha en tekst/],
    [
      'an unknown --lang',
      ['init', 'x', '--lang', 'de'],
      /^vm-strategy: Ugyldig verdi «de» for --lang\. Mulige verdier: nb, en\.\n/,
    ],
  ])('usage mistakes: %s → exit 2, nothing written', async ([_name, args, message], { expect }) => {
    const cwd = await makeTempDir();
    const result = await runCli(
      args.map((a) => (a === 'package.json' ? path.join(repoRoot, a) : a)),
      { cwd },
    );
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.replace(repoRoot + path.sep, '')).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(cwd)).toEqual([]);
  });

  // Root writes anywhere, so this cannot fail for root.
  it.skipIf(process.getuid?.() === 0)(
    'a folder that cannot be written: exit 2, and nothing half-made is left',
    async () => {
      const parent = await makeTempDir();
      const locked = path.join(parent, 'locked');
      await mkdir(locked, { mode: 0o555 });
      const result = await runCli(['init', path.join(locked, 'new')]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/^vm-strategy: Kan ikke skrive .* \(EACCES\)\.\n$/);
      await expect(stat(path.join(locked, 'new'))).rejects.toThrow();
    },
  );

  it('--help has examples', async () => {
    const result = await runCli(['init', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('\nEksempler:\n  $ vm-strategy init');
  });
});
