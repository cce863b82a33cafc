// What `npm pack` ships: everything the bin needs and nothing else, a package publint finds
// nothing wrong with, and a tarball that works when installed into an empty folder.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, repoRoot } from './helpers/cli.js';

const run = promisify(execFile);
afterAll(removeTempDirs);

const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

describe('the npm package', () => {
  it('holds the bin, the bundle, templates, the bundled strategy, the English scale and the seed, and nothing else', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, env: npmEnv });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
    const allowed = /^(package\.json|README\.md|LICENSE|bin\/vm-strategy\.js|dist\/bundle\/[^/]+\.js|templates\/report\/[^/]+\.(eta|css)|strategy\/.+\.(yaml|json)|scales\/[^/]+\.yaml|seeds\/[^/]+\.txt)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const needed of ['bin/vm-strategy.js', 'dist/bundle/cli.js', 'templates/report/page.eta', 'templates/report/styles.css', 'strategy/strategy.yaml', 'strategy/scale.yaml', 'strategy/areas/01-samlinger.yaml', 'scales/en.yaml', 'seeds/strategi-2018-2025-revisjon-2021.txt']) {
      expect(files).toContain(needed);
    }
  });

  it('passes publint with nothing to report', async () => {
    const { messages } = await publint({ pkgDir: repoRoot, strict: true });
    expect(messages).toEqual([]);
  });

  it('installs from the tarball into an empty folder: no strategy there (exit 2), `report --example` works', async () => {
    const packDir = await makeTempDir();
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: repoRoot, env: npmEnv });
    const tarball = path.join(packDir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    const app = await makeTempDir();
    await writeFile(path.join(app, 'package.json'), '{ "name": "empty-folder", "private": true }\n');
    // The dependencies are in the npm cache after `npm ci`: prefer it over the network.
    await run('npm', ['install', '--prefer-offline', '--no-save', tarball], { cwd: app, env: npmEnv, timeout: 240_000 });
    // The folder has no strategy of its own: the bundled one is used only when asked for.
    const none = await run('npx', ['--no-install', 'vm-strategy', 'report'], { cwd: app, env: npmEnv }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in none && none.code).toBe(2);
    expect(none.stderr).toContain('Fant ingen strategimappe');
    const report = await run('npx', ['--no-install', 'vm-strategy', 'report', '--example'], { cwd: app, env: { ...npmEnv, NO_COLOR: '1' } });
    expect(report.stdout).toContain('# Revisjonsrapport – Strategi 2018–2025');
    expect(report.stdout).toContain('> **EKSEMPEL**');
    const summary = await run('npx', ['--no-install', 'vm-strategy', 'summary', '--format', 'json', '--example'], { cwd: app, env: npmEnv });
    expect((JSON.parse(summary.stdout) as { overall: { goals: number } }).overall.goals).toBe(42);
    const version = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect((await run('npx', ['--no-install', 'vm-strategy', '--version'], { cwd: app, env: npmEnv })).stdout.trim()).toBe(version.version);
  }, 300_000);
});
