import { describe } from '../../core/diagnostics.js';
import type { DiagnosticsReport, FormatOptions } from './index.js';

// GitHub workflow commands: data escapes %, CR and LF; property values also ':' and ','.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` / `::warning` workflow command per diagnostic, for annotations on pull requests. */
export function formatGithub({ diagnostics }: DiagnosticsReport, { lang }: FormatOptions): string {
  return diagnostics
    .map((d) => {
      const { message, hint } = describe(d, lang);
      const props = [`file=${escapeProperty(d.file)}`];
      if (d.line > 0) props.push(`line=${d.line}`, `col=${d.col}`);
      props.push(`title=${escapeProperty(`vm-strategy ${d.code}`)}`);
      return `::${d.severity} ${props.join(',')}::${escapeData(`${message} ${hint}`)}\n`;
    })
    .join('');
}
