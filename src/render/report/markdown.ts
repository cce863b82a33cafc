// The report as Markdown, for GitHub and for pasting into Word. Text from the YAML is escaped
// so it reads as written; Markdown fields (introductions, narratives) stay Markdown, sanitised with the
// HTML report's allow-list (markdown-html.ts), so the file is safe in a viewer that renders raw HTML.
import type { Comment } from '../../core/schema.js';
import type { AreaView, Badge, ChangesView, ClauseView, GoalView, GroupShare, ReportView } from './view.js';

/** Plain text and inline code in Markdown: the one escaping function for Markdown (escape.ts). */
import { markdownField } from './markdown-html.js';
export { markdownText as mdText, markdownCode as mdCode } from '../escape.js';
import { markdownText as mdText, markdownCode as mdCode } from '../escape.js';
import { behindSection, boardSection, historySection, measureLines } from './markdown-board.js';

/** The banner of anything made from the bundled example strategy. */
export const exampleBanner = (example: { mark: string; text: string }) =>
  `> **${mdText(example.mark)}** – ${mdText(example.text)}`;

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
  const out: string[] = [`# ${mdText(w.documentTitle(meta.title))}`, ''];
  if (view.example) out.push(exampleBanner(view.example), '');
  out.push(
    `**${mdText(meta.organisation)}** · ${w.period} ${mdText(meta.period)} · ${w.round} ${mdText(meta.round)} · ${w.generated} ${meta.generatedText} · ${w.version} ${meta.version}`,
    '',
  );
  out.push(...boardSection(view));
  if (view.brief) {
    out.push(...behindSection(view, clauses));
    return out.join('\n');
  }
  if (view.changes)
    out.push(...changesSection(view.changes, view.words.area, view.words.vision, view.words.overall, w.overallScore));
  out.push(
    ...historySection(view),
    ...glanceSection(view),
    ...laggingSection(view),
    ...planSection(view),
    ...visionSection(view),
  );
  for (const area of view.areas) out.push(...areaSection(view, area));
  out.push(...scaleSection(view));
  return out.join('\n');
}

function glanceSection(view: ReportView): string[] {
  const { w } = view;
  const out = [`## ${w.glance}`, '', `${w.overallScore}: **${view.glance.scoreText}**`, ''];
  out.push(`| ${w.groupHeading} | ${w.count} | ${w.share} |`, '| --- | ---: | ---: |');
  for (const s of view.glance.shares) out.push(`| ${s.label} | ${s.count} | ${s.percentText} |`);
  out.push('', `### ${w.perArea}`, '');
  const groupHeads = view.glance.shares.map((s) => s.label).join(' | ');
  out.push(
    `| ${view.words.area} | ${view.words.score} | ${groupHeads} |`,
    `| --- | ---: | ${view.glance.shares.map(() => '---:').join(' | ')} |`,
  );
  for (const a of view.glance.areas) out.push(`| ${mdText(a.title)} | ${a.scoreText} | ${shareCells(a.shares)} |`);
  out.push(`| **${view.words.overall}** | **${view.glance.scoreText}** | ${shareCells(view.glance.shares)} |`, '');
  return out;
}

function laggingSection(view: ReportView): string[] {
  const { w } = view;
  const out = [`## ${w.lagging}`, ''];
  if (view.lagging.length === 0) out.push(w.noLagging, '');
  else {
    out.push(w.laggingIntro(view.thresholdText), '');
    out.push(
      `| ${view.words.goals} | ${view.words.area} | ${w.mark} | ${view.words.score} |`,
      '| --- | --- | --- | ---: |',
    );
    for (const g of view.lagging) {
      out.push(
        `| ${mdText(g.text)} (\`${g.id}\`) | ${mdText(g.areaTitle)} | ${g.badges.map(badge).join(' ')} | ${g.scoreText} |`,
      );
    }
    out.push('');
  }
  out.push(`### ${w.unassessedGoals}`, '');
  if (view.unassessed.length === 0) out.push(w.noneUnassessed, '');
  else out.push(...view.unassessed.map((g) => `- ${mdText(g.text)} (\`${g.id}\`, ${mdText(g.areaTitle)})`), '');
  return out;
}

function planSection(view: ReportView): string[] {
  const { w } = view;
  const { pw, progress } = view.plan;
  const out = [`## ${pw.planSection}${progress ? ` ${progress.period.from}–${progress.period.to}` : ''}`, ''];
  if (!progress) return [...out, pw.noPlan, ''];
  const tag = progress.example ? ` *(${progress.example.tag})*` : '';
  if (progress.example) out.push(exampleBanner({ mark: progress.example.mark, text: progress.example.note }), '');
  out.push(progress.coverageText, '', progress.filledText, '');
  out.push(
    `| ${pw.status} | ${w.count} |`,
    '| --- | ---: |',
    ...progress.statuses.map((s) => `| ${s.label} | ${s.count} |`),
    '',
  );
  if (progress.unfilledList.length > 0) {
    out.push(`### ${pw.unfilledHeading}`, '');
    for (const m of progress.unfilledList) out.push(`- ${mdText(m.title)} (\`${m.id}\`)${tag}: ${m.reasonText}`);
    out.push('');
  }
  out.push(`### ${pw.overdue}`, '');
  if (progress.overdue.length === 0) out.push(pw.noOverdue, '');
  else {
    out.push(`| ${pw.measure} | ${pw.owner} | ${pw.deadline} |`, '| --- | --- | --- |');
    for (const m of progress.overdue)
      out.push(`| ${mdText(m.title)} (\`${m.id}\`)${tag} | ${mdText(m.owner ?? '')} | ${mdText(m.deadlineText)} |`);
    out.push('');
  }
  if (view.plan.uncovered.length > 0) {
    out.push(`### ${pw.uncovered}`, '');
    for (const g of view.plan.uncovered) out.push(`- ${mdText(g.text)} (\`${g.id}\`, ${mdText(g.areaTitle)})`);
    out.push('');
  }
  return out;
}

