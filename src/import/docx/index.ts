// A Word document (.docx) read from its bytes, without touching the disk: paragraphs in reading
// order, each with the label its list numbering shows ("1.", "•") and the reviewers' comments
// anchored in it (author, day, text, and the words they are anchored to). Everything that goes
// wrong is a DocxProblem for the command to word; nothing here throws for a user's file.
import type { DocxPart, DocxProblem } from '../../core/docx-problem.js';
import { readComments } from './comments.js';
import { readBody } from './document.js';
import { ListCounter, readNumbering } from './numbering.js';
import { readStyles } from './styles.js';
import { unzipParts } from './zip.js';

export { isOle, isZip } from './zip.js';

export interface WordComment {
  author: string;
  /** YYYY-MM-DD; absent when Word recorded no date. */
  date?: string;
  text: string;
  /** The document's words the comment is anchored to; absent when it marks a point, not a range. */
  anchor?: string;
}

export interface WordParagraph {
  /** What the list numbering shows before the text, with what follows it ("1.\t", "·\t"); absent when not numbered. */
  label?: string;
  text: string;
  comments: WordComment[];
}

export type DocxRead = { ok: true; paragraphs: WordParagraph[] } | { ok: false; problem: DocxProblem };

const parts: DocxPart[] = ['word/document.xml', 'word/numbering.xml', 'word/comments.xml', 'word/styles.xml'];

export function readDocx(bytes: Uint8Array): DocxRead {
  const unzipped = unzipParts(bytes, parts);
  if (!unzipped.ok) return unzipped;
  const document = unzipped.parts.get('word/document.xml');
  if (!document) return { ok: false, problem: { code: 'no-document' } };

  const numbering = readNumbering(unzipped.parts.get('word/numbering.xml'));
  if ('problem' in numbering) return { ok: false, problem: numbering.problem };
  const styles = readStyles(unzipped.parts.get('word/styles.xml'));
  if ('problem' in styles) return { ok: false, problem: styles.problem };
  const comments = readComments(unzipped.parts.get('word/comments.xml'));
  if ('problem' in comments) return { ok: false, problem: comments.problem };
  const read = readBody(document);
  if ('problem' in read) return { ok: false, problem: read.problem };

  const counter = new ListCounter(numbering.numbering);
  const paragraphs = read.body.paragraphs.map((p): WordParagraph => {
    const list = p.list ?? (p.style !== undefined ? styles.lists.get(p.style) : undefined);
    const label = list && list.numId !== '0' ? counter.label(list.numId, list.ilvl) : undefined;
    // A reference to a comment comments.xml does not have is left out, as Word leaves it out.
    const anchored = p.comments.flatMap((id): WordComment[] => {
      const comment = comments.comments.get(id);
      if (!comment) return [];
      const anchor = read.body.anchors.get(id);
      return [{ ...comment, ...(anchor ? { anchor } : {}) }];
    });
    return { ...(label !== undefined ? { label } : {}), text: p.text, comments: anchored };
  });
  return { ok: true, paragraphs };
}
