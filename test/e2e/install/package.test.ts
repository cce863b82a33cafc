// What `npm pack` ships: everything the bin needs and nothing else, a package publint finds
// nothing wrong with, and a tarball that works when installed into an empty folder.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, repoRoot } from '../../helpers/cli.js';

const run = promisify(execFile);
afterAll(removeTempDirs);

const npmEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

describe('the npm package', () => {
  it('holds the bin, the bundle, templates, the bundled strategy, the English scale and the seed, and nothing else', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repoRoot,
      env: npmEnv,
    });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
    const allowed =
      /^(package\.json|README\.md|LICENSE|bin\/vm-strategy\.js|dist\/bundle\/[^/]+\.js|templates\/report\/[^/]+\.(eta|css)|strategy\/.+\.(yaml|json)|scales\/[^/]+\.yaml|seeds\/[^/]+\.txt)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const needed of [
      'bin/vm-strategy.js',
      'dist/bundle/cli.js',
      'templates/report/page.eta',
      'templates/report/styles.css',
      'strategy/strategy.yaml',
      'strategy/scale.yaml',
      'strategy/areas/01-samlinger.yaml',
      'scales/en.yaml',
      'seeds/strategi-2018-2025-revisjon-2021.txt',
    ]) {
      expect(files).toContain(needed);
    }
  });

  it('is all the build makes: dist/ holds the bundle and nothing else (tsc only type-checks)', async () => {
    expect(await readdir(path.join(repoRoot, 'dist'))).toEqual(['bundle']);
  });

  it('depends on nothing at run time; playwright-core, for PDF alone, is an optional peer dependency', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, unknown> | undefined
    >;
    expect(pkg.dependencies).toBeUndefined();
    expect(Object.keys(pkg.peerDependencies ?? {})).toEqual(['playwright-core']);
    expect(pkg.peerDependenciesMeta).toEqual({ 'playwright-core': { optional: true } });
    // Our own PDF tests still have it.
    expect(pkg.devDependencies?.['playwright-core']).toBe(pkg.peerDependencies?.['playwright-core']);
  });

  it('passes publint with nothing to report', async () => {
    const { messages } = await publint({ pkgDir: repoRoot, strict: true });
    expect(messages).toEqual([]);
  });

  it('installs from the tarball into an empty folder: no strategy there (exit 2), `report --example` works', async () => {
    const packDir = await makeTempDir();
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
      cwd: repoRoot,
      env: npmEnv,
    });
    const tarball = path.join(packDir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    const app = await makeTempDir();
    await writeFile(path.join(app, 'package.json'), '{ "name": "empty-folder", "private": true }\n');
    // The dependencies are in the npm cache after `npm ci`: prefer it over the network.
    await run('npm', ['install', '--prefer-offline', '--no-save', tarball], {
      cwd: app,
      env: npmEnv,
      timeout: 240_000,
    });
    // Nothing but the tool itself: the libraries are in its bundle, and npm leaves the optional peer out.
    expect((await readdir(path.join(app, 'node_modules'))).filter((name) => !name.startsWith('.'))).toEqual([
      'vm-strategy',
    ]);
    const pdf = await run(
      'npx',
      ['--no-install', 'vm-strategy', 'report', '--example', '--format', 'pdf', '--lang', 'en'],
      { cwd: app, env: npmEnv },
    ).catch((error: { code: number; stderr: string }) => error);
    expect('code' in pdf && pdf.code).toBe(2);
    expect(pdf.stderr).toContain('vm-strategy: PDF needs the package playwright-core, and it is not installed');
    expect(existsSync(path.join(app, 'report.pdf'))).toBe(false);
    // The folder has no strategy of its own: the bundled one is used only when asked for.
    const none = await run('npx', ['--no-install', 'vm-strategy', 'report'], { cwd: app, env: npmEnv }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in none && none.code).toBe(2);
    expect(none.stderr).toContain('Fant ingen strategimappe');
    const report = await run('npx', ['--no-install', 'vm-strategy', 'report', '--example'], {
      cwd: app,
      env: { ...npmEnv, NO_COLOR: '1' },
    });
    expect(report.stdout).toContain('# Revisjonsrapport – Strategi 2018–2025');
    expect(report.stdout).toContain('> **EKSEMPEL**');
    const summary = await run('npx', ['--no-install', 'vm-strategy', 'summary', '--format', 'json', '--example'], {
      cwd: app,
      env: npmEnv,
    });
    expect((JSON.parse(summary.stdout) as { overall: { goals: number } }).overall.goals).toBe(42);
    const version = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(
      (await run('npx', ['--no-install', 'vm-strategy', '--version'], { cwd: app, env: npmEnv })).stdout.trim(),
    ).toBe(version.version);
  }, 300_000);
});
