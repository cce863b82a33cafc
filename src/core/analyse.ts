// Everything the summary, report, plan and compare outputs show, worked out once per run from a
// loaded, sound strategy. Renderers and views only word, order and format it. Pure: today's date
// and any older revision are passed in.
import { buildBoard, type Board } from './board.js';
import { compareRevisions, type Comparison, type RevisionFigures } from './compare.js';
import type { GoalRow, StrategyModel } from './model.js';
import { currentPlan, needsMeasure, planProgress, type PlanProgress } from './plan.js';
import { summarise, type Summary } from './summary.js';

export interface AnalyseOptions {
  /** Today as YYYY-MM-DD: measures past their deadline are overdue. */
  today: string;
  /** With --against: the older revision, loaded and sound, that the strategy is compared with. */
  comparison?: { before: StrategyModel };
  /**
   * With --history: older revisions, loaded and sound, in the order given (oldest first), each
   * with the name the user gave it (a git ref or a folder).
   */
  history?: readonly { ref: string; model: StrategyModel }[];
}

/** The scores of one revision, for the history. */
export interface HistoryPoint {
  /** The git ref or folder it was read from; null for the strategy as it is now. */
  ref: string | null;
  round: number | string;
  overall: number | null;
  vision: number | null;
  /** Its areas in document order. */
  areas: { id: string; title: string; score: number | null }[];
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
  /** With a `history`: every revision given, then this one (ref null) last. */
  history?: readonly HistoryPoint[];
  /** Page one of the report: status per area, time, key messages, decisions (core/board.ts). */
  board: Board;
}

const historyPoint = (ref: string | null, summary: Summary): HistoryPoint => ({
  ref,
  round: summary.strategy.round,
  overall: summary.overall.score,
  vision: summary.vision.score,
  areas: summary.areas.map((a) => ({ id: a.id, title: a.title, score: a.score })),
});

export function analyse(
  model: StrategyModel,
  options: AnalyseOptions & Required<Pick<AnalyseOptions, 'comparison'>>,
): Analysis & { comparison: Comparison };
export function analyse(model: StrategyModel, options: AnalyseOptions): Analysis;
export function analyse(model: StrategyModel, { today, comparison, history }: AnalyseOptions): Analysis {
  const goals = model.marks.goals;
  const threshold = model.scale.scale.threshold;
  const summary = summarise(model);
  const unmet = goals.filter((row) => needsMeasure(row, threshold));
  const plans = model.plans.map((entry) => planProgress(entry, unmet, today));
  const current = currentPlan(model);
  const plan = current ? plans[model.plans.indexOf(current)]! : null;
  const figures = { summary, goals };
  const unassessed = goals.filter((r) => r.slots.some((s) => s.written === undefined));
  const compared = comparison
    ? compareRevisions({ summary: summarise(comparison.before), goals: comparison.before.marks.goals }, figures)
    : undefined;
  const older = (history ?? []).map(({ ref, model: m }) => ({ ref, summary: summarise(m), goals: m.marks.goals }));
  const newest = older[older.length - 1];
  // Moves are measured against --against when given, else against the newest revision of the history.
  const moves = compared
    ? { since: String(compared.rounds.before), comparison: compared }
    : newest
      ? { since: String(newest.summary.strategy.round), comparison: compareRevisions(newest, figures) }
      : undefined;
  return {
    ...figures,
    goalsById: new Map(goals.map((row) => [row.goalId, row])),
    // A stable sort: document order among equal scores.
    lagging: goals
      .filter((r) => r.assessed && (r.score === null || r.score < threshold))
      .sort((a, b) => (a.score ?? -1) - (b.score ?? -1)),
    unassessed,
    unmet,
    plans,
    plan,
    ...(compared ? { comparison: compared } : {}),
    ...(history ? { history: [...older.map((o) => historyPoint(o.ref, o.summary)), historyPoint(null, summary)] } : {}),
    board: buildBoard({ model, summary, today, unmet, unassessed, plan, ...(moves ? { moves } : {}) }),
  };
}
