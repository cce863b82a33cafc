// The --format choices of `validate` are the keys of this table: a format cannot exist
// without being selectable, nor be selectable without a formatter.
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { DiagnosticFormat } from '../format-names.js';
import type { DiagnosticsReport, FormatOptions } from './types.js';

export const diagnosticFormats = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
} satisfies Record<DiagnosticFormat, (report: DiagnosticsReport, options: FormatOptions) => string>;

export type { DiagnosticFormat } from '../format-names.js';
