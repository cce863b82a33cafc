import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/lang.js';
import { words } from '../i18n/words.js';
import { diagnosticFormats } from '../render/diagnostics/index.js';
import { hasErrors } from '../core/diagnostics.js';
import type { StrategyModel } from '../core/load-strategy.js';
import { makeChalk } from './color.js';
import { exitCodes } from './exit-codes.js';
import { loadFromDisk, type Loaded } from './load.js';
import type { Io, Outcome } from './program.js';

/** Commands that need sound data show its errors as `validate` does, on stderr, and stop. */
export function printDataErrors(io: Io, loaded: Loaded, lang: Lang, chalk: ChalkInstance): void {
  const errorsOnly = loaded.diagnostics.filter((d) => d.severity === 'error');
  io.err(diagnosticFormats.stylish({ diagnostics: errorsOnly, files: loaded.files }, { lang, chalk }));
  io.err(`${words[lang].dataErrors}\n`);
}

/**
 * The strategy of a command that needs sound data (summary, report, plan): undefined, with the
 * errors shown and exit code 1 set, when the files have errors.
 */
export async function loadSoundModel(
  options: { dir?: string; lang: Lang; color?: boolean },
  io: Io,
  outcome: Outcome,
): Promise<StrategyModel | undefined> {
  const loaded = await loadFromDisk(options.dir, options.lang);
  if (loaded.model && !hasErrors(loaded.diagnostics)) return loaded.model;
  printDataErrors(io, loaded, options.lang, makeChalk(options.color, process.stderr));
  outcome.exitCode = exitCodes.problems;
  return undefined;
}
