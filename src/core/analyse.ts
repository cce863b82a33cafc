// Everything the summary, report, plan and compare outputs show, worked out once per run from a
// loaded, sound strategy. Renderers and views only word, order and format it. Pure: today's date
// and any older revision are passed in.
import { compareRevisions, type Comparison, type RevisionFigures } from './compare.js';
import type { GoalRow, StrategyModel } from './model.js';
import { currentPlan, needsMeasure, planProgress, type PlanProgress } from './plan.js';
import { summarise } from './summary.js';

export interface AnalyseOptions {
  /** Today as YYYY-MM-DD: measures past their deadline are overdue. */
  today: string;
  /**
   * With --against: the older revision, loaded and sound, that the strategy is compared with.
   * (A history of many revisions would come as a list beside it, each summarised as `before` is.)
   */
  comparison?: { before: StrategyModel };
}

export interface Analysis extends RevisionFigures {
  /** Every goal in document order, with its marks and score (the rows the rules checked). */
  goals: readonly GoalRow[];
  /** The same rows by goal id. */
  goalsById: ReadonlyMap<string, GoalRow>;
  /** Assessed goals below the threshold (or whose marks have no score), lowest score first; document order among equals. */
  lagging: readonly GoalRow[];
  /** Goals with a place that has no mark written, in document order. */
  unassessed: readonly GoalRow[];
  /** Goals that need a measure in the action plan (core/plan.ts, needsMeasure), in document order. */
  unmet: readonly GoalRow[];
  /** The progress of every plan file, in the order of the model's plans (by period). */
  plans: readonly PlanProgress[];
  /** The current plan's progress (core/plan.ts, currentPlan); null when the strategy keeps no plans. */
  plan: PlanProgress | null;
  /** With a `comparison` to make: the older revision beside this one. */
  comparison?: Comparison;
}

export function analyse(model: StrategyModel, options: AnalyseOptions & Required<Pick<AnalyseOptions, 'comparison'>>): Analysis & { comparison: Comparison };
export function analyse(model: StrategyModel, options: AnalyseOptions): Analysis;
export function analyse(model: StrategyModel, { today, comparison }: AnalyseOptions): Analysis {
  const goals = model.marks.goals;
  const threshold = model.scale.scale.threshold;
  const summary = summarise(model);
  const unmet = goals.filter((row) => needsMeasure(row, threshold));
  const plans = model.plans.map((entry) => planProgress(entry, unmet, today));
  const current = currentPlan(model);
  const figures = { summary, goals };
  return {
    ...figures,
    goalsById: new Map(goals.map((row) => [row.goalId, row])),
    // A stable sort: document order among equal scores.
    lagging: goals.filter((r) => r.assessed && (r.score === null || r.score < threshold)).sort((a, b) => (a.score ?? -1) - (b.score ?? -1)),
    unassessed: goals.filter((r) => r.slots.some((s) => s.written === undefined)),
    unmet,
    plans,
    plan: current ? plans[model.plans.indexOf(current)]! : null,
    ...(comparison ? { comparison: compareRevisions({ summary: summarise(comparison.before), goals: comparison.before.marks.goals }, figures) } : {}),
  };
}
