// The body of a .docx (word/document.xml) as paragraphs in reading order: their text, the list
// they are numbered in, and the comments anchored in them. What Word shows is kept: inserted
// text of tracked changes, hyperlinks, fields' results, table cells; what it does not show is
// not: deleted text, field codes, the earlier formatting of a tracked change, and the fallback
// copy of a drawing. Text boxes float beside the text and are left out.
import type { DocxProblem } from '../../core/docx-problem.js';
import type { ListRef } from './styles.js';
import { walkXml } from './xml.js';

export interface BodyParagraph {
  /** The text; a manual line break is '\n', a tab '\t'. */
  text: string;
  /** Its own list numbering (numId "0" switches a style's numbering off). */
  list?: ListRef;
  style?: string;
  /** Ids of the comments whose reference mark stands in this paragraph, in order. */
  comments: string[];
}

export interface Body {
  paragraphs: BodyParagraph[];
  /** Comment id → the paragraph it is anchored in (its reference mark; else where its range starts). */
  anchoredIn: Map<string, number>;
  /** Comment id → the text between its range start and end, paragraphs joined by a space. */
  anchors: Map<string, string>;
}

/** Elements whose content Word does not show as the document's text. */
const hidden = new Set(['del', 'moveFrom', 'delText', 'instrText', 'pPrChange', 'rPrChange', 'Fallback', 'txbxContent', 'footnoteReference', 'endnoteReference']);

export function readBody(bytes: Uint8Array): { body: Body } | { problem: DocxProblem } {
  const paragraphs: BodyParagraph[] = [];
  const rangeStarts = new Map<string, number>();
  const anchors = new Map<string, string>();
  const anchoredIn = new Map<string, number>();
  const open = new Set<string>();
  let paragraph: BodyParagraph | undefined;
  let hiddenDepth = 0;
  let inText = 0;
  let inRun = 0;
  let inProperties = 0;
  let numId: string | undefined;
  let ilvl: number | undefined;

  const append = (text: string) => {
    if (!paragraph) return;
    paragraph.text += text;
    for (const id of open) anchors.set(id, (anchors.get(id) ?? '') + text);
  };

  const problem = walkXml(bytes, 'word/document.xml', {
    open(name, a) {
      if (hidden.has(name)) hiddenDepth++;
      if (hiddenDepth > 0) return;
      switch (name) {
        case 'p':
          paragraph = { text: '', comments: [] };
          numId = undefined;
          ilvl = undefined;
          break;
        case 'pPr':
          inProperties++;
          break;
        case 'pStyle':
          if (paragraph && inProperties > 0 && a.val) paragraph.style = a.val;
          break;
        case 'numId':
          if (inProperties > 0) numId = a.val;
          break;
        case 'ilvl':
          if (inProperties > 0) ilvl = Number(a.val) || 0;
          break;
        case 'r':
          inRun++;
          break;
        case 't':
          inText++;
          break;
        case 'tab':
          if (inRun > 0) append('\t');
          break;
        case 'br':
        case 'cr':
          // A page or column break is layout; a line break is a new line of the export.
          if (inRun > 0 && a.type !== 'page' && a.type !== 'column') append('\n');
          break;
        case 'noBreakHyphen':
          if (inRun > 0) append('-');
          break;
        case 'sym':
          if (inRun > 0 && a.char && /^[0-9A-Fa-f]{2,4}$/.test(a.char)) append(String.fromCharCode(parseInt(a.char, 16)));
          break;
        case 'commentRangeStart':
          if (a.id !== undefined) {
            open.add(a.id);
            rangeStarts.set(a.id, paragraphs.length);
          }
          break;
        case 'commentRangeEnd':
          if (a.id !== undefined) open.delete(a.id);
          break;
        case 'commentReference':
          if (a.id !== undefined && paragraph && !anchoredIn.has(a.id)) {
            anchoredIn.set(a.id, paragraphs.length);
            paragraph.comments.push(a.id);
          }
          break;
      }
    },
    close(name) {
      if (hidden.has(name)) {
        hiddenDepth--;
        return;
      }
      if (hiddenDepth > 0) return;
      if (name === 'pPr') inProperties = Math.max(0, inProperties - 1);
      else if (name === 'r') inRun = Math.max(0, inRun - 1);
      else if (name === 't') inText = Math.max(0, inText - 1);
      else if (name === 'p' && paragraph) {
        if (numId !== undefined) paragraph.list = { numId, ilvl: ilvl ?? 0 };
        paragraphs.push(paragraph);
        paragraph = undefined;
        // A range that goes on into the next paragraph: its anchor text gets a space between them.
        for (const id of open) anchors.set(id, `${anchors.get(id) ?? ''} `);
      }
    },
    text(t) {
      if (hiddenDepth === 0 && inText > 0) append(t);
    },
  });
  if (problem) return { problem };

  // A comment with a range but no reference mark belongs where its range starts.
  for (const [id, at] of rangeStarts) {
    if (anchoredIn.has(id) || at >= paragraphs.length) continue;
    anchoredIn.set(id, at);
    paragraphs[at]!.comments.push(id);
  }
  for (const [id, text] of anchors) anchors.set(id, text.replace(/\s+/g, ' ').trim());
  return { body: { paragraphs, anchoredIn, anchors } };
}
