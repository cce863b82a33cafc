// summary --history: the score of every area, the vision and the whole at each revision, oldest
// first and now last, as the terminal table, Markdown and CSV show it (JSON carries
// `analysis.history` as it is).
import type { ChalkInstance } from 'chalk';
import type { HistoryPoint } from '../../core/analyse.js';
import type { Lang } from '../../core/lang.js';
import { boardWords } from '../../i18n/board-words.js';
import { words } from '../../i18n/words.js';
import { csvCell, markdownText } from '../escape.js';
import { historyView } from '../report/board-view.js';
import { fitColumns, renderColumns, wordColumnMin, wrapLines, type Column, type Row } from '../terminal.js';

const heads = (history: readonly HistoryPoint[], lang: Lang) =>
  historyView(history, lang, words[lang]).revisions.map((r) => `${r.round} (${r.ref})`);

export function historyTable(
  history: readonly HistoryPoint[],
  lang: Lang,
  width: number,
  chalk: ChalkInstance,
): string[] {
  const w = words[lang];
  const view = historyView(history, lang, w);
  const columns: Column[] = [
    {
      head: w.area,
      align: 'left',
      min: wordColumnMin(
        view.rows.map((r) => r.title),
        12,
        24,
        2,
      ),
      hang: 2,
    },
    ...heads(history, lang).map((head): Column => ({ head, align: 'right', min: 6 })),
    { head: w.progress, align: 'right' },
  ];
  const rows: Row[] = view.rows.map((r) => ({
    cells: [r.title, ...r.texts, r.change],
    ...(r.id === 'vision' || r.id === 'overall' ? { style: chalk.bold } : {}),
    ...(r.id === 'vision' ? { ruleBefore: true } : {}),
  }));
  const { widths } = fitColumns(columns, rows, width);
  return [
    '',
    ...wrapLines([boardWords[lang].history], width).map((l) => chalk.bold(l)),
    ...renderColumns(columns, rows, widths, { head: chalk.bold }),
  ];
}

export function historyMarkdown(history: readonly HistoryPoint[], lang: Lang): string[] {
  const w = words[lang];
  const view = historyView(history, lang, w);
  const head = [w.area, ...heads(history, lang), w.progress].map(markdownText);
  return [
    '',
    `### ${boardWords[lang].history}`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...view.rows.map((r) => {
      // Only the title comes from the files; the figures are the tool's own (a leading + needs no escape).
      const cells = [markdownText(r.title), ...r.texts, r.change];
      return `| ${(r.id === 'vision' || r.id === 'overall' ? cells.map((c) => `**${c}**`) : cells).join(' | ')} |`;
    }),
  ];
}

/** The machine columns of `summary --format csv --history`: one row per area (and vision, overall) per revision. */
export const csvHistoryColumns = ['area_id', 'area_title', 'revision', 'round', 'score'] as const;

export function historyCsvRows(
  history: readonly HistoryPoint[],
  number: (n: number) => string,
  separator: string,
): string[] {
  const rows = history.flatMap((p) => {
    const revision = p.ref ?? '';
    const score = (s: number | null) => (s === null ? '' : number(s));
    return [
      ...p.areas.map((a) => [a.id, a.title, revision, String(p.round), score(a.score)]),
      ['vision', '', revision, String(p.round), score(p.vision)],
      ['overall', '', revision, String(p.round), score(p.overall)],
    ];
  });
  return [[...csvHistoryColumns], ...rows].map((r) => r.map((cell) => csvCell(cell, separator)).join(separator));
}
