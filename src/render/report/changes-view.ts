// The section "Changes since the last revision" (report --against) as data: scores then and
// now, the goals that moved, and what came and went, already worded.
import type { Lang } from '../../core/lang.js';
import type { Comparison, GoalComparison, Movement, ScoreChange } from '../../core/compare.js';
import { compareWords, type CompareWords, type RevisionKind } from '../../i18n/compare-words.js';
import { percentText } from '../../i18n/format.js';
import { arrows, changeText } from '../compare/rows.js';

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

export function changesView(
  comparison: Comparison,
  against: { ref: string; kind: RevisionKind } | undefined,
  lang: Lang,
): ChangesView {
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
      statusText:
        g.movement && g.movement !== 'unchanged'
          ? `${arrows[g.movement]} ${cw.movement[g.movement]}`
          : cw.statuses[g.status],
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
  return {
    direction: movement === 'improved' ? 'up' : 'down',
    arrow: arrows[movement],
    label: cw.movedFrom(movement, from),
    short: cw.from(from),
  };
}
