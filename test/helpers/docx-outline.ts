// Reading a .docx the way the tests need it: its XML parts out of the zip (each capped in size),
// and an outline of its body that golden files can pin — headings and paragraphs by style,
// tables by shape (grid columns, header rows, spans, cell fills), runs by colour and ground —
// without the ids and dates every packing changes.
import { unzipSync } from 'fflate';

/** Far more than any document the tool writes; a part larger than this is a bug, not a report. */
const maxPartBytes = 8 * 1024 * 1024;

/** The parts of a .docx by name, decoded as UTF-8. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes, { filter: (file) => file.originalSize <= maxPartBytes });
  return new Map(
    Object.entries(files).map(([name, data]) => [name, new TextDecoder('utf-8', { fatal: true }).decode(data)]),
  );
}

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);

/** A small XML reader for the well-formed parts docx writes: elements, attributes and text. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  for (const m of xml
    .replace(/<\?[^>]*\?>/g, '')
    .matchAll(/<(\/)?([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/)?>|([^<]+)/g)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) top.children.push(decode(m[5]));
    else if (m[1]) stack.pop();
    else {
      const attrs = Object.fromEntries([...m[3]!.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)]));
      const element: XmlElement = { name: m[2]!, attrs, children: [] };
      top.children.push(element);
      if (!m[4]) stack.push(element);
    }
  }
  return root;
}

const elements = (node: XmlElement, name?: string) =>
  node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
const child = (node: XmlElement | undefined, name: string) => (node ? elements(node, name)[0] : undefined);
const find = (node: XmlElement, name: string): XmlElement[] =>
  elements(node).flatMap((c) => (c.name === name ? [c] : find(c, name)));

/** A run's text: its w:t, breaks as ⏎, fields (page numbers) as {PAGE}. */
function runText(run: XmlElement): string {
  return elements(run)
    .map((c) => {
      if (c.name === 'w:t') return c.children.join('');
      if (c.name === 'w:br') return '⏎';
      if (c.name === 'w:tab') return '\t';
      if (c.name === 'w:instrText') return `{${c.children.join('').trim()}}`;
      return '';
    })
    .join('');
}

/** The colours a run is set in, when any: "[JA fg=FFFFFF bg=1A7F37]"; plain runs are merged into plain text. */
function paragraphText(p: XmlElement): string {
  const parts: string[] = [];
  for (const run of find(p, 'w:r')) {
    const props = child(run, 'w:rPr');
    const fg = child(props, 'w:color')?.attrs['w:val'];
    const bg = child(props, 'w:shd')?.attrs['w:fill'];
    const text = runText(run);
    if (text === '') continue;
    parts.push(fg || bg ? `[${text}${fg ? ` fg=${fg}` : ''}${bg ? ` bg=${bg}` : ''}]` : text);
  }
  return parts.join('');
}

function paragraphLine(p: XmlElement): string {
  const props = child(p, 'w:pPr');
  const style = child(props, 'w:pStyle')?.attrs['w:val'] ?? 'P';
  const marks = [
    child(props, 'w:numPr') ? 'bullet' : '',
    child(props, 'w:pageBreakBefore') ? 'new page' : '',
    child(props, 'w:shd') ? `box ${child(props, 'w:shd')!.attrs['w:fill']}` : '',
  ].filter(Boolean);
  return `${style}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}: ${paragraphText(p)}`;
}

function tableLines(tbl: XmlElement): string[] {
  const grid = elements(child(tbl, 'w:tblGrid')!, 'w:gridCol').length;
  const out = [`TABLE ${grid} grid columns`];
  for (const tr of elements(tbl, 'w:tr')) {
    const rowProps = child(tr, 'w:trPr');
    const kind = child(rowProps, 'w:tblHeader') ? 'H' : child(rowProps, 'w:trHeight') ? 'R' : ' ';
    const cells = elements(tr, 'w:tc').map((tc) => {
      const props = child(tc, 'w:tcPr');
      const span = child(props, 'w:gridSpan')?.attrs['w:val'];
      const fill = child(props, 'w:shd')?.attrs['w:fill'];
      const text = elements(tc, 'w:p').map(paragraphText).join(' / ');
      return `${text}${span ? ` {span ${span}}` : ''}${fill ? ` {bg ${fill}}` : ''}`;
    });
    out.push(`  ${kind}| ${cells.join(' | ')} |`);
  }
  return out;
}

/** The body of word/document.xml (and the running header and footer) as lines of an outline. */
export function docxOutline(parts: Map<string, string>): string {
  const body = child(child(parseXml(parts.get('word/document.xml')!), 'w:document'), 'w:body')!;
  const lines = elements(body).flatMap((node) =>
    node.name === 'w:p' ? [paragraphLine(node)] : node.name === 'w:tbl' ? tableLines(node) : [],
  );
  const edge = (name: string) =>
    find(parseXml(parts.get(name) ?? ''), 'w:p')
      .map(paragraphLine)
      .map((l) => `${name.replace('word/', '').replace(/\d?\.xml$/, '')}: ${l}`);
  return [...edge('word/header1.xml'), ...edge('word/footer1.xml'), ...lines, ''].join('\n');
}

/** Every text of the document body, one paragraph a line: for checks on what a reader sees. */
export function docxText(parts: Map<string, string>): string {
  return find(parseXml(parts.get('word/document.xml')!), 'w:p')
    .map((p) => find(p, 'w:r').map(runText).join(''))
    .join('\n');
}
