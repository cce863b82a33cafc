// One part of a .docx, walked as a stream of tags and text with saxes: no tree is built, so a
// document nested ten thousand deep costs no stack, and the part's size is already bounded by
// the unzip. A DTD is refused before anything in it could matter: Word never writes one, saxes
// resolves no external entity, and an entity it does not know is an error, never a fetch.
import { SaxesParser } from 'saxes';
import type { DocxPart, DocxProblem } from '../../core/docx-problem.js';

/** Attributes by local name (`w:val` is `val`). */
export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  /** An element opens; `name` is its local name (`w:p` is `p`). Self-closing elements close at once. */
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
}

class Refused {
  constructor(readonly problem: DocxProblem) {}
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Walks the part; a problem when it is not UTF-8, not well-formed, or has a DTD. */
export function walkXml(bytes: Uint8Array, part: DocxPart, handlers: XmlHandlers): DocxProblem | undefined {
  let text: string;
  try {
    // Word writes UTF-8; a BOM is allowed by XML and skipped.
    text = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { code: 'bad-xml', part, line: 1, col: 1 };
  }
  const parser = new SaxesParser({ position: true });
  parser.on('doctype', () => {
    throw new Refused({ code: 'doctype', part });
  });
  parser.on('error', () => {
    throw new Refused({ code: 'bad-xml', part, line: parser.line, col: parser.column });
  });
  parser.on('opentag', (tag) => {
    // No prototype: an attribute named __proto__ is only a name.
    const attributes = Object.create(null) as Record<string, string>;
    for (const [name, value] of Object.entries(tag.attributes)) attributes[localName(name)] = value;
    handlers.open(localName(tag.name), attributes);
  });
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', (t) => handlers.text(t));
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Refused) return error.problem;
    throw error;
  }
  return undefined;
}
