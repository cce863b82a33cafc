// Options several commands share, described once. Light on purpose: the command line is built
// from these before any command's own code is loaded.
import { Option } from 'commander';
import { langs, type Lang } from '../core/lang.js';
import type { HelpWords } from '../i18n/help-words.js';

/**
 * Every flag that takes a value, in any command: the language is chosen from the arguments
 * before commander reads them (lang-choice.ts), and must skip these values as commander does.
 * A test walks the program and fails when this list and the commands disagree.
 */
export const flagsTakingValues: ReadonlySet<string> = new Set([
  '-d',
  '--dir',
  '-f',
  '--format',
  '-o',
  '--output',
  '--out',
  '--lang',
  '--against',
  '--history',
  '--template',
  '--from',
  '--years',
  '--max-warnings',
  '--clause',
  '--note',
  '--by',
  '--area',
  '--org',
  '--scale',
]);

/** The words and language a command line is described in. */
export interface Described {
  hw: HelpWords;
  /** The language chosen for this run: the default of every --lang option. */
  lang: Lang;
}

/** `<folder>` in the language of the help. */
export const value = (name: string) => `<${name}>`;

export const dirOption = ({ hw }: Described) => new Option(`-d, --dir ${value(hw.values.folder)}`, hw.options.dir);
/** The bundled strategy, only when asked for: it is an example, never a default. */
export const exampleOption = ({ hw }: Described) => new Option('--example', hw.options.example).conflicts('dir');
export const langOption = ({ hw, lang }: Described) =>
  new Option(`--lang ${value(hw.values.lang)}`, hw.options.lang).choices(langs).default(lang);
/**
 * --color, always added just before --no-color: commander gives `color` the default true when
 * --no-color comes alone or first, and no default when --color comes first, which color.ts needs
 * to tell "neither flag" (undefined) from "--color" (true).
 */
export const colorOption = ({ hw }: Described) => new Option('--color', hw.options.color);
export const noColorOption = ({ hw }: Described) => new Option('--no-color', hw.options.noColor);
export const formatOption = ({ hw }: Described, names: readonly string[], fallback: string) =>
  new Option(`-f, --format ${value(hw.values.format)}`, hw.options.format).choices(names).default(fallback);

/** The --against option of compare, summary and report. */
export const againstOption = ({ hw }: Described, description = hw.options.against) =>
  new Option(`--against ${value(hw.values.ref)}`, description);

/** The --history option of summary and report: one or more older revisions, oldest first. */
export const historyOption = ({ hw }: Described) =>
  new Option(`--history <${hw.values.ref}...>`, hw.options.history).conflicts('against');
