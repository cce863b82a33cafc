// Where text goes that the format has no field for: into a section's text as paragraphs, bullets
// joined into one Markdown list, and reviewer comments kept as text after what they were made on,
// with a warning that says where they went.
import type { ImportPlace } from '../core/diagnostics.js';
import type { AreaDraft, Para } from './draft.js';
import type { DocComment, Item } from './lines.js';
import type { Report } from './report.js';

/** Where text the format has no place for was put: the `where` (and `area`) of a diagnostic. */
export interface Where {
  where: ImportPlace;
  area?: string;
}
export const inIntroduction: Where = { where: 'introduction' };
export const inAreaIntroduction = (area: string): Where => ({ where: 'area-introduction', area });
const inAreaText = (area: string): Where => ({ where: 'area-text', area });

/** Where an area's loose text goes: its introduction before its first goal list, its text after. */
export function areaText(area: AreaDraft): { dest: Para[]; where: Where } {
  return area.seenGoals
    ? { dest: area.text, where: inAreaText(area.title) }
    : { dest: area.intro, where: inAreaIntroduction(area.title) };
}

/** Puts a paragraph (or bullet, as a Markdown list item) into a text, with any comments as text after it. */
export function place(report: Report, dest: Para[], item: Item, where: Where): void {
  if (item.text !== '') {
    const last = dest[dest.length - 1];
    if (item.kind === 'bullet' && last?.list && !item.gapBefore) last.text += `\n- ${item.text}`;
    else if (item.kind === 'bullet')
      dest.push({ text: `- ${item.text}`, line: item.line, gapBefore: item.gapBefore, list: true });
    else dest.push({ text: item.text, line: item.line, gapBefore: item.gapBefore });
  }
  placeComments(report, dest, item.comments, where);
}

/** Comments where the format has no place for them become text; `on` names what they were made on. */
export function placeComments(report: Report, dest: Para[], comments: DocComment[], where: Where, on?: string): void {
  for (const c of comments) {
    report('import-comment-as-text', c.line, { author: c.author, ...where });
    dest.push({ text: `Comment by ${c.author}${on ? ` («${on}»)` : ''}: ${c.text}`, line: c.line, gapBefore: false });
  }
}
