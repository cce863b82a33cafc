// Page one of the Word report, as in the HTML and Markdown reports: the overall and vision
// score with where the period stands, the key messages, the status of each area (its word on
// its colour, so it reads in grey too), what is up for decision and the overdue measures.
// Also --brief's areas behind.
import type { FileChild } from 'docx';
import type { StatusView } from './board-view.js';
import { bold, bullet, columns, heading, para, runs, table, textPara, type Cell } from '../docx/parts.js';
import type { ReportView } from './view.js';
import { clauseRuns, measureRuns } from './docx-areas.js';

/** A status as its word in white on its colour: every status colour passes WCAG AA against white. */
const statusCell = (s: StatusView): Cell => ({
  content: runs(s.label, { bold: true, color: 'FFFFFF' }),
  fill: s.colour,
});

export function boardSection(view: ReportView): FileChild[] {
  const { board: b, words, plan } = view;
  const { bw } = b;
  // As elsewhere in the Word report, a strategy without a vision has no vision score or row.
  const hasVision = view.vision !== undefined;
  const out: FileChild[] = [
    heading(1, bw.pageOne),
    para([
      ...runs(`${bw.overallScore}: `),
      ...bold(b.overall.scoreText),
      ...runs(` (${b.overall.status.label})`),
      ...(hasVision ? [...runs(` · ${bw.visionScore}: `), ...bold(b.vision.scoreText)] : []),
      ...runs(` · ${b.timeText}`),
    ]),
    heading(2, bw.keyMessages),
    ...b.messages.map((m) => bullet(runs(m))),
    heading(2, bw.statusHeading),
    table(
      [words.area, plan.pw.status, words.score],
      [
        ...b.areas.map((a): Cell[] => [a.title, statusCell(a.status), a.scoreText]),
        ...(hasVision ? [[{ content: bold(words.vision) }, '', { content: bold(b.vision.scoreText) }]] : []),
        [{ content: bold(words.overall) }, statusCell(b.overall.status), { content: bold(b.overall.scoreText) }],
      ],
      columns(8, 3, 2),
    ),
    textPara(b.statusRule),
    heading(2, bw.forDecision),
  ];
  if (b.decisions.length === 0) out.push(textPara(bw.noDecisions));
  else
    out.push(
      textPara(bw.forDecisionIntro),
      ...b.decisions.map((d) => bullet(runs(`${d.text} (${d.areaTitle}, ${d.scoreText})`))),
    );
  if (b.overdue.length > 0) {
    const rows = b.overdue.map((m): Cell[] => [
      m.title,
      m.owner,
      m.deadlineText,
      { content: [...runs(`${m.statusLabel}, `), ...bold(m.lateText)] },
    ]);
    out.push(
      heading(2, plan.pw.overdue),
      table([plan.pw.measure, plan.pw.owner, plan.pw.deadline, plan.pw.status], rows, columns(6, 3, 2, 3)),
    );
  }
  return out;
}

/** --brief: each area behind with its goals below the threshold and their measures. */
export function behindSection(view: ReportView): FileChild[] {
  const { board, w } = view;
  const out: FileChild[] = [heading(1, board.bw.behindAreas)];
  const behind = board.areas.filter((a) => a.status.key === 'behind');
  if (behind.length === 0) out.push(textPara(board.bw.noBehindAreas));
  for (const b of behind) {
    const area = view.areas.find((a) => a.id === b.id)!;
    out.push(heading(2, `${area.title} (${area.scoreText})`));
    for (const g of area.goals.filter((goal) => goal.score === null || goal.score < board.threshold)) {
      out.push(
        bullet(clauseRuns(g.clauses, w.noMark)),
        ...g.measures.map((m) => para(measureRuns(m, board.bw.measures))),
      );
    }
  }
  return out;
}
