// The body of a .docx (word/document.xml) as paragraphs in reading order: their text, the list
// they are numbered in, and the comments anchored in them. What Word shows is kept: inserted
// text of tracked changes, hyperlinks, fields' results, table cells; what it does not show is
// not: deleted text, field codes, the earlier formatting of a tracked change, and the fallback
// copy of a drawing. Text boxes float beside the text and are left out.
import type { DocxProblem } from '../../core/docx-problem.js';
import type { ListRef } from './styles.js';
import { type Attributes, walkXml } from './xml.js';

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
const hidden = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'pPrChange',
  'rPrChange',
  'Fallback',
  'txbxContent',
  'footnoteReference',
  'endnoteReference',
]);

/** The walk's state: the paragraphs so far, the one being read, and which elements it is inside. */
interface BodyWalk {
  paragraphs: BodyParagraph[];
  paragraph: BodyParagraph | undefined;
  /** Comment id → the paragraph its range starts in. */
  rangeStarts: Map<string, number>;
  anchors: Map<string, string>;
  anchoredIn: Map<string, number>;
  /** Ids of the comment ranges open at this point of the text. */
  openRanges: Set<string>;
  /** How many hidden elements are open around this point: while any is, nothing is read. */
  hiddenDepth: number;
  inText: number;
  inRun: number;
  inProperties: number;
  /** The paragraph's own list numbering, from its properties: set on it when it closes. */
  numId: string | undefined;
  ilvl: number | undefined;
}

export function readBody(bytes: Uint8Array): { body: Body } | { problem: DocxProblem } {
  const walk: BodyWalk = {
    paragraphs: [],
    paragraph: undefined,
    rangeStarts: new Map(),
    anchors: new Map(),
    anchoredIn: new Map(),
    openRanges: new Set(),
    hiddenDepth: 0,
    inText: 0,
    inRun: 0,
    inProperties: 0,
    numId: undefined,
    ilvl: undefined,
  };
  const problem = walkXml(bytes, 'word/document.xml', {
    open: (name, attributes) => openElement(walk, name, attributes),
    close: (name) => closeElement(walk, name),
    text(t) {
      if (walk.hiddenDepth === 0 && walk.inText > 0) append(walk, t);
    },
  });
  if (problem) return { problem };

  const { paragraphs, anchoredIn, anchors } = walk;
  // A comment with a range but no reference mark belongs where its range starts.
  for (const [id, at] of walk.rangeStarts) {
    if (anchoredIn.has(id) || at >= paragraphs.length) continue;
    anchoredIn.set(id, at);
    paragraphs[at]!.comments.push(id);
  }
  for (const [id, text] of anchors) anchors.set(id, text.replace(/\s+/g, ' ').trim());
  return { body: { paragraphs, anchoredIn, anchors } };
}

/** Text of the paragraph being read, and of every comment range open around it. */
function append(w: BodyWalk, text: string): void {
  if (!w.paragraph) return;
  w.paragraph.text += text;
  for (const id of w.openRanges) w.anchors.set(id, (w.anchors.get(id) ?? '') + text);
}

type OpenHandler = (w: BodyWalk, attributes: Attributes) => void;

/** A run's content that stands for a character of the text. */
const runCharacter =
  (text: string): OpenHandler =>
  (w) => {
    if (w.inRun > 0) append(w, text);
  };

const openBreak: OpenHandler = (w, a) => {
  // A page or column break is layout; a line break is a new line of the export.
  if (w.inRun > 0 && a.type !== 'page' && a.type !== 'column') append(w, '\n');
};

/** What an element of the body does when it opens, by local name; a Map, so that no element name reaches Object's prototype. */
const onOpen = new Map<string, OpenHandler>([
  [
    'p',
    (w) => {
      w.paragraph = { text: '', comments: [] };
      w.numId = undefined;
      w.ilvl = undefined;
    },
  ],
  ['pPr', (w) => w.inProperties++],
  [
    'pStyle',
    (w, a) => {
      if (w.paragraph && w.inProperties > 0 && a.val) w.paragraph.style = a.val;
    },
  ],
  [
    'numId',
    (w, a) => {
      if (w.inProperties > 0) w.numId = a.val;
    },
  ],
  [
    'ilvl',
    (w, a) => {
      if (w.inProperties > 0) w.ilvl = Number(a.val) || 0;
    },
  ],
  ['r', (w) => w.inRun++],
  ['t', (w) => w.inText++],
  ['tab', runCharacter('\t')],
  ['br', openBreak],
  ['cr', openBreak],
  ['noBreakHyphen', runCharacter('-')],
  [
    'sym',
    (w, a) => {
      if (w.inRun > 0 && a.char && /^[0-9A-Fa-f]{2,4}$/.test(a.char))
        append(w, String.fromCharCode(parseInt(a.char, 16)));
    },
  ],
  ['commentRangeStart', openCommentRange],
  [
    'commentRangeEnd',
    (w, a) => {
      if (a.id !== undefined) w.openRanges.delete(a.id);
    },
  ],
  ['commentReference', openCommentReference],
]);

function openCommentRange(w: BodyWalk, a: Attributes): void {
  if (a.id === undefined) return;
  w.openRanges.add(a.id);
  w.rangeStarts.set(a.id, w.paragraphs.length);
}

/** A comment's reference mark anchors it in the paragraph it stands in (the first mark, if there are more). */
function openCommentReference(w: BodyWalk, a: Attributes): void {
  if (a.id === undefined || !w.paragraph || w.anchoredIn.has(a.id)) return;
  w.anchoredIn.set(a.id, w.paragraphs.length);
  w.paragraph.comments.push(a.id);
}

function openElement(w: BodyWalk, name: string, attributes: Attributes): void {
  if (hidden.has(name)) w.hiddenDepth++;
  if (w.hiddenDepth > 0) return;
  onOpen.get(name)?.(w, attributes);
}

function closeElement(w: BodyWalk, name: string): void {
  if (hidden.has(name)) {
    w.hiddenDepth--;
    return;
  }
  if (w.hiddenDepth > 0) return;
  if (name === 'pPr') w.inProperties = Math.max(0, w.inProperties - 1);
  else if (name === 'r') w.inRun = Math.max(0, w.inRun - 1);
  else if (name === 't') w.inText = Math.max(0, w.inText - 1);
  else if (name === 'p' && w.paragraph) closeParagraph(w, w.paragraph);
}

function closeParagraph(w: BodyWalk, paragraph: BodyParagraph): void {
  if (w.numId !== undefined) paragraph.list = { numId: w.numId, ilvl: w.ilvl ?? 0 };
  w.paragraphs.push(paragraph);
  w.paragraph = undefined;
  // A range that goes on into the next paragraph: its anchor text gets a space between them.
  for (const id of w.openRanges) w.anchors.set(id, `${w.anchors.get(id) ?? ''} `);
}
