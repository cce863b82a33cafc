// Finding the reviewers' marks in a goal or a vision statement. A mark is written after the
// clause it judges, anywhere in the text: "… forskningsinfrastruktur JA. Vi har sikret … NEI/JA, og …".
// Every code and alias of the scale is looked for, in any letter case.
import type { ScaleIndex } from '../core/scale.js';
import { normaliseMark, resolveMark } from '../core/scale.js';
import { markLikeWords } from './mark-words.js';
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
  private readonly unknownPattern: RegExp | undefined;

  constructor(private readonly scale: ScaleIndex) {
    const names = [...new Set([...scale.byName.keys()])].sort((a, b) => b.length - a.length || byName(a, b));
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'));
    // Not glued to letters, digits or the characters marks are built from ("NEI-", "JA+" are not NEI, JA).
    const edge = String.raw`\p{L}\p{N}+?/\-`;
    this.pattern = new RegExp(`(?<![${edge}])(?:${alternatives.join('|')})(?![${edge}])`, 'giu');
    const unknown = markLikeWords
      .filter((w) => resolveMark(scale, w) === undefined)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'));
    this.unknownPattern =
      unknown.length > 0 ? new RegExp(`(?<![${edge}])(?:${unknown.join('|')})(?![${edge}])`, 'giu') : undefined;
  }

  /** The scale's code when the whole text is one mark ("Vet ikke" → VET IKKE). */
  whole(text: string): string | undefined {
    return resolveMark(this.scale, text)?.code;
  }

  /**
   * The marks in a text. A mark in capitals counts anywhere after some text. One in other letter
   * case counts only where a mark stands, not where prose would have the word: written with a
   * capital right after a word ("… magasin Tja, flytte …"), or anywhere at the end of the text or
   * of a sentence, before a full stop or a new sentence ("… utstillinger Nei. Publikum …"). So
   * "vi vet ikke om" and a sentence that opens with "Ja, vi …" stay prose.
   */
  find(text: string): FoundMark[] {
    const found: FoundMark[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const raw = m[0];
      const index = m.index ?? 0;
      if (!standsAsMark(text, index, raw)) continue;
      const code = resolveMark(this.scale, raw)?.code;
      if (code !== undefined) found.push({ index, raw, code });
    }
    return found;
  }

  /**
   * Words reviewers write as marks that this scale does not have ("Delvis", "PARTLY"), where a
   * mark would stand: they are kept as text, and the caller says so. Only with a capital: in
   * lower case ("finansieringen er usikker.") they are prose.
   */
  unknown(text: string): FoundMark[] {
    if (!this.unknownPattern) return [];
    const found: FoundMark[] = [];
    for (const m of text.matchAll(this.unknownPattern)) {
      const raw = m[0];
      const index = m.index ?? 0;
      if (/^\p{Lu}/u.test(raw) && index > 0 && hasWordCharacter(text.slice(0, index)) && standsAsMark(text, index, raw))
        found.push({ index, raw, code: normaliseMark(raw) });
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
      if (close && /[([]\s*$/u.test(before) && (close[1] === ')') === /\(\s*$/u.test(before)) {
        before = before.replace(/[([]\s*$/u, '');
        end += close[0].length;
      }
      clauses.push({ text: before.trim(), code: mark.code, raw: mark.raw });
      last = end;
    }
    return { clauses, rest: text.slice(last).trim(), skipped };
  }
}

/** A word at `index` stands where a mark would (see MarkFinder.find). */
function standsAsMark(text: string, index: number, raw: string): boolean {
  if (raw === raw.toUpperCase()) return true;
  if (index > 0 && !/\s/u.test(text[index - 1]!)) return false;
  const before = text.slice(0, index).trimEnd();
  if (/^\p{Lu}/u.test(raw) && /[\p{L}\p{N},;)\]»”]$/u.test(before)) return true;
  const after = text.slice(index + raw.length);
  return /^[.!]?\s*$/u.test(after) || /^[.!,;:]?\s+["«“(]?\p{Lu}/u.test(after);
}
