import { terminalLine } from '../escape.js';
import { describe, type Diagnostic } from '../../core/diagnostics.js';
import { words } from '../../i18n/words.js';
import type { DiagnosticsReport, FormatOptions } from './types.js';

/** Grouped by file, one line per problem with its position, like ESLint's stylish format. */
export function formatStylish(
  { diagnostics, files, hiddenWarnings = 0 }: DiagnosticsReport,
  { lang, chalk }: FormatOptions,
): string {
  const w = words[lang];
  if (diagnostics.length === 0) {
    return hiddenWarnings > 0
      ? `${chalk.yellow(w.hiddenWarnings(hiddenWarnings))}\n`
      : `${chalk.green(w.noProblems(files))}\n`;
  }
  // One pass to group (appending in place: copying each file's list per diagnostic made 20,000
  // diagnostics take a minute), one to write.
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const lines: string[] = [];
  const severity = { error: chalk.red(w.error), warning: chalk.yellow(w.warning) };
  for (const [file, list] of byFile) {
    lines.push('', chalk.underline(terminalLine(file)));
    for (const d of list) {
      // A message and hint carry values from the files (marks, keys, paths): escaped before colouring.
      const { message: rawMessage, hint: rawHint } = describe(d, lang);
      const [message, hint] = [terminalLine(rawMessage), terminalLine(rawHint)];
      const position = d.line > 0 ? `${d.line}:${d.col}` : '';
      lines.push(`  ${chalk.dim(position.padEnd(7))} ${severity[d.severity]}  ${message}  ${chalk.dim(d.code)}`);
      lines.push(`  ${' '.repeat(7)} ${chalk.dim(`→ ${hint}`)}`);
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const summary = w.problems(errors, diagnostics.length - errors);
  lines.push('', errors > 0 ? chalk.red.bold(`✖ ${summary}`) : chalk.yellow.bold(`⚠ ${summary}`));
  return `${lines.join('\n')}\n`;
}
