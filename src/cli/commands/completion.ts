import { Argument, type Command } from 'commander';
import { completionShellNames, type CompletionShell } from '../../render/format-names.js';
import type { Io, Outcome } from '../program.js';

export function registerCompletion(program: Command, io: Io, _outcome: Outcome): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(completionShellNames))
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy completion bash > ~/.local/share/bash-completion/completions/vm-strategy
  $ echo 'source <(vm-strategy completion bash)' >> ~/.bashrc
  $ vm-strategy completion zsh > "\${fpath[1]}/_vm-strategy"
  $ vm-strategy completion fish > ~/.config/fish/completions/vm-strategy.fish

Commands, options and their values (formats, languages) are written into the script; make it
again after an upgrade. Goal ids (assess), marks and areas are looked up while you type, by
running "vm-strategy __complete", in the strategy of --dir, ./strategy or the bundled one.
Exit codes: 0 printed, 2 an unknown shell.`,
    )
    .action(async (shell: CompletionShell) => (await import('../actions/completion.js')).printCompletion(shell, program, io));

  // Hidden: what the scripts call for values that live in the strategy. It never fails loudly:
  // a shell completing a word must not show errors, so it prints what it can and exits 0.
  program
    .command('__complete', { hidden: true })
    .description('print goal ids, vision ids, marks or area ids, one a line (for completion scripts)')
    .argument('[words...]', 'kinds (goals, vision, marks, areas), and --dir DIR')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (words: string[]) => (await import('../actions/completion.js')).complete(words, io));
}
