import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Movement, ScoreChange } from '../../core/compare.js';
import { compareWords } from '../../i18n/compare-words.js';
import { words } from '../../i18n/words.js';
import type { CompareInput, CompareOptions } from './index.js';
import { percentText } from '../../i18n/format.js';
import { changeText, changedGoals, countsText, scoreRows, statusText } from './rows.js';

const plain = { style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } };

/** Colour follows the words (↑ improved, ↓ declined); it never carries meaning alone. */
const moveColour = (chalk: ChalkInstance, movement: Movement | null) =>
  movement === 'improved' ? chalk.green : movement === 'declined' ? chalk.red : chalk.dim;
const changeColour = (chalk: ChalkInstance, c: ScoreChange) =>
  c.change === null || c.change === 0 ? chalk.dim : c.change > 0 ? chalk.green : chalk.red;

/** The terminal view: scores then and now per area, the vision and overall; then every goal that changed. */
export function formatCompareTable({ comparison, against }: CompareInput, { lang, chalk }: CompareOptions): string {
  const cw = compareWords[lang];
  const w = words[lang];
  const scores = new Table({
    ...plain,
    head: [w.area, cw.before, cw.after, cw.change].map((h) => chalk.bold(h)),
    colAligns: ['left', 'right', 'right', 'right'],
  });
  for (const row of scoreRows(comparison, lang)) {
    const label = row.note ? `${row.label} (${row.note})` : row.label;
    const cells = [label, percentText(row.change.before, lang), percentText(row.change.after, lang), changeColour(chalk, row.change)(changeText(row.change, lang))];
    scores.push(row.kind === 'area' ? cells : cells.map((c) => chalk.bold(c)));
  }
  let out = `${chalk.bold(cw.title)}\n${cw.against(against.ref, against.kind)} (${cw.rounds(String(comparison.rounds.before), String(comparison.rounds.after))})\n`;
  out += `${scores.toString()}\n`;

  const changed = changedGoals(comparison);
  if (changed.length > 0) {
    const goals = new Table({ ...plain, head: [cw.goal, cw.status, cw.before, cw.after].map((h) => chalk.bold(h)) });
    for (const g of changed) {
      const id = g.oldId ? `${g.oldId} → ${g.id}` : g.id;
      goals.push([id, moveColour(chalk, g.movement)(statusText(g, lang)), g.before?.marks ?? '–', g.after?.marks ?? '–']);
    }
    out += `\n${goals.toString()}\n`;
  } else {
    out += `\n${cw.noChangedGoals}\n`;
  }
  return `${out}${countsText(comparison, lang)}\n`;
}
