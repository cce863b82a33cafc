// What a user sees from the built command: exit code, stdout and stderr, snapshotted.
// Snapshots are updated on purpose only (`npx vitest run -u`), after reading the diff.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { binPath, makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli, scrubPaths, type CliResult, type RunOptions } from './helpers/cli.js';

afterAll(removeTempDirs);

const stackTrace = /\n\s+at /;
const ansi = /\u001b\[/;

/** Runs in a copy of a broken scenario, with the strategy folder as the working directory. */
async function runIn(scenario: string, args: string[], opts: RunOptions = {}): Promise<CliResult> {
  const dir = await makeStrategy(scenario);
  const result = await runCli(args, { ...opts, cwd: dir });
  return scrub(result, { [dir]: '<strategy>' });
}

function scrub(result: CliResult, extra: Record<string, string> = {}): CliResult {
  const map = { ...extra, [repoRoot]: '<repo>' };
  return { exitCode: result.exitCode, stdout: scrubPaths(result.stdout, map), stderr: scrubPaths(result.stderr, map) };
}

const fromRepo = async (args: string[], opts: RunOptions = {}) => scrub(await runCli(args, { cwd: repoRoot, ...opts }));

describe.concurrent('validate', () => {
  it('passes the bundled strategy (./strategy from the repository root)', async ({ expect }) => {
    const result = await fromRepo(['validate']);
    expect(result.exitCode).toBe(0);
    expect(result).toMatchSnapshot();
  });

  describe.each([
    ['nb', []],
    ['en', ['--lang', 'en']],
  ])('on a strategy with unknown marks, in %s', (_lang, langArgs) => {
    it('stylish (the default format)', async ({ expect }) => {
      const result = await runIn('unknown-mark', ['validate', '--dir', '.', ...langArgs]);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toBe('');
      expect(result).toMatchSnapshot();
    });

    it('json', async ({ expect }) => {
      const result = await runIn('unknown-mark', ['validate', '--dir', '.', '--format', 'json', ...langArgs]);
      expect(result.exitCode).toBe(1);
      expect(JSON.parse(result.stdout)).toHaveLength(2);
      expect(result).toMatchSnapshot();
    });

    it('github annotations', async ({ expect }) => {
      const result = await runIn('unknown-mark', ['validate', '--dir', '.', '--format', 'github', ...langArgs]);
      expect(result.exitCode).toBe(1);
      expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2);
      for (const line of result.stdout.split('\n').filter(Boolean)) {
        expect(line).toMatch(/^::error file=areas\/01-samlinger\.yaml,line=\d+,col=\d+,title=vm-strategy mark-unknown::/);
      }
      expect(result).toMatchSnapshot();
    });
  });

  it('annotates a whole-file problem without line and column', async ({ expect }) => {
    const result = await runIn('stray-file', ['validate', '--dir', '.', '--format', 'github', '--lang', 'en']);
    expect(result).toEqual({
      exitCode: 0,
      stdout:
        '::warning file=notes.txt,title=vm-strategy file-stray::The file does not belong in the strategy folder and is not read. ' +
        'Areas live in areas/NN-<id>.yaml; move or delete the file.\n',
      stderr: '',
    });
  });

  it('shows paths relative to the working directory when --dir points elsewhere', async ({ expect }) => {
    const parent = await makeTempDir();
    const dir = await makeStrategy('unknown-mark');
    await rename(dir, path.join(parent, 'mappe'));
    const result = await runCli(['validate', '--dir', 'mappe', '--format', 'json'], { cwd: parent });
    expect(result.exitCode).toBe(1);
    const files = (JSON.parse(result.stdout) as { file: string }[]).map((d) => d.file);
    expect(files).toEqual(['mappe/areas/01-samlinger.yaml', 'mappe/areas/01-samlinger.yaml']);
  });
});

