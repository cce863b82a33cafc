// The catalogues of the command line's words: every entry has words in both languages, and the
// list of options that take a value (which the language is chosen with) matches the commands.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/core/lang.js';
import { buildProgram } from '../../src/cli/program.js';
import { testIo } from '../helpers/cli.js';
import { flagsTakingValues } from '../../src/cli/options.js';
import { cliWords } from '../../src/i18n/cli-words.js';
import { helpWords } from '../../src/i18n/help-words.js';

/** Every leaf of a catalogue by its path: a text, or a function called with sample arguments. */
function leaves(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  // An array stands in for every kind of argument: it reads as text, counts as a number and maps as a list.
  if (typeof value === 'function')
    return [[`${at}()`, String((value as (...a: unknown[]) => unknown)(...Array(value.length).fill(['x'])))]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, at ? `${at}.${key}` : key));
  throw new Error(`${at}: neither words nor a function (${String(value)})`);
}

describe.each([
  ['help-words', helpWords],
  ['cli-words', cliWords],
] as const)('%s', (_name, catalogue) => {
  it('has the same entries in every language, none of them empty', () => {
    const [first, ...others] = langs.map((lang) => leaves(catalogue[lang]));
    for (const other of others) expect(other.map(([at]) => at)).toEqual(first!.map(([at]) => at));
    for (const lang of langs) {
      for (const [at, text] of leaves(catalogue[lang])) expect(text.trim(), `${lang}: ${at}`).not.toBe('');
    }
  });
});

describe('help-words', () => {
  it("words commander's headings differently in each language (no English left in nb)", () => {
    const { nb, en } = helpWords;
    for (const key of Object.keys(en.commander.titles) as (keyof typeof en.commander.titles)[]) {
      expect(nb.commander.titles[key], key).not.toBe(en.commander.titles[key]);
    }
    for (const key of [
      'usageOptions',
      'usageCommand',
      'choices',
      'default',
      'help',
      'helpCommand',
      'version',
    ] as const) {
      expect(nb.commander[key], key).not.toBe(en.commander[key]);
    }
  });
});

/** Every command of the program and the program itself. */
const commands = (program: Command): Command[] => [program, ...program.commands.flatMap(commands)];

describe('flagsTakingValues', () => {
  it.for(langs)('lists exactly the flags of options that take a value (%s)', (lang) => {
    const program = buildProgram(testIo(), { exitCode: 0 }, lang);
    const taking = new Set<string>();
    const boolean = new Set<string>();
    for (const command of commands(program)) {
      for (const option of command.options) {
        const flags = [option.short, option.long].filter((f): f is string => f !== undefined);
        for (const flag of flags) (option.required || option.optional ? taking : boolean).add(flag);
      }
    }
    expect([...taking].filter((f) => boolean.has(f))).toEqual([]);
    expect([...taking].sort()).toEqual([...flagsTakingValues].sort());
  });
});
