import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/lang.js';
import { words } from '../i18n/words.js';
import { diagnosticFormats } from '../render/diagnostics/index.js';
import type { Loaded } from './load.js';
import type { Io } from './program.js';

/** Commands that need sound data show its errors as `validate` does, on stderr, and stop. */
export function printDataErrors(io: Io, loaded: Loaded, lang: Lang, chalk: ChalkInstance): void {
  const errorsOnly = loaded.diagnostics.filter((d) => d.severity === 'error');
  io.err(diagnosticFormats.stylish({ diagnostics: errorsOnly, files: loaded.files }, { lang, chalk }));
  io.err(`${words[lang].dataErrors}\n`);
}
