// What `completion` and the hidden `__complete` do when they run.
import type { Command } from 'commander';
import { loadStrategy } from '../../core/load-strategy.js';
import { readStrategyFolder } from '../../io/read-folder.js';
import { locateStrategy } from '../../io/strategy-dir.js';
import { completionShells } from '../../render/completion/index.js';
import type { CompletionShell } from '../../render/format-names.js';
import { completionSpec, dynamicKinds, type DynamicKind } from '../completion-spec.js';
import type { Io } from '../io.js';
import { version } from '../version.js';

export function printCompletion(shell: CompletionShell, program: Command, io: Io): void {
  // The program is walked when the script is asked for, so every command registered is in it.
  io.out(completionShells[shell](completionSpec(program), version));
}

/**
 * Goal ids, vision ids, marks or area ids, one a line. It never fails loudly: a shell completing
 * a word must not show errors, so it prints what it can and exits 0.
 */
export async function complete(words: string[], io: Io): Promise<void> {
  try {
    const kinds: DynamicKind[] = [];
    let dir: string | undefined;
    let example = false;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word === '--dir' || word === '-d') dir = words[++i];
      else if (word === '--example') example = true;
      else if (word.startsWith('--dir=')) dir = word.slice('--dir='.length);
      else if ((dynamicKinds as readonly string[]).includes(word)) kinds.push(word as DynamicKind);
    }
    if (kinds.length === 0) return;
    const { model } = loadStrategy(
      await readStrategyFolder(locateStrategy({ dir, example }, io.cwd, io.env).dir, io.cwd),
    );
    if (!model) return;
    const values: Record<DynamicKind, () => string[]> = {
      goals: () => model.areas.flatMap(({ area }) => area.goals.map((g) => g.id)),
      vision: () => (model.strategy.vision?.statements ?? []).map((s) => s.id),
      marks: () => model.scale.scale.marks.map((m) => m.code),
      areas: () => model.areas.map(({ area }) => area.id),
    };
    const lines = kinds.flatMap((kind) => values[kind]());
    if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
  } catch {
    // Silent on purpose (see above).
  }
}
