// A Word document's paragraphs written as Word's plain-text export writes them, which is what
// the importer reads: one line a paragraph, the list label before the text, and each comment
// after a tab as "Comment by NAME: text". The text form has no room for a comment's date or the
// words it is anchored to: those go beside it, by line, for the importer to put back.
import type { WordComment, WordParagraph } from './index.js';

/** What the text form of one comment cannot hold, on the line the comment is written on. */
export interface CommentDetail {
  author: string;
  text: string;
  date?: string;
  anchor?: string;
}

export interface TextExport {
  text: string;
  /** Line (1-based) → the details of the comments written on it, in order. */
  comments: Map<number, CommentDetail[]>;
}

export function toTextExport(paragraphs: readonly WordParagraph[]): TextExport {
  const lines: string[] = [];
  const comments = new Map<number, CommentDetail[]>();
  for (const p of paragraphs) {
    const written = `${p.label ?? ''}${p.text}`.split('\n');
    const last = lines.length + written.length;
    const notes = p.comments.map((c) => `\tComment by ${c.author}: ${oneLine(c.text)}`).join('');
    written[written.length - 1] += notes;
    lines.push(...written);
    if (p.comments.length > 0) comments.set(last, p.comments.map(detail));
  }
  return { text: lines.join('\n'), comments };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const detail = (c: WordComment): CommentDetail => ({
  author: c.author,
  text: oneLine(c.text),
  ...(c.date ? { date: c.date } : {}),
  ...(c.anchor ? { anchor: c.anchor } : {}),
});
