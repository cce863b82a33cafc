// The report as data: everything the Markdown and HTML reports show, in reading order,
// already counted, sorted and worded. Renderers only lay it out; they decide nothing.
import type { Analysis } from '../../core/analyse.js';
import type { Lang } from '../../core/lang.js';
import type { GoalRow, ResolvedSlot, StrategyModel } from '../../core/model.js';
import { byOf, groupOf, groups, noteOf, type Group, type ScaleIndex } from '../../core/scale.js';
import type { Comment, ScaleMark } from '../../core/schema.js';
import type { Summary, Tally } from '../../core/summary.js';
import { startsWithPunctuation } from '../../core/units.js';
import { locateWords } from '../../i18n/locate-words.js';
import { words, type ReportWords, type Words } from '../../i18n/words.js';
import { planWords, unfilledText, type PlanWords } from '../../i18n/plan-words.js';
import type { PlanProgress, UnfilledMeasure } from '../../core/plan.js';
import { measureStatuses, type MeasureStatus } from '../../core/schema.js';
import type { Comparison, GoalComparison, Movement, ScoreChange } from '../../core/compare.js';
import { compareWords, type CompareWords, type RevisionKind } from '../../i18n/compare-words.js';
import { arrows, changeText } from '../compare/rows.js';
import { dateText, decimalText, monthText, percentText, shareText, wholePercent } from '../../i18n/format.js';
import { boardView, historyView, measureView, type BoardView, type HistoryView, type MeasureView } from './board-view.js';

export type GroupKey = Group | 'unassessed';
export const groupKeys: readonly GroupKey[] = [...groups, 'unassessed'];

export interface Badge {
  code: string;
  label: string;
  /** Background and a text colour chosen for contrast, so the badge reads without relying on colour. */
  background: string;
  foreground: string;
  group: GroupKey;
}

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

/** An arrow beside a goal that moved, with its words: never the colour or the arrow alone. */
export interface MovedMark {
  direction: 'up' | 'down';
  arrow: string;
  /** The text alternative: "Forbedret fra NEI". */
  label: string;
  /** Shown beside the arrow: "fra NEI". */
  short: string;
}

export interface ScoreChangeView {
  before: string;
  after: string;
  change: string;
}

export interface ChangedGoalView {
  id: string;
  oldId?: string;
  text: string;
  areaTitle: string;
  /** "↑ forbedret", "nytt", "ny id". */
  statusText: string;
  moved?: MovedMark;
  before: string;
  after: string;
}

