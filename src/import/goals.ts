// An area's development goals: the list under a goal heading ("UTVIKLINGSMÅL"), with or without
// a lead-in that names the organisation, or under a lead-in alone ("<organisation> skal:"), as
// bullets or as lines up to a blank line.
import type { AreaDraft } from './draft.js';
import type { Item } from './lines.js';
import { collectBullets, collectGoalLines, isBullet, isGoalLine } from './lookahead.js';
import { areaText, place, placeComments } from './place.js';
import type { Reader } from './reader.js';
import { endsWithColon, leadIn, plainLeadIn } from './shape.js';

/** The goal heading at i, the lead-in under it and the goals under that. Returns the next index. */
export function readGoalsHeading(r: Reader, i: number, area: AreaDraft): number {
  const item = r.items[i]!;
  const { dest, where } = areaText(area);
  placeComments(r.report, dest, item.comments, where);
  const j = readLeadIn(r, i + 1, area);
  const lines = isBullet(r.items[j]) ? collectBullets(r.items, j) : collectGoalLines(r.items, j);
  // Lines (not bullets) right under a bare heading are goals only when one carries a mark: else
  // they are the area's text ("Kommer senere.").
  const { bullets, end } =
    isBullet(r.items[j]) || j > i + 1 || lines.bullets.some((l) => r.hasMark(l.text)) ? lines : { bullets: [], end: j };
  if (bullets.length === 0) r.report('import-goals-without-items', item.line, { heading: item.text });
  addGoals(area, bullets);
  return end;
}

/** A line ending in a colon under a goal heading. Returns the index after it, or j when there is none. */
function readLeadIn(r: Reader, j: number, area: AreaDraft): number {
  const lead = r.items[j];
  if (lead?.kind !== 'text' || !endsWithColon(lead.text)) return j;
  const { dest, where } = areaText(area);
  const m = leadIn.exec(lead.text);
  if (m) {
    r.doc.organisations.push(m[1]!.trim());
    // "Museet skal i perioden:" says more than who: it is kept as text.
    if (m[2]?.trim()) place(r.report, dest, lead, where);
    else placeComments(r.report, dest, lead.comments, where);
    return j + 1;
  }
  if (isBullet(r.items[j + 1])) {
    r.report('import-lead-in-not-organisation', lead.line, { text: lead.text });
    place(r.report, dest, lead, where);
    return j + 1;
  }
  return j;
}

/**
 * "<organisation> skal:" opens goals even without the UTVIKLINGSMÅL heading: the bullets under it,
 * or the lines up to a blank line. Returns the next index, or undefined when the item at i is no
 * such lead-in.
 */
export function readLeadInGoals(r: Reader, i: number, area: AreaDraft): number | undefined {
  const item = r.items[i]!;
  const m = item.kind === 'text' ? plainLeadIn.exec(item.text) : null;
  if (!m) return undefined;
  const following = r.items[i + 1];
  const run = isBullet(following)
    ? collectBullets(r.items, i + 1)
    : isGoalLine(following)
      ? collectGoalLines(r.items, i + 1)
      : undefined;
  if (!run) return undefined;
  const { dest, where } = areaText(area);
  r.doc.organisations.push(m[1]!.trim());
  placeComments(r.report, dest, item.comments, where);
  addGoals(area, run.bullets);
  return run.end;
}

function addGoals(area: AreaDraft, goals: Item[]): void {
  area.goals.push(...goals);
  area.seenGoals = true;
  area.structureEnd = area.text.length;
}
