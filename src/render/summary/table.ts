import Table from 'cli-table3';
import { words } from '../../i18n/words.js';
import type { SummaryInput, SummaryOptions } from './index.js';
import { compareWords } from '../../i18n/compare-words.js';
import { againstLines, bar, planLines, rowCells, summaryHeader, summaryRows, thenNowCell } from './rows.js';

/** The terminal table: one row per area in document order, then the vision and the total. */
export function formatSummaryTable({ summary, plan, comparison }: SummaryInput, { lang, chalk }: SummaryOptions): string {
  const w = words[lang];
  // With --against, a then → now column goes after the score; the bar stays last.
  const extra = comparison ? [compareWords[lang].thenNow] : [];
  const table = new Table({
    head: [...summaryHeader(lang), ...extra, w.progress].map((h) => chalk.bold(h)),
    style: { head: [], border: [] },
    // No rule between rows: the table stays readable at a glance and fits more terminals.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', ...extra.map(() => 'right' as const), 'left'],
  });
  for (const row of summaryRows(summary, lang)) {
    const then = comparison ? [thenNowCell(row, comparison.comparison, lang)] : [];
    const cells = [...rowCells(row, lang), ...then, bar(row.tally.score)];
    const score = row.tally.score;
    const colour = score === null ? chalk.dim : score >= 0.75 ? chalk.green : score >= 0.4 ? chalk.yellow : chalk.red;
    cells[cells.length - 1] = colour(cells[cells.length - 1]!);
    table.push(row.kind === 'area' ? cells : cells.map((c) => chalk.bold(c)));
  }
  const { organisation, title, round } = summary.strategy;
  const lines = [...againstLines(comparison, lang), ...planLines(plan, lang)].map((l) => `${l}\n`).join('');
  return `${chalk.bold(w.summaryTitle(organisation, title, round))}\n${table.toString()}\n${lines}`;
}
