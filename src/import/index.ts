// `vm-strategy import`, the pure core: an annotated strategy document (plain text, as Word
// exports it) in; the strategy folder's files and what the importer had to say about them out.
// Nothing is read or written here: the command reads the document and the scale, and writes
// the files only when this says the strategy is sound.
import { maxFileBytes } from '../core/source.js';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import { jsonSchemaFiles, modeline, schemaFolder } from '../core/json-schema.js';
import type { Lang } from '../core/lang.js';
import { loadStrategy } from '../core/load-strategy.js';
import type { ScaleIndex } from '../core/scale.js';
import { importWords } from '../i18n/import-words.js';
import { schemaWords } from '../i18n/schema-words.js';
import { buildStrategy } from './build.js';
import { readDocument, type Warning } from './document.js';
import { splitItems } from './lines.js';
import { MarkFinder } from './marks.js';
import { toYaml } from './yaml-out.js';

export type { Warning } from './document.js';

/** Which files the folder reader (src/io/read-folder.ts) reads as YAML; the others it only lists. */
const yamlName = /\.ya?ml$/i;

export interface ImportOptions {
  /** The scale the marks are looked up in, and its file's text (copied to scale.yaml). */
  scale: ScaleIndex;
  scaleText: string;
  /** The document's name as shown to the user (for the file headers). */
  source: string;
  /** The target folder as shown to the user (for the loader's diagnostics). */
  out: string;
  lang: Lang;
  /** The year a period defaults to when the document names none (the edge passes today's). */
  defaultYear: number;
}

export interface ImportResult {
  /**
   * Relative path ('/'-separated) → text: the YAML files, each starting with the editor's schema
   * modeline, and the JSON Schemas in schemas/ they point to; empty when the document yields no strategy.
   */
  files: Map<string, string>;
  /** Things placed by guess or kept as text, with the source line (0: the document as a whole). */
  warnings: Warning[];
  /** Why the document yields no strategy: sections the format needs that it lacks. */
  errors: Warning[];
  /** The project's own loader on the files: errors here mean the import must not be written. */
  diagnostics: Diagnostic[];
  stats: { areas: number; goals: number; marks: number };
}

export function importStrategy(text: string, options: ImportOptions): ImportResult {
  const w = importWords[options.lang];
  const marks = new MarkFinder(options.scale);
  const warnings: Warning[] = [];

  const lines = splitItems(text, {
    isMark: (t) => marks.whole(t) !== undefined,
    endsWithMark: (t) => marks.find(t).some((m) => m.index + m.raw.length === t.length),
  });
  for (const lw of lines.warnings) {
    warnings.push({ line: lw.line, message: lw.kind === 'comment-empty' ? w.commentEmpty(lw.value) : w.markOnItsOwn(lw.value) });
  }
  const doc = readDocument(lines.items, w, warnings);
  const fullText = lines.items.map((i) => i.text).join('\n');
  const built = buildStrategy(doc, { marks, w, fullText, defaultYear: options.defaultYear, warnings });
  const sorted = () => [...warnings].sort((a, b) => a.line - b.line);
  if (!built.strategy || built.errors.length > 0) {
    return { files: new Map(), warnings: sorted(), errors: built.errors, diagnostics: [], stats: built.stats };
  }

  const files = new Map<string, string>();
  const strategy = built.strategy;
  files.set('strategy.yaml', `${modeline('strategy', 'strategy.yaml')}\n${toYaml(w.strategyHeader(strategy.organisation, strategy.title, options.source), strategy)}`);
  files.set('scale.yaml', scaleCopy(options.scaleText));
  const width = Math.max(2, String(built.areas.length).length);
  built.areas.forEach((area, k) => {
    const rel = `areas/${String(k + 1).padStart(width, '0')}-${area.id}.yaml`;
    files.set(rel, `${modeline('area', rel)}\n${toYaml(w.areaHeader(area.title, area.part), area)}`);
  });
  // The schemas the modelines point to, as `vm-strategy init` writes them, with marks on the scale.
  const schemas = jsonSchemaFiles({ words: schemaWords[options.lang], scale: options.scale.scale });
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
        return bytes.length > maxFileBytes ? { path: rel, display, tooLarge: bytes.length } : { path: rel, display, bytes };
      }),
    others: written.filter(([rel]) => !yamlName.test(rel)).map(([rel]) => ({ path: rel, display: `${options.out}/${rel}` })),
  });
  return { files, warnings: sorted(), errors: [], diagnostics: sortDiagnostics(loaded.diagnostics), stats: built.stats };
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
  const kept = [...lines.slice(0, head).filter((line) => !/^\s*#\s*yaml-language-server:/.test(line)), ...lines.slice(head)].join('\n');
  const described = /^# /.test(kept) ? kept : `# Assessment scale (vurderingsskala)${eol}${kept}`;
  return `${modeline('scale', 'scale.yaml')}${eol}${described}`;
}
