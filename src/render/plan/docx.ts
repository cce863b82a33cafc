// The action-plan draft as a Word document to circulate: each unmet goal with its marks, notes
// and a table of its measures, and room for the owners to write what the plan lacks. Every cell
// the plan asks for but nobody has written (a measure for a goal without one, an owner, a
// deadline, an indicator) says "fylles ut" / "to be filled in" on a yellow ground, so the gap is
// read in the words, not from the colour. Pure: the view in, the document out.
import type { Document, FileChild, ParagraphChild } from 'docx';
import type { FieldToFill } from '../../core/plan.js';
import { docxWords } from '../../i18n/docx-words.js';
import { wordDocument } from '../docx/document.js';
import {
  badgeWithLabel,
  banner,
  bullet,
  columns,
  heading,
  italic,
  para,
  runs,
  table,
  textPara,
  titleBlock,
  type Cell,
  type Row,
} from '../docx/parts.js';
import { clauseRuns, goalNotes, goalText } from '../report/docx-areas.js';
import type { MeasureView, PlanEntryView, PlanView } from './view.js';

/** The ground of a cell left to fill in: a light yellow that prints as a light grey. */
const toFillGround = 'FFF8C5';

export function renderDocxPlan(view: PlanView): Document {
  const { pw, report } = view;
  const { meta, w } = report;
  const dw = docxWords[report.lang];
  const children: FileChild[] = [
    ...titleBlock(view.title, `${meta.organisation} · ${meta.title}`),
    ...(report.example ? [banner(report.example.mark, report.example.text)] : []),
    textPara(`${view.basedOn} · ${w.generated} ${meta.generatedText}`),
  ];
  if (view.progress) {
    if (view.progress.example) children.push(banner(view.progress.example.mark, view.progress.example.note));
    children.push(
      textPara(view.progress.coverageText),
      textPara(view.progress.filledText),
      textPara(`${pw.byStatus}: ${view.progress.statusText}`),
    );
  }
  children.push(textPara(view.areas.length === 0 ? pw.noUnmet : pw.intro));
  if (view.areas.length > 0)
    children.push(
      banner(undefined, dw.toFillNote(dw.toFill, `plans/${view.period.from}-${view.period.to}.yaml`), toFillGround),
    );
  for (const area of view.areas)
    children.push(heading(1, area.title), ...area.entries.flatMap((goal) => goalEntry(view, goal)));
  children.push(heading(1, pw.keepUp));
  if (view.keepUp.length === 0) children.push(textPara(pw.nothingToKeep));
  else {
    children.push(textPara(pw.keepUpIntro));
    children.push(
      ...view.keepUp.map(({ areaTitle, goal }) =>
        bullet([...clauseRuns(goal.clauses, w.noMark), ...runs(` — ${areaTitle}`)]),
      ),
    );
  }
  return wordDocument({
    lang: report.lang,
    title: view.title,
    subject: `${meta.organisation} – ${meta.title}`,
    children,
  });
}

/** One unmet goal: its text and marks as a heading, its notes, and its measures' table. */
function goalEntry(view: PlanView, goal: PlanEntryView): FileChild[] {
  const { pw, report } = view;
  const { w } = report;
  const marks = goal.clauses.flatMap((c) => (c.badge ? [badgeWithLabel(c.badge)] : []));
  const markLine: ParagraphChild[] = [
    ...runs(`${w.mark}: `),
    ...(marks.length > 0 ? marks.flatMap((m, i) => (i === 0 ? m : [...runs('; '), ...m])) : italic(w.noMark)),
    ...runs(` · id ${goal.id}`, { color: '57606A', size: 18 }),
  ];
  const header = [pw.measure, pw.owner, pw.deadline, pw.resources, pw.indicator, pw.status];
  const rows = goal.measures.length > 0 ? goal.measures.map((m) => measureRow(view, m)) : [emptyRow(view)];
  return [
    heading(2, goalText(goal)),
    para(markLine, true),
    ...goalNotes(goal, w).map((line) => para(line, true)),
    table(header, rows, columns(6, 3, 2, 2, 3, 2)),
  ];
}

const toFillCell = (view: PlanView): Cell => ({
  content: italic(docxWords[view.report.lang].toFill),
  fill: toFillGround,
});

/** A measure of the plan file, each field it lacks left to fill in (with room to write). */
function measureRow(view: PlanView, m: MeasureView): Row {
  const missing = new Set<FieldToFill>(m.toFill);
  const field = (name: FieldToFill, value: string | undefined): Cell =>
    missing.has(name) ? toFillCell(view) : (value ?? '');
  const tags = [m.exampleTag, m.unfilledText].flatMap((t) => (t ? italic(` (${t})`) : []));
  const cells: Cell[] = [
    { content: [...runs(m.title), ...tags] },
    field('owner', m.owner),
    field('deadline', m.deadlineText),
    m.resources ?? '',
    field('indicator', m.indicator),
    m.statusLabel,
  ];
  return missing.size > 0 ? { cells, roomy: true } : cells;
}

/** A goal without any measure: a row, with room, to write one in. */
function emptyRow(view: PlanView): Row {
  const fill = toFillCell(view);
  return { cells: [fill, fill, fill, '', fill, ''], roomy: true };
}
