// The things that carry a mark: a goal, each clause of a goal, each clause of the vision.
import type { Assessment, Clause, Goal } from './schema.js';

export interface MarkSlot {
  text: string;
  assessment?: Assessment;
  /** 1-based clause number when the goal is assessed clause by clause. */
  clause?: number;
  /** Data path of the assessment inside the goal or statement, for locating diagnostics. */
  path: (string | number)[];
}

export function goalSlots(goal: Goal): MarkSlot[] {
  if (goal.clauses) return clauseSlots(goal.clauses);
  return [
    {
      text: goal.text ?? '',
      ...(goal.assessment !== undefined ? { assessment: goal.assessment } : {}),
      path: ['assessment'],
    },
  ];
}

export function clauseSlots(clauses: Clause[]): MarkSlot[] {
  return clauses.map((c, i) => ({
    text: c.text,
    ...(c.assessment !== undefined ? { assessment: c.assessment } : {}),
    clause: i + 1,
    path: ['clauses', i, 'assessment'],
  }));
}

export const startsWithPunctuation = (text: string) => /^[,.;:!?)]/.test(text);

/** Clause texts read as one sentence: a clause that starts with punctuation joins without a space. */
export function joinClauses(clauses: readonly { text: string }[]): string {
  return clauses.reduce(
    (out, c) => (out === '' ? c.text : startsWithPunctuation(c.text) ? out + c.text : `${out} ${c.text}`),
    '',
  );
}

export const goalText = (goal: Goal): string => goal.text ?? joinClauses(goal.clauses ?? []);
