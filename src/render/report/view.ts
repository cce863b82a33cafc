// The report as data: everything the Markdown and HTML reports show, in reading order,
// already counted, sorted and worded. Renderers only lay it out; they decide nothing.
import type { Analysis } from '../../core/analyse.js';
import type { Lang } from '../../core/lang.js';
import type { GoalRow, ResolvedSlot, StrategyModel } from '../../core/model.js';
import { byOf, noteOf, type ScaleIndex } from '../../core/scale.js';
import type { Comment, ScaleMark } from '../../core/schema.js';
import type { Summary, Tally } from '../../core/summary.js';
import { startsWithPunctuation } from '../../core/units.js';
import { locateWords } from '../../i18n/locate-words.js';
import { words, type ReportWords, type Words } from '../../i18n/words.js';
import { planWords, type PlanWords } from '../../i18n/plan-words.js';
import type { RevisionKind } from '../../i18n/compare-words.js';
import { dateText, decimalText, percentText, shareText, wholePercent } from '../../i18n/format.js';
import {
  boardView,
  historyView,
  measureView,
  type BoardView,
  type HistoryView,
  type MeasureView,
} from './board-view.js';
import { groupKeys, makeBadge, type Badge, type GroupKey } from './badge.js';
import { changesView, type ChangesView, type MovedMark } from './changes-view.js';
import { describeProgress, type ProgressView } from './progress-view.js';

export { groupKeys, luminance, makeBadge, readableOn, type Badge, type GroupKey } from './badge.js';
export {
  changesView,
  type ChangedGoalView,
  type ChangesView,
  type MovedMark,
  type ScoreChangeView,
} from './changes-view.js';
export { describeProgress, type ProgressView } from './progress-view.js';

export interface GroupShare {
  key: GroupKey;
  label: string;
  count: number;
  /** Whole percent of all slots, for tables and chart labels. */
  percent: number;
  /** The same, formatted for the language: "55 %" / "55%". */
  percentText: string;
}

export interface ClauseView {
  text: string;
  /** The clause continues the previous one without a space (it starts with punctuation). */
  glued: boolean;
  badge?: Badge;
  note?: string;
  by?: string;
}

export interface GoalView {
  id: string;
  /** The goal's clauses; a goal with one assessment has one clause. */
  clauses: ClauseView[];
  clauseWise: boolean;
  note?: string;
  comments: Comment[];
  tags: string[];
  score: number | null;
  /** With --against, for a goal whose score went up or down since the old revision. */
  moved?: MovedMark;
  /** The current plan's measures for the goal, in plan order. */
  measures: MeasureView[];
}

export interface AreaView {
  id: string;
  title: string;
  /** Left out when the strategy has no parts. */
  part?: number;
  partLabel?: string;
  introduction?: string;
  pillars?: { title: string; items: string[] };
  lists: { title: string; items: string[] }[];
  text?: string;
  goals: GoalView[];
  /** Why the area has no goals, when it has none on purpose. */
  noGoals?: string;
  score: number | null;
  scoreText: string;
  shares: GroupShare[];
}

export interface LaggingGoal {
  areaTitle: string;
  id: string;
  text: string;
  badges: Badge[];
  scoreText: string;
}

export interface ReportView {
  lang: Lang;
  w: ReportWords;
  words: Words;
  meta: {
    organisation: string;
    title: string;
    period: string;
    round: string;
    /** The date the report was made, as YYYY-MM-DD (for `<time datetime>`). */
    generated: string;
    /** The same date for reading: "4. desember 2026" / "4 December 2026". */
    generatedText: string;
    version: string;
  };
  glance: {
    scoreText: string;
    score: number | null;
    shares: GroupShare[];
    total: number;
    areas: {
      id: string;
      title: string;
      scoreText: string;
      score: number | null;
      shares: GroupShare[];
      total: number;
    }[];
  };
  lagging: LaggingGoal[];
  unassessed: LaggingGoal[];
  thresholdText: string;
  /** Left out when the strategy has no vision. */
  vision?: {
    heading: string;
    statements: { id: string; clauses: ClauseView[]; comments: Comment[] }[];
    scoreText: string;
  };
  areas: AreaView[];
  scale: { code: string; badge: Badge; label: string; scoreText: string; aliases: string[] }[];
  summary: Summary;
  /** The current action plan's progress, when the strategy keeps plans. */
  plan: { pw: PlanWords; progress?: ProgressView; uncovered: LaggingGoal[] };
  /** With --against only: the changes since the old revision. */
  changes?: ChangesView;
  /** Made from the bundled example strategy: a banner at the top says so. */
  example?: { mark: string; text: string };
  /** Page one: status per area, time, key messages, decisions, overdue measures. */
  board: BoardView;
  /** With --history: the score of every area at each revision. */
  history?: HistoryView;
  /** --brief: the board version (page one, areas behind, decisions, overdue), without the full goal list. */
  brief: boolean;
}

