// `vm-strategy import`, the pure core: an annotated strategy document (plain text, as Word
// exports it) in; the strategy folder's files and what the importer had to say about them out.
// Nothing is read or written here: the command reads the document and the scale, and writes
// the files only when this says the strategy is sound. Nor is anything worded here: what the
// importer has to say is diagnostics of the one catalogue, which the command words.
import { maxFileBytes } from '../core/source.js';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import { jsonSchemaFiles, modeline, schemaFolder } from '../core/json-schema.js';
import { loadStrategy } from '../core/load-strategy.js';
import type { ScaleIndex } from '../core/scale.js';
import type { ImportedFileWords } from '../i18n/import-words.js';
import type { SchemaWords } from '../core/json-schema.js';
import type { ImportAccount, ImportStats } from '../core/import-account.js';
import { buildStrategy } from './build.js';
import { readDocument } from './document.js';
import type { CommentDetail } from './docx/text-export.js';
import { splitItems, type Item } from './lines.js';
import { MarkFinder } from './marks.js';
import type { Report } from './report.js';
import { toYaml } from './yaml-out.js';

/** Which files the folder reader (src/io/read-folder.ts) reads as YAML; the others it only lists. */
const yamlName = /\.ya?ml$/i;

export interface ImportOptions {
  /** The scale the marks are looked up in, and its file's text (copied to scale.yaml). */
  scale: ScaleIndex;
  scaleText: string;
  /** The document as shown to the user: where the importer's diagnostics are. */
  document: string;
  /** The document's file name, for the header of strategy.yaml. */
  source: string;
  /** The target folder as shown to the user (for the loader's diagnostics). */
  out: string;
  /** The words the files are written with (headers, defaults), in the language the user chose. */
  words: ImportedFileWords;
  /** The words of the JSON Schemas' descriptions (editors' hover help), in the same language. */
  schemaWords: SchemaWords;
  /** The year a period defaults to when the document names none (the edge passes today's). */
  defaultYear: number;
  /**
   * For a Word file (src/import/docx/text-export.ts): by line of `text`, what its comments say
   * that the text form cannot hold (the day, the words anchored to).
   */
  commentDetails?: ReadonlyMap<number, readonly CommentDetail[]>;
  /** The scale was chosen by the document's marks, not by the user (see ./choose-scale.ts): said as a guess. */
  scaleChosen?: { marks: number };
}

export interface ImportResult {
  /**
   * Relative path ('/'-separated) → text: the YAML files, each starting with the editor's schema
   * modeline, and the JSON Schemas in schemas/ they point to; empty when the document yields no strategy.
   */
  files: Map<string, string>;
  /**
   * Things placed by guess or kept as text: the catalogue's `import-` warnings, at the document's
   * line (0: the document as a whole), in the document's order.
   */
  warnings: Diagnostic[];
  /** Why the document yields no strategy: sections the format needs that it lacks. */
  errors: Diagnostic[];
  /** The project's own loader on the files: errors here mean the import must not be written. */
  diagnostics: Diagnostic[];
  stats: ImportStats;
  account: ImportAccount;
}

export type { ImportAccount, ImportStats } from '../core/import-account.js';

