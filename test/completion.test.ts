// `vm-strategy completion bash|zsh|fish` and the hidden `__complete` it calls. The scripts are
// made from the commander program, so every command must be in them; bash is run for real here
// (and fish and zsh too where they are installed).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** The visible commands, read from `vm-strategy --help` (its "Kommandoer:" list; nb by default). */
async function commandNames(): Promise<string[]> {
  const help = (await runCli(['--help'])).stdout;
  const list = help.slice(help.indexOf('Kommandoer:'), help.indexOf('\nEksempler:'));
  return [...list.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!);
}

const goalCount = 42;

describe('__complete (hidden; called by the scripts)', () => {
  it('goals: the 42 goal ids of the bundled strategy, one a line, in document order', async () => {
    const result = await runCli(['__complete', 'goals']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const ids = result.stdout.trimEnd().split('\n');
    expect(ids).toHaveLength(goalCount);
    expect(new Set(ids).size).toBe(goalCount);
    expect(ids[0]).toBe('samlinger.samlingsplan');
    expect(ids).toContain('forskning.internasjonalt-samarbeid');
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/);
  });

  it('marks, areas and vision ids; several kinds at once', async () => {
    const marks = (await runCli(['__complete', 'marks'])).stdout.split('\n');
    expect(marks.slice(0, 3)).toEqual(['JA', 'JA?', 'JA-']);
    expect(marks).toContain('VET IKKE');
    const areas = (await runCli(['__complete', 'areas'])).stdout.trimEnd().split('\n');
    expect(areas).toHaveLength(10);
    const both = (await runCli(['__complete', 'vision', 'areas'])).stdout.trimEnd().split('\n');
    expect(both).toHaveLength(11 + 10);
    expect(both[0]).toBe('vision.1');
  });

  it('reads the strategy in --dir', async () => {
    const dir = await makeStrategy();
    const result = await runCli(['__complete', 'areas', '--dir', dir]);
    expect(result).toEqual({ exitCode: 0, stdout: 'samlinger\nformidling\n', stderr: '' });
    expect((await runCli(['__complete', `--dir=${dir}`, 'areas'])).stdout).toBe('samlinger\nformidling\n');
  });

  it.for<[string, string[]]>([
    ['no kind', ['__complete']],
    ['an unknown kind', ['__complete', 'bogus']],
    ['a --dir that does not exist', ['__complete', 'goals', '--dir', '/does/not/exist']],
    ['a broken strategy', ['__complete', 'goals', '--dir', path.join(repoRoot, 'package.json')]],
  ])('is silent and exits 0 on any error: %s', async ([_name, args], { expect }) => {
    expect(await runCli(args)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('is silent about an invalid VM_STRATEGY_LANG too (the shell is mid-word)', async () => {
    const result = await runCli(['__complete', 'areas'], { env: { VM_STRATEGY_LANG: 'de' } });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(10);
  });

  it('ignores words it does not know, so a script may pass more than it needs', async () => {
    const result = await runCli(['__complete', 'areas', '--bogus', '-x', 'bogus']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(10);
  });

  it('is not listed in --help', async () => {
    expect((await runCli(['--help'])).stdout).not.toContain('__complete');
  });
});

let commands: string[];
beforeAll(async () => {
  commands = await commandNames();
  // The commands of this task at least, and help.
  expect(commands).toEqual(expect.arrayContaining(['validate', 'summary', 'report', 'plan', 'assess', 'init', 'schema', 'completion', 'help']));
});

describe('completion scripts', () => {

  it.for(['bash', 'zsh', 'fish'])('%s: exit 0, names every command and the dynamic lookups', async (shell, { expect }) => {
    const result = await runCli(['completion', shell]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    for (const name of commands) expect(result.stdout, name).toMatch(new RegExp(`(^|[\\s'(|])${name}([\\s':|)]|$)`, 'm'));
    // The hidden command is called by the script, never offered as a command.
    const calls = result.stdout.split('\n').filter((l) => l.includes('__complete'));
    expect(calls.length).toBeGreaterThan(0);
    for (const line of calls) expect(line).toMatch(/^\s*#|ask=\(__complete|command vm-strategy __complete/);
    for (const value of ['sarif', 'github', 'nb', 'en', 'bash']) expect(result.stdout).toContain(value);
  });

  it('bash: the script is valid bash (bash -n)', async () => {
    const { stdout } = await runCli(['completion', 'bash']);
    const file = path.join(await makeTempDir(), 'vm-strategy.bash');
    await writeFile(file, stdout);
    expect(spawnSync('bash', ['-n', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });

  it.skipIf(!has('zsh'))('zsh: the script is valid zsh (zsh -n)', async () => {
    const { stdout } = await runCli(['completion', 'zsh']);
    const file = path.join(await makeTempDir(), '_vm-strategy');
    await writeFile(file, stdout);
    expect(spawnSync('zsh', ['-n', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });

  it('an unknown shell: exit 2 and the choices', async () => {
    const result = await runCli(['completion', 'tcsh']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('vm-strategy: Ugyldig verdi «tcsh» for <skall>. Mulige verdier: bash, zsh, fish.\nSe «vm-strategy completion --help».\n');
  });

  it('--help has examples', async () => {
    const result = await runCli(['completion', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('\nEksempler:\n  $ vm-strategy completion bash');
  });
});

/** A folder with a `vm-strategy` on PATH that runs the built binary, as an installed one would. */
async function shim(): Promise<string> {
  const dir = await makeTempDir();
  const file = path.join(dir, 'vm-strategy');
  await writeFile(file, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} "$@"\n`);
  await chmod(file, 0o755);
  return dir;
}

describe('the scripts at work', () => {
  let env: NodeJS.ProcessEnv;
  let bashFile: string;
  beforeAll(async () => {
    const bin = await shim();
    env = { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, HOME: process.env.HOME, NO_COLOR: '1' };
    bashFile = path.join(bin, 'completion.bash');
    await writeFile(bashFile, (await runCli(['completion', 'bash'])).stdout);
  });

  /** What bash completes for the words, the last one being completed. */
  function bashComplete(words: string[], cwd = repoRoot): string[] {
    const script = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _vm_strategy; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const out = execFileSync('bash', ['-c', script, 'complete', bashFile, 'vm-strategy', ...words], { cwd, env, encoding: 'utf8' });
    return out.split('\n').filter(Boolean);
  }

  it('bash: commands, options, option values', () => {
    expect(bashComplete(['']).sort()).toEqual([...commands].sort());
    expect(bashComplete(['va'])).toEqual(['validate']);
    expect(bashComplete(['validate', '--format', ''])).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(bashComplete(['validate', '--format', '=', 's'])).toEqual(['stylish', 'sarif']);
    expect(bashComplete(['summary', '--lang', ''])).toEqual(['nb', 'en']);
    expect(bashComplete(['validate', '--max-'])).toEqual(['--max-warnings']);
    expect(bashComplete(['completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it('bash: goal ids and marks for assess, areas for --area, from the strategy', async () => {
    expect(bashComplete(['assess', ''])).toHaveLength(goalCount + 11);
    expect(bashComplete(['assess', 'forskning.int'])).toEqual(['forskning.internasjonalt-samarbeid']);
    expect(bashComplete(['assess', '--note', 'x y', 'forskning.internasjonalt-samarbeid', 'VET'])).toEqual(['VET\\ IKKE']);
    expect(bashComplete(['assess', 'forskning.internasjonalt-samarbeid', 'JA-'])).toEqual(['JA-', 'JA-\\?', 'JA--']);
    expect(bashComplete(['assess', '--area', 'f'])).toEqual(['forskning', 'formidling']);
    expect(bashComplete(['assess', '--area', 'v'])).toEqual(['vision']);
    const dir = await makeStrategy();
    expect(bashComplete(['assess', '--dir', dir, '--area', ''])).toEqual(['samlinger', 'formidling', 'vision']);
  });

  it.skipIf(!has('fish'))('fish: commands, option values, goal ids and marks', async () => {
    const fishFile = path.join(await makeTempDir(), 'vm-strategy.fish');
    await writeFile(fishFile, (await runCli(['completion', 'fish'])).stdout);
    const complete = (line: string) =>
      execFileSync('fish', ['--no-config', '-c', `source $argv[1]; complete -C $argv[2]`, fishFile, line], { env, encoding: 'utf8', cwd: repoRoot })
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(complete('vm-strategy ').sort()).toEqual([...commands].sort());
    expect(complete('vm-strategy validate --format ')).toEqual(['github', 'json', 'sarif', 'stylish']);
    expect(complete('vm-strategy assess forskning.int')).toEqual(['forskning.internasjonalt-samarbeid']);
    expect(complete('vm-strategy assess forskning.internasjonalt-samarbeid VET')).toEqual(['VET IKKE']);
  });
});
