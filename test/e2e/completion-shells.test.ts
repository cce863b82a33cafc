// The completion scripts at work in the shells themselves (bash always; zsh and fish where they are
// installed): each script is checked by its shell, and completes by calling the built binary, as
// an installed one would. What the scripts and `__complete` print is tested in-process in
// test/completion.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, makeStrategy, makeTempDir, removeTempDirs, repoRoot, spawnCli } from '../helpers/cli.js';

afterAll(removeTempDirs);

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** The visible commands, read from `vm-strategy --help` (its "Kommandoer:" list; nb by default). */
async function commandNames(): Promise<string[]> {
  const help = (await spawnCli(['--help'])).stdout;
  const list = help.slice(help.indexOf('Kommandoer:'), help.indexOf('\nEksempler:'));
  return [...list.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!);
}

const goalCount = 42;

let commands: string[];
beforeAll(async () => {
  commands = await commandNames();
  expect(commands).toEqual(
    expect.arrayContaining(['validate', 'summary', 'report', 'plan', 'assess', 'init', 'schema', 'completion', 'help']),
  );
});

describe('the scripts, read by their shells', () => {
  it('bash: the script is valid bash (bash -n)', async () => {
    const { stdout } = await spawnCli(['completion', 'bash']);
    const file = path.join(await makeTempDir(), 'vm-strategy.bash');
    await writeFile(file, stdout);
    expect(spawnSync('bash', ['-n', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });

  it.skipIf(!has('zsh'))('zsh: the script is valid zsh (zsh -n)', async () => {
    const { stdout } = await spawnCli(['completion', 'zsh']);
    const file = path.join(await makeTempDir(), '_vm-strategy');
    await writeFile(file, stdout);
    expect(spawnSync('zsh', ['-n', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
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
    await writeFile(bashFile, (await spawnCli(['completion', 'bash'])).stdout);
  });

  /** What bash completes for the words, the last one being completed. */
  function bashComplete(words: string[], cwd = repoRoot): string[] {
    const script = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _vm_strategy; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const out = execFileSync('bash', ['-c', script, 'complete', bashFile, 'vm-strategy', ...words], {
      cwd,
      env,
      encoding: 'utf8',
    });
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
    expect(bashComplete(['assess', '--note', 'x y', 'forskning.internasjonalt-samarbeid', 'VET'])).toEqual([
      'VET\\ IKKE',
    ]);
    expect(bashComplete(['assess', 'forskning.internasjonalt-samarbeid', 'JA-'])).toEqual(['JA-', 'JA-\\?', 'JA--']);
    expect(bashComplete(['assess', '--area', 'f'])).toEqual(['forskning', 'formidling']);
    expect(bashComplete(['assess', '--area', 'v'])).toEqual(['vision']);
    const dir = await makeStrategy();
    expect(bashComplete(['assess', '--dir', dir, '--area', ''])).toEqual(['samlinger', 'formidling', 'vision']);
  });

  it.skipIf(!has('fish'))('fish: commands, option values, goal ids and marks', async () => {
    const fishFile = path.join(await makeTempDir(), 'vm-strategy.fish');
    await writeFile(fishFile, (await spawnCli(['completion', 'fish'])).stdout);
    const complete = (line: string) =>
      execFileSync('fish', ['--no-config', '-c', `source $argv[1]; complete -C $argv[2]`, fishFile, line], {
        env,
        encoding: 'utf8',
        cwd: repoRoot,
      })
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(complete('vm-strategy ').sort()).toEqual([...commands].sort());
    expect(complete('vm-strategy validate --format ')).toEqual(['github', 'json', 'sarif', 'stylish']);
    expect(complete('vm-strategy assess forskning.int')).toEqual(['forskning.internasjonalt-samarbeid']);
    expect(complete('vm-strategy assess forskning.internasjonalt-samarbeid VET')).toEqual(['VET IKKE']);
  });
});