/** The section "Changes since the last revision" (report --against). */
export interface ChangesView {
  cw: CompareWords;
  /** What was compared: "Sammenlignet med git-revisjonen v1" and the revision rounds. */
  against?: { ref: string; kind: RevisionKind; text: string };
  rounds: string;
  overall: ScoreChangeView;
  vision: ScoreChangeView;
  areas: (ScoreChangeView & { id: string; title: string; note?: string })[];
  moved: ChangedGoalView[];
  added: ChangedGoalView[];
  removed: ChangedGoalView[];
  renamed: ChangedGoalView[];
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
    areas: { id: string; title: string; scoreText: string; score: number | null; shares: GroupShare[]; total: number }[];
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

export function describeProgress(progress: PlanProgress, lang: Lang, example = false): ProgressView {
  const pw = planWords[lang];
  const statuses = measureStatuses.map((status) => ({ status, label: pw.statuses[status], count: progress.byStatus[status] }));
  const dropped = progress.byStatus.dropped;
  return {
    ...progress,
    coverageText: pw.coverage(progress.coverage.covered, progress.coverage.unmetGoals, percentText(progress.coverage.ratio, lang)),
    filledText: pw.filled(progress.filled, progress.measures - dropped, dropped),
    unfilledList: progress.unfilled.map((m) => ({ ...m, reasonText: unfilledText(m.missing, lang) })),
    statusText: statuses.map((s) => `${s.label} ${s.count}`).join(', '),
    statuses,
    ...(example ? { example: { mark: locateWords[lang].exampleMark, note: pw.exampleMeasures, tag: pw.exampleTag } } : {}),
    overdue: progress.overdue.map((m) => ({ ...m, deadlineText: monthText(m.deadline, lang) })),
  };
}

export interface ProgressView extends PlanProgress {
  /** The overdue measures, each with its deadline for reading ("juni 2023"). */
  overdue: (PlanProgress['overdue'][number] & { deadlineText: string })[];
  coverageText: string;
  /** "3 av 19 tiltak er fylt ut …": only filled-in measures count toward coverage. */
  filledText: string;
  /** The measures that are not filled in, each with why in words. */
  unfilledList: (UnfilledMeasure & { reasonText: string })[];
  statusText: string;
  statuses: { status: MeasureStatus; label: string; count: number }[];
  /** The bundled example's plan: its measures are examples, said beside them. */
  example?: { mark: string; note: string; tag: string };
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

export function buildReportView(model: StrategyModel, analysis: Analysis, options: ReportOptions): ReportView {
  const { lang } = options;
  const all = words[lang];
  const w = all.report;
  const { summary } = analysis;
  const scale = model.scale;
  const groupLabel = (key: GroupKey) => all.group[key];
  const shares = (t: Tally): { shares: GroupShare[]; total: number } => {
    const total = t.marks + t.unassessed;
    const count = (key: GroupKey) => (key === 'unassessed' ? t.unassessed : t.groups[key]);
    return {
      total,
      shares: groupKeys.map((key) => ({
        key,
        label: groupLabel(key),
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
    let made = badges.get(mark);
    if (!made) badges.set(mark, (made = makeBadge(scale, mark, lang)));
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
  const threshold = scale.scale.threshold;

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
    w,
    words: all,
    ...(options.example ? { example: { mark: locateWords[lang].exampleMark, text: locateWords[lang].exampleBanner } } : {}),
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
      areas: summary.areas.map((a) => ({ id: a.id, title: a.title, score: a.score, scoreText: percentText(a.score, lang), ...shares(a) })),
    },
    lagging: analysis.lagging.map(laggingGoal),
    unassessed: analysis.unassessed.map(laggingGoal),
    thresholdText: decimalText(threshold, lang),
    ...(strategy.vision
      ? {
          vision: {
            heading: w.visionHeading(strategy.vision.subtitle, strategy.vision.title),
            statements: strategy.vision.statements.map((s, i) => ({
              id: s.id,
              clauses: model.marks.vision[i]!.map(clauseView),
              comments: s.comments ?? [],
            })),
            scoreText: percentText(summary.vision.score, lang),
          },
        }
      : {}),
    areas: model.areas.map(({ area }, i) => {
      const tallyOfArea = summary.areas[i]!;
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
            clauses: row.slots.map(clauseView),
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
        shares: shares(tallyOfArea).shares,
      };
    }),
    scale: scale.scale.marks.map((mark) => ({
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

export function changesView(comparison: Comparison, against: ReportOptions['against'], lang: Lang): ChangesView {
  const cw = compareWords[lang];
  const scores = (c: ScoreChange): ScoreChangeView => ({
    before: percentText(c.before, lang),
    after: percentText(c.after, lang),
    change: changeText(c, lang),
  });
  const titles = new Map(comparison.areas.map((a) => [a.id, a.title]));
  const goal = (g: GoalComparison): ChangedGoalView => {
    const moved = g.movement ? movedMark(g.movement, g.before?.marks ?? '–', cw) : undefined;
    return {
      id: g.id,
      ...(g.oldId ? { oldId: g.oldId } : {}),
      text: g.text,
      areaTitle: titles.get(g.area) ?? g.area,
      statusText: g.movement && g.movement !== 'unchanged' ? `${arrows[g.movement]} ${cw.movement[g.movement]}` : cw.statuses[g.status],
      ...(moved ? { moved } : {}),
      before: g.before?.marks ?? '–',
      after: g.after?.marks ?? '–',
    };
  };
  const rounds = cw.rounds(String(comparison.rounds.before), String(comparison.rounds.after));
  return {
    cw,
    ...(against ? { against: { ...against, text: cw.against(against.ref, against.kind) } } : {}),
    rounds,
    overall: scores(comparison.overall),
    vision: scores(comparison.vision),
    areas: comparison.areas.map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.status === 'changed' ? {} : { note: cw.areaStatus[a.status] }),
      ...scores(a),
    })),
    moved: comparison.goals.filter((g) => g.movement === 'improved' || g.movement === 'declined').map(goal),
    added: comparison.goals.filter((g) => g.status === 'new').map(goal),
    removed: comparison.goals.filter((g) => g.status === 'removed').map(goal),
    renamed: comparison.goals.filter((g) => g.status === 'renamed').map(goal),
  };
}

function movedMark(movement: Movement, from: string, cw: CompareWords): MovedMark | undefined {
  if (movement === 'unchanged') return undefined;
  return { direction: movement === 'improved' ? 'up' : 'down', arrow: arrows[movement], label: cw.movedFrom(movement, from), short: cw.from(from) };
}

export function makeBadge(scale: ScaleIndex, mark: ScaleMark, lang: Lang): Badge {
  const background = mark.color.toLowerCase();
  return { code: mark.code, label: mark.label[lang], background, foreground: readableOn(background), group: groupOf(scale, mark) };
}

/** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
export function readableOn(hex: string): string {
  const l = luminance(hex);
  return (1.05) / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
