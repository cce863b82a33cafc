// Defensive YAML reading: bytes in, a document with positions and diagnostics out.
// Anything YAML could do behind the author's back (1.1 booleans, merges, aliases, custom
// tags, a second document) is refused with a diagnostic rather than interpreted.
import {
  Composer,
  CST,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
  type Document,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import type { SourceFile } from './source.js';
import { decode, locate, textPosition } from './decode.js';

export { decode, locate, splitBom } from './decode.js';

export interface ParsedYaml {
  display: string;
  /** The decoded text (without a BOM), for edits that must keep it byte for byte. */
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The plain data, present only when the document is sound enough to check against a schema. */
  data?: unknown;
}

const maxYamlProblems = 10;

const errorCodes: Record<string, Diagnostic['code']> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indentation',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
  TAG_RESOLVE_FAILED: 'yaml-tag',
};

/**
 * How deep collections may nest. A strategy file needs about eight levels; the limit is far
 * above that and far below the depth where yaml's recursive composer runs out of stack.
 */
export const maxNesting = 64;

/**
 * The offset of the first collection nested deeper than `maxNesting`, if any. It walks the
 * parser's token tree with its own stack, so it is safe on any input. Checking first matters:
 * past ~1000 levels yaml's composer overflows the stack, and after such an overflow V8 (Node 20)
 * was seen to abort the whole process ("RegExpCompiler Allocation failed") on the next deeply
 * nested file — a crash no try/catch can stop. The parser itself (no regular expressions) only
 * recurses when one token closes many levels at once (`- - - … ]`); its stack overflow is caught
 * here and reported the same way, at the place it had reached.
 */
/** The offset where the CST first nests deeper than maxNesting (walked without recursion). */
function tooDeepAt(tokens: readonly unknown[]): number | undefined {
  type Token = { type: string; offset: number; value?: Token; items?: { key?: Token | null; value?: Token | null }[] };
  const stack: { token: Token; depth: number }[] = tokens.map((token) => ({ token: token as Token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth });
    if (!token.items) continue;
    if (depth + 1 > maxNesting) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Where nesting first goes past maxNesting, judged from the lexer's tokens alone: open flow
 * brackets plus the `-` and `?` indicators that open a collection on the current line. Used when
 * the parser itself ran out of stack, because where that happens depends on the stack left and on
 * what V8 has compiled so far: the same file was reported at column 3673 once and at 129 the next
 * time. The lexer does not recurse, and this count gives the same place every time. 0 (the file
 * as a whole) when the count never goes past the limit.
 */
function deepAtByLexer(text: string): number {
  const zeroWidth = new Set(['doc-mode', 'scalar', 'flow-error-end']);
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source);
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow++;
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flow = Math.max(0, flow - 1);
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind') onLine++;
    else if (type === 'newline') onLine = 0;
    if (flow + onLine > maxNesting) return offset;
    if (!zeroWidth.has(type ?? '')) offset += source.length;
  }
  return 0;
}

/**
 * parseDocument, split in two so the text is tokenised once: the tokens are checked for depth
 * first (the composer recurses, and a deep enough file would overflow the stack), then composed.
 */
function parseChecked(
  text: string,
  lines: LineCounter,
  options: DocumentOptions & SchemaOptions & ParseOptions,
): { doc?: Document.Parsed; deepAt?: number } {
  const parser = new Parser(lines.addNewLine);
  let tokens: ReturnType<Parser['parse']> extends Iterable<infer T> ? T[] : never;
  try {
    tokens = [...parser.parse(text)];
  } catch (error) {
    if (error instanceof RangeError) return { deepAt: deepAtByLexer(text) };
    throw error;
  }
  const deepAt = tooDeepAt(tokens);
  if (deepAt !== undefined) return { deepAt };
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          'MULTIPLE_DOCS',
          'Source contains multiple documents',
        ),
      );
      break;
    }
  }
  return { doc: doc ?? (new Composer(options).compose([], true, text.length).next().value as Document.Parsed) };
}

/**
 * Reads one YAML file. A sound file's document (the node tree with positions, many times the
 * size of the data) is not kept: it is needed only to place a diagnostic, and is parsed again
 * from the same bytes if one asks for it. Keeping every document of a large folder alive made
 * the garbage collector a quarter of the run.
 */
export function parseYaml(file: SourceFile): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const outcome = parseYamlWhole(file);
  const { parsed } = outcome;
  if (!parsed || parsed.data === undefined) return outcome;
  let again: ParsedYaml | undefined;
  // The same bytes give the same document, so its positions are those of the first parse.
  const whole = () => (again ??= parseYamlWhole(file).parsed!);
  return {
    diagnostics: outcome.diagnostics,
    parsed: {
      display: parsed.display,
      text: parsed.text,
      data: parsed.data,
      get doc() {
        return whole().doc;
      },
      get lines() {
        return whole().lines;
      },
    },
  };
}

