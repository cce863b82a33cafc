import type { Lang } from '../core/lang.js';
import { words } from '../i18n/words.js';
import { diagnosticFormats } from '../render/diagnostics/index.js';
import { hasErrors, type Diagnostic } from '../core/diagnostics.js';
import type { StrategyModel } from '../core/model.js';
import { makeChalk } from './color.js';
import { exitCodes } from './exit-codes.js';
import { loadFromDisk, type FindOptions } from './load.js';
import type { Io, Outcome } from './io.js';

/**
 * Files a command cannot work with: their errors on stderr as `validate` shows them, then a line
 * that says what this means for the command. Warnings are left out: they never stop a command.
 */
export function printDataErrors(
  io: Io,
  report: { diagnostics: Diagnostic[]; files: number },
  options: { lang: Lang; color?: boolean },
  closing?: string,
): void {
  const errorsOnly = report.diagnostics.filter((d) => d.severity === 'error');
  const chalk = makeChalk(options.color, io.stderr, io.env);
  if (errorsOnly.length > 0)
    io.err(diagnosticFormats.stylish({ diagnostics: errorsOnly, files: report.files }, { lang: options.lang, chalk }));
  if (closing !== undefined) io.err(`${closing}\n`);
}

/** A strategy whose files have no errors, with the folder it was read from. */
export interface SoundStrategy {
  model: StrategyModel;
  dir: string;
  /** The bundled example strategy (reports and plans carry a banner). */
  example: boolean;
}

/**
 * The strategy of a command that needs sound data (summary, report, plan, compare): undefined,
 * with the errors shown and exit code 1 set, when the files have errors.
 */
export async function loadSoundModel(
  options: FindOptions & { color?: boolean },
  io: Io,
  outcome: Outcome,
): Promise<SoundStrategy | undefined> {
  const loaded = await loadFromDisk(options, io);
  if (loaded.model && !hasErrors(loaded.diagnostics))
    return { model: loaded.model, dir: loaded.dir, example: loaded.example };
  printDataErrors(io, loaded, options, words[options.lang].dataErrors);
  outcome.exitCode = exitCodes.problems;
  return undefined;
}
