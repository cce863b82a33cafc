// Every command once, end to end, through the built bin run by the Node.js that runs the tests
// (spawnCli spawns process.execPath). `npm test` runs it on the machine's Node.js; .ci/run runs this
// file again on Node.js 24 with VM_STRATEGY_TEST_NODE_MAJOR=24, so that each command is known to
// work at both ends of the supported range (package.json's engines: >=20.19).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveChromium, inCi } from '../helpers/browser.js';
import { makeStrategy, makeTempDir, minimalDir, removeTempDirs, repoRoot, spawnCli } from '../helpers/cli.js';

afterAll(removeTempDirs);

const expectedMajor = process.env.VM_STRATEGY_TEST_NODE_MAJOR;

const json = <T>(text: string) => JSON.parse(text) as T;

describe('on this Node.js', () => {
  it(`is the Node.js the run asked for (${expectedMajor ? `v${expectedMajor}` : 'any in package.json engines'})`, async () => {
    // What the bin runs on: the same executable as this test, asked directly.
    const childVersion = execFileSync(process.execPath, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
    expect(childVersion).toBe(process.version);
    if (expectedMajor) {
      expect(
        process.version.startsWith(`v${expectedMajor}.`),
        `${process.version} is not Node.js ${expectedMajor}`,
      ).toBe(true);
    }
    const { engines } = json<{ engines: { node: string } }>(
      await readFile(path.join(repoRoot, 'package.json'), 'utf8'),
    );
    const [, major, minor] = /^>=(\d+)\.(\d+)$/.exec(engines.node)!.map(Number);
    const [haveMajor, haveMinor] = process.versions.node.split('.').map(Number);
    expect(
      haveMajor! > major! || (haveMajor === major && haveMinor! >= minor!),
      `${process.version} is outside ${engines.node}`,
    ).toBe(true);
  });
});

describe.concurrent('every command', () => {
  it('validate: the bundled strategy passes, an unknown mark fails', async () => {
    const ok = await spawnCli(['validate', '--format', 'json'], { cwd: repoRoot });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(json(ok.stdout)).toEqual([]);
    const broken = await spawnCli(['validate', '--dir', '.', '--format', 'json'], {
      cwd: await makeStrategy('unknown-mark'),
    });
    expect(broken.exitCode).toBe(1);
    expect(json<{ code: string }[]>(broken.stdout).map((d) => d.code)).toEqual(['mark-unknown', 'mark-unknown']);
  });

  it('summary: json and the table', async () => {
    const summary = await spawnCli(['summary', '--dir', minimalDir, '--format', 'json']);
    expect(summary.exitCode, summary.stderr).toBe(0);
    expect(json<{ overall: { goals: number; score: number } }>(summary.stdout).overall).toMatchObject({
      goals: 6,
      score: 0.6167,
    });
    const table = await spawnCli(['summary', '--dir', minimalDir, '--lang', 'en']);
    expect(table.exitCode, table.stderr).toBe(0);
    expect(table.stdout).toContain('SAMLINGER');
    expect(table.stdout).toContain('FORMIDLING');
  });

  it('report: Markdown on stdout and an HTML file', async () => {
    const md = await spawnCli(['report', '--dir', minimalDir]);
    expect(md.exitCode, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Revisjonsrapport – Strategi 2020–2024\n/);
    const out = path.join(await makeTempDir(), 'rapport.html');
    const html = await spawnCli(['report', '--dir', minimalDir, '--format', 'html', '-o', out, '--lang', 'en']);
    expect(html.exitCode, html.stderr).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^<!doctype html>/i);
    expect(text).toContain('<html lang="en"');
    expect(text).toContain('Eksempelmuseet');
  });

  it.skipIf(!haveChromium && !inCi)('report: PDF through the local Chromium', async () => {
    const out = path.join(await makeTempDir(), 'rapport.pdf');
    const pdf = await spawnCli(['report', '--dir', minimalDir, '--format', 'pdf', '-o', out]);
    expect(pdf.exitCode, pdf.stderr).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('plan: the draft action plan', async () => {
    const plan = await spawnCli(['plan', '--dir', minimalDir]);
    expect(plan.exitCode, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^# Tiltaksplan 2023–2024\n/);
    expect(plan.stdout).toContain('samlinger.bevaring');
  });

  it('assess, then compare against the folder as it was', async () => {
    const before = await makeStrategy();
    const after = await makeTempDir();
    await cp(before, after, { recursive: true });
    const assessed = await spawnCli([
      'assess',
      '--dir',
      after,
      'samlinger.bevaring',
      'JA',
      '--note',
      'Planen er vedtatt',
      '--by',
      'Revisjonsgruppen',
    ]);
    expect(assessed.exitCode, assessed.stderr).toBe(0);
    expect(await readFile(path.join(after, 'areas', '01-samlinger.yaml'), 'utf8')).toMatch(
      /mark: "JA"\n\s+note: Planen er vedtatt\n\s+by: Revisjonsgruppen/,
    );
    const compared = await spawnCli(['compare', '--dir', after, '--against', before, '--format', 'json']);
    expect(compared.exitCode, compared.stderr).toBe(0);
    const comparison = json<{ overall: { before: number; after: number }; goals: { id: string; movement: string }[] }>(
      compared.stdout,
    );
    expect(comparison.overall.after).toBeGreaterThan(comparison.overall.before);
    expect(comparison.goals.find((g) => g.id === 'samlinger.bevaring')?.movement).toBe('improved');
  });

  it('import: the seed document becomes a strategy that validates', async () => {
    const out = path.join(await makeTempDir(), 'strategi');
    const imported = await spawnCli([
      'import',
      path.join(repoRoot, 'seeds', 'strategi-2018-2025-revisjon-2021.txt'),
      '--out',
      out,
    ]);
    expect(imported.exitCode, imported.stderr).toBe(0);
    const summary = await spawnCli(['summary', '--dir', out, '--format', 'json']);
    expect(summary.exitCode, summary.stderr).toBe(0);
    expect(json<{ overall: { goals: number } }>(summary.stdout).overall.goals).toBe(42);
  });

  it('init: a new strategy that validates without a warning', async () => {
    const parent = await makeTempDir();
    const made = await spawnCli(['init', 'strategi', '--org', 'Ringve musikkmuseum'], { cwd: parent });
    expect(made.exitCode, made.stderr).toBe(0);
    const checked = await spawnCli(['validate', '--dir', 'strategi', '--max-warnings', '0', '--format', 'json'], {
      cwd: parent,
    });
    expect(checked.exitCode, checked.stdout + checked.stderr).toBe(0);
  });

  it('schema: four draft-07 JSON Schemas', async () => {
    const out = path.join(await makeTempDir(), 'schemas');
    const written = await spawnCli(['schema', '--out', out]);
    expect(written.exitCode, written.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'area.schema.json',
      'plan.schema.json',
      'scale.schema.json',
      'strategy.schema.json',
    ]);
    for (const file of await readdir(out)) {
      expect(json<{ $schema: string }>(await readFile(path.join(out, file), 'utf8')).$schema).toBe(
        'http://json-schema.org/draft-07/schema#',
      );
    }
  });

  it('completion: a script for bash, zsh and fish', async () => {
    for (const [shell, marker] of [
      ['bash', 'complete -F'],
      ['zsh', '#compdef vm-strategy'],
      ['fish', 'complete -c vm-strategy'],
    ] as const) {
      const script = await spawnCli(['completion', shell]);
      expect(script.exitCode, script.stderr).toBe(0);
      expect(script.stdout, shell).toContain(marker);
    }
  });

  it('--help and --version', async () => {
    const help = await spawnCli(['--help']);
    expect(help.exitCode).toBe(0);
    for (const command of [
      'validate',
      'summary',
      'report',
      'plan',
      'assess',
      'compare',
      'import',
      'init',
      'schema',
      'completion',
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    const { version } = json<{ version: string }>(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    expect((await spawnCli(['--version'])).stdout.trim()).toBe(version);
    expect(existsSync(path.join(repoRoot, 'dist', 'bundle', 'cli.js'))).toBe(true);
  });
});
