import { words } from '../../i18n/words.js';
import type { SummaryInput, SummaryOptions } from './index.js';
import { planLines, rowCells, summaryHeader, summaryRows } from './rows.js';

/** Markdown table cells: pipes and line breaks would break the table. */
export const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function formatSummaryMarkdown({ summary, plan }: SummaryInput, { lang }: SummaryOptions): string {
  const w = words[lang];
  const header = summaryHeader(lang);
  const lines = [
    `## ${mdCell(w.summaryTitle(summary.strategy.organisation, summary.strategy.title, summary.strategy.round))}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...summaryRows(summary, lang).map((row) => {
      const cells = rowCells(row).map(mdCell);
      return `| ${(row.kind === 'area' ? cells : cells.map((c) => `**${c}**`)).join(' | ')} |`;
    }),
  ];
  const planText = planLines(plan, lang).map(mdCell);
  if (planText.length > 0) lines.push('', ...planText.map((l) => `${l}  `));
  return `${lines.join('\n')}\n`;
}
