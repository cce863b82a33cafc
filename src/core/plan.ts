// Action plans (tiltaksplaner): which goals need a measure, which plan is current, how well a
// plan covers the unmet goals, and which measures are overdue. Pure: "today" is passed in.
import type { Lang } from './lang.js';
import type { GoalRow, PlanEntry, StrategyModel } from './model.js';
import type { Deadline, Measure, MeasureStatus, Plan } from './schema.js';
import { measureStatuses } from './schema.js';

export interface Period {
  from: number;
  to: number;
}

/** A goal needs a measure unless every mark is scored at or above the threshold. */
export function needsMeasure(row: GoalRow, threshold: number): boolean {
  if (!row.assessed || row.slots.some((s) => s.mark === undefined)) return true;
  return row.score === null || row.score < threshold;
}

/** The default plan period: the years after the revision round, as many as the horizon. */
export function defaultPeriod(model: StrategyModel, from?: number, years?: number): Period {
  const round = Number(model.strategy.round);
  const start = from ?? (Number.isInteger(round) ? round + 1 : model.strategy.period.from);
  return { from: start, to: start + (years ?? model.strategy.horizon) - 1 };
}

/** The plan that follows the revision round, else the latest one: the plan CI holds the strategy to. */
export function currentPlan(model: StrategyModel): PlanEntry | undefined {
  const { from } = defaultPeriod(model);
  return model.plans.find((p) => p.plan.period.from === from) ?? model.plans[model.plans.length - 1];
}

/** Measures that still count for a goal: a dropped measure covers nothing. */
const live = (m: Measure) => m.status !== 'dropped';

/**
 * How the title of a drafted measure begins (`plan --format yaml` writes it), in each language.
 * A title that still begins so was never written, whichever --lang drafted it.
 */
export const draftTitleLeadIn: Record<Lang, string> = { nb: 'UTKAST – tiltak for: ', en: 'DRAFT – measure for: ' };
/** How drafts made by earlier versions begin ("Tiltak for: <goal>"): still drafts. */
const earlierDraftLeadIns = ['Tiltak for:', 'Measure for:'];

/** Case, runs of spaces and the kind of dash do not matter when a title is compared with a lead-in. */
const foldTitle = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const draftLeadIns = [...Object.values(draftTitleLeadIn), ...earlierDraftLeadIns].map(foldTitle);

/** The title is the placeholder of a drafted measure, in any language the tool speaks. */
export const isDraftTitle = (title: string) => {
  const folded = foldTitle(title);
  return draftLeadIns.some((lead) => folded.startsWith(lead));
};

/** Why a measure is not filled in; empty when it is. */
export type UnfilledReason = 'draft-title' | 'no-owner' | 'no-deadline';

/**
 * A measure is filled in when someone has written it: a title of its own (not the draft's), an
 * owner and a deadline. Only a filled-in measure counts toward the plan's coverage.
 */
export function unfilledReasons(m: Measure): UnfilledReason[] {
  return [
    ...(isDraftTitle(m.title) ? (['draft-title'] as const) : []),
    ...(m.owner === undefined ? (['no-owner'] as const) : []),
    ...(m.deadline === undefined ? (['no-deadline'] as const) : []),
  ];
}

/** A field of a measure that the plan asks for and someone must still write. */
export type FieldToFill = 'owner' | 'deadline' | 'indicator';

/**
 * The fields a measure still lacks that the plan asks of it: owner and deadline of any measure
 * not dropped, and the indicator of one still planned or started (a done measure's indicator is
 * history). What validate warns about and what the Word plan leaves room for.
 */
export function fieldsToFill(m: Measure): FieldToFill[] {
  if (m.status === 'dropped') return [];
  const measuring = m.status === 'planned' || m.status === 'started';
  return [
    ...(m.owner === undefined ? (['owner'] as const) : []),
    ...(m.deadline === undefined ? (['deadline'] as const) : []),
    ...(m.indicator === undefined && measuring ? (['indicator'] as const) : []),
  ];
}

/** A measure that counts for its goals: not dropped, and filled in. */
const counts = (m: Measure) => live(m) && unfilledReasons(m).length === 0;