describe.concurrent('summary of the bundled strategy', () => {
  it.for<[string, string[]]>([
    ['table, nb', ['summary']],
    ['table, en', ['summary', '--lang', 'en']],
    ['json', ['summary', '--format', 'json']],
    ['md, nb', ['summary', '--format', 'md']],
    ['md, en', ['summary', '--format', 'md', '--lang', 'en']],
  ])('%s', async ([_name, args], { expect }) => {
    const result = await fromRepo(args);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result).toMatchSnapshot();
  });

  it('csv: a BOM, one row per goal, CRLF line ends', async ({ expect }) => {
    const result = await fromRepo(['summary', '--format', 'csv']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const lines = result.stdout.slice(1).split('\r\n');
    expect(lines.pop()).toBe(''); // ends with a line break
    expect(lines).toHaveLength(1 + 42);
    expect(lines.some((l) => l.includes('\n'))).toBe(false); // no bare LF outside quotes in this data
    expect(lines[0]).toBe('area_id,goal_id,goal_text,marks,score');
    // Snapshotted line by line, so the CR characters cannot be lost on the way to the snapshot file.
    expect(lines).toMatchSnapshot();
  });
});

describe.concurrent('usage errors: exit code 2, a message on stderr, no stack trace', () => {
  it.for<[string, string[]]>([
    ['an unknown option', ['--bogus']],
    ['an unknown command', ['frobnicate']],
    ['a misspelt command', ['validat']],
    ['an unknown --format for validate', ['validate', '--format', 'nope']],
    ['an unknown --format for summary', ['summary', '--format', 'nope']],
    ['an unknown --lang', ['validate', '--lang', 'de']],
    ['--max-warnings that is not a number', ['validate', '--max-warnings', 'x']],
    ['--max-warnings below 0', ['validate', '--max-warnings', '-1']],
    ['a --dir that does not exist', ['validate', '--dir', '/does/not/exist']],
    ['a --dir that does not exist, in English', ['summary', '--dir', '/does/not/exist', '--lang', 'en']],
    ['a --dir that is a file', ['validate', '--dir', 'package.json']],
    ['an argument validate does not take', ['validate', 'strategy']],
  ])('%s', async ([_name, args], { expect }) => {
    const result = await fromRepo(args);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toBe('');
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result).toMatchSnapshot();
  });
});

