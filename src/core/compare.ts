// Two revisions of a strategy side by side: the scores then and now, per area, for the vision
// and overall, and what happened to each goal. Pure: both revisions are already loaded, sound
// and summarised (core/analyse.ts compares them).
// The shape of `Comparison` is the documented JSON contract of `compare --format json`
// (README, "vm-strategy compare"), apart from `against`, which the command adds.
import type { GoalRow } from './model.js';
import { round4 } from './resolve.js';
import type { Summary } from './summary.js';

/** What one revision is compared by: its tallies and its goals in document order. */
export interface RevisionFigures {
  summary: Summary;
  goals: readonly GoalRow[];
}

/** How a goal found in both revisions moved, judged by its mean score. */
export type Movement = 'improved' | 'declined' | 'unchanged';
export const movements: readonly Movement[] = ['improved', 'declined', 'unchanged'];

export type GoalStatus = Movement | 'new' | 'removed' | 'renamed';
export const goalStatuses: readonly GoalStatus[] = ['improved', 'declined', 'unchanged', 'new', 'removed', 'renamed'];

export interface ScoreChange {
  /** Mean score in [0, 1] in the old revision; null when no mark had a score (or it did not exist). */
  before: number | null;
  after: number | null;
  /** after − before in percentage points, to one decimal; null when either side is null. */
  change: number | null;
}

export interface AreaComparison extends ScoreChange {
  id: string;
  /** The title now; the old title for a removed area. */
  title: string;
  /** `changed`: the area is in both revisions (its score may still be the same). */
  status: 'changed' | 'new' | 'removed';
}

export interface GoalState {
  /** The goal's marks by code, clause by clause, joined with "; "; "–" stands for a clause without a mark. */
  marks: string;
  /** Mean score of the goal's scored marks; null when none has a score. */
  score: number | null;
}

export interface GoalComparison {
  /** The id now; the old id for a removed goal. */
  id: string;
  /** The old id, for a goal matched by its text (status `renamed`). */
  oldId?: string;
  /** The area id now (the old one for a removed goal). */
  area: string;
  /** The old area id, when the goal moved to another area. */
  oldArea?: string;
  text: string;
  status: GoalStatus;
  /** How the goal moved, for every goal in both revisions (also a renamed one); null for new and removed goals. */
  movement: Movement | null;
  /** null for a new goal. */
  before: GoalState | null;
  /** null for a removed goal. */
  after: GoalState | null;
}

export interface Comparison {
  rounds: { before: number | string; after: number | string };
  overall: ScoreChange;
  vision: ScoreChange;
  /** The areas of the current revision in document order, then the removed ones in their old order. */
  areas: AreaComparison[];
  /** The goals of the current revision in document order, then the removed ones in their old order. */
  goals: GoalComparison[];
  /**
   * improved + declined + unchanged = goals found in both revisions (by id, or by text when
   * renamed); `renamed` counts the subset matched by text; new and removed are the rest.
   */
  counts: Record<GoalStatus, number>;
}