export interface ReportOptions {
  lang: Lang;
  /** The date shown as "generated", as YYYY-MM-DD: passed in, so the core never reads the clock. */
  generated: string;
  version: string;
  /** With --against (the analysis then has its comparison): what it was made against, as the user gave it. */
  against?: { ref: string; kind: RevisionKind };
  /** Made from the bundled example strategy: the report says so at the top. */
  example?: boolean;
  /** --brief: the board version. */
  brief?: boolean;
}

/** The helpers every part of the view shares: the language's words, shares of a tally, and the badges. */
interface ViewKit {
  lang: Lang;
  all: Words;
  shares: (t: Tally) => { shares: GroupShare[]; total: number };
  badge: (mark: ScaleMark) => Badge;
  clauseView: (slot: ResolvedSlot) => ClauseView;
  laggingGoal: (row: GoalRow) => LaggingGoal;
}

function viewKit(scale: ScaleIndex, lang: Lang): ViewKit {
  const all = words[lang];
  const shares = (t: Tally): { shares: GroupShare[]; total: number } => {
    const total = t.marks + t.unassessed;
    const count = (key: GroupKey) => (key === 'unassessed' ? t.unassessed : t.groups[key]);
    return {
      total,
      shares: groupKeys.map((key) => ({
        key,
        label: all.group[key],
        count: count(key),
        percent: total === 0 ? 0 : wholePercent(count(key) / total),
        percentText: shareText(count(key), total, lang),
      })),
    };
  };
  // One badge per scale mark, shared by every clause that carries it: at 10,000 goals the
  // contrast of the same few colours was worked out 10,000 times.
  const badges = new Map<ScaleMark, Badge>();
  const badge = (mark: ScaleMark): Badge => {
    const known = badges.get(mark);
    if (known) return known;
    const made = makeBadge(scale, mark, lang);
    badges.set(mark, made);
    return made;
  };
  const clauseView = (slot: ResolvedSlot): ClauseView => {
    const note = noteOf(slot.assessment);
    const by = byOf(slot.assessment);
    return {
      text: slot.text,
      glued: startsWithPunctuation(slot.text),
      ...(slot.mark ? { badge: badge(slot.mark) } : {}),
      ...(note ? { note } : {}),
      ...(by ? { by } : {}),
    };
  };
  const laggingGoal = (row: GoalRow): LaggingGoal => ({
    areaTitle: row.areaTitle,
    id: row.goalId,
    text: row.text,
    badges: row.slots.flatMap((s) => (s.mark ? [badge(s.mark)] : [])),
    scoreText: percentText(row.score, lang),
  });
  return { lang, all, shares, badge, clauseView, laggingGoal };
}

