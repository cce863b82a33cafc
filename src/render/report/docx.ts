// The report as a Word document, in the order of the Markdown and HTML reports: title block,
// page one, changes (with --against), at a glance with its charts, what lags behind, the action
// plan, the vision, each area and the scale; with --brief, page one and the areas behind only. A pure function of the view; packing it into the
// .docx file's bytes happens at the edge (src/cli/docx.ts).
import type { Document, FileChild, ParagraphChild } from 'docx';
import { groupKeys, type ChangesView, type GroupKey, type LaggingGoal, type ReportView } from './view.js';
import { distributionBar, distributionLegend, scoreBars, type ScoreRow } from '../docx/charts.js';
import { wordDocument } from '../docx/document.js';
import {
  badgeRun,
  banner,
  bold,
  bullet,
  columns,
  heading,
  italic,
  runs,
  table,
  textPara,
  titleBlock,
  para,
  type Cell,
} from '../docx/parts.js';
import { areaSections, scaleSection, visionSection } from './docx-areas.js';
import { behindSection, boardSection } from './docx-board.js';
import { docxWords } from '../../i18n/docx-words.js';
import type { Tally } from '../../core/summary.js';

export function renderDocxReport(view: ReportView): Document {
  const { w, meta } = view;
  const title = w.documentTitle(meta.title);
  return wordDocument({
    lang: view.lang,
    title,
    subject: `${meta.organisation} – ${meta.title}`,
    children: [
      ...titleBlock(title, `${meta.organisation} · ${w.period} ${meta.period}`),
      ...(view.example ? [banner(view.example.mark, view.example.text)] : []),
      textPara(`${w.round} ${meta.round} · ${w.generated} ${meta.generatedText} · ${w.version} ${meta.version}`),
      ...boardSection(view),
      ...(view.brief ? behindSection(view) : fullReport(view)),
    ],
  });
}

/** Everything after page one that --brief leaves out. */
const fullReport = (view: ReportView): FileChild[] => [
  ...(view.changes ? changesSection(view, view.changes) : []),
  ...glanceSection(view),
  ...laggingSection(view),
  ...planSection(view),
  ...visionSection(view),
  ...areaSections(view),
  ...scaleSection(view),
];

/** The counts of a tally in the order of the groups. */
const countsOf = (t: Tally): number[] =>
  groupKeys.map((key: GroupKey) => (key === 'unassessed' ? t.unassessed : t.groups[key]));

function glanceSection(view: ReportView): FileChild[] {
  const { w, words, glance } = view;
  const dw = docxWords[view.lang];
  const rows: ScoreRow[] = [
    ...glance.areas.map((a) => ({
      label: a.title,
      score: a.score,
      scoreText: a.scoreText,
      counts: a.shares.map((s) => s.count),
    })),
    ...(view.vision
      ? [
          {
            label: words.vision,
            score: view.summary.vision.score,
            scoreText: view.vision.scoreText,
            counts: countsOf(view.summary.vision),
          },
        ]
      : []),
    {
      label: words.overall,
      score: glance.score,
      scoreText: glance.scoreText,
      counts: glance.shares.map((s) => s.count),
      strong: true,
    },
  ];
  const bar = distributionBar(glance.shares);
  return [
    heading(1, w.glance),
    para([...runs(`${w.overallScore}: `), ...bold(glance.scoreText)]),
    heading(2, w.distribution),
    ...(bar ? [bar, para(italic(dw.distributionCaption))] : []),
    distributionLegend(glance.shares, { group: w.groupHeading, count: w.count, share: w.share }),
    heading(2, w.perArea),
    scoreBars(rows, { label: words.area, score: words.score, groups: groupKeys.map((k) => words.abbr[k]) }),
    para(italic(dw.scoreCaption)),
  ];
}

const badges = (g: LaggingGoal): ParagraphChild[] =>
  g.badges.flatMap((b, i) => (i === 0 ? [badgeRun(b)] : [...runs(' '), badgeRun(b)]));

