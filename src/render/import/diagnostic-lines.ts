// What `vm-strategy import` found in a document, for the terminal: one line per problem, as
// compilers write them (`FILE:LINE: severity: …`), so that a terminal or an editor can jump to
// the line. The words are the catalogue's, as `validate` shows them: the message, then the hint;
// the code last, to look up in the README.
import { describe } from '../../core/diagnostics.js';
import { words } from '../../i18n/words.js';
import type { DiagnosticsReport, FormatOptions } from '../diagnostics/types.js';
import { terminalLine } from '../escape.js';

export function formatDiagnosticLines({ diagnostics }: DiagnosticsReport, { lang, chalk }: FormatOptions): string {
  const severity = { error: chalk.red(words[lang].error), warning: chalk.yellow(words[lang].warning) };
  return diagnostics
    .map((d) => {
      const { message, hint } = describe(d, lang);
      const position = d.line > 0 ? `:${d.line}${d.col > 0 ? `:${d.col}` : ''}` : '';
      // The document's name and text are data: escaped before colouring, like every message.
      return `${terminalLine(d.file)}${position}: ${severity[d.severity]}: ${terminalLine(`${message} ${hint}`)} ${chalk.dim(`[${d.code}]`)}\n`;
    })
    .join('');
}
