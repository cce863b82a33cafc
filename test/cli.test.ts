// What a user sees from the built command: exit code, stdout and stderr, snapshotted.
// Snapshots are updated on purpose only (`npx vitest run -u`), after reading the diff.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { binPath, exampleNotice, makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli, scrubPaths, type CliResult, type RunOptions } from './helpers/cli.js';

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
    const result = await fromRepo([...args, '--example']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(exampleNotice[args.includes('en') ? 'en' : 'nb']);
    expect(result).toMatchSnapshot();
  });

  it('csv: a BOM, one row per goal, CRLF line ends', async ({ expect }) => {
    const result = await fromRepo(['summary', '--format', 'csv', '--example']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(exampleNotice.nb);
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
  /** A fresh git repository (the search stops at its root) holding `folder` with the minimal strategy. */
  async function repoWith(folder: string, scenario?: string): Promise<string> {
    const repo = await makeTempDir();
    await mkdir(path.join(repo, '.git'));
    if (folder !== '') await rename(await makeStrategy(scenario), path.join(repo, folder));
    return repo;
  }

  it('nothing found: exit 2, what was searched and what to do, never the bundled strategy', async ({ expect }) => {
    const repo = await repoWith('');
    const inside = path.join(repo, 'docs', 'notes');
    await mkdir(inside, { recursive: true });
    for (const command of [['validate'], ['summary'], ['report'], ['plan'], ['compare', '--against', 'HEAD']]) {
      const result = await runCli(command, { cwd: inside });
      expect(result.exitCode, command[0]).toBe(2);
      expect(result.stdout, command[0]).toBe('');
      expect(result.stderr, command[0]).toContain('Fant ingen strategimappe');
      expect(result.stderr).not.toMatch(stackTrace);
    }
    const en = await runCli(['validate', '--lang', 'en'], { cwd: inside });
    expect(scrubPaths(en.stderr, { [repo]: '<repo>' })).toBe(
      'vm-strategy: No strategy folder found. Looked for strategy.yaml, or a folder strategy/ or strategi/, in\n' +
        '  <repo>/docs/notes\n  <repo>/docs\n  <repo>\n(the search stops at the root of the git repository).\n' +
        'Make one with "vm-strategy init strategy", name the folder with --dir (or VM_STRATEGY_DIR), or try the tool on the example strategy with --example.\n',
    );
  });

  it('a strategi/ folder made by init, from the folder above it, from inside it and from deeper down', async ({ expect }) => {
    const repo = await makeTempDir();
    await mkdir(path.join(repo, '.git'));
    const init = await runCli(['init', 'strategi', '--org', 'Ringve musikkmuseum'], { cwd: repo });
    expect(init.exitCode).toBe(0);
    const areaFile = path.join(repo, 'strategi', 'areas', '01-eksempel.yaml');
    await writeFile(areaFile, (await readFile(areaFile, 'utf8')).replace('mark: "JA"', 'mark: "JAA"'));
    const github = await runCli(['validate', '--format', 'github', '--max-warnings', '0'], { cwd: repo });
    expect(github.exitCode).toBe(1);
    expect(github.stdout).toMatch(/^::error file=strategi\/areas\/01-eksempel\.yaml,line=\d+,col=\d+,title=vm-strategy mark-unknown::/m);
    expect(github.stderr).toBe('');
    for (const cwd of [path.join(repo, 'strategi'), path.join(repo, 'strategi', 'areas')]) {
      const inside = await runCli(['validate', '--format', 'json'], { cwd });
      expect(inside.exitCode).toBe(1);
      expect((JSON.parse(inside.stdout) as { code: string }[]).map((d) => d.code)).toContain('mark-unknown');
    }
    const report = await runCli(['report'], { cwd: path.join(repo, 'strategi') });
    expect(report.exitCode).toBe(1);
    expect(report.stdout).toBe('');
    expect(report.stderr).not.toContain('Vitenskapsmuseet');
  });

  it('./strategy, when the working directory has one', async ({ expect }) => {
    const parent = await repoWith('strategy');
    const summary = await runCli(['summary', '--format', 'json'], { cwd: parent });
    expect(summary.exitCode).toBe(0);
    expect(goalsIn(summary)).toBe(6);
    const validate = await runCli(['validate'], { cwd: parent });
    expect(validate).toEqual({ exitCode: 0, stdout: 'Ingen problemer funnet (4 filer kontrollert).\n', stderr: '' });
  });

  it('./strategy even when it is broken (no silent fallback to the bundled one)', async ({ expect }) => {
    const parent = await repoWith('strategy', 'unknown-mark');
    const result = await runCli(['validate', '--format', 'json'], { cwd: parent });
    expect(result.exitCode).toBe(1);
    const files = (JSON.parse(result.stdout) as { file: string }[]).map((d) => d.file);
    expect(files).toEqual(['strategy/areas/01-samlinger.yaml', 'strategy/areas/01-samlinger.yaml']);
  });

  it('both strategy/ and strategi/ in one folder: exit 2, asks for --dir', async ({ expect }) => {
    const repo = await repoWith('strategy');
    await rename(await makeStrategy(), path.join(repo, 'strategi'));
    const result = await runCli(['validate', '--lang', 'en'], { cwd: repo });
    expect(result.exitCode).toBe(2);
    expect(scrubPaths(result.stderr, { [repo]: '<repo>' })).toBe(
      'vm-strategy: Found two strategy folders in one folder:\n  <repo>/strategy\n  <repo>/strategi\nChoose one with --dir.\n',
    );
  });

  it('stops at the repository root: a strategy above it is not used', async ({ expect }) => {
    const outer = await repoWith('strategy');
    await rm(path.join(outer, '.git'), { recursive: true });
    const inner = path.join(outer, 'other-project');
    await mkdir(path.join(inner, '.git'), { recursive: true });
    const result = await runCli(['validate'], { cwd: inner });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Fant ingen strategimappe');
    // Without a repository in between, the same strategy is found from below.
    await rm(path.join(inner, '.git'), { recursive: true });
    expect((await runCli(['validate'], { cwd: inner })).exitCode).toBe(0);
  });

  it('VM_STRATEGY_DIR, when no --dir is given; --dir wins over it', async ({ expect }) => {
    const repo = await repoWith('');
    const strategy = await makeStrategy();
    const fromEnv = await runCli(['summary', '--format', 'json'], { cwd: repo, env: { VM_STRATEGY_DIR: strategy } });
    expect(fromEnv.exitCode).toBe(0);
    expect(goalsIn(fromEnv)).toBe(6);
    const wrong = await runCli(['summary'], { cwd: repo, env: { VM_STRATEGY_DIR: path.join(repo, 'nope') } });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain('VM_STRATEGY_DIR');
    const dirWins = await runCli(['summary', '--format', 'json', '--dir', strategy], { cwd: repo, env: { VM_STRATEGY_DIR: path.join(repo, 'nope') } });
    expect(goalsIn(dirWins)).toBe(6);
  });

  it('--example: the bundled strategy, said on stderr; not together with --dir', async ({ expect }) => {
    const repo = await repoWith('');
    const result = await runCli(['summary', '--example', '--format', 'json'], { cwd: repo });
    expect(result.exitCode).toBe(0);
    expect(goalsIn(result)).toBe(42);
    expect(result.stderr).toBe(exampleNotice.nb);
    const md = await runCli(['report', '--example', '--lang', 'en'], { cwd: repo });
    expect(md.stdout.split('\n').slice(0, 3).join('\n')).toContain('> **EXAMPLE** – Made from the example strategy bundled with vm-strategy');
    const plan = await runCli(['plan', '--example'], { cwd: repo });
    expect(plan.stdout).toContain('> **EKSEMPEL** –');
    const both = await runCli(['summary', '--example', '--dir', repo], { cwd: repo });
    expect(both.exitCode).toBe(2);
    // A strategy of one's own never carries the banner.
    const own = await runCli(['report', '--dir', await makeStrategy()], { cwd: repo });
    expect(own.stdout).not.toContain('EKSEMPEL');
    expect(own.stderr).toBe('');
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
