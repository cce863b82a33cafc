// The one catalogue of diagnostics. The data carries a stable code and its arguments; the wording
// lives in ./diagnostic-catalogue.ts, in both languages, so a new code without words fails to compile.
import { type Args, type CatalogueEntry, catalogue, type Severity } from './diagnostic-catalogue.js';
import type { Lang } from './lang.js';
import { byName } from './order.js';

export { catalogue, encodingProblem, type ImportPlace, type Severity } from './diagnostic-catalogue.js';

export interface Location {
  /** Path as shown to the user (relative to the working directory where possible). */
  file: string;
  /** 1-based line and column; 0 when the problem concerns the whole file or folder. */
  line: number;
  col: number;
}

export type DiagnosticCode = keyof typeof catalogue;
/** The importer's codes: about a document, never found by `validate` (not among its SARIF rules). */
export type ImportCode = Extract<DiagnosticCode, `import-${string}`>;
export const isImportCode = (code: DiagnosticCode): code is ImportCode => code.startsWith('import-');

export interface Diagnostic extends Location {
  code: DiagnosticCode;
  severity: Severity;
  args: Args;
}

export function diagnostic(code: DiagnosticCode, at: Location, args: Args = {}): Diagnostic {
  return { code, severity: catalogue[code].severity as Severity, ...at, args };
}

export function describe(d: Diagnostic, lang: Lang): { message: string; hint: string } {
  const entry: CatalogueEntry = catalogue[d.code];
  return { message: entry.message[lang](d.args), hint: entry.hint[lang](d.args) };
}

/** Sort by file, then position, so output is stable whatever order the rules ran in. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => byName(a.file, b.file) || a.line - b.line || a.col - b.col || byName(a.code, b.code));
}

export const hasErrors = (list: Diagnostic[]) => list.some((d) => d.severity === 'error');
