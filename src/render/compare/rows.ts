// What every textual comparison shows (terminal table, Markdown, summary and report), worded once.
import type { Comparison, GoalComparison, ScoreChange } from '../../core/compare.js';
import type { Lang } from '../../core/lang.js';
import { compareWords } from '../../i18n/compare-words.js';
import { words } from '../../i18n/words.js';

/** A whole percent, as the summary prints it. */
export const pct = (score: number | null) => (score === null ? '–' : `${Math.round(score * 100)} %`);

/**
 * The change in whole percentage points, from the rounded percentages shown beside it, so that
 * "56 % → 61 %" always reads "+5 pp". "–" when either side has no score.
 */
export function pointsText(change: ScoreChange, lang: Lang): string {
  if (change.before === null || change.after === null) return '–';
  const d = Math.round(change.after * 100) - Math.round(change.before * 100);
  return `${d > 0 ? '+' : d < 0 ? '-' : ''}${Math.abs(d)} ${compareWords[lang].points}`;
}

/** "50 % → 62 % (+12 pp)". */
export const thenNowText = (change: ScoreChange, lang: Lang) => {
  const points = pointsText(change, lang);
  return `${pct(change.before)} → ${pct(change.after)}${points === '–' ? '' : ` (${points})`}`;
};

export const arrows = { improved: '↑', declined: '↓', unchanged: '=' } as const;

export interface ScoreRow {
  kind: 'area' | 'vision' | 'overall';
  label: string;
  /** "new area" / "removed area", for areas in only one revision. */
  note?: string;
  change: ScoreChange;
}

export function scoreRows(comparison: Comparison, lang: Lang): ScoreRow[] {
  const cw = compareWords[lang];
  return [
    ...comparison.areas.map(
      (a): ScoreRow => ({ kind: 'area', label: a.title, ...(a.status === 'changed' ? {} : { note: cw.areaStatus[a.status] }), change: a }),
    ),
    { kind: 'vision', label: words[lang].vision, change: comparison.vision },
    { kind: 'overall', label: words[lang].overall, change: comparison.overall },
  ];
}

/** "↑ forbedret", "nytt", "ny id, ↓ svekket". */
export function statusText(goal: GoalComparison, lang: Lang): string {
  const cw = compareWords[lang];
  const moved = goal.movement ? `${arrows[goal.movement]} ${cw.movement[goal.movement]}` : '';
  if (goal.status === 'renamed') return goal.movement === 'unchanged' ? cw.statuses.renamed : `${cw.statuses.renamed}, ${moved}`;
  return goal.movement ? moved : cw.statuses[goal.status];
}

/** Every goal that is not simply unchanged: moved, new, removed or renamed. */
export const changedGoals = (comparison: Comparison) => comparison.goals.filter((g) => g.status !== 'unchanged');

/** "forbedret 2 · svekket 1 · uendret 5 · nytt 1 · fjernet 1 · ny id 1". */
export function countsText(comparison: Comparison, lang: Lang): string {
  const cw = compareWords[lang];
  const parts = (Object.keys(comparison.counts) as (keyof Comparison['counts'])[]).map((s) => `${cw.statuses[s]} ${comparison.counts[s]}`);
  return `${cw.counts}: ${parts.join(' · ')}`;
}

export const areaTitle = (comparison: Comparison, id: string) => comparison.areas.find((a) => a.id === id)?.title ?? id;
