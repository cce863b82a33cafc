// The report as Markdown, for GitHub and for pasting into Word. Text from the YAML is escaped
// so it reads as written; Markdown fields (introductions, narratives) stay Markdown, sanitised with the
// HTML report's allow-list (markdown-html.ts), so the file is safe in a viewer that renders raw HTML.
import type { Comment } from '../../core/schema.js';
import type { Badge, ChangesView, ClauseView, GroupShare, ReportView } from './view.js';

/** Plain text and inline code in Markdown: the one escaping function for Markdown (escape.ts). */
import { markdownField } from './markdown-html.js';
export { markdownText as mdText, markdownCode as mdCode } from '../escape.js';
import { markdownText as mdText, markdownCode as mdCode } from '../escape.js';
import { behindSection, boardSection, historySection, measureLines } from './markdown-board.js';

/** The banner of anything made from the bundled example strategy. */
export const exampleBanner = (example: { mark: string; text: string }) => `> **${mdText(example.mark)}** – ${mdText(example.text)}`;

export const badge = (b: Badge) => `**${mdText(b.code)}**`;

export function clauses(list: ClauseView[], noMark: string): string {
  return list
    .map((c) => {
      const text = mdText(c.text);
      const mark = c.badge ? ` ${badge(c.badge)}` : '';
      return `${text}${mark}`;
    })
    .reduce((out, part, i) => (i === 0 || list[i]!.glued ? out + part : `${out} ${part}`), '')
    .concat(list.every((c) => !c.badge) && noMark ? ` *(${noMark})*` : '');
}

const comments = (list: Comment[], label: string) =>
  list.map((c) => `> **${label} (${mdText(c.author)}):** ${mdText(c.text)}\n`).join('');

const shareCells = (shares: GroupShare[]) => shares.map((s) => String(s.count)).join(' | ');

export function renderMarkdownReport(view: ReportView): string {
  const { w, meta } = view;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(`# ${mdText(w.documentTitle(meta.title))}`, '');
  if (view.example) push(exampleBanner(view.example), '');
  push(
    `**${mdText(meta.organisation)}** · ${w.period} ${mdText(meta.period)} · ${w.round} ${mdText(meta.round)} · ${w.generated} ${meta.generatedText} · ${w.version} ${meta.version}`,
    '',
  );

  push(...boardSection(view));
  if (view.brief) {
    push(...behindSection(view, clauses));
    return out.join('\n');
  }
  if (view.changes) push(...changesSection(view.changes, view.words.area, view.words.vision, view.words.overall, w.overallScore));

  push(...historySection(view));
  push(`## ${w.glance}`, '');
  push(`${w.overallScore}: **${view.glance.scoreText}**`, '');
  push(`| ${w.groupHeading} | ${w.count} | ${w.share} |`, '| --- | ---: | ---: |');
  for (const s of view.glance.shares) push(`| ${s.label} | ${s.count} | ${s.percentText} |`);
  push('', `### ${w.perArea}`, '');
  const groupHeads = view.glance.shares.map((s) => s.label).join(' | ');
  push(`| ${view.words.area} | ${view.words.score} | ${groupHeads} |`, `| --- | ---: | ${view.glance.shares.map(() => '---:').join(' | ')} |`);
  for (const a of view.glance.areas) push(`| ${mdText(a.title)} | ${a.scoreText} | ${shareCells(a.shares)} |`);
  push(`| **${view.words.overall}** | **${view.glance.scoreText}** | ${shareCells(view.glance.shares)} |`, '');

  push(`## ${w.lagging}`, '');
  if (view.lagging.length === 0) push(w.noLagging, '');
  else {
    push(w.laggingIntro(view.thresholdText), '');
    push(`| ${view.words.goals} | ${view.words.area} | ${w.mark} | ${view.words.score} |`, '| --- | --- | --- | ---: |');
    for (const g of view.lagging) {
      push(`| ${mdText(g.text)} (\`${g.id}\`) | ${mdText(g.areaTitle)} | ${g.badges.map(badge).join(' ')} | ${g.scoreText} |`);
    }
    push('');
  }
  push(`### ${w.unassessedGoals}`, '');
  if (view.unassessed.length === 0) push(w.noneUnassessed, '');
  else for (const g of view.unassessed) push(`- ${mdText(g.text)} (\`${g.id}\`, ${mdText(g.areaTitle)})`);
  if (view.unassessed.length > 0) push('');

  const { pw, progress } = view.plan;
  push(`## ${pw.planSection}${progress ? ` ${progress.period.from}–${progress.period.to}` : ''}`, '');
  if (!progress) push(pw.noPlan, '');
  else {
    const tag = progress.example ? ` *(${progress.example.tag})*` : '';
    if (progress.example) push(exampleBanner({ mark: progress.example.mark, text: progress.example.note }), '');
    push(progress.coverageText, '', progress.filledText, '');
    push(`| ${pw.status} | ${w.count} |`, '| --- | ---: |', ...progress.statuses.map((s) => `| ${s.label} | ${s.count} |`), '');
    if (progress.unfilledList.length > 0) {
      push(`### ${pw.unfilledHeading}`, '');
      for (const m of progress.unfilledList) push(`- ${mdText(m.title)} (\`${m.id}\`)${tag}: ${m.reasonText}`);
      push('');
    }
    push(`### ${pw.overdue}`, '');
    if (progress.overdue.length === 0) push(pw.noOverdue, '');
    else {
      push(`| ${pw.measure} | ${pw.owner} | ${pw.deadline} |`, '| --- | --- | --- |');
      for (const m of progress.overdue) push(`| ${mdText(m.title)} (\`${m.id}\`)${tag} | ${mdText(m.owner ?? '')} | ${mdText(m.deadlineText)} |`);
      push('');
    }
    if (view.plan.uncovered.length > 0) {
      push(`### ${pw.uncovered}`, '');
      for (const g of view.plan.uncovered) push(`- ${mdText(g.text)} (\`${g.id}\`, ${mdText(g.areaTitle)})`);
      push('');
    }
  }

  if (view.vision) {
    push(`## ${mdText(view.vision.heading)}`, '');
    push(`${view.words.score}: **${view.vision.scoreText}**`, '');
    for (const s of view.vision.statements) {
      push(clauses(s.clauses, ''), '');
      if (s.comments.length > 0) push(comments(s.comments, w.comment));
    }
  }

  for (const area of view.areas) {
    push(`## ${mdText(area.title)}`, '');
    const counts = area.shares.map((s) => `${s.label} ${s.count}`).join(' · ');
    push(`${area.partLabel ? `*${area.partLabel}* · ` : ''}${w.areaScore}: **${area.scoreText}** · ${counts}`, '');
    if (area.introduction) push(markdownField(area.introduction), '');
    if (area.pillars) {
      push(`**${mdText(area.pillars.title)}**`, '');
      for (const item of area.pillars.items) push(`- ${mdText(item)}`);
      push('');
    }
    push(`### ${w.goalsHeading}`, '');
    if (area.noGoals !== undefined) push(`*${w.noGoals}:* ${mdText(area.noGoals)}`);
    area.goals.forEach((goal, i) => {
      push(`${i + 1}. ${clauses(goal.clauses, w.noMark)}${goal.moved ? ` ${goal.moved.arrow} ${mdText(goal.moved.short)}` : ''}`);
      const labels = goal.clauses.flatMap((c) => (c.badge ? [`${badge(c.badge)} ${mdText(c.badge.label)}`] : []));
      if (labels.length > 0) push(`   - ${w.mark}: ${labels.join('; ')}`);
      for (const c of goal.clauses) {
        if (c.note) push(`   - ${w.note}: ${mdText(c.note)}${c.by ? ` (${w.assessedBy} ${mdText(c.by)})` : ''}`);
        else if (c.by) push(`   - ${w.assessedBy} ${mdText(c.by)}`);
      }
      if (goal.note) push(`   - ${w.note}: ${mdText(goal.note)}`);
      for (const c of goal.comments) push(`   - ${w.comment} (${mdText(c.author)}): ${mdText(c.text)}`);
      if (goal.tags.length > 0) push(`   - ${w.tags}: ${goal.tags.map(mdText).join(', ')}`);
      push(...measureLines(goal.measures, view.board.bw.measures));
      push(`   - id: \`${goal.id}\``);
    });
    push('');
    for (const list of area.lists) {
      push(`**${mdText(list.title)}**`, '');
      for (const item of list.items) push(`- ${mdText(item)}`);
      push('');
    }
    if (area.text) push(markdownField(area.text), '');
  }

  push(`## ${w.scale}`, '');
  push(w.scaleIntro(view.thresholdText), '');
  push(`| ${w.code} | ${w.label} | ${view.words.score} |`, '| --- | --- | ---: |');
  for (const m of view.scale) push(`| ${badge(m.badge)} | ${mdText(m.label)} | ${m.scoreText} |`);
  push('');
  return out.join('\n');
}

