import { Argument, type Command } from 'commander';
import { completionShellNames, type CompletionShell } from '../../render/format-names.js';
import type { Registration } from '../registration.js';

export function registerCompletion(program: Command, r: Registration): void {
  const { hw, io } = r;
  const w = hw.completion;
  program
    .command('completion')
    .description(w.description)
    .addArgument(new Argument(`<${hw.values.shell}>`, w.shell).choices(completionShellNames))
    .addHelpText('after', w.after)
    .action(async (shell: CompletionShell) =>
      (await import('../actions/completion.js')).printCompletion(shell, program, io),
    );

  // Hidden: what the scripts call for values that live in the strategy. It never fails loudly:
  // a shell completing a word must not show errors, so it prints what it can and exits 0.
  program
    .command('__complete', { hidden: true })
    .description(w.complete)
    .argument(`[${hw.values.words}...]`, w.completeWords)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (words: string[]) => (await import('../actions/completion.js')).complete(words, io));
}
