import { markdownText } from '../escape.js';
import { locateWords } from '../../i18n/locate-words.js';
import { exampleBanner } from '../report/markdown.js';
import { words } from '../../i18n/words.js';
import type { SummaryInput, SummaryOptions } from './types.js';
import { historyMarkdown } from './history.js';
import { compareWords } from '../../i18n/compare-words.js';
import { againstLines, planLines, rowCells, summaryHeader, summaryRows, thenNowCell } from './rows.js';

/** Markdown table cells: escaped as any text from the files (markdownText: HTML, pipes, line breaks). */
export const mdCell = (s: string) => markdownText(s);

export function formatSummaryMarkdown(
  { analysis: { summary, plan, history }, comparison, example }: SummaryInput,
  { lang }: SummaryOptions,
): string {
  const w = words[lang];
  const header = [...summaryHeader(lang), ...(comparison ? [compareWords[lang].thenNow] : [])];
  const lines = [
    `## ${mdCell(w.summaryTitle(summary.strategy.organisation, summary.strategy.title, summary.strategy.round))}`,
    '',
    ...(example
      ? [exampleBanner({ mark: locateWords[lang].exampleMark, text: locateWords[lang].exampleBanner }), '']
      : []),
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...summaryRows(summary, lang).map((row) => {
      const cells = [
        ...rowCells(row, lang),
        ...(comparison ? [thenNowCell(row, comparison.comparison, lang)] : []),
      ].map(mdCell);
      return `| ${(row.kind === 'area' ? cells : cells.map((c) => `**${c}**`)).join(' | ')} |`;
    }),
  ];
  if (history) lines.push(...historyMarkdown(history, lang));
  const planText = [...againstLines(comparison, lang), ...planLines(plan, lang)].map(mdCell);
  if (planText.length > 0) lines.push('', ...planText.map((l) => `${l}  `));
  return `${lines.join('\n')}\n`;
}
