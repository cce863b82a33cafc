import { describe, type Diagnostic } from '../../core/diagnostics.js';
import { words } from '../../i18n/words.js';
import type { DiagnosticsReport, FormatOptions } from './index.js';

/** Grouped by file, one line per problem with its position, like ESLint's stylish format. */
export function formatStylish({ diagnostics, files, hiddenWarnings = 0 }: DiagnosticsReport, { lang, chalk }: FormatOptions): string {
  const w = words[lang];
  if (diagnostics.length === 0) {
    return hiddenWarnings > 0 ? `${chalk.yellow(w.hiddenWarnings(hiddenWarnings))}\n` : `${chalk.green(w.noProblems(files))}\n`;
  }
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  let out = '';
  for (const [file, list] of byFile) {
    out += `\n${chalk.underline(file)}\n`;
    for (const d of list) {
      const { message, hint } = describe(d, lang);
      const position = d.line > 0 ? `${d.line}:${d.col}` : '';
      const severity = d.severity === 'error' ? chalk.red(w.error) : chalk.yellow(w.warning);
      out += `  ${chalk.dim(position.padEnd(7))} ${severity}  ${message}  ${chalk.dim(d.code)}\n`;
      out += `  ${' '.repeat(7)} ${chalk.dim(`→ ${hint}`)}\n`;
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const summary = w.problems(errors, diagnostics.length - errors);
  return `${out}\n${errors > 0 ? chalk.red.bold(`✖ ${summary}`) : chalk.yellow.bold(`⚠ ${summary}`)}\n`;
}
