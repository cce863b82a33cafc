// Setting one assessment in a YAML file while changing nothing else. The edit is a splice of
// the source text at the positions the parser reports (the same precision as editing the CST),
// so comments, blank lines, key order, quoting, a BOM and CRLF line ends stay as they were.
// Every edit is re-parsed and checked: the data must differ in that one value and nowhere else.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, Scalar, type Document, type Node } from 'yaml';
import type { Assessment } from './schema.js';

/** Why an assessment cannot be set safely; the CLI words it (src/i18n/cli-words.ts). */
export type AssessEditReason = 'yaml-errors' | 'no-target' | 'unsafe' | 'flow-remove' | 'not-plain';

export class AssessEditError extends Error {
  constructor(
    readonly reason: AssessEditReason,
    /** The path or key concerned, where there is one. */
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

export interface AssessmentChange {
  mark: string;
  /** undefined: keep the note as it is; null: remove it; a string: set it. */
  note?: string | null;
  by?: string;
}

const parse = (text: string) =>
  parseDocument(text, { schema: 'core', merge: false, uniqueKeys: true, keepSourceTokens: false });

/** The assessment the change leads to, given the one there was. */
export function applyChange(old: Assessment | undefined, change: AssessmentChange): Assessment {
  const before: { note?: string; by?: string } = typeof old === 'object' ? old : {};
  const note = change.note === undefined ? before.note : (change.note ?? undefined);
  const by = change.by ?? before.by;
  if (note === undefined && by === undefined) return change.mark;
  return { mark: change.mark, ...(note !== undefined ? { note } : {}), ...(by !== undefined ? { by } : {}) };
}

/**
 * Sets the assessment of the map at `owner` (a goal, or a clause) to the result of `change`.
 * Returns the new text; throws AssessEditError when the file's shape does not allow a safe edit.
 */
export function setAssessment(text: string, owner: (string | number)[], change: AssessmentChange): string {
  const doc = parse(text);
  if (doc.errors.length > 0) throw new AssessEditError('yaml-errors');
  const map = doc.getIn(owner, true);
  if (!isMap(map) || !map.range) throw new AssessEditError('no-target', owner.join('.'));
  const data = doc.toJS() as unknown;
  const oldValue = getIn(data, [...owner, 'assessment']) as Assessment | undefined;
  const wanted = applyChange(oldValue, change);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';

  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'assessment');
  const value = pair?.value as Node | null | undefined;
  let out: string;
  if (!pair || value === null || value === undefined) {
    out = insertAssessment(text, doc, owner, wanted, eol, pair);
  } else if (isScalar(value) && typeof wanted === 'string') {
    out = replaceScalar(text, value, wanted, map.flow === true);
  } else if (isMap(value) && typeof wanted === 'object') {
    out = editMap(text, value, wanted, oldValue as Exclude<Assessment, string>, eol);
  } else {
    // A plain mark becomes a mark with a note (or the reverse): the value changes shape, so it
    // is written as a flow map (or a scalar) in the same place, on the same line.
    out = splice(text, value.range![0], value.range![1], renderValue(wanted));
  }

  const expected = setIn(data, [...owner, 'assessment'], wanted);
  const check = parse(out);
  // Key order may differ (a new key goes where a reader expects it), values may not.
  if (check.errors.length > 0 || !isDeepStrictEqual(check.toJS(), expected)) {
    throw new AssessEditError('unsafe');
  }
  return out;
}

function editMap(
  text: string,
  map: import('yaml').YAMLMap,
  wanted: Exclude<Assessment, string>,
  old: Exclude<Assessment, string>,
  eol: string,
): string {
  // Edit from the end of the file backwards so earlier offsets stay valid.
  const edits: { start: number; end: number; text: string }[] = [];
  const pairOf = (key: string) => map.items.find((p) => isScalar(p.key) && p.key.value === key);
  for (const key of ['mark', 'note', 'by'] as const) {
    const want = wanted[key];
    const had = old[key];
    if (want === had) continue;
    const pair = pairOf(key);
    const node = pair?.value as Node | undefined;
    if (pair && want === undefined) {
      if (map.flow) throw new AssessEditError('flow-remove', key);
      const keyNode = pair.key as Scalar;
      const lineStart = text.lastIndexOf('\n', keyNode.range![0] - 1) + 1;
      const end = lineEndAfter(text, node?.range ? node.range[1] : keyNode.range![1]);
      edits.push({ start: lineStart, end, text: '' });
    } else if (pair && node && isScalar(node) && want !== undefined) {
      edits.push({ start: node.range![0], end: node.range![1], text: renderScalar(want, node, map.flow === true) });
    } else if (!pair && want !== undefined) {
      edits.push(insertPair(text, map, key, want, eol));
    } else {
      throw new AssessEditError('not-plain', key);
    }
  }
  return edits.sort((a, b) => b.start - a.start).reduce((out, e) => splice(out, e.start, e.end, e.text), text);
}

/** A new `key: value` after the map's last pair, indented like its first. */
function insertPair(text: string, map: import('yaml').YAMLMap, key: string, value: string, eol: string) {
  const last = map.items[map.items.length - 1]!;
  if (map.flow) {
    const end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
    return { start: end, end, text: `, ${key}: ${renderScalar(value, undefined, true)}` };
  }
  const firstKey = map.items[0]!.key as Node;
  const indent = firstKey.range![0] - (text.lastIndexOf('\n', firstKey.range![0] - 1) + 1);
  const at = lineEndAfter(text, (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1]);
  const prefix = at > 0 && text[at - 1] !== '\n' ? eol : '';
  return { start: at, end: at, text: `${prefix}${' '.repeat(indent)}${key}: ${renderScalar(value)}${eol}` };
}

function insertAssessment(
  text: string,
  doc: Document.Parsed,
  owner: (string | number)[],
  wanted: Assessment,
  eol: string,
  emptyPair: import('yaml').Pair | undefined,
): string {
  const map = doc.getIn(owner, true) as import('yaml').YAMLMap;
  if (emptyPair) {
    // `assessment:` with no value: the value goes right after the colon.
    const keyEnd = (emptyPair.key as Node).range![1];
    const colon = text.indexOf(':', keyEnd);
    return splice(text, colon + 1, colon + 1, ` ${renderValue(wanted)}`);
  }
  if (map.flow) {
    const last = map.items[map.items.length - 1]!;
    const end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
    return splice(text, end, end, `, assessment: ${renderValue(wanted)}`);
  }
  // After the text pair when there is one (where a reader expects it), else after the last pair.
  const anchor = map.items.find((p) => isScalar(p.key) && p.key.value === 'text') ?? map.items[map.items.length - 1]!;
  const firstKey = map.items[0]!.key as Node;
  const indent = firstKey.range![0] - (text.lastIndexOf('\n', firstKey.range![0] - 1) + 1);
  const at = lineEndAfter(text, (anchor.value as Node | null)?.range?.[1] ?? (anchor.key as Node).range![1]);
  const prefix = at > 0 && text[at - 1] !== '\n' ? eol : '';
  return splice(text, at, at, `${prefix}${' '.repeat(indent)}assessment: ${renderValue(wanted)}${eol}`);
}

function replaceScalar(text: string, node: Scalar, value: string, flow: boolean): string {
  if (node.value === value) return text;
  return splice(text, node.range![0], node.range![1], renderScalar(value, node, flow));
}

/**
 * A scalar as YAML text: the old quoting style when there was one, plain when that reads back the
 * same. `flow`: the value goes inside a flow map (`{ mark: "JA", note: … }`), where `,`, `[`, `]`,
 * `{` and `}` end a plain scalar, so it is checked there: checked only as a block value, a note
 * such as "Startet, men ikke ferdig" was written plain, split in two on reading, and the edit was
 * refused.
 */
export function renderScalar(value: string, old?: Scalar, flow = false): string {
  // Control characters (a NUL, an escape sequence pasted into the interactive prompt) are only
  // written as escapes in double quotes: raw, a NUL made the file unreadable (file-encoding).
  if (controlCharacter.test(value)) return JSON.stringify(value);
  if (old?.type === Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (old?.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  const plain = parse(flow ? `{ k: ${value} }\n` : `k: ${value}\n`);
  const safe =
    plain.errors.length === 0 && plain.warnings.length === 0 && readsBack(plain, value) && !value.includes('#');
  return safe ? value : JSON.stringify(value);
}

/** Whether `k` of a trial document is `value`. A value such as `*a` is an alias there, and toJS()
 * throws on an alias without its anchor: that, too, means the value cannot be written plain. */
function readsBack(trial: Document.Parsed, value: string): boolean {
  try {
    return (trial.toJS() as { k: unknown }).k === value;
  } catch {
    return false;
  }
}

/** C0 controls other than tab, line feed and carriage return, and DEL: not printable in YAML. */
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function renderValue(value: Assessment): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const parts = [`mark: ${JSON.stringify(value.mark)}`];
  if (value.note !== undefined) parts.push(`note: ${renderScalar(value.note, undefined, true)}`);
  if (value.by !== undefined) parts.push(`by: ${renderScalar(value.by, undefined, true)}`);
  return `{ ${parts.join(', ')} }`;
}

const splice = (text: string, start: number, end: number, insert: string) =>
  text.slice(0, start) + insert + text.slice(end);

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** The start of the line after a node that ends at `end` (block scalars end after their newline). */
const lineEndAfter = (text: string, end: number) => (end > 0 && text[end - 1] === '\n' ? end : endOfLine(text, end));

function getIn(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key as string] : undefined),
    data,
  );
}

/** A copy of `data` with the value at `path` set (for checking the edit). */
function setIn(data: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key as string] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return copy;
}
