// Which of the shipped scales a document's marks are written in, when the user named none: the
// Norwegian scale unless the document holds more marks of another (YES, NO, PARTLY, UNKNOWN).
// A choice made this way is a guess, and the caller reports it.
import type { ScaleIndex } from '../core/scale.js';
import { MarkFinder } from './marks.js';

export interface ScaleCandidate {
  name: string;
  index: ScaleIndex;
}

/** The candidate whose marks the document holds most of, with the count; the first on a tie. */
export function chooseScale(
  text: string,
  candidates: readonly ScaleCandidate[],
): { chosen: ScaleCandidate; marks: number } {
  const lines = text.split(/\r\n|\r|\n/);
  let best = { chosen: candidates[0]!, marks: -1 };
  for (const candidate of candidates) {
    const finder = new MarkFinder(candidate.index);
    // Marks count after some text of their own, as the importer takes them.
    const marks = lines.reduce((n, line) => n + finder.split(line).clauses.length, 0);
    if (marks > best.marks) best = { chosen: candidate, marks };
  }
  return best;
}
