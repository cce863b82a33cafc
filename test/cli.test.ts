// What a user sees from the command: exit code, stdout and stderr, snapshotted.
// Snapshots are updated on purpose only (`npx vitest run -u`), after reading the diff.
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { helpWords } from '../src/i18n/help-words.js';
import {
  exampleNotice,
  makeStrategy,
  makeTempDir,
  removeTempDirs,
  repoRoot,
  runCli,
  scrubPaths,
  type CliResult,
  type RunOptions,
} from './helpers/cli.js';

afterAll(removeTempDirs);

const stackTrace = /\n\s+at /;
const ansi = /\u001b\[/;
/** Words that give away help or usage text in the other language. */
const english =
  /\b(Usage|Options|Arguments|Commands|Examples|Exit codes|display help|output the version|choices|default)\b/;
const norwegian = /\b(Bruk|Valg|Argumenter|Kommandoer|Eksempler|Avslutningskoder|vis hjelp|verdier|standard)\b/;
/** Every visible command, each with its own help. */
const commandNames = [
  'validate',
  'summary',
  'report',
  'plan',
  'compare',
  'assess',
  'init',
  'schema',
  'completion',
  'import',
] as const;

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
        expect(line).toMatch(
          /^::error file=areas\/01-samlinger\.yaml,line=\d+,col=\d+,title=vm-strategy mark-unknown::/,
        );
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
    expect(result.stderr).not.toMatch(/internal error|intern feil/);
    expect(result).toMatchSnapshot();
  });
});

