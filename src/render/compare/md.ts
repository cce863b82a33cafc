import { compareWords } from '../../i18n/compare-words.js';
import { words } from '../../i18n/words.js';
import { mdCode, mdText } from '../report/markdown.js';
import type { CompareInput, CompareOptions } from './types.js';
import { percentText } from '../../i18n/format.js';
import { areaTitle, changeText, changedGoals, countsText, scoreRows, statusText } from './rows.js';

/** The comparison as Markdown: a section to paste into minutes or a pull request. */
export function formatCompareMarkdown({ comparison, against }: CompareInput, { lang }: CompareOptions): string {
  const cw = compareWords[lang];
  const w = words[lang];
  const rounds = cw.rounds(String(comparison.rounds.before), String(comparison.rounds.after));
  const lines = [
    `## ${cw.title}`,
    '',
    `${cw.against(mdCode(against.ref), against.kind)} (${mdText(rounds)})`,
    '',
    `| ${w.area} | ${cw.before} | ${cw.after} | ${cw.change} |`,
    '| --- | ---: | ---: | ---: |',
    ...scoreRows(comparison, lang).map((row) => {
      const label = `${mdText(row.label)}${row.note ? ` *(${row.note})*` : ''}`;
      const cells = [
        label,
        percentText(row.change.before, lang),
        percentText(row.change.after, lang),
        changeText(row.change, lang),
      ];
      return `| ${(row.kind === 'area' ? cells : cells.map((c) => `**${c}**`)).join(' | ')} |`;
    }),
    '',
  ];
  const changed = changedGoals(comparison);
  lines.push(`### ${cw.changedGoals}`, '');
  if (changed.length === 0) lines.push(cw.noChangedGoals, '');
  else {
    lines.push(
      `| ${cw.goal} | ${w.area} | ${cw.status} | ${cw.before} | ${cw.after} |`,
      '| --- | --- | --- | --- | --- |',
    );
    for (const g of changed) {
      const ids = g.oldId ? `\`${g.id}\`, ${cw.renamedFrom(`\`${g.oldId}\``)}` : `\`${g.id}\``;
      lines.push(
        `| ${mdText(g.text)} (${ids}) | ${mdText(areaTitle(comparison, g.area))} | ${statusText(g, lang)} | ${mdText(g.before?.marks ?? '–')} | ${mdText(g.after?.marks ?? '–')} |`,
      );
    }
    lines.push('');
  }
  lines.push(countsText(comparison, lang), '');
  return lines.join('\n');
}
