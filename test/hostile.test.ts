// Hostile input, proven: every folder in test/fixtures/hostile/ is one input written to break a
// YAML reader (see test/fixtures/README.md). Each must end in diagnostics with exit code 1 (bad
// data), or exit code 2 (unusable input) — never a stack trace, a hang or another exit code — for
// `validate` in both formats and for `report`. A scenario that the broken corpus already has points
// at it with "same-as" instead of copying its files; inputs that cannot be committed (over 1 MiB,
// links, a named pipe, permissions) are made at test time by a named "setup".
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../src/core/diagnostics.js';
import { loadStrategy } from '../src/core/load-strategy.js';
import { parseYaml } from '../src/core/yaml-source.js';
import { readStrategyFolder } from '../src/io/read-folder.js';
import { bundleModule } from './helpers/bundle-module.js';
import { fixturesDir, hostileDir, makeStrategy, makeTempDir, removeTempDirs, runCli, scrubPaths, type RunOptions } from './helpers/cli.js';
import { checkRun, stackTrace, type Expected } from './helpers/scenarios.js';

afterAll(removeTempDirs);

interface HostileExpected extends Expected {
  why: string;
  /** `broken/<scenario>`: the files, and the codes and places, come from that scenario. */
  'same-as'?: string;
  /** An input made at test time (see `setups`). */
  setup?: keyof typeof setups;
  /** The --dir to pass, relative to the temp folder (default `.`); `<strategy>` in `stderr` is that folder. */
  dir?: string;
  /** For scenarios that pass: what the HTML report must and must not contain. */
  report?: { contains?: string[]; excludesPattern?: string };
}

/**
 * The hostile inputs this corpus exists for, each with the scenarios that cover it, so a reader
 * sees the whole list in one place. A folder not listed here, or listed but missing, fails below.
 */
const inventory: Record<string, string[]> = {
  '%YAML 1.1 with land: NO': ['yaml-1.1-booleans'],
  '[yes, no, on, off] where text is expected': ['yes-no-on-off'],
  'postnr: 0150 where text is expected (and 0150 never becomes 150)': ['leading-zero-text', 'leading-zero-tag', 'leading-zero-quoted'],
  'the 9×9 alias bomb': ['alias-bomb'],
  "'['.repeat(5000), and deep nesting of two kinds in one run": ['deep-brackets', 'deep-mixed-nesting'],
  '__proto__, constructor and toString keys (and marks)': ['prototype-keys', 'prototype-marks'],
  'duplicate keys': ['duplicate-keys'],
  '<< merge keys': ['merge-keys'],
  '!!js/function and unknown tags': ['js-function-tag', 'unknown-tags'],
  'several documents in one file': ['multiple-documents'],
  'an empty file': ['empty-file', 'comments-only'],
  'NUL bytes': ['nul-byte'],
  'invalid UTF-8': ['invalid-utf8', 'encoded-surrogate'],
  'UTF-16': ['utf16', 'utf16-without-bom'],
  'a file over the size limit': ['too-large'],
  'tab indentation': ['tab-indentation'],
  'a symlink loop in the strategy folder': ['symlink-loop', 'symlink-folder-loop', 'folder-is-link-loop'],
  'an unreadable file': ['unreadable-file', 'folder-named-yaml', 'special-files'],
};

