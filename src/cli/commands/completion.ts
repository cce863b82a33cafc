import { Argument, type Command } from 'commander';
import { loadStrategy } from '../../core/load-strategy.js';
import { readStrategyFolder } from '../../io/read-folder.js';
import { resolveStrategyDir } from '../../io/strategy-dir.js';
import { completionShells, type CompletionShell } from '../../render/completion/index.js';
import { completionSpec, dynamicKinds, type DynamicKind } from '../completion-spec.js';
import type { Io, Outcome } from '../program.js';
import { version } from '../version.js';

export function registerCompletion(program: Command, io: Io, _outcome: Outcome): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(Object.keys(completionShells)))
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
    .action((shell: CompletionShell) => {
      // The program is walked when the script is asked for, so every command registered is in it.
      io.out(completionShells[shell](completionSpec(program), version));
    });

  // Hidden: what the scripts call for values that live in the strategy. It never fails loudly:
  // a shell completing a word must not show errors, so it prints what it can and exits 0.
  program
    .command('__complete', { hidden: true })
    .description('print goal ids, vision ids, marks or area ids, one a line (for completion scripts)')
    .argument('[words...]', 'kinds (goals, vision, marks, areas), and --dir DIR')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (words: string[]) => {
      try {
        const kinds: DynamicKind[] = [];
        let dir: string | undefined;
        for (let i = 0; i < words.length; i++) {
          const word = words[i]!;
          if (word === '--dir' || word === '-d') dir = words[++i];
          else if (word.startsWith('--dir=')) dir = word.slice('--dir='.length);
          else if ((dynamicKinds as readonly string[]).includes(word)) kinds.push(word as DynamicKind);
        }
        if (kinds.length === 0) return;
        const { model } = loadStrategy(await readStrategyFolder(resolveStrategyDir(dir)));
        if (!model) return;
        const values: Record<DynamicKind, () => string[]> = {
          goals: () => model.areas.flatMap(({ area }) => area.goals.map((g) => g.id)),
          vision: () => model.strategy.vision.statements.map((s) => s.id),
          marks: () => model.scale.scale.marks.map((m) => m.code),
          areas: () => model.areas.map(({ area }) => area.id),
        };
        const lines = kinds.flatMap((kind) => values[kind]());
        if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
      } catch {
        // Silent on purpose (see above).
      }
    });
}
