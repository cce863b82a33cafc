// The reviewers' comments (word/comments.xml): who wrote each, when, and what it says. Where each
// is anchored is in the document itself (src/import/docx/document.ts).
import type { DocxProblem } from '../../core/docx-problem.js';
import { walkXml } from './xml.js';

export interface CommentEntry {
  author: string;
  /** The day it was written (YYYY-MM-DD), as Word shows it; absent when Word recorded none. */
  date?: string;
  /** Its paragraphs, each trimmed, joined by a space (the text form holds a comment on one line). */
  text: string;
}

export function readComments(
  bytes: Uint8Array | undefined,
): { comments: Map<string, CommentEntry> } | { problem: DocxProblem } {
  const comments = new Map<string, CommentEntry>();
  if (!bytes) return { comments };
  let current: { id: string; author: string; date?: string; paragraphs: string[] } | undefined;
  let inText = 0;
  const problem = walkXml(bytes, 'word/comments.xml', {
    open(name, a) {
      if (name === 'comment' && a.id !== undefined) {
        const date = dayOf(a.date);
        current = { id: a.id, author: (a.author ?? '').trim(), ...(date ? { date } : {}), paragraphs: [] };
      } else if (!current) return;
      else if (name === 'p') current.paragraphs.push('');
      else if (name === 't') inText++;
      else if (name === 'tab' || name === 'br') append(' ');
    },
    close(name) {
      if (name === 't') inText = Math.max(0, inText - 1);
      else if (name === 'comment' && current) {
        const { id, author, date, paragraphs } = current;
        comments.set(id, {
          author,
          ...(date ? { date } : {}),
          text: paragraphs
            .map((p) => p.trim())
            .filter(Boolean)
            .join(' '),
        });
        current = undefined;
      }
    },
    text(t) {
      if (inText > 0) append(t);
    },
  });
  return problem ? { problem } : { comments };

  function append(text: string) {
    if (!current) return;
    if (current.paragraphs.length === 0) current.paragraphs.push('');
    current.paragraphs[current.paragraphs.length - 1] += text;
  }
}

/**
 * Only the day is kept: Word has long written the writer's local clock time marked as UTC, so the
 * time of day can be hours off, and the day is what a reader needs. Anything that is not a real
 * date is left out.
 */
function dayOf(value: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? `${m[1]}-${m[2]}-${m[3]}`
    : undefined;
}