function parseYamlWhole(file: SourceFile): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const decoded = decode(file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const text = decoded.text;
  const display = file.display;
  const lines = new LineCounter();
  const checked = parseChecked(text, lines, {
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true,
    stringKeys: true,
    // YAML 1.1's !!binary, !!omap, !!pairs, !!set and !!timestamp would otherwise still be
    // resolved (to a Buffer, a Map, a Set or a Date) when written explicitly; left unresolved,
    // they are reported as unknown tags like any other.
    resolveKnownTags: false,
  });
  if (checked.deepAt !== undefined || !checked.doc) {
    const deep = checked.deepAt ?? 0;
    return {
      diagnostics: [
        diagnostic('yaml-syntax', textPosition(display, text, deep), {
          detail: `nested too deeply (more than ${maxNesting} levels)`,
          problem: 'too-deep',
        }),
      ],
    };
  }
  const doc = checked.doc;
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => locate(display, lines, offset);

  // One broken bracket can make the parser report hundreds of follow-on problems: keep the
  // first few, one per place, so the author sees where to start.
  const seen = new Set<string>();
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const code = errorCodes[problem.code] ?? 'yaml-syntax';
    const offset = problem.pos[0];
    const raw = problem.message.replace(/ at line \d+, column \d+.*$/s, '');
    const detail = /call stack/i.test(raw) ? 'nested too deeply' : raw;
    const key = `${code}:${offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > maxYamlProblems) break;
    const args: Record<string, string> = { detail, problem: /call stack/i.test(raw) ? 'too-deep' : problem.code };
    if (code === 'yaml-duplicate-key') args.key = duplicateKeyName(text, problem.pos);
    if (code === 'yaml-tag')
      args.tag = (/Unresolved tag: (.*)/.exec(detail)?.[1] ?? detail).trim().replace(/^tag:yaml\.org,2002:/, '!!');
    diagnostics.push(diagnostic(code, at(offset), args));
  }
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    diagnostics.push(diagnostic('yaml-version', at(Math.max(text.indexOf('%YAML'), 0)), { version: version.version }));
  }
  // A lone CR is no line end to the parser: the whole file reads as one line (a comment, often),
  // which would be reported as an empty file. Say what it really is.
  if (/\r(?!\n)/.test(text) && !text.includes('\n')) {
    return {
      parsed: { display, text, doc, lines },
      diagnostics: [diagnostic('file-line-ends', { file: display, line: 0, col: 0 })],
    };
  }
  if (
    doc.contents === null ||
    (isScalar(doc.contents) && doc.contents.value === null && text.trim().replace(/^#.*$/gm, '').trim() === '')
  ) {
    if (diagnostics.length === 0) diagnostics.push(diagnostic('file-empty', { file: display, line: 0, col: 0 }));
    return { parsed: { display, text, doc, lines }, diagnostics };
  }

  // Refuse aliases before anything expands them: an alias bomb never gets the chance. An anchor
  // needs a `&` in the text, an alias a `*`, a merge key a `<` (or an escape, `\x3c`): a file
  // with none of them has none, and the walk over every node is skipped.
  if (/[&*<\\]/.test(text)) {
    refuseReuse(doc.contents, {
      alias: (node) => diagnostics.push(diagnostic('yaml-alias', at(node.range?.[0] ?? 0))),
      anchor: (node) => diagnostics.push(diagnostic('yaml-alias', at(anchorOffset(text, node)))),
      mergeKey: (key) => diagnostics.push(diagnostic('yaml-merge-key', at(key.range?.[0] ?? 0))),
    });
  }

  if (diagnostics.length > 0) return { parsed: { display, text, doc, lines }, diagnostics };
  return { parsed: { display, text, doc, lines, data: doc.toJS({ maxAliasCount: 0 }) }, diagnostics };
}

/**
 * Every alias, anchor and merge key in a node tree, in document order. Its own walk rather than
 * yaml's visit, which gives each node a frozen copy of its path: a cost per node that a check
 * of every node of a large folder notices. The depth was checked before (maxNesting), so the
 * recursion is bounded.
 */
function refuseReuse(
  node: unknown,
  found: { alias: (node: Node) => void; anchor: (node: Node) => void; mergeKey: (key: Node) => void },
): void {
  if (isAlias(node)) {
    found.alias(node);
    return;
  }
  if (!isNode(node)) return;
  if (node.anchor) found.anchor(node);
  if (!isCollection(node)) return;
  for (const item of node.items) {
    if (isPair(item)) {
      if (isScalar(item.key) && item.key.value === '<<') found.mergeKey(item.key);
      refuseReuse(item.key, found);
      refuseReuse(item.value, found);
    } else {
      refuseReuse(item, found);
    }
  }
}

function anchorOffset(text: string, node: Node): number {
  const start = node.range?.[0] ?? 0;
  const found = text.lastIndexOf(`&${node.anchor}`, start);
  return found >= 0 ? found : start;
}

function duplicateKeyName(text: string, pos: [number, number]): string {
  const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+)/.exec(text.slice(pos[0]))?.[1]?.trim();
  return key && key.length > 0 ? key : '?';
}

/** The node at a data path, or the nearest ancestor that exists (for a missing key: its parent). */
export function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[]): { node: Node | null; exact: boolean } {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth) as (string | number)[];
    const node = depth === 0 ? doc.contents : (doc.getIn(sub, true) as Node | undefined);
    if (node && typeof node === 'object' && 'range' in node)
      return { node: node as Node, exact: depth === path.length };
  }
  return { node: null, exact: false };
}

/** The key node of `key` inside the map at `path`, to point at an unknown key itself. */
export function keyNodeAt(doc: Document.Parsed, path: readonly PropertyKey[], key: string): Node | null {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
  if (!isMap(map)) return null;
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return null;
}
