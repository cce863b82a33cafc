// An area: its heading, the lists under it (pillars, goals, titled lists) and its text, which is
// its introduction before the first goal list and its text after.
import type { AreaDraft, TitledList } from './draft.js';
import type { Item } from './lines.js';
import { collectBullets, isBullet } from './lookahead.js';
import { readGoalsHeading, readLeadInGoals } from './goals.js';
import { areaText, inAreaIntroduction, place, placeComments } from './place.js';
import type { Reader } from './reader.js';
import { endsWithColon, isGoalsHeading, pillarsHeading, stripColon } from './shape.js';

/** Opens an area at its heading; text after a part heading waiting for it becomes its introduction. */
export function startArea(r: Reader, item: Item): AreaDraft {
  const area: AreaDraft = {
    title: item.text,
    line: item.line,
    part: r.part,
    intro: [],
    lists: [],
    goals: [],
    text: [],
    seenGoals: false,
    structureEnd: 0,
  };
  for (const orphan of r.pendingOrphans)
    if (!orphan.warned) r.report('import-text-before-area', orphan.line, { area: area.title });
  area.intro.push(...r.pendingOrphans);
  r.pendingOrphans = [];
  r.doc.areas.push(area);
  if (item.comments.length > 0) placeComments(r.report, area.intro, item.comments, inAreaIntroduction(area.title));
  return area;
}

export const isEmptyArea = (area: AreaDraft): boolean =>
  area.intro.length === 0 &&
  area.text.length === 0 &&
  area.goals.length === 0 &&
  area.lists.length === 0 &&
  !area.pillars;

/** A pillar heading, goal heading or titled list in capitals, with its bullets. Returns the next index. */
export function readAreaStructure(r: Reader, i: number, area: AreaDraft): number {
  const item = r.items[i]!;
  if (isGoalsHeading(item)) return readGoalsHeading(r, i, area);
  const { bullets, end } = collectBullets(r.items, i + 1);
  // Only a pillar heading is structure without bullets after it: a capital line ending in a
  // colon counts as a list heading only when bullets follow (isAreaStructure).
  if (bullets.length === 0) {
    r.report('import-pillars-without-items', item.line, { heading: item.text });
    const { dest, where } = areaText(area);
    place(r.report, dest, item, where);
    return i + 1;
  }
  addList(r, area, item, bullets, pillarsHeading.test(item.text) && !area.pillars);
  return end;
}

/** A text line or bullet inside an area. Returns the next index. */
export function readAreaItem(r: Reader, i: number, area: AreaDraft): number {
  const item = r.items[i]!;
  if (isGoalsHeading(item)) return readGoalsHeading(r, i, area);
  const afterGoals = readLeadInGoals(r, i, area);
  if (afterGoals !== undefined) return afterGoals;
  if (item.kind === 'text' && endsWithColon(item.text) && isBullet(r.items[i + 1])) {
    const { bullets, end } = collectBullets(r.items, i + 1);
    addList(r, area, item, bullets, false);
    return end;
  }
  const { dest, where } = areaText(area);
  if (item.kind === 'bullet') {
    const { bullets, end } = collectBullets(r.items, i);
    r.report('import-list-without-lead-in', item.line);
    for (const b of bullets) place(r.report, dest, b, where);
    return end;
  }
  place(r.report, dest, item, where);
  return i + 1;
}

/** A titled list (or the pillars) of the area; comments on its heading and bullets become the area's text. */
function addList(r: Reader, area: AreaDraft, heading: Item, bullets: Item[], asPillars: boolean): void {
  const { dest, where } = areaText(area);
  const list: TitledList = { title: stripColon(heading.text), line: heading.line, items: bullets };
  placeComments(r.report, dest, heading.comments, where);
  if (asPillars) area.pillars = list;
  else area.lists.push(list);
  for (const b of bullets) placeComments(r.report, dest, b.comments, where, b.text);
  if (area.seenGoals) area.structureEnd = area.text.length;
}
