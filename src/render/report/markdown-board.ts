// Page one, the history, the areas behind (--brief) and a goal's measures, in the Markdown report.
import type { MeasureView } from './board-view.js';
import { markdownText as mdText } from '../escape.js';
import type { ClauseView, ReportView } from './view.js';

const statusCell = (label: string) => `**${mdText(label)}**`;

export function boardSection(view: ReportView): string[] {
  const { board: b, words, plan } = view;
  const { bw } = b;
  const out = [`## ${bw.pageOne}`, ''];
  out.push(
    `${bw.overallScore}: **${b.overall.scoreText}** (${b.overall.status.label}) · ${bw.visionScore}: **${b.vision.scoreText}** · ${b.timeText}`,
    '',
  );
  out.push(`### ${bw.keyMessages}`, '', ...b.messages.map((m) => `- ${mdText(m)}`), '');
  out.push(`### ${bw.statusHeading}`, '');
  out.push(`| ${words.area} | ${plan.pw.status} | ${words.score} |`, '| --- | --- | ---: |');
  for (const a of b.areas) out.push(`| ${mdText(a.title)} | ${statusCell(a.status.label)} | ${a.scoreText} |`);
  out.push(
    `| **${words.vision}** | | **${b.vision.scoreText}** |`,
    `| **${words.overall}** | ${statusCell(b.overall.status.label)} | **${b.overall.scoreText}** |`,
    '',
  );
  out.push(b.statusRule, '');
  out.push(`### ${bw.forDecision}`, '');
  if (b.decisions.length === 0) out.push(bw.noDecisions, '');
  else
    out.push(
      bw.forDecisionIntro,
      '',
      ...b.decisions.map((d) => `- ${mdText(d.text)} (${mdText(d.areaTitle)}, ${d.scoreText})`),
      '',
    );
  if (b.overdue.length > 0) {
    out.push(
      `### ${plan.pw.overdue}`,
      '',
      `| ${plan.pw.measure} | ${plan.pw.owner} | ${plan.pw.deadline} | ${plan.pw.status} |`,
      '| --- | --- | --- | --- |',
    );
    for (const m of b.overdue)
      out.push(
        `| ${mdText(m.title)} | ${mdText(m.owner)} | ${mdText(m.deadlineText)} | ${m.statusLabel}, **${m.lateText}** |`,
      );
    out.push('');
  }
  return out;
}

export function historySection(view: ReportView): string[] {
  const { history, board, words } = view;
  if (!history) return [];
  const out = [`## ${board.bw.history}`, '', board.bw.historyIntro, ''];
  const heads = history.revisions.map((r) => `${mdText(r.round)} (${mdText(r.ref)})`);
  out.push(
    `| ${words.area} | ${heads.join(' | ')} | ${words.progress} |`,
    `| --- | ${heads.map(() => '---:').join(' | ')} | ---: |`,
  );
  for (const row of history.rows) out.push(`| ${mdText(row.title)} | ${row.texts.join(' | ')} | ${row.change} |`);
  out.push('');
  return out;
}

export function measureLines(measures: readonly MeasureView[], label: string): string[] {
  return measures.map((m) => {
    const parts = [m.owner, m.deadlineText, m.statusLabel, m.lateText].filter((p) => p !== '').map(mdText);
    return `   - ${label}: ${mdText(m.title)} (${parts.join(', ')})`;
  });
}

/** --brief: each area behind with its goals below the threshold and their measures. */
export function behindSection(view: ReportView, clauses: (list: ClauseView[], noMark: string) => string): string[] {
  const { board, w } = view;
  const out = [`## ${board.bw.behindAreas}`, ''];
  const behind = board.areas.filter((a) => a.status.key === 'behind');
  if (behind.length === 0) out.push(board.bw.noBehindAreas, '');
  for (const b of behind) {
    const area = view.areas.find((a) => a.id === b.id)!;
    out.push(`### ${mdText(area.title)} (${area.scoreText})`, '');
    for (const g of area.goals.filter((goal) => goal.score === null || goal.score < board.threshold)) {
      out.push(
        `- ${clauses(g.clauses, w.noMark)}`,
        ...measureLines(g.measures, board.bw.measures).map((l) => `  ${l.trimStart()}`),
      );
    }
    out.push('');
  }
  return out;
}
