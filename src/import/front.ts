// The front sections, which come before the areas: the mission and the challenges (text, with
// sub-headings), and the vision (its statements, and a subtitle in capitals under its heading).
import type { FrontSection, VisionDraft } from './draft.js';
import type { Item } from './lines.js';
import { hasGoalsAhead, isAreaStructure } from './lookahead.js';
import { inIntroduction, place, placeComments } from './place.js';
import { flushOrphans, type Mode, type Reader } from './reader.js';
import { challengesHeading, isGoalsHeading, missionHeading, partNumber, visionHeading } from './shape.js';

/** The heading at i when it opens a front section not yet seen. Returns the next index, or undefined for another heading. */
export function readFrontHeading(r: Reader, i: number): number | undefined {
  const item = r.items[i]!;
  const doc = r.doc;
  if (missionHeading.test(item.text) && !doc.mission && !isGoalsHeading(item)) {
    doc.mission = openFrontSection(r, item, 'mission');
    return i + 1;
  }
  if (challengesHeading.test(item.text) && !doc.challenges) {
    doc.challenges = openFrontSection(r, item, 'challenges');
    return i + 1;
  }
  if (visionHeading.test(item.text) && !doc.vision) return openVision(r, i);
  return undefined;
}

function openFrontSection(r: Reader, item: Item, where: 'mission' | 'challenges'): FrontSection {
  flushOrphans(r);
  const section: FrontSection = { title: item.text, line: item.line, paras: [], subs: [] };
  r.mode = { kind: 'front', section, where: { where } };
  r.lastWasSub = false;
  placeComments(r.report, section.paras, item.comments, r.mode.where);
  return section;
}

/** The vision heading at i, and its subtitle if one follows. Returns the next index. */
function openVision(r: Reader, i: number): number {
  const item = r.items[i]!;
  flushOrphans(r);
  const vision: VisionDraft = { title: item.text, line: item.line, statements: [] };
  r.doc.vision = vision;
  r.mode = { kind: 'vision', vision };
  placeComments(r.report, r.doc.introduction, item.comments, inIntroduction);
  const sub = r.items[i + 1];
  // A line in capitals right under the vision heading is its subtitle ("<ORGANISATION> 2025").
  if (
    sub &&
    sub.kind === 'caps' &&
    !partNumber(sub.text) &&
    !isAreaStructure(r.items, i + 1) &&
    !hasGoalsAhead(r.items, i + 1)
  ) {
    vision.subtitle = sub.text;
    placeComments(r.report, r.doc.introduction, sub.comments, inIntroduction);
    return i + 2;
  }
  return i + 1;
}

/** A text line or bullet in the mission or the challenges: a sub-heading, or text of the section or its last sub-heading. */
export function readFrontItem(r: Reader, mode: Extract<Mode, { kind: 'front' }>, i: number): number {
  const item = r.items[i]!;
  const section = mode.section;
  if (item.kind === 'text' && !r.lastWasSub && isSubheading(r.items, i)) {
    section.subs.push({ title: item.text, line: item.line, paras: [] });
    r.lastWasSub = true;
    return i + 1;
  }
  r.lastWasSub = false;
  const current = section.subs[section.subs.length - 1];
  place(r.report, current ? current.paras : section.paras, item, mode.where);
  return i + 1;
}

/** A line under the vision heading is one of its statements; a line that is only comments puts them in the introduction. */
export function readVisionItem(r: Reader, vision: VisionDraft, i: number): number {
  const item = r.items[i]!;
  if (item.text === '') placeComments(r.report, r.doc.introduction, item.comments, inIntroduction);
  else vision.statements.push(item);
  return i + 1;
}

/** A short line in a front section with no closing punctuation, followed by text: a sub-heading. */
function isSubheading(items: Item[], i: number): boolean {
  const item = items[i]!;
  const following = items[i + 1];
  if (!following || following.kind === 'caps' || item.comments.length > 0) return false;
  const words = item.text.split(/\s+/).length;
  return words <= 8 && item.text.length <= 70 && /^\p{Lu}/u.test(item.text) && !/[.!?:;,)»"”’\]…]$/u.test(item.text);
}