export function scoreChange(before: number | null, after: number | null): ScoreChange {
  // Points to one decimal, halves away from zero on the decimal value (as every percentage shown
  // is rounded): 0.6125 − 0.558 is 0.05449999… in binary, but 5.45 points, so 5.5 (and back −5.5).
  const tenths = before === null || after === null ? null : Number(((after - before) * 1000).toFixed(6));
  const change = tenths === null ? null : (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10;
  // -0 would print as "0" in JSON but "-0" elsewhere; keep it a plain 0.
  return { before, after, change: change === 0 ? 0 : change };
}

/**
 * Improved or declined by the goal's mean score. A goal without a score (unassessed, or only
 * unknown marks such as VET IKKE) ranks below any score: from no score to a score is an
 * improvement, from a score to none a decline; two goals without a score are unchanged.
 */
export function movementOf(before: number | null, after: number | null): Movement {
  if (before === null && after === null) return 'unchanged';
  if (before === null) return 'improved';
  if (after === null) return 'declined';
  const diff = round4(after - before);
  return diff > 0 ? 'improved' : diff < 0 ? 'declined' : 'unchanged';
}

const sameText = (text: string) => text.trim().replace(/\s+/g, ' ');

export const stateOf = (row: GoalRow): GoalState => ({
  marks: row.slots.map((s) => s.mark?.code ?? s.written ?? '–').join('; '),
  score: row.score,
});

export function compareRevisions(old: RevisionFigures, now: RevisionFigures): Comparison {
  const before = old.summary;
  const after = now.summary;
  const oldRows = old.goals;
  const newRows = now.goals;

  // Match by id first; then an unmatched old goal whose text is exactly that of an unmatched
  // new goal (white space aside) is the same goal under a new id. Pairs are made in document order.
  const oldById = new Map(oldRows.map((r) => [r.goalId, r]));
  const matched = new Map<GoalRow, GoalRow>();
  for (const row of newRows) {
    const previous = oldById.get(row.goalId);
    if (previous) matched.set(row, previous);
  }
  const used = new Set(matched.values());
  const unmatchedOld = oldRows.filter((r) => !used.has(r));
  for (const row of newRows) {
    if (matched.has(row)) continue;
    const index = unmatchedOld.findIndex((r) => sameText(r.text) === sameText(row.text));
    if (index < 0) continue;
    matched.set(row, unmatchedOld[index]!);
    used.add(unmatchedOld[index]!);
    unmatchedOld.splice(index, 1);
  }

  const goals: GoalComparison[] = [
    ...newRows.map((row): GoalComparison => {
      const previous = matched.get(row);
      if (!previous) {
        return {
          id: row.goalId,
          area: row.areaId,
          text: row.text,
          status: 'new',
          movement: null,
          before: null,
          after: stateOf(row),
        };
      }
      const movement = movementOf(previous.score, row.score);
      const renamed = previous.goalId !== row.goalId;
      return {
        id: row.goalId,
        ...(renamed ? { oldId: previous.goalId } : {}),
        area: row.areaId,
        ...(previous.areaId !== row.areaId ? { oldArea: previous.areaId } : {}),
        text: row.text,
        status: renamed ? 'renamed' : movement,
        movement,
        before: stateOf(previous),
        after: stateOf(row),
      };
    }),
    ...oldRows
      .filter((r) => !used.has(r))
      .map(
        (row): GoalComparison => ({
          id: row.goalId,
          area: row.areaId,
          text: row.text,
          status: 'removed',
          movement: null,
          before: stateOf(row),
          after: null,
        }),
      ),
  ];

  const oldAreas = new Map(before.areas.map((a) => [a.id, a]));
  const newAreaIds = new Set(after.areas.map((a) => a.id));
  const areas: AreaComparison[] = [
    ...after.areas.map((a): AreaComparison => {
      const previous = oldAreas.get(a.id);
      return {
        id: a.id,
        title: a.title,
        status: previous ? 'changed' : 'new',
        ...scoreChange(previous ? previous.score : null, a.score),
      };
    }),
    ...before.areas
      .filter((a) => !newAreaIds.has(a.id))
      .map((a): AreaComparison => ({ id: a.id, title: a.title, status: 'removed', ...scoreChange(a.score, null) })),
  ];

  const counts = Object.fromEntries(goalStatuses.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const goal of goals) {
    if (goal.movement) counts[goal.movement]++;
    if (goal.status === 'new' || goal.status === 'removed' || goal.status === 'renamed') counts[goal.status]++;
  }

  return {
    rounds: { before: before.strategy.round, after: after.strategy.round },
    overall: scoreChange(before.overall.score, after.overall.score),
    vision: scoreChange(before.vision.score, after.vision.score),
    areas,
    goals,
    counts,
  };
}

/** Goals whose mark moved up or down (renamed ones included), in the order of `goals`. */
export const movedGoals = (comparison: Comparison): GoalComparison[] =>
  comparison.goals.filter((g) => g.movement === 'improved' || g.movement === 'declined');