function visionSection(view: ReportView): string[] {
  if (!view.vision) return [];
  const out = [`## ${mdText(view.vision.heading)}`, '', `${view.words.score}: **${view.vision.scoreText}**`, ''];
  for (const s of view.vision.statements) {
    out.push(clauses(s.clauses, ''), '');
    if (s.comments.length > 0) out.push(comments(s.comments, view.w.comment));
  }
  return out;
}

/**
 * A goal with its mark once, as the badge beside its text (the scale table says what each code means),
 * then its notes, comments, tags and measures. Its id is left out, as the HTML report keeps it to a tooltip.
 */
function goalLines(view: ReportView, goal: GoalView, i: number): string[] {
  const { w } = view;
  const out = [
    `${i + 1}. ${clauses(goal.clauses, w.noMark)}${goal.moved ? ` ${goal.moved.arrow} ${mdText(goal.moved.short)}` : ''}`,
  ];
  for (const c of goal.clauses) {
    if (c.note) out.push(`   - ${w.note}: ${mdText(c.note)}${c.by ? ` (${w.assessedBy} ${mdText(c.by)})` : ''}`);
    else if (c.by) out.push(`   - ${w.assessedBy} ${mdText(c.by)}`);
  }
  if (goal.note) out.push(`   - ${w.note}: ${mdText(goal.note)}`);
  for (const c of goal.comments) out.push(`   - ${w.comment} (${mdText(c.author)}): ${mdText(c.text)}`);
  if (goal.tags.length > 0) out.push(`   - ${w.tags}: ${goal.tags.map(mdText).join(', ')}`);
  out.push(...measureLines(goal.measures, view.board.bw.measures));
  return out;
}

function areaSection(view: ReportView, area: AreaView): string[] {
  const { w } = view;
  const out = [`## ${mdText(area.title)}`, ''];
  const counts = area.shares.map((s) => `${s.label} ${s.count}`).join(' · ');
  out.push(`${area.partLabel ? `*${area.partLabel}* · ` : ''}${w.areaScore}: **${area.scoreText}** · ${counts}`, '');
  if (area.introduction) out.push(markdownField(area.introduction), '');
  if (area.pillars) {
    out.push(`**${mdText(area.pillars.title)}**`, '');
    for (const item of area.pillars.items) out.push(`- ${mdText(item)}`);
    out.push('');
  }
  out.push(`### ${w.goalsHeading}`, '');
  if (area.noGoals !== undefined) out.push(`*${w.noGoals}:* ${mdText(area.noGoals)}`);
  area.goals.forEach((goal, i) => {
    out.push(...goalLines(view, goal, i));
  });
  out.push('');
  for (const list of area.lists) {
    out.push(`**${mdText(list.title)}**`, '');
    for (const item of list.items) out.push(`- ${mdText(item)}`);
    out.push('');
  }
  if (area.text) out.push(markdownField(area.text), '');
  return out;
}

function scaleSection(view: ReportView): string[] {
  const { w } = view;
  const out = [`## ${w.scale}`, '', w.scaleIntro(view.thresholdText), ''];
  out.push(`| ${w.code} | ${w.label} | ${view.words.score} |`, '| --- | --- | ---: |');
  for (const m of view.scale) out.push(`| ${badge(m.badge)} | ${mdText(m.label)} | ${m.scoreText} |`);
  out.push('');
  return out;
}

/** "Endringer siden forrige revisjon": scores then and now, the goals that moved, and what came and went. */
function changesSection(
  c: ChangesView,
  areaWord: string,
  visionWord: string,
  overallWord: string,
  overallScore: string,
): string[] {
  const { cw } = c;
  const out = [`## ${cw.title}`, ''];
  const against = c.against
    ? `${cw.against(mdCode(c.against.ref), c.against.kind)} (${mdText(c.rounds)})`
    : mdText(c.rounds);
  out.push(against, '');
  out.push(`${overallScore}: **${c.overall.before} → ${c.overall.after}** (${c.overall.change})`, '');
  out.push(`| ${areaWord} | ${cw.before} | ${cw.after} | ${cw.change} |`, '| --- | ---: | ---: | ---: |');
  for (const a of c.areas)
    out.push(`| ${mdText(a.title)}${a.note ? ` *(${a.note})*` : ''} | ${a.before} | ${a.after} | ${a.change} |`);
  out.push(`| **${visionWord}** | **${c.vision.before}** | **${c.vision.after}** | **${c.vision.change}** |`);
  out.push(`| **${overallWord}** | **${c.overall.before}** | **${c.overall.after}** | **${c.overall.change}** |`, '');
  out.push(`### ${cw.movedGoals}`, '');
  if (c.moved.length === 0) out.push(cw.noMovedGoals, '');
  else {
    out.push(
      `| ${cw.goal} | ${areaWord} | ${cw.change} | ${cw.before} | ${cw.after} |`,
      '| --- | --- | --- | --- | --- |',
    );
    for (const g of c.moved) {
      const ids = g.oldId ? `\`${g.id}\`, ${cw.renamedFrom(`\`${g.oldId}\``)}` : `\`${g.id}\``;
      out.push(
        `| ${mdText(g.text)} (${ids}) | ${mdText(g.areaTitle)} | ${g.statusText} | ${mdText(g.before)} | ${mdText(g.after)} |`,
      );
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
