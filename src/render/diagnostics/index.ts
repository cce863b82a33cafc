// The --format choices of `validate` are the keys of this table: a format cannot exist
// without being selectable, nor be selectable without a formatter.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Lang } from '../../core/lang.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { DiagnosticFormat } from '../format-names.js';

export interface DiagnosticsReport {
  diagnostics: Diagnostic[];
  /** How many files were read, for the all-clear line. */
  files: number;
  /** Warnings left out by --quiet, so an all-clear is never claimed while some exist. */
  hiddenWarnings?: number;
}

export interface FormatOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** The tool's version, for formats that name the tool (SARIF). */
  version?: string;
}

export const diagnosticFormats = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
} satisfies Record<DiagnosticFormat, (report: DiagnosticsReport, options: FormatOptions) => string>;

export type { DiagnosticFormat } from '../format-names.js';
