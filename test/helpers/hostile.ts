// The hostile corpus (test/fixtures/hostile/, see test/fixtures/README.md), as its tests run it:
// each scenario is made in a temp folder (by a named "setup" when its input cannot be committed),
// then `validate` in both formats and `report` must end as its expected.json says. Most scenarios
// run in-process (test/hostile.test.ts); those whose point only a process shows run the built
// binary (test/e2e/hostile.test.ts): see `needsProcess`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { it } from 'vitest';
import {
  fixturesDir,
  hostileDir,
  makeStrategy,
  makeTempDir,
  scrubPaths,
  spawnCli,
  type CliResult,
  type SpawnOptions,
} from './cli.js';
import { checkRun, stackTrace, type Expected } from './scenarios.js';

export interface HostileExpected extends Expected {
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

export const scenarios = readdirSync(hostileDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

export const readExpected = (folder: string) =>
  JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as HostileExpected;
export const expectedOf = (scenario: string) => readExpected(path.join(hostileDir, scenario));
export const distinct = (codes: string[]) => [...new Set(codes)];

const isRoot = process.getuid?.() === 0;
const nobody = 65534;
const megabyte = 1024 * 1024;

/** Why a setup cannot run on this machine, or the options to run the command with. */
type Prepared = { skip: string } | { run: SpawnOptions };

export const setups = {
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
    const probe = await spawnCli(['--version'], { ...run, cwd: dir });
    if (probe.exitCode !== 0)
      return {
        skip: `running as root, and the command cannot be run as the user nobody to test chmod 000: ${probe.stderr.trim()}`,
      };
    return { run };
  },
};

/** A folder for the report, writable by whoever runs the command. */
async function reportFolder(): Promise<string> {
  const out = await makeTempDir();
  if (isRoot) await chmod(out, 0o777);
  return out;
}

/**
 * Scenarios whose setup only a process can run: a named pipe and /dev/zero (if a read ever blocked
 * on them, a run in the test's own process would hang the test runner instead of failing), and a
 * file chmod 000 (as root, the command must run as another user to be refused it).
 */
export const needsProcess = (scenario: string): boolean =>
  ['special-files', 'chmod-000'].includes(expectedOf(scenario).setup ?? '');

/** How a scenario's commands are run: in-process (`runCli`) or as a process (`spawnCli`). */
export type Cli = (args: string[], opts: SpawnOptions) => Promise<CliResult>;

/** The test of one scenario, its commands run by `cli`; call inside a describe. */
export function scenarioTest(scenario: string, cli: Cli): void {
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
    const opts: SpawnOptions = { ...run, cwd: dir };

    const json = await cli(['validate', '--dir', dirArg, '--format', 'json'], opts);
    if (expected.exitCode === 2) {
      expect({ ...json, stderr: scrubPaths(json.stderr, { [dir]: '<strategy>' }) }).toEqual({
        exitCode: 2,
        stdout: '',
        stderr: expected.stderr,
      });
    } else {
      checkRun(expect, json, checked, checked);
    }

    const stylish = await cli(['validate', '--dir', dirArg], opts);
    expect(stylish.exitCode).toBe(expected.exitCode);
    expect(stylish.stderr).not.toMatch(stackTrace);
    for (const code of distinct(expected.codes)) expect(stylish.stdout).toContain(code);

    const out = path.join(await reportFolder(), 'report.html');
    const report = await cli(['report', '--dir', dirArg, '--format', 'html', '-o', out], opts);
    expect(report.stderr).not.toMatch(stackTrace);
    expect(report.exitCode).toBe(expected.exitCode);
    expect(existsSync(out)).toBe(expected.exitCode === 0);
    if (expected.exitCode !== 0) return;
    const html = await readFile(out, 'utf8');
    for (const text of expected.report?.contains ?? []) expect(html).toContain(text);
    if (expected.report?.excludesPattern) expect(html).not.toMatch(new RegExp(expected.report.excludesPattern));
  });
}
