// What every textual comparison shows (terminal table, Markdown, summary and report), worded once.
import type { Comparison, GoalComparison, ScoreChange } from '../../core/compare.js';
import type { Lang } from '../../core/lang.js';
import { compareWords } from '../../i18n/compare-words.js';
import { words } from '../../i18n/words.js';
import { pointsText } from '../../i18n/format.js';

/** The change in whole percentage points beside "then → now" ("+5 pp"); see i18n/format.ts. */
export const changeText = (change: ScoreChange, lang: Lang): string => pointsText(change.before, change.after, lang);

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
      (a): ScoreRow => ({
        kind: 'area',
        label: a.title,
        ...(a.status === 'changed' ? {} : { note: cw.areaStatus[a.status] }),
        change: a,
      }),
    ),
    { kind: 'vision', label: words[lang].vision, change: comparison.vision },
    { kind: 'overall', label: words[lang].overall, change: comparison.overall },
  ];
}

/** "↑ forbedret", "nytt", "ny id, ↓ svekket". */
export function statusText(goal: GoalComparison, lang: Lang): string {
  const cw = compareWords[lang];
  const moved = goal.movement ? `${arrows[goal.movement]} ${cw.movement[goal.movement]}` : '';
  if (goal.status === 'renamed')
    return goal.movement === 'unchanged' ? cw.statuses.renamed : `${cw.statuses.renamed}, ${moved}`;
  return goal.movement ? moved : cw.statuses[goal.status];
}

/** Every goal that is not simply unchanged: moved, new, removed or renamed. */
export const changedGoals = (comparison: Comparison) => comparison.goals.filter((g) => g.status !== 'unchanged');

/** "forbedret 2 · svekket 1 · uendret 5 · nytt 1 · fjernet 1 · ny id 1". */
export function countsText(comparison: Comparison, lang: Lang): string {
  const cw = compareWords[lang];
  const parts = (Object.keys(comparison.counts) as (keyof Comparison['counts'])[]).map(
    (s) => `${cw.statuses[s]} ${comparison.counts[s]}`,
  );
  return `${cw.counts}: ${parts.join(' · ')}`;
}

export const areaTitle = (comparison: Comparison, id: string) => comparison.areas.find((a) => a.id === id)?.title ?? id;
