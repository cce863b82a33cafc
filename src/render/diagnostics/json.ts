import { describe } from '../../core/diagnostics.js';
import type { DiagnosticsReport, FormatOptions } from './types.js';

/** A JSON array of diagnostics: { code, severity, file, line, col, message, hint }. */
export function formatJson({ diagnostics }: DiagnosticsReport, { lang }: FormatOptions): string {
  const rows = diagnostics.map((d) => {
    const { message, hint } = describe(d, lang);
    return { code: d.code, severity: d.severity, file: d.file, line: d.line, col: d.col, message, hint };
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}
