// What shell completion knows about the CLI, read from the commander program itself (its
// commands, their options and arguments), so a new command or option is completed without
// anyone touching the completion scripts.
import type { Command, Option } from 'commander';
import type { CompletionSpec, OptionSpec, ValueSpec, CommandSpec } from '../render/completion/spec.js';

/** The kinds `vm-strategy __complete` prints, read from the strategy found the usual way. */
export const dynamicKinds = ['goals', 'vision', 'marks', 'areas'] as const;
export type DynamicKind = (typeof dynamicKinds)[number];

/**
 * Values of options that are not a closed list of choices, by the option's long name. An option
 * not named here that takes a value completes file names, as a shell does by default.
 */
const optionValues: Record<string, ValueSpec> = {
  '--dir': { kind: 'dirs' },
  '--out': { kind: 'dirs' },
  '--template': { kind: 'dirs' },
  '--output': { kind: 'files' },
  '--area': { kind: 'dynamic', sources: ['areas'], extra: ['vision'] },
  '--note': { kind: 'none' },
  '--by': { kind: 'none' },
  '--clause': { kind: 'none' },
  '--from': { kind: 'none' },
  '--years': { kind: 'none' },
  '--max-warnings': { kind: 'none' },
  '--org': { kind: 'none' },
};

/**
 * Values of positional arguments, by command and position (argument names are words of the help,
 * in the run's language). An argument not named here completes file names.
 */
const argumentValues: Record<string, ValueSpec[]> = {
  assess: [
    { kind: 'dynamic', sources: ['goals', 'vision'] },
    { kind: 'dynamic', sources: ['marks'] },
  ],
  init: [{ kind: 'dirs' }],
};

function optionSpec(option: Option): OptionSpec {
  const flags = [option.short, option.long].filter((f): f is string => f !== undefined);
  const takesValue = option.required || option.optional;
  let values: ValueSpec = { kind: 'none' };
  if (takesValue) {
    if (option.argChoices) values = { kind: 'choices', choices: option.argChoices };
    else values = optionValues[option.long ?? ''] ?? { kind: 'files' };
  }
  const valueName = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1] ?? 'value';
  return { flags, description: option.description, takesValue, valueName, values };
}

function argumentSpec(command: Command, index: number, commandNames: string[]): CommandSpec['args'][number] {
  const argument = command.registeredArguments[index]!;
  let values: ValueSpec;
  if (argument.argChoices) values = { kind: 'choices', choices: argument.argChoices };
  else if (command.name() === 'help') values = { kind: 'choices', choices: commandNames };
  else values = argumentValues[command.name()]?.[index] ?? { kind: 'files' };
  return { name: argument.name(), description: argument.description, variadic: argument.variadic, values };
}

/** The completion spec of a program: its visible commands (and `help`), options and arguments. */
export function completionSpec(program: Command): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const names = commands.map((c) => c.name());
  return {
    name: program.name(),
    options: help.visibleOptions(program).map(optionSpec),
    commands: commands.map((command) => ({
      name: command.name(),
      aliases: command.aliases(),
      description: command.summary() || command.description(),
      options: command.createHelp().visibleOptions(command).map(optionSpec),
      args: command.registeredArguments.map((_, i) =>
        argumentSpec(
          command,
          i,
          names.filter((n) => n !== 'help'),
        ),
      ),
    })),
  };
}
