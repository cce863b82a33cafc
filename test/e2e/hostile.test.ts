// The hostile scenarios (test/helpers/hostile.ts) whose point only a process shows: a named pipe
// and /dev/zero in the strategy folder must not make the command hang, and a file chmod 000 must
// be refused to a user who may not read it (as root, the command runs as the user nobody). And
// two checks that a fresh Node.js process, not this one, survives what the loader is given.
import { spawn } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleModule } from '../helpers/bundle-module.js';
import { hostileDir, makeStrategy, removeTempDirs, spawnCli } from '../helpers/cli.js';
import { expectedOf, needsProcess, scenarios, scenarioTest } from '../helpers/hostile.js';

afterAll(removeTempDirs);

const isRoot = process.getuid?.() === 0;

describe.concurrent.each(scenarios.filter(needsProcess))('hostile, as a process: %s', (scenario) =>
  scenarioTest(scenario, spawnCli),
);

describe('a folder that cannot be read, as a user who may not read it', () => {
  it.runIf(isRoot)('a strategy folder that cannot be read is not reported as missing files', async () => {
    const dir = await makeStrategy();
    await chmod(dir, 0o000);
    try {
      for (const [lang, text] of [
        ['nb', `vm-strategy: Kan ikke lese strategimappen ${dir} (EACCES). Sjekk at du har lov til å lese mappen.\n`],
        ['en', `vm-strategy: Cannot read the strategy folder ${dir} (EACCES). Check that you may read the folder.\n`],
      ] as const) {
        const result = await spawnCli(['validate', '--dir', dir, '--lang', lang], { uid: 65534, gid: 65534 });
        expect(result).toEqual({ exitCode: 2, stdout: '', stderr: text });
      }
    } finally {
      await chmod(dir, 0o755);
    }
  });
});

describe('prototype pollution', () => {
  it('leaves Object.prototype untouched in a child process that loads the folder through the built loader', async () => {
    const dir = await makeStrategy('prototype-keys', hostileDir);
    const loader = await bundleModule('src/cli/load.ts');
    const script = `
      const { loadFromDisk } = await import(${JSON.stringify(loader)});
      const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
      const loaded = await loadFromDisk({ lang: 'nb' }, { cwd: process.cwd(), env: process.env, err: () => {} });
      console.log(JSON.stringify({
        codes: loaded.diagnostics.map((d) => d.code),
        polluted: ({}).polluted === undefined ? 'undefined' : String(({}).polluted),
        protoPolluted: Object.prototype.polluted === undefined,
        sameNames: Object.getOwnPropertyNames(Object.prototype).sort().join() === before,
        toString: ({}).toString === Object.prototype.toString && typeof ({}).toString === 'function',
        constructor: ({}).constructor === Object,
      }));`;
    const result = await runNode(['--input-type=module', '-e', script], dir);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      codes: expectedOf('prototype-keys').codes,
      polluted: 'undefined',
      protoPolluted: true,
      sameNames: true,
      toString: true,
      constructor: true,
    });
  });
});

// The crash deep-mixed-nesting guards against happened in-process: after one file overflowed
// yaml's recursion, the next deeply nested one aborted Node ("FATAL ERROR: RegExpCompiler
// Allocation failed", exit 134) — reproduced with exactly these two texts, read one after the other.
// One process reading them and the fixture's files directly, as the loader does, must survive.
it('reads deeply nested files one after the other in one process without aborting it', async () => {
  const dir = await makeStrategy('deep-mixed-nesting', hostileDir);
  const yamlSource = await bundleModule('src/core/yaml-source.ts');
  const script = `
    const { readFileSync } = await import('node:fs');
    const { parseYaml } = await import(${JSON.stringify(yamlSource)});
    const texts = ['['.repeat(5000), '- '.repeat(5000) + 'x'];
    for (const name of ['areas/02-formidling.yaml', 'areas/03-dypt.yaml', 'areas/04-lukk.yaml']) texts.push(readFileSync(name, 'utf8'));
    const codes = texts.map((text) => parseYaml({ path: 'a.yaml', display: 'a.yaml', bytes: new TextEncoder().encode(text) }).diagnostics.map((d) => d.code).join());
    console.log(JSON.stringify(codes));`;
  const result = await runNode(['--input-type=module', '-e', script], dir);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual(Array(5).fill('yaml-syntax'));
});

/** `node ...args` in `cwd`, collecting its output (a crash shows as a signal or exit code). */
function runNode(args: string[], cwd: string): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? -1 : null), stdout, stderr }));
  });
}