/** "Endringer siden forrige revisjon": scores then and now, the goals that moved, and what came and went. */
function changesSection(c: ChangesView, areaWord: string, visionWord: string, overallWord: string, overallScore: string): string[] {
  const { cw } = c;
  const out = [`## ${cw.title}`, ''];
  const against = c.against ? `${cw.against(mdCode(c.against.ref), c.against.kind)} (${mdText(c.rounds)})` : mdText(c.rounds);
  out.push(against, '');
  out.push(`${overallScore}: **${c.overall.before} → ${c.overall.after}** (${c.overall.change})`, '');
  out.push(`| ${areaWord} | ${cw.before} | ${cw.after} | ${cw.change} |`, '| --- | ---: | ---: | ---: |');
  for (const a of c.areas) out.push(`| ${mdText(a.title)}${a.note ? ` *(${a.note})*` : ''} | ${a.before} | ${a.after} | ${a.change} |`);
  out.push(`| **${visionWord}** | **${c.vision.before}** | **${c.vision.after}** | **${c.vision.change}** |`);
  out.push(`| **${overallWord}** | **${c.overall.before}** | **${c.overall.after}** | **${c.overall.change}** |`, '');
  out.push(`### ${cw.movedGoals}`, '');
  if (c.moved.length === 0) out.push(cw.noMovedGoals, '');
  else {
    out.push(`| ${cw.goal} | ${areaWord} | ${cw.change} | ${cw.before} | ${cw.after} |`, '| --- | --- | --- | --- | --- |');
    for (const g of c.moved) {
      const ids = g.oldId ? `\`${g.id}\`, ${cw.renamedFrom(`\`${g.oldId}\``)}` : `\`${g.id}\``;
      out.push(`| ${mdText(g.text)} (${ids}) | ${mdText(g.areaTitle)} | ${g.statusText} | ${mdText(g.before)} | ${mdText(g.after)} |`);
    }
    out.push('');
  }
  const lists: [string, typeof c.added][] = [
    [cw.newGoals, c.added],
    [cw.removedGoals, c.removed],
    [cw.renamedGoals, c.renamed],
  ];
  for (const [heading, goals] of lists) {
    if (goals.length === 0) continue;
    out.push(`### ${heading}`, '');
    for (const g of goals) {
      const ids = g.oldId ? `\`${g.oldId}\` → \`${g.id}\`` : `\`${g.id}\``;
      out.push(`- ${mdText(g.text)} (${ids}, ${mdText(g.areaTitle)})`);
    }
    out.push('');
  }
  return out;
}