const scenarios = readdirSync(hostileDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const readExpected = (folder: string) => JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as HostileExpected;
const expectedOf = (scenario: string) => readExpected(path.join(hostileDir, scenario));
const distinct = (codes: string[]) => [...new Set(codes)];

const isRoot = process.getuid?.() === 0;
const nobody = 65534;
const megabyte = 1024 * 1024;

/** Why a setup cannot run on this machine, or the options to run the command with. */
type Prepared = { skip: string } | { run: RunOptions };

const setups = {
  async 'too-large'(dir: string): Promise<Prepared> {
    await writeFile(path.join(dir, 'areas', '03-stor.yaml'), `# ${'x'.repeat(megabyte - 2)}`.padEnd(megabyte + 1, 'x'));
    return { run: {} };
  },
  async 'symlink-loop'(dir: string): Promise<Prepared> {
    if (process.platform === 'win32') return { skip: 'symbolic links need privileges on Windows' };
    await symlink('03-selv.yaml', path.join(dir, 'areas', '03-selv.yaml'));
    await symlink('05-b.yaml', path.join(dir, 'areas', '04-a.yaml'));
    await symlink('04-a.yaml', path.join(dir, 'areas', '05-b.yaml'));
    return { run: {} };
  },
  async 'symlink-folder-loop'(dir: string): Promise<Prepared> {
    if (process.platform === 'win32') return { skip: 'symbolic links need privileges on Windows' };
    await symlink('.', path.join(dir, 'areas', 'igjen'));
    await symlink('../areas', path.join(dir, 'areas', 'opp'));
    return { run: {} };
  },
  async 'folder-is-link-loop'(dir: string): Promise<Prepared> {
    if (process.platform === 'win32') return { skip: 'symbolic links need privileges on Windows' };
    await symlink('løkke', path.join(dir, 'løkke'));
    return { run: {} };
  },
  async 'folder-named-yaml'(dir: string): Promise<Prepared> {
    await mkdir(path.join(dir, 'areas', '03-x.yaml'));
    return { run: {} };
  },
  async 'special-files'(dir: string): Promise<Prepared> {
    if (process.platform === 'win32') return { skip: 'no named pipes or /dev/zero on Windows' };
    try {
      execFileSync('mkfifo', [path.join(dir, 'areas', '03-ror.yaml')]);
    } catch {
      return { skip: 'mkfifo is not available' };
    }
    await symlink('/dev/zero', path.join(dir, 'areas', '04-null.yaml'));
    return { run: {} };
  },
  async 'chmod-000'(dir: string): Promise<Prepared> {
    if (process.platform === 'win32') return { skip: 'chmod 000 does not make a file unreadable on Windows' };
    await chmod(path.join(dir, 'areas', '02-formidling.yaml'), 0o000);
    if (!isRoot) return { run: {} };
    // Root reads a chmod 000 file anyway: run the command as the unprivileged user nobody, who
    // needs to be able to enter the temp folder (mkdtemp makes it 0700).
    await chmod(dir, 0o755);
    const run = { uid: nobody, gid: nobody };
    const probe = await runCli(['--version'], { ...run, cwd: dir });
    if (probe.exitCode !== 0) return { skip: `running as root, and the command cannot be run as the user nobody to test chmod 000: ${probe.stderr.trim()}` };
    return { run };
  },
};

/** A folder for the report, writable by whoever runs the command. */
async function reportFolder(): Promise<string> {
  const out = await makeTempDir();
  if (isRoot) await chmod(out, 0o777);
  return out;
}

it('has a scenario for every hostile input, each with an expected.json that names its exit code and codes', () => {
  expect(Object.values(inventory).flat().sort()).toEqual(scenarios);
  for (const scenario of scenarios) {
    const expected = expectedOf(scenario);
    expect(expected.why, scenario).toBeTruthy();
    expect([0, 1, 2], scenario).toContain(expected.exitCode);
    for (const code of expected.codes) expect(Object.keys(catalogue), scenario).toContain(code);
    if (expected.setup) expect(Object.keys(setups), scenario).toContain(expected.setup);
  }
});

describe.concurrent.each(scenarios)('hostile: %s', (scenario) => {
  const expected = expectedOf(scenario);
  const sameAs = expected['same-as'];
  // The scenario it reuses decides the files and the exact places; this one must agree with it.
  const checked: Expected = sameAs ? readExpected(path.join(fixturesDir, sameAs)) : expected;
  const dirArg = expected.dir ?? '.';

  async function prepare(): Promise<Prepared & { dir: string }> {
    const dir = sameAs
      ? await makeStrategy(path.basename(sameAs), path.join(fixturesDir, path.dirname(sameAs)))
      : await makeStrategy(scenario, hostileDir);
    const prepared = expected.setup ? await setups[expected.setup](dir) : { run: {} };
    return { ...prepared, dir };
  }

  it(`exits ${expected.exitCode} with ${distinct(expected.codes).join(', ') || 'no diagnostics'}, for validate and report, without a stack trace`, async ({
    expect,
    skip,
  }) => {
    if (sameAs) {
      expect(existsSync(path.join(fixturesDir, sameAs, 'expected.json')), sameAs).toBe(true);
      expect(expected.exitCode).toBe(checked.exitCode);
      expect(expected.codes).toEqual(distinct(checked.codes));
    }
    const prepared = await prepare();
    if ('skip' in prepared) {
      console.warn(`hostile: ${scenario}: skipped: ${prepared.skip}`);
      skip(prepared.skip);
      return;
    }
    const { dir, run } = prepared;
    const opts: RunOptions = { ...run, cwd: dir };

    const json = await runCli(['validate', '--dir', dirArg, '--format', 'json'], opts);
    if (expected.exitCode === 2) {
      expect({ ...json, stderr: scrubPaths(json.stderr, { [dir]: '<strategy>' }) }).toEqual({ exitCode: 2, stdout: '', stderr: expected.stderr });
    } else {
      checkRun(expect, json, checked, checked);
    }

    const stylish = await runCli(['validate', '--dir', dirArg], opts);
    expect(stylish.exitCode).toBe(expected.exitCode);
    expect(stylish.stderr).not.toMatch(stackTrace);
    for (const code of distinct(expected.codes)) expect(stylish.stdout).toContain(code);

    const out = path.join(await reportFolder(), 'report.html');
    const report = await runCli(['report', '--dir', dirArg, '--format', 'html', '-o', out], opts);
    expect(report.stderr).not.toMatch(stackTrace);
    expect(report.exitCode).toBe(expected.exitCode);
    expect(existsSync(out)).toBe(expected.exitCode === 0);
    if (expected.exitCode !== 0) return;
    const html = await readFile(out, 'utf8');
    for (const text of expected.report?.contains ?? []) expect(html).toContain(text);
    if (expected.report?.excludesPattern) expect(html).not.toMatch(new RegExp(expected.report.excludesPattern));
  });
});

// `yaml` keeps __proto__ as an own property; nothing on the way from bytes to model may assign it
// through to Object.prototype. Checked in this process (the loader as the tests import it) and in
// a fresh Node process through the built loader every command uses.
describe('prototype pollution', () => {
  const fingerprint = () => ({
    polluted: ({} as Record<string, unknown>).polluted,
    names: Object.getOwnPropertyNames(Object.prototype).sort(),
    toString: Object.prototype.toString,
    constructor: ({}).constructor === Object,
  });

  it('leaves Object.prototype untouched in this process', async () => {
    const before = fingerprint();
    const dir = await makeStrategy('prototype-keys', hostileDir);
    const folder = await readStrategyFolder(dir, dir);
    const result = loadStrategy(folder);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(expectedOf('prototype-keys').codes);
    // The raw data keeps __proto__ as an ordinary own key of an ordinary object.
    const file = folder.files.find((f) => f.path === 'areas/02-formidling.yaml')!;
    const data = parseYaml(file).parsed?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(Object.hasOwn(data, 'constructor')).toBe(true);
    expect(fingerprint()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves Object.prototype untouched in a child process that loads the folder through the built loader', async () => {
    const dir = await makeStrategy('prototype-keys', hostileDir);
    const loader = await bundleModule('src/cli/load.ts');
    const script = `
      const { loadFromDisk } = await import(${JSON.stringify(loader)});
      const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
      const loaded = await loadFromDisk('.', 'nb');
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
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? -1 : null), stdout, stderr }));
  });
}
