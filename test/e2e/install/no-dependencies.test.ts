// The package needs nothing from node_modules: every library is bundled into dist/bundle, and
// playwright-core, which only PDF needs, is an optional peer dependency. Here the files `npm pack`
// ships are copied into an empty folder outside any node_modules and run from there, as an install
// without playwright-core runs them.
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNotice, fixedEpoch, makeTempDir, removeTempDirs, repoRoot, type CliResult } from '../../helpers/cli.js';

afterAll(removeTempDirs);

const npmEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** The package's files, copied as `npm pack` would pack them, with no node_modules anywhere above. */
let pkg: string;

beforeAll(async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repoRoot,
    env: npmEnv,
  });
  const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  pkg = path.join(await makeTempDir(), 'vm-strategy');
  for (const rel of files) {
    await mkdir(path.dirname(path.join(pkg, rel)), { recursive: true });
    await copyFile(path.join(repoRoot, rel), path.join(pkg, rel));
  }
  // Node would find a package in any node_modules above the copy: there must be none to find.
  for (let dir = pkg; ; dir = path.dirname(dir)) {
    expect(existsSync(path.join(dir, 'node_modules')), `${dir}/node_modules`).toBe(false);
    if (path.dirname(dir) === dir) break;
  }
}, 120_000);

/** The copied package's bin, run in an empty folder. */
async function run(args: string[]): Promise<CliResult> {
  const cwd = await makeTempDir();
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', SOURCE_DATE_EPOCH: fixedEpoch, TZ: 'UTC' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(pkg, 'bin', 'vm-strategy.js'), ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

describe('the package without node_modules', () => {
  it('runs every command that needs no browser: validate, summary, report as Markdown and HTML, plan', async () => {
    expect(await run(['validate', '--example'])).toEqual({
      exitCode: 0,
      stdout: 'Ingen problemer funnet (13 filer kontrollert).\n',
      stderr: exampleNotice.nb,
    });
    const summary = await run(['summary', '--example', '--format', 'json']);
    expect((JSON.parse(summary.stdout) as { overall: { goals: number } }).overall.goals).toBe(42);
    const markdown = await run(['report', '--example']);
    expect(markdown.stdout).toContain('# Revisjonsrapport – Strategi 2018–2025');
    // HTML loads eta, marked and sanitize-html: bundled too.
    const html = await run(['report', '--example', '--format', 'html', '-o', '-']);
    expect(html.exitCode).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/i);
    expect((await run(['plan', '--example', '--format', 'html', '-o', '-'])).exitCode).toBe(0);
  });

  it('report --format pdf without playwright-core: exit 2, what is missing and what to do, in nb', async () => {
    const result = await run(['report', '--example', '--format', 'pdf']);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        exampleNotice.nb +
        'vm-strategy: PDF trenger pakken playwright-core, og den er ikke installert (den følger ikke med vm-strategy, for den er stor og trengs bare til PDF). ' +
        'Installer den ved siden av vm-strategy: npm install playwright-core (npm install -g playwright-core når vm-strategy er installert globalt). ' +
        'Eller skriv HTML med --format html og skriv den ut til PDF fra en nettleser.\n',
    });
  });

  it('report --format pdf without playwright-core: the same in en, and no file written', async () => {
    const out = path.join(await makeTempDir(), 'report.pdf');
    const result = await run(['report', '--example', '--format', 'pdf', '--lang', 'en', '-o', out]);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        exampleNotice.en +
        'vm-strategy: PDF needs the package playwright-core, and it is not installed (it does not come with vm-strategy, being large and needed for PDF alone). ' +
        'Install it next to vm-strategy: npm install playwright-core (npm install -g playwright-core when vm-strategy is installed globally). ' +
        'Or write HTML with --format html and print it to PDF from a browser.\n',
    });
    expect(existsSync(out)).toBe(false);
  });
});
