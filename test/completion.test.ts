// `vm-strategy completion bash|zsh|fish` and the hidden `__complete` it calls. The scripts are
// made from the commander program, so every command must be in them; the shells themselves run
// them in test/e2e/completion-shells.test.ts.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStrategy, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

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
  expect(commands).toEqual(
    expect.arrayContaining(['validate', 'summary', 'report', 'plan', 'assess', 'init', 'schema', 'completion', 'help']),
  );
});

describe('completion scripts', () => {
  it.for(['bash', 'zsh', 'fish'])(
    '%s: exit 0, names every command and the dynamic lookups',
    async (shell, { expect }) => {
      const result = await runCli(['completion', shell]);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toBe('');
      for (const name of commands)
        expect(result.stdout, name).toMatch(new RegExp(`(^|[\\s'(|])${name}([\\s':|)]|$)`, 'm'));
      // The hidden command is called by the script, never offered as a command.
      const calls = result.stdout.split('\n').filter((l) => l.includes('__complete'));
      expect(calls.length).toBeGreaterThan(0);
      for (const line of calls) expect(line).toMatch(/^\s*#|ask=\(__complete|command vm-strategy __complete/);
      for (const value of ['sarif', 'github', 'nb', 'en', 'bash']) expect(result.stdout).toContain(value);
    },
  );

  it('an unknown shell: exit 2 and the choices', async () => {
    const result = await runCli(['completion', 'tcsh']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'vm-strategy: Ugyldig verdi «tcsh» for <skall>. Mulige verdier: bash, zsh, fish.\nSe «vm-strategy completion --help».\n',
    );
  });

  it('--help has examples', async () => {
    const result = await runCli(['completion', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('\nEksempler:\n  $ vm-strategy completion bash');
  });
});