/** The last day a deadline allows, as YYYY-MM-DD. */
export function deadlineEnd(deadline: Deadline): string {
  if (typeof deadline === 'number') return `${deadline}-12-31`;
  const [y, m] = deadline.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${deadline}-${String(lastDay).padStart(2, '0')}`;
}

export function deadlineYear(deadline: Deadline): number {
  return typeof deadline === 'number' ? deadline : Number(deadline.slice(0, 4));
}

export const isOverdue = (m: Measure, today: string) =>
  m.deadline !== undefined && (m.status === 'planned' || m.status === 'started') && deadlineEnd(m.deadline) < today;

export interface UnfilledMeasure {
  id: string;
  title: string;
  goals: string[];
  status: MeasureStatus;
  missing: UnfilledReason[];
}

export interface PlanProgress {
  file: string;
  period: Period;
  /** Every measure in the file, dropped ones included. */
  measures: number;
  /** Measures, not dropped, that are filled in (a title of their own, an owner and a deadline). */
  filled: number;
  /** Measures, not dropped, that are not filled in, and why: they count for nothing. */
  unfilled: UnfilledMeasure[];
  /** Unmet goals, and how many of them have at least one filled-in measure that is not dropped. */
  coverage: { unmetGoals: number; covered: number; ratio: number | null; uncovered: string[] };
  byStatus: Record<MeasureStatus, number>;
  overdue: { id: string; title: string; deadline: string; owner: string | null }[];
}

/** How far a plan has come, given the goals that need a measure (`needsMeasure`, in document order). */
export function planProgress(entry: PlanEntry, unmet: readonly GoalRow[], today: string): PlanProgress {
  const { plan } = entry;
  const served = new Set(plan.measures.filter(counts).flatMap((m) => m.goals));
  const uncovered = unmet.filter((r) => !served.has(r.goalId)).map((r) => r.goalId);
  const byStatus = Object.fromEntries(measureStatuses.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  for (const m of plan.measures) byStatus[m.status]++;
  const covered = unmet.length - uncovered.length;
  const unfilled = plan.measures
    .filter(live)
    .map((m) => ({ id: m.id, title: m.title, goals: m.goals, status: m.status, missing: unfilledReasons(m) }))
    .filter((m) => m.missing.length > 0);
  return {
    file: entry.source.display,
    period: { from: plan.period.from, to: plan.period.to },
    measures: plan.measures.length,
    filled: plan.measures.filter(counts).length,
    unfilled,
    coverage: {
      unmetGoals: unmet.length,
      covered,
      ratio: unmet.length === 0 ? null : Math.round((covered / unmet.length) * 10000) / 10000,
      uncovered,
    },
    byStatus,
    overdue: plan.measures
      .filter((m) => isOverdue(m, today))
      .map((m) => ({ id: m.id, title: m.title, deadline: String(m.deadline), owner: m.owner ?? null })),
  };
}

/** How a drafted measure's title and notes are worded (in the output's language). */
export interface SkeletonWording {
  title: (goalText: string) => string;
  notes: (period: Period) => string;
}

/**
 * The measures to add to a plan so that every goal that needs one (`unmet`, in document order)
 * has an entry: one skeleton per goal without any entry (a dropped measure is still an entry:
 * someone decided).
 */
export function missingMeasures(
  unmet: readonly GoalRow[],
  plan: Plan | undefined,
  period: Period,
  wording: SkeletonWording,
): Measure[] {
  const existing = plan?.measures ?? [];
  const mentioned = new Set(existing.flatMap((m) => m.goals));
  const taken = new Set(existing.map((m) => m.id));
  const rows = unmet.filter((r) => !mentioned.has(r.goalId));
  return rows.map((row) => {
    let n = 1;
    while (taken.has(`${row.goalId}.tiltak-${n}`)) n++;
    const id = `${row.goalId}.tiltak-${n}`;
    taken.add(id);
    return {
      id,
      goals: [row.goalId],
      title: wording.title(row.text),
      status: 'planned' as const,
      notes: wording.notes(period),
    };
  });
}