describe.concurrent('help and version', () => {
  it('--help: exit code 0, lists the commands, with examples and exit codes', async ({ expect }) => {
    // Not snapshotted: other commands are added to this list as they are written.
    const result = await fromRepo(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: vm-strategy \[options\] \[command\]\n/);
    expect(result.stdout).toMatch(/^  validate \[options\] +check the strategy files/m);
    expect(result.stdout).toMatch(/^  summary \[options\] +completion per area/m);
    expect(result.stdout).toContain('\nExamples:\n  $ vm-strategy validate');
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 problems in the data, 2 unusable input or usage.');
  });

  it.for<[string, string[]]>([
    ['validate --help', ['validate', '--help']],
    ['summary --help', ['summary', '--help']],
  ])('%s: exit code 0, with examples', async ([_name, args], { expect }) => {
    const result = await fromRepo(args);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('\nExamples:\n');
    expect(result.stdout).toContain(`$ vm-strategy ${args[0]}`);
    expect(result.stdout).toContain('Exit codes:');
    expect(result).toMatchSnapshot();
  });

  it('help validate shows the same as validate --help', async ({ expect }) => {
    const [viaHelp, viaFlag] = await Promise.all([fromRepo(['help', 'validate']), fromRepo(['validate', '--help'])]);
    expect(viaHelp).toEqual(viaFlag);
  });

  it.for(['--version', '-V'])("%s prints package.json's version", async (flag, { expect }) => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await fromRepo([flag])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe.concurrent('colour', () => {
  const forced = { NO_COLOR: undefined, FORCE_COLOR: '1' };

  it('is used when FORCE_COLOR is set and NO_COLOR is not', async ({ expect }) => {
    const table = await fromRepo(['summary'], { env: forced });
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(ansi);
    const stylish = await runIn('unknown-mark', ['validate', '--dir', '.'], { env: forced });
    expect(stylish.stdout).toMatch(ansi);
  });

  it('is never used with --no-color, even with FORCE_COLOR', async ({ expect }) => {
    const table = await fromRepo(['summary', '--no-color'], { env: forced });
    expect(table.exitCode).toBe(0);
    expect(table.stdout).not.toMatch(ansi);
    // The same words as without colour.
    expect(table.stdout).toBe((await fromRepo(['summary'])).stdout);
    const stylish = await runIn('unknown-mark', ['validate', '--dir', '.', '--no-color'], { env: forced });
    expect(stylish.stdout).not.toMatch(ansi);
  });

  it('is not used when NO_COLOR is set, even with FORCE_COLOR', async ({ expect }) => {
    const table = await fromRepo(['summary'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(table.stdout).not.toMatch(ansi);
  });

  it('is not used when output is not a terminal and nothing forces it', async ({ expect }) => {
    const table = await fromRepo(['summary'], { env: { NO_COLOR: undefined } });
    expect(table.stdout).not.toMatch(ansi);
  });

  it('colours the errors summary prints on stderr when forced, and not otherwise', async ({ expect }) => {
    const coloured = await runIn('unknown-mark', ['summary', '--dir', '.'], { env: forced });
    expect(coloured.exitCode).toBe(1);
    expect(coloured.stderr).toMatch(ansi);
    const plain = await runIn('unknown-mark', ['summary', '--dir', '.', '--no-color'], { env: forced });
    expect(plain.stderr).not.toMatch(ansi);
  });
});

describe.concurrent('which strategy folder is used without --dir', () => {
  const goalsIn = (result: CliResult) => (JSON.parse(result.stdout) as { overall: { goals: number } }).overall.goals;

  it('the bundled strategy, when the working directory has no ./strategy', async ({ expect }) => {
    const empty = await makeTempDir();
    const result = await runCli(['summary', '--format', 'json'], { cwd: empty });
    expect(result.exitCode).toBe(0);
    expect(goalsIn(result)).toBe(42);
  });

  it('./strategy, when the working directory has one', async ({ expect }) => {
    const parent = await makeTempDir();
    await rename(await makeStrategy(), path.join(parent, 'strategy'));
    const summary = await runCli(['summary', '--format', 'json'], { cwd: parent });
    expect(summary.exitCode).toBe(0);
    expect(goalsIn(summary)).toBe(6);
    const validate = await runCli(['validate'], { cwd: parent });
    expect(validate).toEqual({ exitCode: 0, stdout: 'Ingen problemer funnet (4 filer kontrollert).\n', stderr: '' });
  });

  it('./strategy even when it is broken (no silent fallback to the bundled one)', async ({ expect }) => {
    const parent = await makeTempDir();
    await rename(await makeStrategy('unknown-mark'), path.join(parent, 'strategy'));
    const result = await runCli(['validate', '--format', 'json'], { cwd: parent });
    expect(result.exitCode).toBe(1);
    const files = (JSON.parse(result.stdout) as { file: string }[]).map((d) => d.file);
    expect(files).toEqual(['strategy/areas/01-samlinger.yaml', 'strategy/areas/01-samlinger.yaml']);
  });
});

describe.concurrent('summary on a strategy with errors', () => {
  it('prints nothing on stdout, the errors on stderr, and exits 1', async ({ expect }) => {
    const result = await runIn('unknown-mark', ['summary', '--dir', '.', '--format', 'json', '--lang', 'en']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result).toMatchSnapshot();
  });
});

describe('output piped into a reader that stops early (`| head -3`)', () => {
  it('is not an error: no stack trace, and the command still finishes and exits 0', async ({ expect }) => {
    // assess --interactive writes each prompt on its own; the reader takes the first chunk and
    // closes the pipe, so every later prompt is written to a closed pipe (EPIPE).
    const dir = await makeStrategy();
    const child = spawn(process.execPath, [binPath, 'assess', '--interactive', '--dir', dir, '--lang', 'en'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => {
      child.stdout.destroy();
      // Enter keeps every mark as it is: nothing is written, every prompt is.
      child.stdin.end('\n'.repeat(40));
    });
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
  });
});
