import { describe } from '../../core/diagnostics.js';
import type { DiagnosticsReport, FormatOptions } from './types.js';

import { githubData as escapeData, githubProperty as escapeProperty } from '../escape.js';

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
