// What a line is often depends on the lines after it: a heading is an area only when goals
// follow, a line ending in a colon is a list heading only when bullets follow. These look ahead
// in the items and change nothing.
import type { Item } from './lines.js';
import { endsWithColon, isGoalsHeading, pillarsHeading, plainLeadIn } from './shape.js';

export const isBullet = (item: Item | undefined) => item?.kind === 'bullet';

/** A line that can be a goal of a list written without bullets: plain text right after the line before. */
export const isGoalLine = (item: Item | undefined): boolean =>
  item !== undefined && item.kind === 'text' && !item.gapBefore && !isGoalsHeading(item);

/** A list heading of an area: a goal list, pillars, or a capital line ending in a colon before bullets. */
export function isAreaStructure(items: Item[], i: number): boolean {
  const item = items[i]!;
  return (
    item.kind === 'caps' &&
    (isGoalsHeading(item) || pillarsHeading.test(item.text) || (endsWithColon(item.text) && isBullet(items[i + 1])))
  );
}

/** Whether the section opened by the heading at i has development goals before the next heading. */
export function hasGoalsAhead(items: Item[], i: number): boolean {
  for (let j = i + 1; j < items.length; j++) {
    const item = items[j]!;
    if (item.kind === 'caps') {
      if (isGoalsHeading(item)) return true;
      if (isAreaStructure(items, j)) continue;
      return false;
    }
    if (isGoalsHeading(item)) return true;
    if (item.kind === 'text' && plainLeadIn.test(item.text) && (isBullet(items[j + 1]) || isGoalLine(items[j + 1])))
      return true;
  }
  return false;
}

/** Whether a goal list follows the heading at i before any text: then the heading is an area that opens with goals. */
export function hasGoalsBefore(items: Item[], i: number): boolean {
  const following = items[i + 1];
  return (
    following !== undefined &&
    (isGoalsHeading(following) || (following.kind === 'text' && plainLeadIn.test(following.text)))
  );
}

/** Items from `from` on that form one list, and the index after them. */
interface Run {
  bullets: Item[];
  end: number;
}

/** Bullets from i on (blank lines between them allowed). */
export function collectBullets(items: Item[], from: number): Run {
  const bullets: Item[] = [];
  let j = from;
  while (j < items.length && items[j]!.kind === 'bullet') bullets.push(items[j++]!);
  return { bullets, end: j };
}

/** Goals written as lines under a goal heading or lead-in: the lines up to a blank line or a heading. */
export function collectGoalLines(items: Item[], from: number): Run {
  const lines: Item[] = [];
  let j = from;
  while (j < items.length && isGoalLine(items[j]) && !(endsWithColon(items[j]!.text) && isBullet(items[j + 1])))
    lines.push(items[j++]!);
  return { bullets: lines, end: j };
}
