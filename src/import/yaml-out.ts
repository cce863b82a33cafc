// The strategy's data as YAML files: a one-line comment naming the file, no folding of long
// lines, multi-paragraph text as block scalars, and marks quoted (as in the bundled strategy);
// a comment's date too, which a YAML 1.1 reader would otherwise take for a timestamp.
import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar, parse, visit } from 'yaml';

const quotedKeys = new Set(['assessment', 'mark', 'date']);

export function toYaml(header: string, data: unknown): string {
  // One line, and nothing a reader or parser could stumble on: control characters become spaces.
  const comment = `# ${header.replace(/[\s\u0000-\u001f\u007f]+/gu, ' ').trim()}\n`;
  const expected = JSON.parse(JSON.stringify(data)) as unknown;
  // Block scalars read best, but a text with lines of only spaces cannot always be one: then the
  // yaml package's own choice of style is used. Whatever is written must read back as exactly
  // what was meant.
  // Last, for text no document should hold (control characters next to line breaks, which the
  // yaml package can misquote): JSON, which YAML 1.2 reads as it is.
  const attempts = [() => render(data, true), () => render(data, false), () => `${JSON.stringify(data, null, 2)}\n`];
  for (const attempt of attempts) {
    const text = comment + attempt();
    if (isDeepStrictEqual(parse(text, { schema: 'core' }), expected)) return text;
  }
  throw new Error('the YAML written does not read back as the imported data');
}

function render(data: unknown, blocks: boolean): string {
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (
        isScalar(pair.key) &&
        quotedKeys.has(String(pair.key.value)) &&
        isScalar(pair.value) &&
        typeof pair.value.value === 'string'
      ) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
    Scalar(_, node) {
      if (blocks && typeof node.value === 'string' && node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
    },
  });
  return doc.toString({ lineWidth: 0 });
}
