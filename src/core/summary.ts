// Scores and counts: how far the strategy has come, per area, for the vision and overall.
// The shape of `Summary` is the documented JSON contract of `summary --format json`.
import type { ResolvedSlot, StrategyModel } from './model.js';
import { round4 } from './resolve.js';
import { groupOf, groups, type Group, type ScaleIndex } from './scale.js';

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

export function tally(scale: ScaleIndex, slots: readonly ResolvedSlot[]): Tally {
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

export function summarise(model: StrategyModel): Summary {
  const { strategy, scale, marks } = model;
  const slotsByArea = marks.byArea.map((rows) => rows.flatMap((row) => row.slots));
  const areas: AreaSummary[] = model.areas.map(({ area }, i) => ({
    id: area.id,
    title: area.title,
    ...(area.part !== undefined ? { part: area.part } : {}),
    goals: area.goals.length,
    ...tally(scale, slotsByArea[i]!),
  }));
  const visionTally = tally(scale, marks.vision.flat());
  return {
    strategy: {
      organisation: strategy.organisation,
      title: strategy.title,
      period: { from: strategy.period.from, to: strategy.period.to },
      round: strategy.round,
    },
    overall: { goals: areas.reduce((n, a) => n + a.goals, 0), ...tally(scale, slotsByArea.flat()) },
    // Vision clauses without a mark are prose, not gaps: they are not counted as unassessed.
    vision: { statements: strategy.vision?.statements.length ?? 0, ...visionTally, unassessed: 0 },
    areas,
  };
}
