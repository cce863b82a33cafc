// Page one of the board pack: where each area stands, how much of the period has passed, what
// the board must decide, and the few messages a director reads first. Worked out here, once, so
// that every renderer of the report (HTML, Markdown, PDF, Word) says the same. Pure: today and
// the history are passed in; nothing is worded here (src/i18n/board-words.ts words it).
import type { Comparison } from './compare.js';
import type { GoalRow, StrategyModel } from './model.js';
import { deadlineEnd, isOverdue, type Period, type PlanProgress } from './plan.js';
import type { MeasureStatus } from './schema.js';
import type { Summary } from './summary.js';

/**
 * An area's standing. `achieved`: its score is at or above the scale's threshold. `on-track`:
 * below it, but at or above the share of the threshold that the time passed calls for (a straight
 * line from 0 at the period's start to the threshold at its end). `behind`: below that line, and
 * always below the threshold once the period has ended. `unassessed`: no mark has a score.
 */
export type AreaStatus = 'achieved' | 'on-track' | 'behind' | 'unassessed';
export const areaStatuses: readonly AreaStatus[] = ['achieved', 'on-track', 'behind', 'unassessed'];

export interface AreaStanding {
  id: string;
  title: string;
  score: number | null;
  status: AreaStatus;
  /** The score the straight line expects today, in [0, threshold]. */
  expected: number;
  /** threshold − score in percentage points (positive: short of it); null without a score. */
  gap: number | null;
}

export interface TimeAwareness {
  period: Period;
  today: string;
  /** Today is past the period's last day. */
  ended: boolean;
  /** Today is before the period's first day. */
  notStarted: boolean;
  /** Share of the period passed, in [0, 1], to four decimals. */
  passed: number;
}

/** A measure of the current plan with what a reader needs beside its goal. */
export interface MeasureStanding {
  id: string;
  title: string;
  goals: readonly string[];
  owner: string | null;
  /** As written: 2024 or "2024-06". */
  deadline: string | null;
  status: MeasureStatus;
  /** Days past the deadline's last day, for a planned or started measure; 0 when not late. */
  daysLate: number;
}

/** One generated key message: its kind and the figures it is made from; words come later. */
export type KeyMessage =
  | { kind: 'standing'; counts: Record<AreaStatus, number>; areas: number }
  | { kind: 'period-ended'; to: number; score: number | null }
  | { kind: 'gap'; areaId: string; title: string; score: number; threshold: number; furthest: boolean }
  | { kind: 'move'; areaId: string; title: string; change: number; since: string }
  | { kind: 'overdue'; count: number; latest: MeasureStanding }
  | { kind: 'decisions'; count: number }
  | { kind: 'unassessed'; count: number };

export interface Board {
  threshold: number;
  time: TimeAwareness;
  areas: readonly AreaStanding[];
  overall: { score: number | null; status: AreaStatus };
  vision: { score: number | null };
  /** Three to five messages, most important first (fewer only when there is less to say). */
  messages: readonly KeyMessage[];
  /** "For decision": goals that need a measure and have no filled-in one in the current plan, in document order. */
  decisions: readonly GoalRow[];
  /** The current plan's measures by goal id, in plan order; empty without a plan. */
  measures: ReadonlyMap<string, readonly MeasureStanding[]>;
  /** The current plan's overdue measures, latest first. */
  overdue: readonly MeasureStanding[];
}

/** How far through the period today is. */
export function timeAwareness(period: Period, today: string): TimeAwareness {
  const start = Date.parse(`${period.from}-01-01`);
  const end = Date.parse(`${period.to + 1}-01-01`);
  const now = Date.parse(today);
  const passed = Math.min(1, Math.max(0, (now - start) / (end - start)));
  return { period, today, ended: now >= end, notStarted: now < start, passed: Math.round(passed * 10000) / 10000 };
}

export function standingOf(
  score: number | null,
  threshold: number,
  time: TimeAwareness,
): { status: AreaStatus; expected: number } {
  const expected = Math.round(threshold * time.passed * 10000) / 10000;
  if (score === null) return { status: 'unassessed', expected };
  if (score >= threshold) return { status: 'achieved', expected };
  if (!time.ended && score >= expected) return { status: 'on-track', expected };
  return { status: 'behind', expected };
}

const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));

