// The rows every tabular summary shows (terminal table and Markdown), in one place.
import type { Lang } from '../../core/lang.js';
import type { Summary, Tally } from '../../core/summary.js';
import { words } from '../../i18n/words.js';
import { planWords, unfilledText } from '../../i18n/plan-words.js';
import type { PlanProgress } from '../../core/plan.js';
import { measureStatuses } from '../../core/schema.js';
import type { Comparison } from '../../core/compare.js';
import { compareWords } from '../../i18n/compare-words.js';
import { changeText, countsText } from '../compare/rows.js';
import { percentText, wholePercent } from '../../i18n/format.js';
import type { CompareInput } from '../compare/types.js';

export interface SummaryRow {
  kind: 'area' | 'vision' | 'overall';
  /** The area's id (area rows only). */
  id?: string;
  label: string;
  units: number;
  tally: Tally;
}

export function summaryRows(summary: Summary, lang: Lang): SummaryRow[] {
  const w = words[lang];
  return [
    ...summary.areas.map((a): SummaryRow => ({ kind: 'area', id: a.id, label: a.title, units: a.goals, tally: a })),
    // A strategy without a vision has no vision row.
    ...(summary.vision.statements > 0
      ? [
          {
            kind: 'vision',
            label: w.vision,
            units: summary.vision.statements,
            tally: summary.vision,
          } satisfies SummaryRow,
        ]
      : []),
    { kind: 'overall', label: w.overall, units: summary.overall.goals, tally: summary.overall },
  ];
}

export const summaryHeader = (lang: Lang): string[] => {
  const w = words[lang];
  const g = w.groupShort;
  return [w.area, w.goals, w.marks, g.achieved, g.partial, g.not, g.unknown, g.unassessed, w.score];
};

export const rowCells = (row: SummaryRow, lang: Lang): string[] => [
  row.label,
  String(row.units),
  String(row.tally.marks),
  String(row.tally.groups.achieved),
  String(row.tally.groups.partial),
  String(row.tally.groups.not),
  String(row.tally.groups.unknown),
  row.kind === 'vision' ? '–' : String(row.tally.unassessed),
  percentText(row.tally.score, lang),
];

/** With --against, a row's score then → now ("50 % → 62 %") and what follows it in brackets: the change, or "new area". */
export function thenNowParts(row: SummaryRow, comparison: Comparison, lang: Lang): { scores: string; note?: string } {
  const change =
    row.kind === 'vision'
      ? comparison.vision
      : row.kind === 'overall'
        ? comparison.overall
        : comparison.areas.find((a) => a.id === row.id);
  if (!change) return { scores: '–' };
  const scores = `${percentText(change.before, lang)} → ${percentText(change.after, lang)}`;
  const points = changeText(change, lang);
  const isNew = 'status' in change && change.status === 'new';
  const note = isNew ? compareWords[lang].areaStatus.new : points === '–' ? undefined : points;
  return note === undefined ? { scores } : { scores, note };
}

/** With --against: "50 % → 62 % (+12 pp)" for a row, from the comparison's area, vision or overall scores. */
export function thenNowCell(row: SummaryRow, comparison: Comparison, lang: Lang): string {
  const { scores, note } = thenNowParts(row, comparison, lang);
  return note === undefined ? scores : `${scores} (${note})`;
}

/** A text bar of `width` cells: filled for the score, so a glance shows the distance left. */
export const bar = (score: number | null, width = 10) => {
  if (score === null) return ' '.repeat(width);
  // From the percentage shown beside it, so the bar and the number never disagree.
  const filled = Math.round((wholePercent(score) * width) / 100);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
};

/** The plan lines under a summary: coverage, measures by status, overdue. Empty without a plan. */
export function planLines(plan: PlanProgress | null, lang: Lang): string[] {
  if (!plan) return [];
  const pw = planWords[lang];
  const statuses = measureStatuses.map((s) => `${pw.statuses[s]} ${plan.byStatus[s]}`).join(', ');
  return [
    pw.summaryLine(plan.file, plan.coverage.covered, plan.coverage.unmetGoals, percentText(plan.coverage.ratio, lang)),
    pw.filled(plan.filled, plan.measures - plan.byStatus.dropped, plan.byStatus.dropped),
    `${pw.statusLine(statuses)} ${pw.overdueLine(plan.overdue.length)}`,
    ...plan.unfilled.map((m) => pw.summaryUnfilled(m.id, unfilledText(m.missing, lang))),
  ];
}

/** With --against: what the column compares with, and how the goals moved. */
export function againstLines(comparison: CompareInput | undefined, lang: Lang): string[] {
  if (!comparison) return [];
  const cw = compareWords[lang];
  const { rounds } = comparison.comparison;
  const against = comparison.against;
  return [
    `${cw.thenNow}: ${cw.against(against.ref, against.kind)} (${cw.rounds(String(rounds.before), String(rounds.after))}). ${countsText(comparison.comparison, lang)}`,
  ];
}
