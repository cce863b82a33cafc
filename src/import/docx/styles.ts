// The list numbering paragraph styles carry (word/styles.xml): Word's "List Bullet" and
// "List Number" number a paragraph through its style, with no numbering of its own.
import type { DocxProblem } from '../../core/docx-problem.js';
import { walkXml } from './xml.js';

export interface ListRef {
  numId: string;
  ilvl: number;
}

interface StyleEntry {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/** Paragraph style id → the list it numbers with, following `basedOn`. */
export type StyleLists = ReadonlyMap<string, ListRef>;

export function readStyles(bytes: Uint8Array | undefined): { lists: StyleLists } | { problem: DocxProblem } {
  const styles = new Map<string, StyleEntry>();
  if (!bytes) return { lists: new Map() };
  let style: StyleEntry | undefined;
  let inParagraphProperties = 0;
  const problem = walkXml(bytes, 'word/styles.xml', {
    open(name, a) {
      if (name === 'style') {
        style = a.type === 'paragraph' && a.styleId !== undefined ? {} : undefined;
        if (style) styles.set(a.styleId!, style);
      } else if (!style) return;
      else if (name === 'basedOn') style.basedOn = a.val;
      else if (name === 'pPr') inParagraphProperties++;
      else if (name === 'numId' && inParagraphProperties > 0) style.numId = a.val;
      else if (name === 'ilvl' && inParagraphProperties > 0) style.ilvl = Number(a.val) || 0;
    },
    close(name) {
      if (name === 'style') style = undefined;
      else if (name === 'pPr' && style) inParagraphProperties--;
    },
    text() {},
  });
  if (problem) return { problem };

  const lists = new Map<string, ListRef>();
  for (const id of styles.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    // A loop of basedOn is the file's mistake; it ends where a style comes round again.
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = styles.get(at)?.basedOn) {
      seen.add(at);
      const entry = styles.get(at);
      numId ??= entry?.numId;
      ilvl ??= entry?.ilvl;
    }
    if (numId !== undefined && numId !== '0') lists.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return { lists };
}
