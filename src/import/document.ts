// The document's shape, read from its logical lines: the introduction, the mission, the
// challenges, the vision, the parts (DEL 2, DEL 3) and their areas with pillars, goals, lists
// and text, and the closing. It looks at the shape (capitals, bullets, "… skal:", colons),
// never at one organisation's words. Whatever it cannot place is kept as text in the nearest
// section, with a warning naming the source line. This file walks the lines and hands each to
// the reader of the section it is in (front.ts, area.ts, goals.ts, closing.ts).
import { isEmptyArea, readAreaItem, readAreaStructure, startArea } from './area.js';
import { readClosing } from './closing.js';
import type { DraftDocument } from './draft.js';
import { readFrontHeading, readFrontItem, readVisionItem } from './front.js';
import type { Item } from './lines.js';
import { hasGoalsAhead, hasGoalsBefore, isAreaStructure } from './lookahead.js';
import { inAreaIntroduction, inIntroduction, place, placeComments } from './place.js';
import { flushOrphans, newReader, type Reader } from './reader.js';
import type { Report } from './report.js';
import { partNumber, titleHeading } from './shape.js';

/**
 * `hasMark`: whether a text holds a mark of the scale. Lines under a bare goal heading are goals
 * only when some carry a mark; otherwise they are the area's text ("Kommer senere.").
 */
export function readDocument(
  items: Item[],
  report: Report,
  hasMark: (text: string) => boolean = () => false,
): DraftDocument {
  const r = newReader(items, report, hasMark);
  let i = readTitle(r);
  while (i < items.length) {
    const item = items[i]!;
    const part = partNumber(item.text);
    // "Del 2" alone on its line is a part heading in any letter case; with a title it must be in capitals.
    const isHeading = item.kind === 'caps' || (item.kind === 'text' && part !== undefined && part.title === '');
    i = isHeading ? readHeading(r, i) : readText(r, i);
  }
  flushOrphans(r);
  readClosing(r.doc, report);
  for (const area of r.doc.areas)
    if (area.goals.length === 0) report('import-area-without-goals', area.line, { area: area.title });
  return r.doc;
}

/** A first heading in capitals that names the strategy is the document's title. Returns the index after it. */
function readTitle(r: Reader): number {
  const first = r.items[0];
  if (
    first?.kind !== 'caps' ||
    !titleHeading.test(first.text) ||
    partNumber(first.text) ||
    isAreaStructure(r.items, 0) ||
    hasGoalsAhead(r.items, 0)
  )
    return 0;
  r.doc.title = first.text;
  r.doc.titleLine = first.line;
  placeComments(r.report, r.doc.introduction, first.comments, inIntroduction);
  return 1;
}

/** A heading: a part, a list of the current area, a sub-section, a front section, an area, or one the reader does not know. Returns the next index. */
function readHeading(r: Reader, i: number): number {
  const item = r.items[i]!;
  const partHeading = partNumber(item.text);
  if (partHeading) {
    r.part = partHeading.part;
    r.seenPart = true;
    r.doc.hasParts = true;
    r.mode = { kind: 'orphan' };
    if (partHeading.title !== '') {
      r.report('import-part-title', item.line, { title: partHeading.title });
      r.pendingOrphans.push({ text: partHeading.title, line: item.line, gapBefore: false, warned: true });
    }
    return i + 1;
  }
  const mode = r.mode;
  if (mode.kind === 'area' && isAreaStructure(r.items, i)) return readAreaStructure(r, i, mode.area);
  // A heading right under an area's heading, before anything else of the area ("SAMLINGER",
  // then "BAKGRUNN"): a sub-section of that area, kept in its text, not an area of its own.
  if (mode.kind === 'area' && isEmptyArea(mode.area) && !hasGoalsBefore(r.items, i)) {
    r.report('import-subsection-heading', item.line, { heading: item.text, area: mode.area.title });
    place(r.report, mode.area.intro, item, inAreaIntroduction(mode.area.title));
    return i + 1;
  }
  // The mission, the challenges and the vision come before the areas (a "DEL 1" may stand before them).
  if (r.doc.areas.length === 0) {
    const afterFront = readFrontHeading(r, i);
    if (afterFront !== undefined) return afterFront;
  }
  // Before the parts, a heading is an area only when development goals follow it.
  if (!r.seenPart && !hasGoalsAhead(r.items, i)) {
    r.report('import-unknown-section', item.line, { heading: item.text });
    r.mode = { kind: 'unknown' };
    place(r.report, r.doc.introduction, item, inIntroduction);
    return i + 1;
  }
  r.mode = { kind: 'area', area: startArea(r, item) };
  return i + 1;
}

/** A text line or bullet, read by the section the last heading opened. Returns the next index. */
function readText(r: Reader, i: number): number {
  const mode = r.mode;
  switch (mode.kind) {
    case 'preamble':
    case 'unknown':
      place(r.report, r.doc.introduction, r.items[i]!, inIntroduction);
      return i + 1;
    case 'orphan':
      place(r.report, r.pendingOrphans, r.items[i]!, inIntroduction);
      return i + 1;
    case 'front':
      return readFrontItem(r, mode, i);
    case 'vision':
      return readVisionItem(r, mode.vision, i);
    case 'area':
      return readAreaItem(r, i, mode.area);
  }
}
