// What npm run bench measures of the house (scripts/bench.mjs): what an install weighs, how long
// the test suite takes, and how tangled the imports are.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Bytes of everything under `dir` (files as stored, links not followed). */
function sizeOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(abs) : lstatSync(abs).size;
  }
  return total;
}

/**
 * What a user's install costs: the tarball of `npm pack`, and node_modules after installing it into
 * an empty folder — as it installs by default, and with the browser driver PDF needs.
 */
export function installSize(work) {
  const npm = (args, cwd) => {
    const r = spawnSync('npm', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    });
    if (r.status !== 0) throw new Error(`npm ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const packDir = path.join(work, 'pack');
  mkdirSync(packDir);
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root));
  const tarball = path.join(packDir, packed.filename);
  const app = path.join(work, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "bench-install", "private": true }\n');
  npm(['install', '--prefer-offline', '--no-save', tarball], app);
  const installed = sizeOf(path.join(app, 'node_modules'));
  const hasPlaywright = existsSync(path.join(app, 'node_modules', 'playwright-core'));
  if (!hasPlaywright) npm(['install', '--prefer-offline', '--no-save', tarball, 'playwright-core'], app);
  return {
    tarball: packed.size,
    installed,
    withPdf: sizeOf(path.join(app, 'node_modules')),
    playwrightByDefault: hasPlaywright,
  };
}

/** The test suite, as `npm test` runs it after building: wall time and how many tests. */
export function suiteTime() {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const tests = /Tests\s+(?:\d+ failed \| )?(\d+) passed/.exec(r.stdout)?.[1];
  return { ms, tests: tests ? Number(tests) : null, passed: r.status === 0 };
}

export const imports = () =>
  JSON.parse(
    spawnSync(process.execPath, [path.join(root, 'scripts', 'check-imports.mjs'), '--count'], { encoding: 'utf8' })
      .stdout,
  );
