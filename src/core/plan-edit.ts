// Writing plan files without losing anything people wrote. A new plan is stringified; an
// existing plan only ever grows: new measures are inserted as text after the last one, so
// every comment, blank line, quote and line ending already in the file stays byte for byte.
import { isSeq, parseDocument, stringify } from 'yaml';
import type { WrittenMeasure } from './schema.js';
import type { Period } from './plan.js';

/** Why new measures cannot be added safely; the CLI words it (src/i18n/cli-words.ts). */
export type PlanEditReason = 'not-block-list' | 'unsafe';

export class PlanEditError extends Error {
  constructor(readonly reason: PlanEditReason) {
    super(reason);
  }
}

// Every value on one line (no block scalars, no folded quotes): indenting the lines to fit the
// list they join can then never change what a value says.
const toYamlItems = (measures: WrittenMeasure[], indent: number, eol: string) =>
  stringify(measures, { lineWidth: 0, blockQuote: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER })
    .split('\n')
    .filter((line, i, all) => !(i === all.length - 1 && line === ''))
    .map((line) => (line === '' ? '' : ' '.repeat(indent) + line))
    .join(eol) + eol;

/**
 * A new plan file. `modeline` (`modeline('plan', 'plans/<name>')` from ./json-schema.ts) is its
 * first line when given: the caller passes it only when the file goes to the strategy folder's
 * plans/, the one place where its relative path to schemas/ is right.
 */
export function newPlanText(period: Period, measures: WrittenMeasure[], header: string[], modeline?: string): string {
  // Header lines hold the organisation's name, which may span lines (`organisation: |`) or hold
  // escaped control characters ("\0"): a line break would end the comment and put the rest into
  // the YAML itself, and a raw NUL makes the file unreadable. Both become a space.
  const oneLine = (line: string) => line.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  const head = [...(modeline === undefined ? [] : [oneLine(modeline)]), ...header.map((line) => `# ${oneLine(line)}`)]
    .map((line) => `${line}\n`)
    .join('');
  const body = `period:\n  from: ${period.from}\n  to: ${period.to}\n`;
  return `${head}${body}measures:${measures.length === 0 ? ' []\n' : `\n${toYamlItems(measures, 2, '\n')}`}`;
}

/** The text with `added` appended to its `measures` list; everything else unchanged. */
export function appendMeasures(text: string, added: WrittenMeasure[]): string {
  if (added.length === 0) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { schema: 'core', merge: false, uniqueKeys: true });
  const before = (doc.toJS() as { measures?: unknown[] } | null)?.measures ?? [];
  const node = doc.get('measures', true);
  let out: string;
  if (node === undefined) {
    out = `${text}${text === '' || text.endsWith('\n') ? '' : eol}measures:${eol}${toYamlItems(added, 2, eol)}`;
  } else if (isSeq(node) && node.flow && node.items.length === 0 && node.range) {
    // `measures: []` becomes a block list; the rest of the line (a comment, say) is kept after it.
    const lineEnd = endOfLine(text, node.range[1]);
    out = `${text.slice(0, node.range[0]).trimEnd()}${text.slice(node.range[1], lineEnd).trimEnd()}${eol}${toYamlItems(added, 2, eol)}${text.slice(lineEnd)}`;
  } else if (isSeq(node) && !node.flow && node.items.length > 0 && node.range) {
    const dash = node.range[0];
    const indent = dash - (text.lastIndexOf('\n', dash - 1) + 1);
    const last = node.items[node.items.length - 1] as { range?: [number, number, number] };
    const at = afterItem(text, last.range?.[1] ?? node.range[1], indent);
    out = `${text.slice(0, at)}${at > 0 && text[at - 1] !== '\n' ? eol : ''}${toYamlItems(added, indent, eol)}${text.slice(at)}`;
  } else {
    throw new PlanEditError('not-block-list');
  }
  // The edit must add exactly the new measures and change nothing else in the data.
  const after =
    (parseDocument(out, { schema: 'core', merge: false, uniqueKeys: true }).toJS() as { measures?: unknown[] })
      .measures ?? [];
  if (JSON.stringify(after) !== JSON.stringify([...before, ...JSON.parse(JSON.stringify(added))])) {
    throw new PlanEditError('unsafe');
  }
  return out;
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Past the last item, and past the comments and blank lines indented as part of it. */
function afterItem(text: string, end: number, indent: number): number {
  let at = text[end - 1] === '\n' || end === 0 ? end : endOfLine(text, end);
  for (;;) {
    const next = endOfLine(text, at);
    const line = text.slice(at, next).replace(/\r?\n$/, '');
    if (next === at) return at;
    const belongs = /^\s*$/.test(line) ? false : /^\s*#/.test(line) && line.search(/\S/) > indent;
    if (!belongs) return at;
    at = next;
  }
}