describe.concurrent('help and version', () => {
  it('--help: exit code 0, lists the commands, with examples and exit codes (nb by default)', async ({ expect }) => {
    // Not snapshotted: other commands are added to this list as they are written.
    const result = await fromRepo(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Bruk: vm-strategy \[valg\] \[kommando\]\n\nHold en strategi som YAML-filer/);
    expect(result.stdout).toMatch(
      /^Valg:\n {2}-V, --version +skriv ut versjonsnummeret\n {2}-h, --help +vis hjelp for kommandoen\n/m,
    );
    expect(result.stdout).toMatch(/^Kommandoer:\n {2}validate \[valg\] +kontroller strategifilene/m);
    expect(result.stdout).toMatch(/^ {2}summary \[valg\] +fremdrift per område/m);
    expect(result.stdout).toMatch(/^ {2}init \[valg\] <mappe> +lag en ny strategimappe/m);
    expect(result.stdout).toMatch(/^ {2}help \[kommando\] +vis hjelp for en kommando$/m);
    expect(result.stdout).toContain('\nEksempler:\n  $ vm-strategy validate');
    expect(result.stdout).toContain(
      'Avslutningskoder: 0 i orden, 1 problemer i dataene, 2 ubrukelig inndata eller feil bruk.',
    );
    expect(result.stdout).not.toMatch(english);
  });

  it('--help --lang en: the same in English', async ({ expect }) => {
    const result = await fromRepo(['--help', '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: vm-strategy \[options\] \[command\]\n\nKeep a strategy as YAML files/);
    expect(result.stdout).toMatch(
      /^Options:\n {2}-V, --version +output the version number\n {2}-h, --help +display help for the command\n/m,
    );
    expect(result.stdout).toMatch(/^Commands:\n {2}validate \[options\] +check the strategy files/m);
    expect(result.stdout).toMatch(/^ {2}init \[options\] <folder> +make a new strategy folder/m);
    expect(result.stdout).toMatch(/^ {2}help \[command\] +display help for a command$/m);
    expect(result.stdout).toContain('\nExamples:\n  $ vm-strategy validate');
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 problems in the data, 2 unusable input or usage.');
    expect(result.stdout).not.toMatch(norwegian);
  });

  // Every command's help, in each language: snapshotted (read the diff), and free of the other language's words.
  describe.each(commandNames)('%s --help', (command) => {
    it.for<[string, string[], RegExp]>([
      ['nb (the default)', [], english],
      ['en (--lang en)', ['--lang', 'en'], norwegian],
    ])('in %s', async ([_name, langArgs, other], { expect }) => {
      const result = await fromRepo([command, '--help', ...langArgs]);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toBe('');
      const lang = langArgs.length === 0 ? 'nb' : 'en';
      const hw = helpWords[lang];
      expect(result.stdout.startsWith(`${hw.commander.titles.usage} vm-strategy ${command} `)).toBe(true);
      expect(result.stdout).toContain(`\n${hw.commander.titles.options}\n`);
      expect(result.stdout).toContain(hw.commander.help);
      expect(result.stdout).toContain(hw[command].after.trim().split('\n')[0]);
      expect(result.stdout).toMatch(lang === 'nb' ? /\nAvslutningskoder: / : /\nExit codes: /);
      expect(result.stdout).not.toMatch(other);
      expect(result).toMatchSnapshot();
    });
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

describe.concurrent("commander's own errors, in both languages: exit code 2, what is wrong, where to read more", () => {
  // [what, arguments, nb on stderr, en on stderr]. English with --lang en after a command, and
  // with VM_STRATEGY_LANG=en where the mistake is in the command itself.
  it.for<[string, string[], string, string]>([
    [
      'an unknown option',
      ['validate', '--bogus'],
      'Ukjent valg «--bogus».\nSe «vm-strategy validate --help».',
      'Unknown option «--bogus».\nSee «vm-strategy validate --help».',
    ],
    [
      'a misspelt option (did you mean)',
      ['summary', '--formt', 'json'],
      'Ukjent valg «--formt». Mente du «--format»?\nSe «vm-strategy summary --help».',
      'Unknown option «--formt». Did you mean «--format»?\nSee «vm-strategy summary --help».',
    ],
    [
      'an unknown option of the program',
      ['--bogus'],
      'Ukjent valg «--bogus».\nSe «vm-strategy --help».',
      'Unknown option «--bogus».\nSee «vm-strategy --help».',
    ],
    [
      'an unknown command',
      ['frobnicate'],
      'Ukjent kommando «frobnicate».\nSe «vm-strategy --help».',
      'Unknown command «frobnicate».\nSee «vm-strategy --help».',
    ],
    [
      'a misspelt command (did you mean)',
      ['validat'],
      'Ukjent kommando «validat». Mente du «validate»?\nSe «vm-strategy --help».',
      'Unknown command «validat». Did you mean «validate»?\nSee «vm-strategy --help».',
    ],
    [
      'a missing argument',
      ['init'],
      'Argumentet <mappe> mangler.\nSe «vm-strategy init --help».',
      'The argument <folder> is missing.\nSee «vm-strategy init --help».',
    ],
    [
      'an option missing its value',
      ['validate', '--max-warnings'],
      'Valget --max-warnings mangler verdien sin (<n>).\nSe «vm-strategy validate --help».',
      'The option --max-warnings is missing its value (<n>).\nSee «vm-strategy validate --help».',
    ],
    [
      'a required option left out',
      ['compare'],
      'Valget --against <ref> må oppgis.\nSe «vm-strategy compare --help».',
      'The option --against <ref> is required.\nSee «vm-strategy compare --help».',
    ],
    [
      'a value not among the choices of an option',
      ['summary', '--format', 'nope'],
      'Ugyldig verdi «nope» for --format. Mulige verdier: table, json, csv, md.\nSe «vm-strategy summary --help».',
      'Invalid value «nope» for --format. Choices: table, json, csv, md.\nSee «vm-strategy summary --help».',
    ],
    [
      'a value not among the choices of an argument',
      ['completion', 'tcsh'],
      'Ugyldig verdi «tcsh» for <skall>. Mulige verdier: bash, zsh, fish.\nSe «vm-strategy completion --help».',
      'Invalid value «tcsh» for <shell>. Choices: bash, zsh, fish.\nSee «vm-strategy completion --help».',
    ],
    [
      'options that conflict (--example with --dir)',
      ['summary', '--example', '--dir', 'strategy'],
      '--example kan ikke brukes sammen med --dir; velg ett av dem.\nSe «vm-strategy summary --help».',
      '--example cannot be used together with --dir; choose one of them.\nSee «vm-strategy summary --help».',
    ],
    [
      'too many arguments',
      ['validate', 'strategy'],
      'For mange argumenter til «vm-strategy validate»: den tar ingen, men fikk også «strategy».\nSe «vm-strategy validate --help».',
      'Too many arguments for «vm-strategy validate»: it takes none, but also got «strategy».\nSee «vm-strategy validate --help».',
    ],
    [
      'too many arguments for a command that takes some',
      ['assess', 'a', 'JA', 'NEI'],
      'For mange argumenter til «vm-strategy assess»: den tar 2, men fikk også «NEI».\nSe «vm-strategy assess --help».',
      'Too many arguments for «vm-strategy assess»: it takes 2, but also got «NEI».\nSee «vm-strategy assess --help».',
    ],
  ])('%s', async ([_name, args, nb, en], { expect }) => {
    const inNb = await fromRepo(args);
    expect(inNb).toEqual({ exitCode: 2, stdout: '', stderr: `vm-strategy: ${nb}\n` });
    const inEnglish = await fromRepo(args, { env: { VM_STRATEGY_LANG: 'en' } });
    expect(inEnglish).toEqual({ exitCode: 2, stdout: '', stderr: `vm-strategy: ${en}\n` });
    // --lang en at the end, where it is read as --lang (not as the value --max-warnings is missing,
    // nor by completion, which has no --lang), gives the same.
    if (args.length > 1 && !args[0]!.startsWith('-') && !['--max-warnings', 'tcsh'].includes(args.at(-1)!)) {
      expect(await fromRepo([...args, '--lang', 'en'])).toEqual(inEnglish);
    }
  });
});

describe.concurrent('which language: --lang, then VM_STRATEGY_LANG, then the language in strategy.yaml, then nb', () => {
  /** A fresh git repository holding strategy/ (the minimal strategy), its strategy.yaml saying `language`. */
  async function repoWithLanguage(language?: string): Promise<{ repo: string; strategy: string }> {
    const repo = await makeTempDir();
    await mkdir(path.join(repo, '.git'));
    const strategy = path.join(repo, 'strategy');
    await rename(await makeStrategy(), strategy);
    if (language !== undefined)
      await appendFile(path.join(strategy, 'strategy.yaml'), `language: ${language}   # the tool's language\n`);
    return { repo, strategy };
  }
  const nbOk = 'Ingen problemer funnet (4 filer kontrollert).\n';
  const enOk = 'No problems found (4 files checked).\n';

  it('a strategy found by the upward search that says language: en: help, errors and output in English, no flag needed', async ({
    expect,
  }) => {
    const { repo, strategy } = await repoWithLanguage('en');
    for (const cwd of [repo, strategy, path.join(strategy, 'areas')]) {
      expect(await runCli(['validate'], { cwd })).toEqual({ exitCode: 0, stdout: enOk, stderr: '' });
    }
    const help = await runCli(['--help'], { cwd: repo });
    expect(help.stdout).toMatch(/^Usage: vm-strategy \[options\] \[command\]\n/);
    expect(help.stdout).not.toMatch(norwegian);
    const validateHelp = await runCli(['validate', '--help'], { cwd: repo });
    expect(validateHelp.stdout).toMatch(/^Usage: vm-strategy validate \[options\]\n/);
    expect(validateHelp.stdout).toContain('(choices: nb, en; default: en)');
    expect(validateHelp.stdout).not.toMatch(norwegian);
    expect(await runCli(['validat'], { cwd: repo })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'vm-strategy: Unknown command «validat». Did you mean «validate»?\nSee «vm-strategy --help».\n',
    });
    const summary = await runCli(['summary'], { cwd: repo });
    expect(summary.stdout).toMatch(/^Area +Goals +Marks/m);
  });

  it('--lang nb beats language: en; VM_STRATEGY_LANG=nb beats it too; --lang en beats VM_STRATEGY_LANG=nb', async ({
    expect,
  }) => {
    const { repo } = await repoWithLanguage('en');
    expect(await runCli(['validate', '--lang', 'nb'], { cwd: repo })).toEqual({
      exitCode: 0,
      stdout: nbOk,
      stderr: '',
    });
    expect(await runCli(['validate', '--lang=nb'], { cwd: repo })).toEqual({ exitCode: 0, stdout: nbOk, stderr: '' });
    expect((await runCli(['--help', '--lang', 'nb'], { cwd: repo })).stdout).toMatch(
      /^Bruk: vm-strategy \[valg\] \[kommando\]\n/,
    );
    expect((await runCli(['validate', '--help', '--lang', 'nb'], { cwd: repo })).stdout).toContain(
      '(verdier: nb, en; standard: nb)',
    );
    expect(await runCli(['validate'], { cwd: repo, env: { VM_STRATEGY_LANG: 'nb' } })).toEqual({
      exitCode: 0,
      stdout: nbOk,
      stderr: '',
    });
    expect(await runCli(['validate', '--lang', 'en'], { cwd: repo, env: { VM_STRATEGY_LANG: 'nb' } })).toEqual({
      exitCode: 0,
      stdout: enOk,
      stderr: '',
    });
  });

  it('VM_STRATEGY_LANG=en without a strategy: help and output in English', async ({ expect }) => {
    const { repo } = await repoWithLanguage();
    const help = await runCli(['--help'], { cwd: repo, env: { VM_STRATEGY_LANG: 'en' } });
    expect(help.stdout).toMatch(/^Usage: vm-strategy \[options\] \[command\]\n/);
    expect((await runCli(['report', '--help'], { cwd: repo, env: { VM_STRATEGY_LANG: 'en' } })).stdout).toMatch(
      /^Usage: vm-strategy report \[options\]\n/,
    );
    expect(await runCli(['validate'], { cwd: repo, env: { VM_STRATEGY_LANG: 'en' } })).toEqual({
      exitCode: 0,
      stdout: enOk,
      stderr: '',
    });
    // Nothing to choose from: nb. An empty VM_STRATEGY_LANG counts as unset.
    expect(await runCli(['validate'], { cwd: repo })).toEqual({ exitCode: 0, stdout: nbOk, stderr: '' });
    expect(await runCli(['validate'], { cwd: repo, env: { VM_STRATEGY_LANG: '' } })).toEqual({
      exitCode: 0,
      stdout: nbOk,
      stderr: '',
    });
  });

  it('the strategy is the one the command uses: --dir, -d, --dir=, VM_STRATEGY_DIR; --example is the bundled one (nb)', async ({
    expect,
  }) => {
    const { strategy } = await repoWithLanguage('en');
    const elsewhere = await makeTempDir();
    await mkdir(path.join(elsewhere, '.git'));
    for (const args of [
      ['--dir', strategy],
      ['-d', strategy],
      [`--dir=${strategy}`],
      [`-d${strategy}`],
      ['-qd', strategy],
    ]) {
      expect(await runCli(['validate', ...args], { cwd: elsewhere }), args.join(' ')).toEqual({
        exitCode: 0,
        stdout: enOk,
        stderr: '',
      });
    }
    expect(await runCli(['validate'], { cwd: elsewhere, env: { VM_STRATEGY_DIR: strategy } })).toEqual({
      exitCode: 0,
      stdout: enOk,
      stderr: '',
    });
    // The value of another option is not a --lang: here --lang is the text of the note.
    const noted = await runCli(['assess', '--dir', strategy, 'samlinger.magasin', 'JA', '--note', '--lang', 'nb'], {
      cwd: elsewhere,
    });
    expect(noted.stderr).toMatch(/^vm-strategy: Too many arguments for «vm-strategy assess»/);
    // --example is the bundled strategy, which says no language: nb, even inside an English strategy's repository.
    const { repo } = await repoWithLanguage('en');
    const example = await runCli(['validate', '--example'], { cwd: repo });
    expect(example).toEqual({
      exitCode: 0,
      stdout: 'Ingen problemer funnet (13 filer kontrollert).\n',
      stderr: exampleNotice.nb,
    });
    // No strategy anywhere: nb, and the command says what it searched.
    expect((await runCli(['validate'], { cwd: elsewhere })).stderr).toContain('Fant ingen strategimappe');
  });

  it('an invalid VM_STRATEGY_LANG is a usage error: exit 2, what is wrong and what to do', async ({ expect }) => {
    const { repo } = await repoWithLanguage();
    const expected = {
      exitCode: 2,
      stdout: '',
      stderr:
        'vm-strategy: VM_STRATEGY_LANG er «de», et språk verktøyet ikke kan. Sett den til nb eller en, eller fjern den.\n',
    };
    expect(await runCli(['validate'], { cwd: repo, env: { VM_STRATEGY_LANG: 'de' } })).toEqual(expected);
    expect(await runCli(['--help'], { cwd: repo, env: { VM_STRATEGY_LANG: 'de' } })).toEqual(expected);
    // Said in the strategy's language when it has one; a valid --lang is used without looking at it.
    const english = await repoWithLanguage('en');
    expect(await runCli(['validate'], { cwd: english.repo, env: { VM_STRATEGY_LANG: 'EN' } })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'vm-strategy: VM_STRATEGY_LANG is «EN», a language the tool does not speak. Set it to nb or en, or unset it.\n',
    });
    expect(await runCli(['validate', '--lang', 'nb'], { cwd: repo, env: { VM_STRATEGY_LANG: 'de' } })).toEqual({
      exitCode: 0,
      stdout: nbOk,
      stderr: '',
    });
  });

  it('a language the tool does not speak in strategy.yaml: nb, and validate reports it', async ({ expect }) => {
    const { repo } = await repoWithLanguage('de');
    const result = await runCli(['validate'], { cwd: repo });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('«language» har en ugyldig verdi «de».  schema-value');
    expect(result.stdout).toContain('→ Tillatt: nb, en.');
  });

  it('init --lang en writes language: en, so the new strategy speaks English without a flag', async ({ expect }) => {
    const repo = await makeTempDir();
    await mkdir(path.join(repo, '.git'));
    expect((await runCli(['init', 'strategy', '--lang', 'en'], { cwd: repo })).exitCode).toBe(0);
    const text = await readFile(path.join(repo, 'strategy', 'strategy.yaml'), 'utf8');
    expect(text).toMatch(
      /^language: en +# the language vm-strategy speaks for this strategy \(nb or en\); --lang and VM_STRATEGY_LANG override it$/m,
    );
    const validate = await runCli(['validate'], { cwd: repo });
    expect(validate.exitCode).toBe(0);
    expect(validate.stdout).toBe('No problems found (4 files checked).\n');
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

  it('is not used when NO_COLOR is set and nothing forces it', async ({ expect }) => {
    const table = await fromRepo(['summary'], { env: { NO_COLOR: '1' } });
    expect(table.stdout).not.toMatch(ansi);
  });

  it('is used when FORCE_COLOR is set, even with NO_COLOR (as Node.js decides), and not with FORCE_COLOR=0', async ({
    expect,
  }) => {
    const table = await fromRepo(['summary'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(table.stdout).toMatch(ansi);
    const off = await fromRepo(['summary'], { env: { NO_COLOR: undefined, FORCE_COLOR: '0' } });
    expect(off.stdout).not.toMatch(ansi);
  });

  it('is used with --color, also in a pipe and against NO_COLOR and FORCE_COLOR=0, in every command that has it', async ({
    expect,
  }) => {
    const env = { NO_COLOR: '1', FORCE_COLOR: '0' };
    const table = await fromRepo(['summary', '--color'], { env });
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(ansi);
    // The same words as without colour.
    expect(table.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe((await fromRepo(['summary'])).stdout);
    const stylish = await runIn('unknown-mark', ['validate', '--dir', '.', '--color'], { env });
    expect(stylish.stdout).toMatch(ansi);
    const errors = await runIn('unknown-mark', ['summary', '--dir', '.', '--color'], { env });
    expect(errors.stderr).toMatch(ansi);
    const help = await fromRepo(['summary', '--help', '--lang', 'en']);
    expect(help.stdout).toMatch(/^ {2}--color +colour even when not on a terminal \(as FORCE_COLOR=1\)$/m);
    expect(help.stdout).toMatch(/^ {2}--no-color +no colour \(as NO_COLOR=1 or FORCE_COLOR=0\)$/m);
  });

  it('the last of --color and --no-color wins', async ({ expect }) => {
    expect((await fromRepo(['summary', '--color', '--no-color'])).stdout).not.toMatch(ansi);
    expect((await fromRepo(['summary', '--no-color', '--color'])).stdout).toMatch(ansi);
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

  it('a strategi/ folder made by init, from the folder above it, from inside it and from deeper down', async ({
    expect,
  }) => {
    const repo = await makeTempDir();
    await mkdir(path.join(repo, '.git'));
    const init = await runCli(['init', 'strategi', '--org', 'Ringve musikkmuseum'], { cwd: repo });
    expect(init.exitCode).toBe(0);
    const areaFile = path.join(repo, 'strategi', 'areas', '01-eksempel.yaml');
    await writeFile(areaFile, (await readFile(areaFile, 'utf8')).replace('mark: "JA"', 'mark: "JAA"'));
    const github = await runCli(['validate', '--format', 'github', '--max-warnings', '0'], { cwd: repo });
    expect(github.exitCode).toBe(1);
    expect(github.stdout).toMatch(
      /^::error file=strategi\/areas\/01-eksempel\.yaml,line=\d+,col=\d+,title=vm-strategy mark-unknown::/m,
    );
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
    const dirWins = await runCli(['summary', '--format', 'json', '--dir', strategy], {
      cwd: repo,
      env: { VM_STRATEGY_DIR: path.join(repo, 'nope') },
    });
    expect(goalsIn(dirWins)).toBe(6);
  });

  it('--example: the bundled strategy, said on stderr; not together with --dir', async ({ expect }) => {
    const repo = await repoWith('');
    const result = await runCli(['summary', '--example', '--format', 'json'], { cwd: repo });
    expect(result.exitCode).toBe(0);
    expect(goalsIn(result)).toBe(42);
    expect(result.stderr).toBe(exampleNotice.nb);
    const md = await runCli(['report', '--example', '--lang', 'en'], { cwd: repo });
    expect(md.stdout.split('\n').slice(0, 3).join('\n')).toContain(
      '> **EXAMPLE** – Made from the example strategy bundled with vm-strategy',
    );
    const plan = await runCli(['plan', '--example'], { cwd: repo });
    expect(plan.stdout).toContain('> **EKSEMPEL** –');
    // The summary says so in every format people read, and JSON carries it for scripts.
    expect((await runCli(['summary', '--example'], { cwd: repo })).stdout.split('\n')[1]).toMatch(
      /^EKSEMPEL – Laget fra eksempelstrategien/,
    );
    expect((await runCli(['summary', '--example', '--format', 'md'], { cwd: repo })).stdout).toContain(
      '\n> **EKSEMPEL** – Laget fra',
    );
    expect(
      JSON.parse((await runCli(['summary', '--example', '--format', 'json'], { cwd: repo })).stdout),
    ).toMatchObject({ example: true });
    expect(
      JSON.parse((await runCli(['summary', '--format', 'json', '--dir', await makeStrategy()], { cwd: repo })).stdout),
    ).not.toHaveProperty('example');
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
