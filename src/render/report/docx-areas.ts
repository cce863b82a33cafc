// The report's Word sections about the strategy's own text: the vision with each clause's mark,
// each area with its goals in a table (text and measures, mark, notes and comments), and the scale. Shared
// with the Word plan: the goal's clauses with their badges read the same in both.
import type { FileChild, ParagraphChild, Table } from 'docx';
import type { Comment } from '../../core/schema.js';
import { markdownBlocks } from '../docx/markdown.js';
import {
  badgeRun,
  badgeWithLabel,
  bold,
  bullet,
  columns,
  gap,
  heading,
  italic,
  para,
  runs,
  table,
  textPara,
  type Cell,
} from '../docx/parts.js';
import type { ClauseView, GoalView, ReportView } from './view.js';
import type { MeasureView } from './board-view.js';

/** A goal's or statement's clauses as one line of text, each mark as a badge where it stands. */
export function clauseRuns(list: ClauseView[], noMark: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  list.forEach((c, i) => {
    out.push(...runs(`${i === 0 || c.glued ? '' : ' '}${c.text}`));
    if (c.badge) out.push(...runs(' '), badgeRun(c.badge));
  });
  if (noMark && list.every((c) => !c.badge)) out.push(...italic(` (${noMark})`));
  return out;
}

/** Each mark of a goal with its meaning ("JA Oppnådd"), one paragraph each; "ikke vurdert" when none. */
export function markParagraphs(goal: GoalView, noMark: string): ParagraphChild[][] {
  const marks = goal.clauses.flatMap((c) => (c.badge ? [badgeWithLabel(c.badge)] : []));
  return marks.length > 0 ? marks : [italic(noMark)];
}

const commentRuns = (c: Comment, label: string) => [...bold(`${label} (${c.author}): `), ...runs(c.text)];

/** A goal's notes, assessors, comments and tags, one paragraph each. */
export function goalNotes(goal: Omit<GoalView, 'measures'>, w: ReportView['w']): ParagraphChild[][] {
  return [
    ...goal.clauses.flatMap((c) =>
      c.note
        ? [[...bold(`${w.note}: `), ...runs(c.note), ...(c.by ? runs(` (${w.assessedBy} ${c.by})`) : [])]]
        : c.by
          ? [runs(`${w.assessedBy} ${c.by}`)]
          : [],
    ),
    ...(goal.note ? [[...bold(`${w.note}: `), ...runs(goal.note)]] : []),
    ...goal.comments.map((c) => commentRuns(c, w.comment)),
    ...(goal.tags.length > 0 ? [[...bold(`${w.tags}: `), ...runs(goal.tags.join(', '))]] : []),
  ];
}

/** A measure beside its goal: "Tiltak: title (owner, deadline, status, how late)", the lateness in bold. */
export function measureRuns(m: MeasureView, label: string): ParagraphChild[] {
  const parts = [m.owner, m.deadlineText, m.statusLabel].filter((p) => p !== '').join(', ');
  const late = m.late ? [...runs(parts ? ', ' : ''), ...bold(m.lateText)] : [];
  return [...bold(`${label}: `), ...runs(`${m.title} (${parts}`), ...late, ...runs(')')];
}

const paragraphsCell = (lines: ParagraphChild[][]): Cell => ({ content: { lines } });

/** The vision with each clause's mark where it stands; nothing for a strategy without one. */
export function visionSection(view: ReportView): FileChild[] {
  const { w, words, vision } = view;
  if (!vision) return [];
  const out: FileChild[] = [heading(1, vision.heading), para([...runs(`${words.score}: `), ...bold(vision.scoreText)])];
  for (const s of vision.statements) {
    out.push(para(clauseRuns(s.clauses, '')));
    out.push(...s.comments.map((c) => para(commentRuns(c, w.comment))));
  }
  return out;
}

export function areaSections(view: ReportView): FileChild[] {
  const { w } = view;
  return view.areas.flatMap((area) => {
    const counts = area.shares.map((s) => `${s.label} ${s.count}`).join(' · ');
    const out: FileChild[] = [
      heading(1, area.title, true),
      para([
        ...(area.partLabel ? [...italic(area.partLabel), ...runs(' · ')] : []),
        ...runs(`${w.areaScore}: `),
        ...bold(area.scoreText),
        ...runs(` · ${counts}`),
      ]),
      ...(area.introduction ? markdownBlocks(area.introduction) : []),
    ];
    if (area.pillars)
      out.push(para(bold(area.pillars.title), true), ...area.pillars.items.map((item) => bullet(runs(item))));
    out.push(heading(2, w.goalsHeading));
    if (area.noGoals !== undefined) out.push(para([...italic(`${w.noGoals}: `), ...runs(area.noGoals)]));
    if (area.goals.length > 0) out.push(goalTable(view, area.goals), gap());
    for (const list of area.lists)
      out.push(para(bold(list.title), true), ...list.items.map((item) => bullet(runs(item))));
    if (area.text) out.push(...markdownBlocks(area.text));
    return out;
  });
}

/**
 * An area's goals: number, text with the goal's measures below it, mark (once: inline only where a goal is marked clause by clause,
 * so each mark stands by its clause) and, when any goal has them, notes and comments.
 */
function goalTable(view: ReportView, goals: GoalView[]): Table {
  const { w, words } = view;
  const notes = goals.map((goal) => goalNotes(goal, w));
  const withNotes = notes.some((n) => n.length > 0);
  const rows = goals.map((goal, i): Cell[] => [
    `${i + 1}.`,
    paragraphsCell([
      [...goalText(goal), ...(goal.moved ? runs(` ${goal.moved.arrow} ${goal.moved.short}`) : [])],
      ...goal.measures.map((m) => measureRuns(m, view.board.bw.measures)),
    ]),
    paragraphsCell(markParagraphs(goal, w.noMark)),
    ...(withNotes ? [paragraphsCell(notes[i]!)] : []),
  ]);
  return withNotes
    ? table(['#', words.goals, w.mark, `${w.note} / ${w.comments}`], rows, columns(1, 9, 4, 7))
    : table(['#', words.goals, w.mark], rows, columns(1, 14, 5));
}

/** A goal's text: its clauses, with each clause's badge in place only when it is marked clause by clause. */
export const goalText = (goal: Omit<GoalView, 'measures'>): ParagraphChild[] =>
  goal.clauseWise
    ? clauseRuns(goal.clauses, '')
    : runs(goal.clauses.map((c, i) => `${i === 0 || c.glued ? '' : ' '}${c.text}`).join(''));

export function scaleSection(view: ReportView): FileChild[] {
  const { w, words } = view;
  return [
    heading(1, w.scale),
    textPara(w.scaleIntro(view.thresholdText)),
    table(
      [w.code, w.label, words.score],
      view.scale.map((m): Cell[] => [{ content: [badgeRun(m.badge)] }, m.label, m.scoreText]),
      columns(2, 6, 2),
    ),
  ];
}
