import type { Lang } from '../../core/lang.js';
import { diagnosticFormats } from '../../render/diagnostics/index.js';
import type { DiagnosticFormat } from '../../render/format-names.js';
import { cliWords } from '../../i18n/cli-words.js';
import { words } from '../../i18n/words.js';
import { makeChalk } from '../color.js';
import { exitCodes, UserError } from '../exit-codes.js';
import { loadFromDisk } from '../load.js';
import type { Io, Outcome } from '../io.js';
import { version } from '../version.js';

export interface ValidateOptions {
  dir?: string;
  example?: boolean;
  format: DiagnosticFormat;
  quiet?: boolean;
  maxWarnings?: string;
  lang: Lang;
  color?: boolean;
}

export async function validate(options: ValidateOptions, io: Io, outcome: Outcome): Promise<void> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings, options.lang);
  const loaded = await loadFromDisk(options, io);
  const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = loaded.diagnostics.length - warnings;
  const shown = options.quiet ? loaded.diagnostics.filter((d) => d.severity === 'error') : loaded.diagnostics;
  const chalk = makeChalk(options.color, io.stdout, io.env);
  io.out(
    diagnosticFormats[options.format](
      {
        diagnostics: shown,
        files: loaded.files,
        hiddenWarnings: shown.length === loaded.diagnostics.length ? 0 : warnings,
      },
      { lang: options.lang, chalk, version },
    ),
  );
  if (errors > 0) {
    outcome.exitCode = exitCodes.problems;
  } else if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.err(`${words[options.lang].tooManyWarnings(warnings, maxWarnings)}\n`);
    outcome.exitCode = exitCodes.problems;
  }
}

function parseMaxWarnings(raw: string | undefined, lang: Lang): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new UserError(cliWords[lang].maxWarnings(raw));
  }
  return Number(raw);
}
