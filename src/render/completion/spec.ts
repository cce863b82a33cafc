// The shape of a CLI as shell completion needs it. Made from the commander program
// (src/cli/completion-spec.ts); turned into a script by the renderers next to this file.

/** What a value (of an option or a positional argument) completes to. */
export type ValueSpec =
  | { kind: 'none' }
  | { kind: 'files' }
  | { kind: 'dirs' }
  | { kind: 'choices'; choices: readonly string[] }
  /** Printed at completion time by `<program> __complete <sources…>`, plus fixed extra words. */
  | { kind: 'dynamic'; sources: readonly string[]; extra?: readonly string[] };

export interface OptionSpec {
  /** `-d`, `--dir`: the short flag first when there is one. */
  flags: string[];
  description: string;
  takesValue: boolean;
  valueName: string;
  values: ValueSpec;
}

export interface ArgumentSpec {
  name: string;
  description: string;
  variadic: boolean;
  values: ValueSpec;
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  options: OptionSpec[];
  args: ArgumentSpec[];
}

export interface CompletionSpec {
  /** The program's name, as typed in the shell. */
  name: string;
  /** The program's own options (--help, --version). */
  options: OptionSpec[];
  commands: CommandSpec[];
}

/** A shell function name made from the program name (vm-strategy → _vm_strategy). */
export const functionName = (name: string) => `_${name.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Quotes a word for POSIX shells (bash, zsh): single quotes, with ' written as '\''. */
export const shellQuote = (s: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The first line of a description: what a shell shows beside a candidate. */
export const firstLine = (s: string) => (s.split('\n')[0] ?? '').trim();
