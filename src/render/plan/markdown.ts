// The action-plan draft as Markdown: a clean document to paste into Word or read on GitHub.
import { badge, clauses, exampleBanner, mdText } from '../report/markdown.js';
import type { PlanView } from './view.js';

const cell = (s: string) => mdText(s);

export function renderPlanMarkdown(view: PlanView): string {
  const { pw, report } = view;
  const w = report.w;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(`# ${mdText(view.title)}`, '');
  if (report.example) push(exampleBanner(report.example), '');
  push(
    `**${mdText(report.meta.organisation)}** · ${mdText(report.meta.title)} · ${view.basedOn} · ${w.generated} ${report.meta.generatedText}`,
    '',
  );
  if (view.progress) {
    if (view.progress.example)
      push(exampleBanner({ mark: view.progress.example.mark, text: view.progress.example.note }), '');
    push(view.progress.coverageText, '', view.progress.filledText, '');
    push(`${pw.byStatus}: ${view.progress.statusText}`, '');
  }
  if (view.areas.length === 0) push(pw.noUnmet, '');
  else push(pw.intro, '');

  const header = [pw.measure, pw.owner, pw.deadline, pw.resources, pw.indicator, pw.status];
  for (const area of view.areas) {
    push(`## ${mdText(area.title)}`, '');
    for (const goal of area.entries) {
      push(`### ${clauses(goal.clauses, w.noMark)}`, '');
      const labels = goal.clauses.flatMap((c) => (c.badge ? [`${badge(c.badge)} ${mdText(c.badge.label)}`] : []));
      push(`${w.mark}: ${labels.length > 0 ? labels.join('; ') : w.noMark} · id \`${goal.id}\``, '');
      for (const c of goal.clauses) if (c.note) push(`- ${w.note}: ${mdText(c.note)}`);
      if (goal.note) push(`- ${w.note}: ${mdText(goal.note)}`);
      for (const c of goal.comments) push(`- ${w.comment} (${mdText(c.author)}): ${mdText(c.text)}`);
      if (goal.clauses.some((c) => c.note) || goal.note || goal.comments.length > 0) push('');
      push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
      if (goal.measures.length === 0) push(`| ${header.map(() => ' ').join(' | ')} |`);
      for (const m of goal.measures) {
        const tags = [m.exampleTag, m.unfilledText].flatMap((t) => (t ? [` *(${mdText(t)})*`] : [])).join('');
        push(
          `| ${cell(m.title)}${tags} | ${[m.owner ?? '', m.deadlineText, m.resources ?? '', m.indicator ?? '', m.statusLabel].map(cell).join(' | ')} |`,
        );
      }
      push('');
    }
  }

  push(`## ${pw.keepUp}`, '');
  if (view.keepUp.length === 0) push(pw.nothingToKeep, '');
  else {
    push(pw.keepUpIntro, '');
    for (const { areaTitle, goal } of view.keepUp) push(`- ${clauses(goal.clauses, w.noMark)} — ${mdText(areaTitle)}`);
    push('');
  }
  return out.join('\n');
}
