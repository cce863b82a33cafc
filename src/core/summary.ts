// Scores and counts: how far the strategy has come, per area, for the vision and overall.
// The shape of `Summary` is the documented JSON contract of `summary --format json`.
import type { StrategyModel } from './load-strategy.js';
import { groupOf, groups, markOf, resolveMark, type Group, type ScaleIndex } from './scale.js';
import type { Goal, ScaleMark } from './schema.js';
import { clauseSlots, goalSlots, goalText, type MarkSlot } from './units.js';

export interface Tally {
  /** Assessed slots: a goal assessed clause by clause counts once per clause. */
  marks: number;
  /** Slots without a mark. */
  unassessed: number;
  counts: Record<string, number>;
  groups: Record<Group, number>;
  /** Mean score of the marks that have one, in [0, 1]; null when none has. */
  score: number | null;
}

export interface AreaSummary extends Tally {
  id: string;
  title: string;
  /** Left out when the strategy has no parts. */
  part?: number;
  goals: number;
}

export interface Summary {
  strategy: { organisation: string; title: string; period: { from: number; to: number }; round: number | string };
  overall: Tally & { goals: number };
  vision: Tally & { statements: number };
  areas: AreaSummary[];
}

export interface ResolvedSlot extends MarkSlot {
  mark?: ScaleMark;
  /** The mark as written, kept when it is not on the scale. */
  written?: string;
}

export interface GoalRow {
  areaId: string;
  areaTitle: string;
  goalId: string;
  text: string;
  slots: ResolvedSlot[];
  /** Mean score of the goal's scored marks; null when none has a score. */
  score: number | null;
  /** Unassessed when no slot has a mark at all. */
  assessed: boolean;
}

export const round4 = (n: number) => Math.round(n * 10000) / 10000;

export function resolveSlots(scale: ScaleIndex, slots: MarkSlot[]): ResolvedSlot[] {
  return slots.map((slot) => {
    const written = markOf(slot.assessment);
    if (written === undefined) return { ...slot };
    const mark = resolveMark(scale, written);
    return mark ? { ...slot, written, mark } : { ...slot, written };
  });
}

const resolvedGoals = new WeakMap<Goal, { scale: ScaleIndex; slots: ResolvedSlot[] }>();

/**
 * A goal's mark slots resolved on the scale. summarise, goalRows and the report each need them
 * for every goal; they are worked out once per goal and scale (the model is never changed).
 */
export function goalMarks(scale: ScaleIndex, goal: Goal): ResolvedSlot[] {
  const known = resolvedGoals.get(goal);
  if (known && known.scale === scale) return known.slots;
  const slots = resolveSlots(scale, goalSlots(goal));
  resolvedGoals.set(goal, { scale, slots });
  return slots;
}

export function tally(scale: ScaleIndex, slots: ResolvedSlot[]): Tally {
  const counts = Object.fromEntries(scale.scale.marks.map((m) => [m.code, 0]));
  const byGroup = Object.fromEntries(groups.map((g) => [g, 0])) as Record<Group, number>;
  let marks = 0;
  let unassessed = 0;
  let sum = 0;
  let scored = 0;
  for (const slot of slots) {
    if (!slot.mark) {
      if (slot.written === undefined) unassessed++;
      continue;
    }
    marks++;
    counts[slot.mark.code] = (counts[slot.mark.code] ?? 0) + 1;
    byGroup[groupOf(scale, slot.mark)]++;
    if (slot.mark.score !== null) {
      sum += slot.mark.score;
      scored++;
    }
  }
  return { marks, unassessed, counts, groups: byGroup, score: scored === 0 ? null : round4(sum / scored) };
}

/** The mean score of the slots' scored marks (tally's `score`, without the counts). */
export function meanScore(slots: readonly ResolvedSlot[]): number | null {
  let sum = 0;
  let scored = 0;
  for (const slot of slots) {
    if (slot.mark && slot.mark.score !== null) {
      sum += slot.mark.score;
      scored++;
    }
  }
  return scored === 0 ? null : round4(sum / scored);
}

export function goalRows(model: StrategyModel): GoalRow[] {
  return model.areas.flatMap(({ area }) =>
    area.goals.map((goal) => {
      const slots = goalMarks(model.scale, goal);
      return {
        areaId: area.id,
        areaTitle: area.title,
        goalId: goal.id,
        text: goalText(goal),
        slots,
        score: meanScore(slots),
        assessed: slots.some((s) => s.mark),
      };
    }),
  );
}

export function summarise(model: StrategyModel): Summary {
  const { strategy, scale } = model;
  // Each goal's marks are resolved once, and serve both its area and the overall tally.
  const slotsByArea = model.areas.map(({ area }) => area.goals.flatMap((goal) => goalMarks(scale, goal)));
  const areas: AreaSummary[] = model.areas.map(({ area }, i) => ({
    id: area.id,
    title: area.title,
    ...(area.part !== undefined ? { part: area.part } : {}),
    goals: area.goals.length,
    ...tally(scale, slotsByArea[i]!),
  }));
  const allGoalSlots = slotsByArea.flat();
  const visionStatements = strategy.vision?.statements ?? [];
  const visionSlots = visionStatements.flatMap((s) => resolveSlots(scale, clauseSlots(s.clauses)));
  const visionTally = tally(scale, visionSlots);
  return {
    strategy: {
      organisation: strategy.organisation,
      title: strategy.title,
      period: { from: strategy.period.from, to: strategy.period.to },
      round: strategy.round,
    },
    overall: { goals: areas.reduce((n, a) => n + a.goals, 0), ...tally(scale, allGoalSlots) },
    // Vision clauses without a mark are prose, not gaps: they are not counted as unassessed.
    vision: { statements: visionStatements.length, ...visionTally, unassessed: 0 },
    areas,
  };
}
