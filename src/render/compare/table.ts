import type { ChalkInstance } from 'chalk';
import type { Movement, ScoreChange } from '../../core/compare.js';
import { compareWords } from '../../i18n/compare-words.js';
import { percentText } from '../../i18n/format.js';
import { words } from '../../i18n/words.js';
import { fitColumns, renderColumns, wordColumnMin, wrapLines, type Column, type Row } from '../terminal.js';
import type { CompareInput, CompareOptions } from './types.js';
import { changeText, changedGoals, countsText, scoreRows, statusText } from './rows.js';

/** Colour follows the words (↑ improved, ↓ declined); it never carries meaning alone. */
const moveColour = (chalk: ChalkInstance, movement: Movement | null) =>
  movement === 'improved' ? chalk.green : movement === 'declined' ? chalk.red : chalk.dim;
const changeColour = (chalk: ChalkInstance, c: ScoreChange) =>
  c.change === null || c.change === 0 ? chalk.dim : c.change > 0 ? chalk.green : chalk.red;

/**
 * The terminal view, as wide as the terminal: scores then and now per area, the vision and
 * overall; then every goal that changed, by its text (wrapped) with its id under it, for `assess`.
 */
export function formatCompareTable(
  { comparison, against }: CompareInput,
  { lang, chalk, width = 80 }: CompareOptions,
): string {
  const cw = compareWords[lang];
  const w = words[lang];
  const table = (columns: Column[], rows: Row[]) =>
    renderColumns(columns, rows, fitColumns(columns, rows, width).widths, { head: chalk.bold });

  const scoreColumns: Column[] = [
    {
      head: w.area,
      min: wordColumnMin(
        scoreRows(comparison, lang).map((r) => r.label),
        12,
        24,
        2,
      ),
      hang: 2,
    },
    { head: cw.before, align: 'right' },
    { head: cw.after, align: 'right' },
    { head: cw.change, align: 'right' },
  ];
  const scores = scoreRows(comparison, lang).map(
    (row): Row => ({
      cells: [
        row.note ? `${row.label} (${row.note})` : row.label,
        percentText(row.change.before, lang),
        percentText(row.change.after, lang),
        { text: changeText(row.change, lang), style: changeColour(chalk, row.change) },
      ],
      ...(row.kind === 'area' ? {} : { style: chalk.bold }),
      ...(row.kind === 'vision' ? { ruleBefore: true } : {}),
    }),
  );
  const intro = wrapLines(
    [
      `${cw.against(against.ref, against.kind)} (${cw.rounds(String(comparison.rounds.before), String(comparison.rounds.after))})`,
    ],
    width,
  );
  const lines = [
    ...wrapLines([cw.title], width).map((l) => chalk.bold(l)),
    ...intro,
    ...table(scoreColumns, scores),
    '',
  ];

  const changed = changedGoals(comparison);
  if (changed.length > 0) {
    // The text takes what the other columns leave; marks and status wrap only when even that is too little.
    const goalColumns: Column[] = [
      { head: cw.goal, min: 20 },
      { head: cw.status, min: 8 },
      { head: cw.before, min: 4 },
      { head: cw.after, min: 4 },
    ];
    const goals = changed.map(
      (g): Row => ({
        cells: [
          [
            { text: g.text },
            { text: g.oldId ? `${g.id}, ${cw.renamedFrom(g.oldId)}` : g.id, style: chalk.dim, indent: 2 },
          ],
          { text: statusText(g, lang), style: moveColour(chalk, g.movement) },
          g.before?.marks ?? '–',
          g.after?.marks ?? '–',
        ],
      }),
    );
    lines.push(...table(goalColumns, goals), '');
  } else {
    lines.push(...wrapLines([cw.noChangedGoals], width));
  }
  lines.push(...wrapLines([countsText(comparison, lang)], width));
  return `${lines.join('\n')}\n`;
}