export function buildReportView(model: StrategyModel, analysis: Analysis, options: ReportOptions): ReportView {
  const { lang } = options;
  const kit = viewKit(model.scale, lang);
  const { all, shares, badge, laggingGoal } = kit;
  const { summary } = analysis;
  const { strategy } = model;
  const progress = analysis.plan ? describeProgress(analysis.plan, lang, options.example) : undefined;
  const changes = analysis.comparison ? changesView(analysis.comparison, options.against, lang) : undefined;
  const movedById = new Map((changes?.moved ?? []).map((g) => [g.id, g.moved!]));
  return {
    plan: {
      pw: planWords[lang],
      ...(progress ? { progress } : {}),
      uncovered: (progress?.coverage.uncovered ?? []).map((id) => laggingGoal(analysis.goalsById.get(id)!)),
    },
    lang,
    w: all.report,
    words: all,
    ...(options.example
      ? { example: { mark: locateWords[lang].exampleMark, text: locateWords[lang].exampleBanner } }
      : {}),
    meta: {
      organisation: strategy.organisation,
      title: strategy.title,
      period: `${strategy.period.from}–${strategy.period.to}`,
      round: String(strategy.round),
      generated: options.generated,
      generatedText: dateText(options.generated, lang),
      version: options.version,
    },
    glance: {
      score: summary.overall.score,
      scoreText: percentText(summary.overall.score, lang),
      ...shares(summary.overall),
      areas: summary.areas.map((a) => ({
        id: a.id,
        title: a.title,
        score: a.score,
        scoreText: percentText(a.score, lang),
        ...shares(a),
      })),
    },
    lagging: analysis.lagging.map(laggingGoal),
    unassessed: analysis.unassessed.map(laggingGoal),
    thresholdText: decimalText(model.scale.scale.threshold, lang),
    ...visionView(model, summary, kit),
    areas: areaViews(model, analysis, kit, movedById),
    scale: model.scale.scale.marks.map((mark) => ({
      code: mark.code,
      badge: badge(mark),
      label: mark.label[lang],
      scoreText: mark.score === null ? '–' : decimalText(mark.score, lang),
      aliases: mark.aliases ?? [],
    })),
    summary,
    ...(changes ? { changes } : {}),
    board: boardView(analysis, lang),
    ...(analysis.history ? { history: historyView(analysis.history, lang, all) } : {}),
    brief: options.brief === true,
  };
}

/** The vision with each statement's clauses, or nothing for a strategy without one. */
function visionView(model: StrategyModel, summary: Summary, kit: ViewKit): Pick<ReportView, 'vision'> {
  const { vision } = model.strategy;
  if (!vision) return {};
  return {
    vision: {
      heading: kit.all.report.visionHeading(vision.subtitle, vision.title),
      statements: vision.statements.map((s, i) => ({
        id: s.id,
        clauses: model.marks.vision[i]!.map(kit.clauseView),
        comments: s.comments ?? [],
      })),
      scoreText: percentText(summary.vision.score, kit.lang),
    },
  };
}

function areaViews(
  model: StrategyModel,
  analysis: Analysis,
  kit: ViewKit,
  movedById: Map<string, MovedMark>,
): AreaView[] {
  const { lang } = kit;
  const w = kit.all.report;
  return model.areas.map(({ area }, i) => {
    const tallyOfArea = analysis.summary.areas[i]!;
    return {
      id: area.id,
      title: area.title,
      ...(area.part !== undefined ? { part: area.part, partLabel: w.part(area.part) } : {}),
      ...(area.introduction ? { introduction: area.introduction } : {}),
      ...(area.pillars ? { pillars: area.pillars } : {}),
      lists: area.lists ?? [],
      ...(area.text ? { text: area.text } : {}),
      ...(area['no-goals'] !== undefined && area.goals.length === 0 ? { noGoals: area['no-goals'] } : {}),
      goals: area.goals.map((goal, g) => {
        const row = model.marks.byArea[i]![g]!;
        return {
          id: goal.id,
          clauses: row.slots.map(kit.clauseView),
          clauseWise: goal.clauses !== undefined,
          ...(goal.note ? { note: goal.note } : {}),
          comments: goal.comments ?? [],
          tags: (goal.tags ?? []).map(String),
          score: row.score,
          ...(movedById.has(goal.id) ? { moved: movedById.get(goal.id)! } : {}),
          measures: (analysis.board.measures.get(goal.id) ?? []).map((m) => measureView(m, lang)),
        };
      }),
      score: tallyOfArea.score,
      scoreText: percentText(tallyOfArea.score, lang),
      shares: kit.shares(tallyOfArea).shares,
    };
  });
}
