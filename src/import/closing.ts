// The closing, found once the whole document is read: headings after the last area that have only
// text ("AVSLUTNING"), and text after the last area's goals set off from them by a blank line.
import type { DraftDocument, Para } from './draft.js';
import type { Report } from './report.js';

/** Moves the closing out of the areas into `doc.closing`. */
export function readClosing(doc: DraftDocument, report: Report): void {
  const trailing: Para[] = [];
  while (doc.areas.length > 1) {
    const area = doc.areas[doc.areas.length - 1]!;
    if (area.goals.length > 0 || area.pillars || area.lists.length > 0 || !doc.areas.some((a) => a.goals.length > 0))
      break;
    doc.areas.pop();
    report('import-closing-section', area.line, { heading: area.title });
    trailing.unshift({ text: area.title, line: area.line, gapBefore: true }, ...area.intro, ...area.text);
  }
  const last = doc.areas[doc.areas.length - 1];
  if (last?.seenGoals) {
    const start = last.text.findIndex((p, k) => k >= last.structureEnd && p.gapBefore);
    if (start >= 0) doc.closing = last.text.splice(start);
  }
  doc.closing.push(...trailing);
}
