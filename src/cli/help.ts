// commander, speaking the run's language: a Help that words headings, usage lines, choices and
// defaults from the help catalogue, and a Command whose usage errors are said in the same words
// (and end in exit code 2). Everything goes through commander's extension points: createHelp and
// createCommand, the Help methods it calls, and the methods a Command calls to report a mistake.
import { type Argument, Command, Help, Option } from 'commander';
import { closest } from '../core/scale.js';
import type { HelpWords } from '../i18n/help-words.js';
import { exitCodes } from './exit-codes.js';

/** `<name>`, `[name]` or `<name...>`, as commander writes an argument. */
const argumentName = (argument: Argument) => {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
};

/** An option as an error names it: `--dir`, or the short flag of an option without a long one. */
const optionName = (option: Option) => option.long ?? option.short ?? option.flags;

/** The value an option takes, as written in its flags (`<folder>`). */
const optionValue = (option: Option) => /[<[][^>\]]*[>\]]/.exec(option.flags)?.[0] ?? '';

/** The words of the command line for every command and the help of each. */
export class LocalHelp extends Help {
  constructor(private readonly words: HelpWords) {
    super();
  }

  /** Commander calls this with its own English headings ('Usage:', 'Options:', …). */
  override styleTitle(title: string): string {
    const t = this.words.commander.titles;
    const local: Record<string, string> = {
      'Usage:': t.usage,
      'Arguments:': t.arguments,
      'Options:': t.options,
      'Commands:': t.commands,
      'Global Options:': t.globalOptions,
    };
    return local[title] ?? title;
  }

  override commandUsage(cmd: Command): string {
    const names: string[] = [];
    for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
    const parts = [
      ...(this.visibleOptions(cmd).length > 0 ? [this.words.commander.usageOptions] : []),
      ...(cmd.commands.length > 0 ? [this.words.commander.usageCommand] : []),
      ...cmd.registeredArguments.map(argumentName),
    ];
    return [...names, ...parts].join(' ');
  }

  override subcommandTerm(cmd: Command): string {
    return [
      cmd.name(),
      ...(cmd.options.length > 0 ? [this.words.commander.usageOptions] : []),
      ...cmd.registeredArguments.map(argumentName),
    ].join(' ');
  }

  override argumentTerm(argument: Argument): string {
    return argumentName(argument);
  }

  override optionDescription(option: Option): string {
    const takesValue = option.required || option.optional;
    return this.withExtras(
      option.description,
      option.argChoices,
      takesValue ? option.defaultValue : undefined,
      option.defaultValueDescription,
    );
  }

  override argumentDescription(argument: Argument): string {
    return this.withExtras(
      argument.description,
      argument.argChoices,
      argument.defaultValue,
      argument.defaultValueDescription,
    );
  }

  /** `description (choices: a, b; default: a)`, in the help's words. */
  private withExtras(
    description: string,
    choices: readonly string[] | undefined,
    fallback: unknown,
    fallbackText: string | undefined,
  ): string {
    const c = this.words.commander;
    const extras = [
      ...(choices ? [`${c.choices}: ${choices.join(', ')}`] : []),
      ...(fallback !== undefined ? [`${c.default}: ${fallbackText ?? String(fallback)}`] : []),
    ];
    if (extras.length === 0) return description;
    return description ? `${description} (${extras.join('; ')})` : `(${extras.join('; ')})`;
  }
}

/** commander's private state that the error methods below read, as commander's own ones do. */
interface CommanderInternals {
  _allowUnknownOption: boolean;
  _allowExcessArguments: boolean;
  _enablePositionalOptions: boolean;
}

/**
 * A Command that words its help and its usage errors in the run's language. Subcommands are
 * made by createCommand, so every command of the program is one.
 */
export class LocalCommand extends Command {
  constructor(
    name: string | undefined,
    readonly words: HelpWords,
  ) {
    super(name);
  }

  override createCommand(name?: string): LocalCommand {
    return new LocalCommand(name, this.words);
  }

  override createHelp(): Help {
    return Object.assign(new LocalHelp(this.words), this.configureHelp());
  }

  /** `vm-strategy validate`: the command as typed, for "see … --help". */
  private commandPath(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  /** A usage mistake: what is wrong, where to read more, exit code 2. */
  private usageError(message: string, code: string): never {
    return this.error(`${this.root().name()}: ${message}\n${this.words.errors.seeHelp(this.commandPath())}`, {
      code,
      exitCode: exitCodes.usage,
    });
  }

  private root(): Command {
    let c: Command = this;
    while (c.parent) c = c.parent;
    return c;
  }

  private get internals(): CommanderInternals {
    return this as unknown as CommanderInternals;
  }

  // The methods below replace commander's own (lib/command.js), which word the same errors in English.

  unknownOption(flag: string): void {
    if (this.internals._allowUnknownOption) return;
    let suggestion: string | undefined;
    if (flag.startsWith('--')) {
      const candidates: string[] = [];
      for (let c: Command | null = this; c; c = c.parent) {
        for (const option of c.createHelp().visibleOptions(c)) if (option.long) candidates.push(option.long.slice(2));
        if ((c as unknown as CommanderInternals)._enablePositionalOptions) break;
      }
      const name = closest(flag.slice(2).split('=')[0]!, candidates);
      suggestion = name === undefined ? undefined : `--${name}`;
    }
    this.usageError(this.words.errors.unknownOption(flag, suggestion), 'commander.unknownOption');
  }

  unknownCommand(): void {
    const name = String(this.args[0]);
    const candidates = this.createHelp()
      .visibleCommands(this)
      .flatMap((c) => [c.name(), ...c.aliases()]);
    this.usageError(this.words.errors.unknownCommand(name, closest(name, candidates)), 'commander.unknownCommand');
  }

  missingArgument(name: string): void {
    const argument = this.registeredArguments.find((a) => a.name() === name);
    this.usageError(
      this.words.errors.missingArgument(argument ? argumentName(argument) : `<${name}>`),
      'commander.missingArgument',
    );
  }

  optionMissingArgument(option: Option): void {
    this.usageError(
      this.words.errors.optionMissingValue(optionName(option), optionValue(option)),
      'commander.optionMissingArgument',
    );
  }

  missingMandatoryOptionValue(option: Option): void {
    this.usageError(
      this.words.errors.missingMandatory(`${optionName(option)} ${optionValue(option)}`.trim()),
      'commander.missingMandatoryOptionValue',
    );
  }

  _conflictingOption(option: Option, conflictingOption: Option): void {
    this.usageError(
      this.words.errors.conflicting(optionName(option), optionName(conflictingOption)),
      'commander.conflictingOption',
    );
  }

  _excessArguments(received: string[]): void {
    if (this.internals._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    this.usageError(
      this.words.errors.excessArguments(this.commandPath(), expected, received.slice(expected)),
      'commander.excessArguments',
    );
  }

  /** Where commander parses an option's or argument's value; a choice not offered is reported here. */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, _english: string): unknown {
    try {
      return target.parseArg!(value, previous);
    } catch (error) {
      if ((error as { code?: string }).code !== 'commander.invalidArgument') throw error;
      const what = target instanceof Option ? optionName(target) : argumentName(target);
      const e = this.words.errors;
      return this.usageError(
        target.argChoices ? e.invalidChoice(what, value, target.argChoices) : e.invalidValue(what, value),
        'commander.invalidArgument',
      );
    }
  }
}
