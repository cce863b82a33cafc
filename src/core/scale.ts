// The assessment scale: finding a mark by code or alias, and grouping scores.
import type { Assessment, Scale, ScaleMark } from './schema.js';

export type Group = 'achieved' | 'partial' | 'not' | 'unknown';
export const groups: readonly Group[] = ['achieved', 'partial', 'not', 'unknown'];

export interface ScaleIndex {
  scale: Scale;
  /** Upper-cased code or alias → mark. */
  byName: Map<string, ScaleMark>;
}

/** Marks are compared ignoring case and runs of white space ("Vet  ikke" is VET IKKE). */
// toUpperCase, not toLocaleUpperCase('nb'): Unicode has no language-specific case mapping for
// Norwegian (only Turkish, Azeri and Lithuanian have them), so the result is the same, ~5× faster.
export const normaliseMark = (raw: string) => raw.trim().replace(/\s+/g, ' ').toUpperCase();

export function indexScale(scale: Scale): ScaleIndex {
  const byName = new Map<string, ScaleMark>();
  for (const mark of scale.marks) {
    for (const name of [mark.code, ...(mark.aliases ?? [])]) {
      const key = normaliseMark(name);
      if (!byName.has(key)) byName.set(key, mark);
    }
  }
  return { scale, byName };
}

export const markOf = (assessment: Assessment | undefined): string | undefined =>
  assessment === undefined ? undefined : typeof assessment === 'string' ? assessment : assessment.mark;

export const noteOf = (assessment: Assessment | undefined): string | undefined =>
  assessment !== undefined && typeof assessment === 'object' ? assessment.note : undefined;

export const byOf = (assessment: Assessment | undefined): string | undefined =>
  assessment !== undefined && typeof assessment === 'object' ? assessment.by : undefined;

export function resolveMark(index: ScaleIndex, raw: string): ScaleMark | undefined {
  // Most marks are written as the code itself: a key is its own normal form, so looking it up
  // as written first gives the same answer without the regular expression.
  return index.byName.get(raw) ?? index.byName.get(normaliseMark(raw));
}

export function groupOf(index: ScaleIndex, mark: ScaleMark): Group {
  if (mark.score === null) return 'unknown';
  if (mark.score >= index.scale.threshold) return 'achieved';
  if (mark.score > 0) return 'partial';
  return 'not';
}

/** The closest code or alias within a small edit distance, for "did you mean". */
export function suggestMark(index: ScaleIndex, raw: string): string | undefined {
  return closest(normaliseMark(raw), [...index.byName.keys()], (name) => index.byName.get(name)!.code);
}

export function closest(
  wanted: string,
  candidates: readonly string[],
  present: (candidate: string) => string = (c) => c,
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  return best !== undefined && bestDistance <= limit ? present(best) : undefined;
}

/** Optimal string alignment distance: edits and swaps of neighbours ("titel" → "title") cost 1. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