function laggingSection(view: ReportView): FileChild[] {
  const { w, words } = view;
  const out: FileChild[] = [heading(1, w.lagging)];
  if (view.lagging.length === 0) out.push(textPara(w.noLagging));
  else {
    out.push(para(runs(w.laggingIntro(view.thresholdText)), true));
    const rows = view.lagging.map((g): Cell[] => [g.text, g.areaTitle, { content: badges(g) }, g.scoreText]);
    out.push(table([words.goals, words.area, w.mark, words.score], rows, columns(9, 6, 3, 2)));
  }
  out.push(heading(2, w.unassessedGoals));
  if (view.unassessed.length === 0) out.push(textPara(w.noneUnassessed));
  else out.push(...view.unassessed.map((g) => bullet(runs(`${g.text} (${g.areaTitle})`))));
  return out;
}

function planSection(view: ReportView): FileChild[] {
  const { pw, progress } = view.plan;
  const out: FileChild[] = [
    heading(1, `${pw.planSection}${progress ? ` ${progress.period.from}–${progress.period.to}` : ''}`),
  ];
  if (!progress) return [...out, textPara(pw.noPlan)];
  const tag = progress.example ? ` (${progress.example.tag})` : '';
  if (progress.example) out.push(banner(progress.example.mark, progress.example.note));
  out.push(textPara(progress.coverageText), textPara(progress.filledText));
  out.push(
    table(
      [pw.status, view.w.count],
      progress.statuses.map((s) => [s.label, String(s.count)]),
      columns(3, 1),
    ),
  );
  if (progress.unfilledList.length > 0) {
    out.push(heading(2, pw.unfilledHeading));
    out.push(...progress.unfilledList.map((m) => bullet(runs(`${m.title}${tag} (${m.reasonText})`))));
  }
  out.push(heading(2, pw.overdue));
  if (progress.overdue.length === 0) out.push(textPara(pw.noOverdue));
  else
    out.push(
      table(
        [pw.measure, pw.owner, pw.deadline],
        progress.overdue.map((m) => [`${m.title}${tag}`, m.owner ?? '', m.deadlineText]),
        columns(6, 3, 2),
      ),
    );
  if (view.plan.uncovered.length > 0) {
    out.push(heading(2, pw.uncovered));
    out.push(...view.plan.uncovered.map((g) => bullet(runs(`${g.text} (${g.areaTitle})`))));
  }
  return out;
}

/** "Endringer siden forrige revisjon": scores then and now, the goals that moved, and what came and went. */
function changesSection(view: ReportView, c: ChangesView): FileChild[] {
  const { cw } = c;
  const { words } = view;
  const out: FileChild[] = [heading(1, cw.title), textPara(c.against ? `${c.against.text} (${c.rounds})` : c.rounds)];
  out.push(
    para([
      ...runs(`${view.w.overallScore}: `),
      ...bold(`${c.overall.before} → ${c.overall.after}`),
      ...runs(` (${c.overall.change})`),
    ]),
  );
  const scoreRow = (label: string, s: { before: string; after: string; change: string }, strong = false): Cell[] =>
    [label, s.before, s.after, s.change].map((t) => ({ content: strong ? bold(t) : runs(t) }));
  out.push(
    table(
      [words.area, cw.before, cw.after, cw.change],
      [
        ...c.areas.map((a) => scoreRow(a.note ? `${a.title} (${a.note})` : a.title, a)),
        scoreRow(words.vision, c.vision, true),
        scoreRow(words.overall, c.overall, true),
      ],
      columns(6, 2, 2, 2),
    ),
  );
  out.push(heading(2, cw.movedGoals));
  if (c.moved.length === 0) out.push(textPara(cw.noMovedGoals));
  else
    out.push(
      table(
        [cw.goal, words.area, cw.change, cw.before, cw.after],
        c.moved.map((g) => [g.text, g.areaTitle, g.statusText, g.before, g.after]),
        columns(7, 3, 3, 2, 2),
      ),
    );
  const lists: [string, typeof c.added][] = [
    [cw.newGoals, c.added],
    [cw.removedGoals, c.removed],
    [cw.renamedGoals, c.renamed],
  ];
  for (const [title, goals] of lists) {
    if (goals.length === 0) continue;
    out.push(
      heading(2, title),
      ...goals.map((g) => bullet(runs(`${g.text} (${g.oldId ? `${g.oldId} → ${g.id}` : g.id}, ${g.areaTitle})`))),
    );
  }
  return out;
}
