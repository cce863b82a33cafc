// Marks as written, found on the scale: once per strategy, when it is loaded. Everything that
// counts, checks or shows a mark reads these.
import type { GoalRow, ResolvedMarks, ResolvedSlot, StrategyFiles } from './model.js';
import { markOf, resolveMark, type ScaleIndex } from './scale.js';
import { clauseSlots, goalSlots, goalText, type MarkSlot } from './units.js';

/** Scores and their means are kept to four decimals. */
export const round4 = (n: number) => Math.round(n * 10000) / 10000;

export function resolveSlots(scale: ScaleIndex, slots: MarkSlot[]): ResolvedSlot[] {
  return slots.map((slot) => {
    const written = markOf(slot.assessment);
    if (written === undefined) return { ...slot };
    const mark = resolveMark(scale, written);
    return mark ? { ...slot, written, mark } : { ...slot, written };
  });
}

/** The mean score of the slots' scored marks; null when none has a score. */
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

export function resolveMarks({ strategy, scale, areas }: StrategyFiles): ResolvedMarks {
  const byArea = areas.map(({ area }) =>
    area.goals.map((goal): GoalRow => {
      const slots = resolveSlots(scale, goalSlots(goal));
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
  return {
    goals: byArea.flat(),
    byArea,
    vision: (strategy.vision?.statements ?? []).map((s) => resolveSlots(scale, clauseSlots(s.clauses))),
  };
}
