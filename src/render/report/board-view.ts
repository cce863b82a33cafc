// Page one, the measures beside each goal and the history, as the report shows them: the
// analysis's board (core/board.ts) worded and formatted. Decides nothing the core has not.
import type { Analysis, HistoryPoint } from '../../core/analyse.js';
import type { AreaStatus, KeyMessage, MeasureStanding } from '../../core/board.js';
import { areaStatuses } from '../../core/board.js';
import type { Lang } from '../../core/lang.js';
import type { MeasureStatus } from '../../core/schema.js';
import { boardWords, type BoardWords } from '../../i18n/board-words.js';
import { planWords } from '../../i18n/plan-words.js';
import { monthText, percentText, pointsText } from '../../i18n/format.js';

/** A status shown with its word and a colour, never the colour alone. */
export interface StatusView {
  key: AreaStatus;
  label: string;
  /** At least 4.5:1 against white, so the word on it reads in white. */
  colour: string;
}

/** Status colours: white text on each passes WCAG AA. */
export const statusColours: Record<AreaStatus, string> = {
  achieved: '#1a7f37',
  'on-track': '#0b5cad',
  behind: '#b42318',
  unassessed: '#57606a',
};

export interface MeasureView {
  id: string;
  title: string;
  owner: string;
  deadlineText: string;
  status: MeasureStatus;
  statusLabel: string;
  /** "3 months late", or "" when not late. */
  lateText: string;
  late: boolean;
}

export interface BoardAreaView {
  id: string;
  title: string;
  score: number | null;
  scoreText: string;
  status: StatusView;
}

export interface BoardView {
  bw: BoardWords;
  threshold: number;
  thresholdText: string;
  overall: { scoreText: string; score: number | null; status: StatusView };
  vision: { scoreText: string; score: number | null };
  /** Where the period stands, said next to the score. */
  timeText: string;
  ended: boolean;
  statusRule: string;
  legend: StatusView[];
  areas: BoardAreaView[];
  messages: string[];
  decisions: { id: string; text: string; areaTitle: string; scoreText: string }[];
  overdue: (MeasureView & { goals: string })[];
}

export interface HistoryView {
  /** Column headings: the revision's round and where it was read from. */
  revisions: { round: string; ref: string }[];
  rows: { id: string; title: string; scores: (number | null)[]; texts: string[]; change: string }[];
}

export const statusView = (key: AreaStatus, bw: BoardWords): StatusView => ({
  key,
  label: bw.status[key],
  colour: statusColours[key],
});

export function measureView(m: MeasureStanding, lang: Lang): MeasureView {
  const bw = boardWords[lang];
  return {
    id: m.id,
    title: m.title,
    owner: m.owner ?? '',
    deadlineText: m.deadline === null ? '' : monthText(m.deadline, lang),
    status: m.status,
    statusLabel: planWords[lang].statuses[m.status],
    lateText: m.daysLate > 0 ? bw.late(m.daysLate) : '',
    late: m.daysLate > 0,
  };
}

function messageText(m: KeyMessage, lang: Lang): string {
  const bw = boardWords[lang];
  const pct = (n: number | null) => percentText(n, lang);
  switch (m.kind) {
    case 'standing':
      return bw.msgStanding(m.counts.achieved, m.counts['on-track'], m.counts.behind, m.counts.unassessed, m.areas);
    case 'period-ended':
      return bw.msgPeriodEnded(m.to, pct(m.score));
    case 'gap':
      return bw.msgGap(m.title, pct(m.score), pct(m.threshold), m.furthest);
    case 'move':
      return bw.msgMove(
        m.title,
        pointsText(0, Math.abs(m.change) / 100, lang).replace(/^\+/, ''),
        m.since,
        m.change > 0,
      );
    case 'overdue':
      return bw.msgOverdue(m.count, m.latest.title, bw.late(m.latest.daysLate));
    case 'decisions':
      return bw.msgDecisions(m.count);
    case 'unassessed':
      return bw.msgUnassessed(m.count);
  }
}

export function boardView(analysis: Analysis, lang: Lang): BoardView {
  const { board } = analysis;
  const bw = boardWords[lang];
  const thresholdText = percentText(board.threshold, lang);
  const { time } = board;
  const timeText = time.ended
    ? bw.periodEnded(time.period.to)
    : time.notStarted
      ? bw.periodNotStarted(time.period.from)
      : bw.periodPassed(percentText(time.passed, lang), time.period.from, time.period.to);
  const goalsById = analysis.goalsById;
  return {
    bw,
    threshold: board.threshold,
    thresholdText,
    overall: {
      score: board.overall.score,
      scoreText: percentText(board.overall.score, lang),
      status: statusView(board.overall.status, bw),
    },
    vision: {
      score: board.vision.score,
      scoreText: board.vision.score === null ? bw.noVision : percentText(board.vision.score, lang),
    },
    timeText,
    ended: time.ended,
    statusRule: bw.statusRule(thresholdText),
    legend: areaStatuses.map((s) => statusView(s, bw)),
    areas: board.areas.map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score,
      scoreText: percentText(a.score, lang),
      status: statusView(a.status, bw),
    })),
    messages: board.messages.map((m) => messageText(m, lang)),
    decisions: board.decisions.map((r) => ({
      id: r.goalId,
      text: r.text,
      areaTitle: r.areaTitle,
      scoreText: percentText(r.score, lang),
    })),
    overdue: board.overdue.map((m) => ({
      ...measureView(m, lang),
      goals: m.goals.map((g) => goalsById.get(g)?.text ?? g).join('; '),
    })),
  };
}

/** The history as a table: one row per area (in the order they appear, newest revision's first), then the vision and the whole. */
export function historyView(
  history: readonly HistoryPoint[],
  lang: Lang,
  words: { vision: string; overall: string },
): HistoryView {
  const bw = boardWords[lang];
  const titles = new Map<string, string>();
  for (const point of [...history].reverse())
    for (const a of point.areas) if (!titles.has(a.id)) titles.set(a.id, a.title);
  const row = (id: string, title: string, scoreOf: (p: HistoryPoint) => number | null) => {
    const scores = history.map(scoreOf);
    const first = scores.find((s) => s !== null) ?? null;
    return {
      id,
      title,
      scores,
      texts: scores.map((s) => percentText(s, lang)),
      change: pointsText(first, scores[scores.length - 1] ?? null, lang),
    };
  };
  return {
    revisions: history.map((p) => ({ round: String(p.round), ref: p.ref ?? bw.now })),
    rows: [
      ...[...titles].map(([id, title]) => row(id, title, (p) => p.areas.find((a) => a.id === id)?.score ?? null)),
      row('vision', words.vision, (p) => p.vision),
      row('overall', words.overall, (p) => p.overall),
    ],
  };
}
