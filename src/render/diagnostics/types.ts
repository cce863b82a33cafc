// What the validate formatters take: the diagnostics to show, and how.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Lang } from '../../core/lang.js';

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
