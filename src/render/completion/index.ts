// The shells `vm-strategy completion` writes scripts for: the keys of this table.
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import type { CompletionSpec } from './spec.js';
import { zshScript } from './zsh.js';
import type { CompletionShell } from '../format-names.js';

export const completionShells = {
  bash: bashScript,
  zsh: zshScript,
  fish: fishScript,
} satisfies Record<CompletionShell, (spec: CompletionSpec, version: string) => string>;

export type { CompletionShell } from '../format-names.js';
