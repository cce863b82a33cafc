// Helpers for tests that run the command the way a user does, with real folders and nothing of
// the test machine (colours, debug switches, temp paths, time zone, the date) leaking in.
// `runCli` runs it in this process through `run(argv, io)` with an Io of the test's own making;
// `spawnCli` runs the built binary as a new process, for what only a process shows (test/e2e/).
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

export const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const binPath = path.join(repoRoot, 'bin', 'vm-strategy.js');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const minimalDir = path.join(fixturesDir, 'minimal');
export const brokenDir = path.join(fixturesDir, 'broken');
export const hostileDir = path.join(fixturesDir, 'hostile');

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working directory of the command; the repository root when left out. */
  cwd?: string;
  /** Extra environment variables; `undefined` removes one (e.g. `{ NO_COLOR: undefined }`). */
  env?: Record<string, string | undefined>;
  /** Text (or bytes) piped to the command's standard input (else stdin is closed). */
  input?: string | Uint8Array;
}

export interface SpawnOptions extends RunOptions {
  /** Run as this user and group (POSIX; the test process must be root to switch). */
  uid?: number;
  gid?: number;
}

/** The line on stderr of every command that reads the bundled example strategy. */
export const exampleNotice = {
  nb: 'vm-strategy: Bruker eksempelstrategien som følger med verktøyet (NTNU Vitenskapsmuseet 2018–2025), ikke din egen.\n',
  en: 'vm-strategy: Using the example strategy bundled with the tool (NTNU Vitenskapsmuseet 2018–2025), not your own.\n',
} as const;

/** 2023-06-15T12:00:00Z, inside the bundled action plan's period: the date every test run sees. */
export const fixedEpoch = '1686830400';

/** The variables a process needs to start at all; everything else is left out on purpose. */
const passedThrough = ['PATH', 'Path', 'SYSTEMROOT', 'SystemRoot', 'HOME', 'USERPROFILE', 'TMPDIR', 'TEMP', 'TMP'];

/**
 * The environment of a test run: minimal, with NO_COLOR=1, without FORCE_COLOR, with a fixed
 * SOURCE_DATE_EPOCH and TZ=UTC, so neither the developer's shell nor the calendar can change the
 * result; then `extra` (`undefined` removes a variable).
 */
export function testEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of passedThrough) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  env.NO_COLOR = '1';
  // Today's date, where output depends on it (overdue measures in a plan), is pinned too.
  env.SOURCE_DATE_EPOCH = fixedEpoch;
  // Dates are local: the machine's time zone must not move them either.
  env.TZ = 'UTC';
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Standard input of a run: `input` as one chunk, or nothing (closed), and never a terminal. */
const stdinOf = (input: string | Uint8Array | undefined): Io['stdin'] => ({
  isTTY: false,
  async *[Symbol.asyncIterator]() {
    if (input !== undefined && input.length > 0) yield Buffer.from(input);
  },
});

/**
 * The Io of a test run: the environment of `testEnv`, the working folder `cwd` (the repository
 * root when left out), standard input `input`, output that is not a terminal, and a clock stopped
 * at `fixedEpoch`. What the run writes goes to `out` and `err`.
 */
export function testIo(
  opts: RunOptions = {},
  out: (bytes: Buffer) => void = () => {},
  err: (bytes: Buffer) => void = () => {},
): Io {
  return {
    stdin: stdinOf(opts.input),
    out: (text) => out(typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text)),
    err: (text) => err(Buffer.from(text, 'utf8')),
    stdout: { isTTY: false },
    stderr: { isTTY: false },
    env: testEnv(opts.env),
    cwd: opts.cwd ?? repoRoot,
    now: () => new Date(Number(fixedEpoch) * 1000),
  };
}

/**
 * Runs `vm-strategy ...args` in this process, as `run(argv, io)` with the Io of `testIo`, and
 * collects its exit code and output. Nothing of this process (its folder, its variables) is read
 * or changed, so runs can go on side by side.
 */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const exitCode = await run(
    args,
    testIo(
      opts,
      (bytes) => out.push(bytes),
      (bytes) => err.push(bytes),
    ),
  );
  return { exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/**
 * Runs `node bin/vm-strategy.js ...args` as a new process (the built bundle) and collects its exit
 * code and output, in the environment of `testEnv`.
 */
export function spawnCli(args: string[], opts: SpawnOptions = {}): Promise<CliResult> {
  const env = testEnv(opts.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: opts.cwd ?? repoRoot,
      env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(opts.uid === undefined ? {} : { uid: opts.uid }),
      ...(opts.gid === undefined ? {} : { gid: opts.gid }),
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        exitCode: code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

const tempDirs: string[] = [];

/** A fresh empty folder under the OS temp folder, removed by `removeTempDirs`. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vm-strategy-test-'));
  tempDirs.push(dir);
  return dir;
}

/** Call from `afterAll` in every file that makes temp folders. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Files in a scenario folder that describe the scenario and are never copied into the strategy. */
const scenarioFiles = new Set(['expected.json', 'DELETE']);

async function copyTree(
  from: string,
  to: string,
  skip: (rel: string) => boolean = () => false,
  rel = '',
): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (skip(childRel)) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(src, dst, skip, childRel);
    else await copyFile(src, dst);
  }
}

/**
 * A strategy folder in a fresh temp folder: `test/fixtures/minimal/`, then the scenario folder
 * `<corpus>/<overlay>/` (by default `test/fixtures/broken/<overlay>/`) copied over it (its files
 * replace or add), then every relative path listed in the scenario's `DELETE` file removed.
 * Returns the folder's path. Without an overlay, it is a plain copy of the minimal strategy.
 */
export async function makeStrategy(overlay?: string, corpus: string = brokenDir): Promise<string> {
  const dir = await makeTempDir();
  await copyTree(minimalDir, dir);
  if (overlay === undefined) return dir;
  const scenario = path.join(corpus, overlay);
  await copyTree(scenario, dir, (rel) => scenarioFiles.has(rel));
  const deletions = await readFile(path.join(scenario, 'DELETE'), 'utf8').catch(() => '');
  for (const line of deletions.split(/\r?\n/)) {
    const rel = line.trim();
    if (rel === '' || rel.startsWith('#')) continue;
    if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..'))
      throw new Error(`${overlay}/DELETE: ${rel} is outside the strategy`);
    await rm(path.join(dir, rel), { recursive: true });
  }
  return dir;
}

/** Replaces each given folder (and its real path) in `text` with a placeholder, for snapshots. */
export function scrubPaths(text: string, replacements: Record<string, string>): string {
  let out = text;
  // Longest first, so a folder inside another is replaced by its own placeholder.
  for (const [dir, placeholder] of Object.entries(replacements).sort((a, b) => b[0].length - a[0].length)) {
    out = out.split(dir).join(placeholder);
  }
  return out;
}
