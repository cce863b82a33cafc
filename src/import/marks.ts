// Finding the reviewers' marks in a goal or a vision statement. A mark is written after the
// clause it judges, anywhere in the text: "… forskningsinfrastruktur JA. Vi har sikret … NEI/JA, og …".
// Every code and alias of the scale is looked for, in any letter case.
import type { ScaleIndex } from '../core/scale.js';
import { resolveMark } from '../core/scale.js';
import { hasWordCharacter } from './text.js';
import { byName } from '../core/order.js';

export interface FoundMark {
  index: number;
  /** The mark as written ("Vet ikke"). */
  raw: string;
  /** The scale's code for it ("VET IKKE"). */
  code: string;
}

export interface Clause {
  text: string;
  code: string;
  raw: string;
}

export interface SplitText {
  /** One clause per mark: the text before it (from the previous mark) and the mark. */
  clauses: Clause[];
  /** What follows the last mark (or the whole text when there is none), trimmed. */
  rest: string;
  /** Marks that were not taken because no text stood between them and the previous one. */
  skipped: string[];
}

export class MarkFinder {
  private readonly pattern: RegExp;

  constructor(private readonly scale: ScaleIndex) {
    const names = [...new Set([...scale.byName.keys()])].sort((a, b) => b.length - a.length || byName(a, b));
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'));
    // Not glued to letters, digits or the characters marks are built from ("NEI-", "JA+" are not NEI, JA).
    const edge = String.raw`\p{L}\p{N}+?/\-`;
    this.pattern = new RegExp(`(?<![${edge}])(?:${alternatives.join('|')})(?![${edge}])`, 'giu');
  }

  /** The scale's code when the whole text is one mark ("Vet ikke" → VET IKKE). */
  whole(text: string): string | undefined {
    return resolveMark(this.scale, text)?.code;
  }

  /**
   * The marks in a text. A mark in capitals counts anywhere after some text; one in other
   * letter case ("Nei", "Vet ikke") only where a mark stands, not inside prose: at the end of
   * the text or before a new sentence (a word starting with a capital), so "vi vet ikke om"
   * stays prose.
   */
  find(text: string): FoundMark[] {
    const found: FoundMark[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const raw = m[0];
      const index = m.index ?? 0;
      if (raw !== raw.toLocaleUpperCase('nb')) {
        const after = text.slice(index + raw.length);
        if (!/^\s*$/u.test(after) && !/^\s+["«“(]?\p{Lu}/u.test(after)) continue;
        if (index > 0 && !/\s/u.test(text[index - 1]!)) continue;
      }
      const code = resolveMark(this.scale, raw)?.code;
      if (code !== undefined) found.push({ index, raw, code });
    }
    return found;
  }

  /** Splits a text at its marks into clauses. A mark counts only after some text of its own. */
  split(text: string): SplitText {
    const clauses: Clause[] = [];
    const skipped: string[] = [];
    let last = 0;
    for (const mark of this.find(text)) {
      if (mark.index < last) continue;
      let before = text.slice(last, mark.index);
      if (!hasWordCharacter(before)) {
        if (clauses.length > 0) skipped.push(mark.raw);
        continue;
      }
      let end = mark.index + mark.raw.length;
      // A mark in brackets, "(JA)" or "[NEI]": the brackets go with it.
      const close = /^\s*([)\]])/u.exec(text.slice(end));
      if (close && /[(\[]\s*$/u.test(before) && (close[1] === ')') === /\(\s*$/u.test(before)) {
        before = before.replace(/[(\[]\s*$/u, '');
        end += close[0].length;
      }
      clauses.push({ text: before.trim(), code: mark.code, raw: mark.raw });
      last = end;
    }
    return { clauses, rest: text.slice(last).trim(), skipped };
  }
}