export function importStrategy(text: string, options: ImportOptions): ImportResult {
  const { words } = options;
  const marks = new MarkFinder(options.scale);
  const found: Diagnostic[] = [];
  const report: Report = (code, line, args = {}) =>
    void found.push(diagnostic(code, { file: options.document, line, col: 0 }, args));
  if (options.scaleChosen)
    report('import-scale-chosen', 0, {
      marks: options.scaleChosen.marks,
      codes: options.scale.scale.marks.map((m) => m.code).join(', '),
    });

  const items = splitItems(
    text,
    {
      isMark: (t) => marks.whole(t) !== undefined,
      endsWithMark: (t) => marks.find(t).some((m) => m.index + m.raw.length === t.length),
    },
    report,
  );
  if (options.commentDetails) addCommentDetails(items, options.commentDetails);
  const doc = readDocument(items, report, (t) => marks.split(t).clauses.length > 0);
  const fullText = items.map((i) => i.text).join('\n');
  const used = new Set<Item>();
  const built = buildStrategy(doc, {
    marks,
    words,
    fullText,
    defaultYear: options.defaultYear,
    report,
    used,
    hasParts: doc.hasParts,
  });
  reportUnusedMarks(items, used, marks, report);
  // The sort is stable: on one line (and for the document as a whole) in the order they were found.
  const warnings = found.filter((d) => d.severity === 'warning').sort((a, b) => a.line - b.line);
  const errors = found.filter((d) => d.severity === 'error');
  const unused = warnings
    .filter((d) => d.code === 'import-mark-unused' || d.code === 'import-unknown-mark')
    .map((d) => ({ line: d.line, mark: String(d.args.mark) }));
  const account: ImportAccount = { stats: built.stats, unused };
  if (!built.strategy || errors.length > 0) {
    return { files: new Map(), warnings, errors, diagnostics: [], stats: built.stats, account };
  }

  const files = new Map<string, string>();
  const strategy = built.strategy;
  files.set(
    'strategy.yaml',
    `${modeline('strategy', 'strategy.yaml')}\n${toYaml(words.strategyHeader(strategy.organisation, strategy.title, options.source), strategy)}`,
  );
  files.set('scale.yaml', scaleCopy(options.scaleText));
  const width = Math.max(2, String(built.areas.length).length);
  built.areas.forEach((area, k) => {
    const rel = `areas/${String(k + 1).padStart(width, '0')}-${area.id}.yaml`;
    files.set(rel, `${modeline('area', rel)}\n${toYaml(words.areaHeader(area.title, area.part), area)}`);
  });
  // The schemas the modelines point to, as `vm-strategy init` writes them, with marks on the scale.
  const schemas = jsonSchemaFiles({ words: options.schemaWords, scale: options.scale.scale });
  for (const schema of schemas) files.set(`${schemaFolder}/${schema.name}`, schema.text);

  // The project's own loader decides whether this is a strategy, exactly as `validate` would: it
  // is given the YAML files to read and, as the folder reader does, every other file by name only.
  const encoder = new TextEncoder();
  const written = [...files];
  const loaded = loadStrategy({
    display: options.out,
    // A file over the size limit is what the folder reader would refuse to read: the loader says so.
    files: written
      .filter(([rel]) => yamlName.test(rel))
      .map(([rel, text]) => {
        const bytes = encoder.encode(text);
        const display = `${options.out}/${rel}`;
        return bytes.length > maxFileBytes
          ? { path: rel, display, tooLarge: bytes.length }
          : { path: rel, display, bytes };
      }),
    others: written
      .filter(([rel]) => !yamlName.test(rel))
      .map(([rel]) => ({ path: rel, display: `${options.out}/${rel}` })),
  });
  return { files, warnings, errors, diagnostics: sortDiagnostics(loaded.diagnostics), stats: built.stats, account };
}

/**
 * Mark-like words that did not become marks: a word the scale lacks where a mark stands, and any
 * mark on a line that is not a goal or a vision statement (a goal list the reader did not see as
 * one). Headings are left alone: their capitals are not marks.
 */
function reportUnusedMarks(items: readonly Item[], used: ReadonlySet<Item>, marks: MarkFinder, report: Report): void {
  for (const item of items) {
    if (item.kind === 'caps') continue;
    if (!used.has(item)) {
      const first = marks.split(item.text).clauses[0];
      if (first) report('import-mark-unused', item.line, { mark: first.raw });
    }
    for (const word of marks.unknown(item.text)) report('import-unknown-mark', item.line, { mark: word.raw });
  }
}

/**
 * The scale's file, copied: our modeline first, then the line that says what it is. A modeline
 * the source already had (in the comments above its data) is left out: it points to wherever the
 * file came from, and the editor would follow whichever comes first.
 */
function scaleCopy(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split('\n');
  let head = 0;
  // The lines before the data: comments, blank lines, a directive or `---`.
  while (head < lines.length - 1 && /^(\s*(#.*)?|%.*|---\s*(#.*)?)\r?$/.test(lines[head]!)) head++;
  const kept = [
    ...lines.slice(0, head).filter((line) => !/^\s*#\s*yaml-language-server:/.test(line)),
    ...lines.slice(head),
  ].join('\n');
  const described = /^# /.test(kept) ? kept : `# Assessment scale (vurderingsskala)${eol}${kept}`;
  return `${modeline('scale', 'scale.yaml')}${eol}${described}`;
}

/**
 * Gives each comment the lines read back its date and anchor: on its line, the first detail not
 * yet given with the same author and text (a line can hold several comments; an empty one is
 * dropped by the line reader, so position alone would not do).
 */
function addCommentDetails(items: readonly Item[], details: ReadonlyMap<number, readonly CommentDetail[]>): void {
  const given = new Set<CommentDetail>();
  for (const comment of items.flatMap((item) => item.comments)) {
    const detail = details
      .get(comment.line)
      ?.find((d) => !given.has(d) && d.author === comment.author && d.text === comment.text);
    if (!detail) continue;
    given.add(detail);
    if (detail.date) comment.date = detail.date;
    if (detail.anchor) comment.anchor = detail.anchor;
  }
}
