// From the exported text to logical lines ("items"): comments taken off, bullets recognised,
// and sentences the export broke over two lines joined again. Every item keeps the source
// line it starts on, for warnings.
import type { Report } from './report.js';
import { endsMidSentence, endsSentence, endsWithContinuationWord, isCaps, startsLower } from './text.js';

export interface DocComment {
  author: string;
  text: string;
  line: number;
  /** What only a Word file says (src/import/docx/): the day it was written, and the words it is anchored to. */
  date?: string;
  anchor?: string;
}

export type ItemKind = 'text' | 'bullet' | 'caps';

export interface Item {
  kind: ItemKind;
  /** The text, trimmed; for a bullet without its bullet sign. Broken lines are joined with a space. */
  text: string;
  /** The source line it starts on (1-based). */
  line: number;
  comments: DocComment[];
  /** One or more blank lines stand between this item and the one before. */
  gapBefore: boolean;
}

/**
 * Reviewer comments as Word exports them: a tab, then "Comment by NAME: text" (also the
 * Norwegian forms). A line that is only a comment belongs to the paragraph before it.
 */
const commentStart = /(?:^|\t)[ \t]*(?:Comment by|Kommentar fra|Kommentert av)[ \t]+([^:\t]+?)[ \t]*:[ \t]*/gu;

/**
 * Bullet signs of a Word export ("·", "•", Symbol-font private-use signs, dashes, "o"), or a list
 * number: "1." or "1)" and a space or tab, "a)" and a space, or a letter, "." or ")" and a tab
 * ("a. " with a space would take "A. Hansen" for a list item).
 */
const bullet =
  /^(?:[·•▪◦●○■□►➢✓✔→\uF0B7\uF0A7\uF076\uF0D8][ \t]*|[*\-–—+][ \t]+|o\t+|\d{1,2}[.)][ \t]+|[a-z]\)[ \t]+|[a-zA-Z][.)]\t+)/u;

export interface MarkTests {
  /** The whole text is one mark of the scale. */
  isMark: (text: string) => boolean;
  /** The text ends with a mark of the scale. */
  endsWithMark: (text: string) => boolean;
}

export function splitItems(source: string, marks: MarkTests, report: Report): Item[] {
  const items: Item[] = [];
  const rawLines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let gap = false;

  rawLines.forEach((raw, index) => {
    const line = index + 1;
    // Word's page breaks and odd spaces; the strategy's words are not touched.
    const cleaned = raw.replace(/[\f\v\u200B\uFEFF]/g, '').replace(/[\u00A0\u2007\u202F]/g, ' ');
    const { body, comments } = takeComments(cleaned, line, report);
    const bulletMatch = bullet.exec(body.trim());
    const text = (bulletMatch ? body.trim().slice(bulletMatch[0].length) : body).replace(/\t+/g, ' ').trim();
    const previous = items[items.length - 1];

    if (text === '' && !bulletMatch) {
      if (comments.length > 0 && previous) previous.comments.push(...comments);
      else if (comments.length > 0) items.push({ kind: 'text', text: '', line, comments, gapBefore: gap });
      else gap = true;
      return;
    }

    // A mark alone on a line belongs to the goal or statement just before it.
    if (!bulletMatch && marks.isMark(text)) {
      if (previous && !gap && (previous.kind === 'text' || previous.kind === 'bullet')) {
        previous.text = `${previous.text} ${text}`;
        previous.comments.push(...comments);
        return;
      }
      report('import-mark-on-its-own', line, { mark: text });
      items.push({ kind: 'text', text, line, comments, gapBefore: gap });
      gap = false;
      return;
    }

    const kind: ItemKind = bulletMatch ? 'bullet' : isCaps(text) ? 'caps' : 'text';
    // Across a blank line only a plain continuation joins: no closing punctuation, then lower case.
    const joins =
      previous &&
      (gap
        ? kind === 'text' &&
          previous.kind !== 'caps' &&
          previous.text !== '' &&
          !endsSentence(previous.text) &&
          startsLower(text)
        : continues(previous, kind, text, marks));
    if (previous && joins) {
      previous.text = `${previous.text} ${text}`;
      previous.comments.push(...comments);
      return;
    }
    items.push({ kind, text, line, comments, gapBefore: gap });
    gap = false;
  });
  return items.filter((item) => item.text !== '' || item.comments.length > 0);
}

/** Whether a line goes on from the previous one: the export broke a sentence (or a heading) in two. */
function continues(previous: Item, kind: ItemKind, text: string, marks: MarkTests): boolean {
  if (previous.kind === 'caps') return kind === 'caps' && endsWithContinuationWord(previous.text);
  if (kind !== 'text' || previous.text === '') return false;
  if (endsSentence(previous.text)) return false;
  // A goal or statement ending in its mark ("… JA-") is complete unless the next line plainly goes on.
  if (marks.endsWithMark(previous.text)) return startsLower(text);
  return startsLower(text) || endsWithContinuationWord(previous.text) || endsMidSentence(previous.text);
}

function takeComments(line: string, lineNo: number, report: Report): { body: string; comments: DocComment[] } {
  const starts = [...line.matchAll(commentStart)];
  if (starts.length === 0) return { body: line, comments: [] };
  const comments: DocComment[] = [];
  starts.forEach((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = starts[k + 1]?.index ?? line.length;
    const author = (m[1] ?? '').trim();
    const text = line.slice(from, to).replace(/\s+/g, ' ').trim();
    if (text === '') report('import-comment-empty', lineNo, { author });
    else comments.push({ author, text, line: lineNo });
  });
  return { body: line.slice(0, starts[0]!.index ?? 0), comments };
}