function measureStandings(model: StrategyModel, plan: PlanProgress | null, today: string): MeasureStanding[] {
  const entry = plan ? model.plans.find((p) => p.source.display === plan.file) : undefined;
  return (entry?.plan.measures ?? []).map((m) => ({
    id: m.id,
    title: m.title,
    goals: m.goals,
    owner: m.owner ?? null,
    deadline: m.deadline === undefined ? null : String(m.deadline),
    status: m.status,
    daysLate: m.deadline !== undefined && isOverdue(m, today) ? daysBetween(deadlineEnd(m.deadline), today) : 0,
  }));
}

export interface BoardInput {
  model: StrategyModel;
  summary: Summary;
  today: string;
  unmet: readonly GoalRow[];
  unassessed: readonly GoalRow[];
  plan: PlanProgress | null;
  /** The revision to measure moves against: the comparison's, or the newest of the history. */
  moves?: { since: string; comparison: Comparison };
}

export function buildBoard({ model, summary, today, unmet, unassessed, plan, moves }: BoardInput): Board {
  const threshold = model.scale.scale.threshold;
  const time = timeAwareness(summary.strategy.period, today);
  const areas = summary.areas.map(
    (a): AreaStanding => ({
      id: a.id,
      title: a.title,
      score: a.score,
      ...standingOf(a.score, threshold, time),
      gap: a.score === null ? null : Math.round((threshold - a.score) * 1000) / 10,
    }),
  );
  const measures = measureStandings(model, plan, today);
  const byGoal = new Map<string, MeasureStanding[]>();
  for (const m of measures) for (const goal of m.goals) byGoal.set(goal, [...(byGoal.get(goal) ?? []), m]);
  const uncovered = new Set(plan ? plan.coverage.uncovered : unmet.map((r) => r.goalId));
  const decisions = unmet.filter((r) => uncovered.has(r.goalId));
  const overdue = measures.filter((m) => m.daysLate > 0).sort((a, b) => b.daysLate - a.daysLate);
  const overall = { score: summary.overall.score, status: standingOf(summary.overall.score, threshold, time).status };
  const messages = keyMessages({ areas, time, overall, threshold, overdue, decisions, unassessed, moves });
  return {
    threshold,
    time,
    areas,
    overall,
    vision: { score: summary.vision.score },
    messages,
    decisions,
    measures: byGoal,
    overdue,
  };
}

interface MessageInput {
  areas: AreaStanding[];
  time: TimeAwareness;
  overall: Board['overall'];
  threshold: number;
  overdue: MeasureStanding[];
  decisions: readonly GoalRow[];
  unassessed: readonly GoalRow[];
  moves: BoardInput['moves'];
}

/**
 * At most five, the first that apply in this order: how the areas stand; that the period is
 * over; the largest gap to the threshold; the largest move since the revision compared with;
 * overdue measures; goals for decision; goals not assessed; the second largest gap and move.
 */
function keyMessages({
  areas,
  time,
  overall,
  threshold,
  overdue,
  decisions,
  unassessed,
  moves,
}: MessageInput): KeyMessage[] {
  const counts = Object.fromEntries(['achieved', 'on-track', 'behind', 'unassessed'].map((s) => [s, 0])) as Record<
    AreaStatus,
    number
  >;
  for (const a of areas) counts[a.status]++;
  const gaps = areas
    .filter((a) => a.score !== null && a.score < threshold)
    .sort((a, b) => a.score! - b.score!)
    .slice(0, 2)
    .map(
      (a, k): KeyMessage => ({
        kind: 'gap',
        areaId: a.id,
        title: a.title,
        score: a.score!,
        threshold,
        furthest: k === 0,
      }),
    );
  const moved = (moves?.comparison.areas ?? [])
    .filter((a) => a.status === 'changed' && a.change !== null && a.change !== 0)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))
    .slice(0, 2)
    .map((a): KeyMessage => ({ kind: 'move', areaId: a.id, title: a.title, change: a.change!, since: moves!.since }));
  // Each kind once before any kind twice, so that five messages cover as much as they can.
  const candidates: KeyMessage[] = [
    ...(areas.length > 0 ? [{ kind: 'standing' as const, counts, areas: areas.length }] : []),
    ...(time.ended ? [{ kind: 'period-ended' as const, to: time.period.to, score: overall.score }] : []),
    ...gaps.slice(0, 1),
    ...moved.slice(0, 1),
    ...(overdue.length > 0 ? [{ kind: 'overdue' as const, count: overdue.length, latest: overdue[0]! }] : []),
    ...(decisions.length > 0 ? [{ kind: 'decisions' as const, count: decisions.length }] : []),
    ...(unassessed.length > 0 ? [{ kind: 'unassessed' as const, count: unassessed.length }] : []),
    ...gaps.slice(1),
    ...moved.slice(1),
  ];
  return candidates.slice(0, 5);
}
