import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { encodingProblem, hasErrors, type Diagnostic } from '../../core/diagnostics.js';
import type { ScaleIndex } from '../../core/scale.js';
import { chooseScale } from '../../import/choose-scale.js';
import { diagnosticFormats } from '../../render/diagnostics/index.js';
import type { ImportFormat } from '../../render/format-names.js';
import { formatImportAccount } from '../../render/import/account.js';
import { isShippedScale, shippedScaleFiles, shippedScaleNames } from '../../io/scales.js';
import { version } from '../version.js';
import type { Lang } from '../../core/lang.js';
import { importedFileWords, importWords, type ImportWords } from '../../i18n/import-words.js';
import type { DocxProblem } from '../../core/docx-problem.js';
import { isOle, isZip, readDocx } from '../../import/docx/index.js';
import { toTextExport, type TextExport } from '../../import/docx/text-export.js';
import { importStrategy } from '../../import/index.js';
import { schemaWords } from '../../i18n/schema-words.js';
import { formatDiagnosticLines } from '../../render/import/diagnostic-lines.js';
import { readScale } from '../../import/scale-source.js';
import { FileLockedError } from '../../io/write-atomic.js';
import { FolderNotEmptyError, writeFolder } from '../../io/write-folder.js';
import { readBounded, readStreamBounded } from '../../io/read-bounded.js';
import { cliWords, kindWords } from '../../i18n/cli-words.js';
import { decode } from '../../core/yaml-source.js';
import { printDataErrors } from '../data-errors.js';
import { reportDate } from '../clock.js';
import { makeChalk } from '../color.js';
import { exitCodes, UserError } from '../exit-codes.js';
import type { Io, Outcome } from '../io.js';

export interface ImportOptions {
  out: string;
  force?: boolean;
  /** nb, en (the shipped scales) or a scale file; without it, chosen by the document's marks. */
  scale?: string;
  /** Every guess and unused line is an error: nothing is written while there is one. */
  strict?: boolean;
  /** The diagnostics on stdout in validate's format; without it, one line each on stderr. */
  format?: ImportFormat;
  lang: Lang;
  color?: boolean;
}

/** A strategy document is a few hundred KB at most; anything much larger is the wrong file. */
const maxDocumentBytes = 5 * 1024 * 1024;

export async function importDocument(file: string, options: ImportOptions, io: Io, outcome: Outcome): Promise<void> {
  const w = importWords[options.lang];
  const { text, commentDetails } = await readDocument(io, file, w, options.lang);
  const target = path.resolve(io.cwd, options.out);
  // Checked now so a wrong --out is said before the work; checked again, under the lock, when writing.
  const existing = await inspectTarget(target, options.out, w);
  if (existing === 'not-empty' && !options.force) throw new UserError(w.outNotEmpty(options.out));

  const scale = await pickScale(text, options, io, w);

  const outDisplay = options.out.replace(/[\\/]+$/, '') || options.out;
  const result = importStrategy(text, {
    scale: scale.index,
    scaleText: scale.text,
    document: file,
    source: path.basename(file),
    out: outDisplay,
    words: importedFileWords[options.lang],
    schemaWords: schemaWords[options.lang],
    defaultYear: Number(reportDate(io).slice(0, 4)),
    ...(commentDetails ? { commentDetails } : {}),
    ...(scale.chosenBy ? { scaleChosen: scale.chosenBy } : {}),
  });

  const found = [...result.warnings, ...result.errors];
  // --strict: a guess is not good enough for numbers that go to a board.
  const shown = options.strict ? found.map((d): Diagnostic => ({ ...d, severity: 'error' })) : found;
  const invalid = result.errors.length > 0 || hasErrors(result.diagnostics);
  if (options.format) {
    const loaderErrors = invalid ? result.diagnostics.filter((d) => d.severity === 'error') : [];
    io.out(
      diagnosticFormats[options.format](
        { diagnostics: [...shown, ...loaderErrors], files: 1 },
        { lang: options.lang, chalk: makeChalk(options.color, io.stdout, io.env), version },
      ),
    );
  } else if (shown.length > 0) {
    io.err(
      formatDiagnosticLines(
        { diagnostics: shown, files: 1 },
        { lang: options.lang, chalk: makeChalk(options.color, io.stderr, io.env) },
      ),
    );
  }
  io.err(formatImportAccount(file, result.account, options.lang));
  if (invalid) {
    if (options.format) io.err(`${w.invalid(file)}\n`);
    else printDataErrors(io, { diagnostics: result.diagnostics, files: result.files.size }, options, w.invalid(file));
    outcome.exitCode = exitCodes.problems;
    return;
  }
  if (options.strict && found.length > 0) {
    io.err(`${w.strictFailed(file, found.length)}\n`);
    outcome.exitCode = exitCodes.problems;
    return;
  }

  try {
    // With --force, the files the import writes are replaced, and so are the other area files
    // (they would be stale areas); everything else in the folder (plans/, a README) stays.
    const replaced = (rel: string) => result.files.has(rel) || /^areas\/[^/]+\.ya?ml$/i.test(rel);
    await writeFolder(target, result.files, options.force ? { keep: (rel) => !replaced(rel) } : undefined);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof FolderNotEmptyError) throw new UserError(w.outNotEmpty(options.out));
    if (error instanceof FileLockedError) throw new UserError(cliWords[options.lang].locked(options.out, error.lock));
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(w.cannotWrite(options.out, code));
  }
  io.err(
    `${w.wrote(outDisplay, result.stats.areas, result.stats.goals, result.stats.marks, found.length)}\n${w.next(outDisplay)}\n`,
  );
}

interface PickedScale {
  index: ScaleIndex;
  text: string;
  /** The importer chose it by the document's marks (a guess the import reports). */
  chosenBy?: { marks: number };
}

/**
 * The scale named by --scale (nb, en or a file), or, without it, the shipped scale whose marks
 * the document holds most of: the Norwegian one unless the document's marks are English.
 */
async function pickScale(text: string, options: ImportOptions, io: Io, w: ImportWords): Promise<PickedScale> {
  const load = async (scaleFile: string, display: string) => {
    const scale = readScale(await readBytes(io, scaleFile, w, options.lang, 'scale'), display);
    if (!scale.index || scale.text === undefined) {
      printDataErrors(io, { diagnostics: scale.diagnostics, files: 1 }, options);
      throw new UserError(w.scaleUnusable(scaleFile));
    }
    return { index: scale.index, text: scale.text };
  };
  if (options.scale !== undefined) {
    if (options.scale.trim() === '') throw new UserError(w.scaleNames);
    const shipped = isShippedScale(options.scale) ? shippedScaleFiles[options.scale] : undefined;
    return load(shipped ?? options.scale, shipped ? 'scale.yaml' : options.scale);
  }
  const candidates = await Promise.all(
    shippedScaleNames.map(async (name) => ({ name, ...(await load(shippedScaleFiles[name], 'scale.yaml')) })),
  );
  const { chosen, marks } = chooseScale(text, candidates);
  const picked = candidates.find((c) => c.name === chosen.name)!;
  // The Norwegian scale is the default: only another choice is a guess worth saying.
  return {
    index: picked.index,
    text: picked.text,
    ...(picked.name === shippedScaleNames[0] ? {} : { chosenBy: { marks } }),
  };
}

/**
 * The bytes of the document (or of `-`, standard input) or of the --scale file: only a regular
 * file, read with a byte limit, so a named pipe or /dev/zero ends at once with a message.
 */
async function readBytes(
  io: Io,
  file: string,
  w: ImportWords,
  lang: Lang,
  what: 'document' | 'scale',
): Promise<Uint8Array> {
  const read =
    what === 'document' && file === '-'
      ? await readStreamBounded(io.stdin, maxDocumentBytes)
      : readBounded(path.resolve(io.cwd, file), maxDocumentBytes);
  if (read.ok) return read.bytes;
  if (read.reason === 'too-large') throw new UserError(w.fileTooLarge(file, read.size, maxDocumentBytes));
  if (read.reason === 'not-a-file') {
    if (what === 'scale') throw new UserError(w.scaleNotAFile(file, kindWords[lang][read.kind]));
    throw new UserError(
      read.kind === 'directory' ? w.fileIsFolder(file) : w.fileIsSpecial(file, kindWords[lang][read.kind]),
    );
  }
  if (read.code === 'ENOENT' || read.code === 'ENOTDIR') throw new UserError(w.fileMissing(file));
  throw new UserError(w.fileUnreadable(file, read.code));
}

/**
 * The document as text. A Word file, known by its content (a zip) or by its name, is read
 * with its list numbering and comments and written as Word's text export writes it; the
 * comments' dates and anchors come beside it. Any other file is text: UTF-8 only (a BOM is
 * fine), checked exactly as `validate` checks YAML files.
 */
async function readDocument(
  io: Io,
  file: string,
  w: ImportWords,
  lang: Lang,
): Promise<{ text: string; commentDetails?: TextExport['comments'] }> {
  const bytes = await readBytes(io, file, w, lang, 'document');
  if (isZip(bytes) || isOle(bytes) || /\.docx$/i.test(file)) {
    const read = readDocx(bytes);
    if (!read.ok) throw new UserError(docxProblem(w, file, read.problem));
    const exported = toTextExport(read.paragraphs);
    return { text: exported.text, commentDetails: exported.comments };
  }
  const decoded = decode({ path: file, display: file, bytes });
  if (decoded.text !== undefined) return { text: decoded.text };
  const problem = decoded.diagnostics[0]!;
  throw new UserError(
    w.notUtf8(file, Math.max(problem.line, 1), encodingProblem(problem.args.detail ?? problem.code, lang)),
  );
}

const docxProblem = (w: ImportWords, file: string, problem: DocxProblem): string =>
  (w.docx[problem.code] as (file: string, problem: DocxProblem) => string)(file, problem);

async function inspectTarget(
  target: string,
  shown: string,
  w: ImportWords,
): Promise<'missing' | 'empty' | 'not-empty'> {
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UserError(w.cannotWrite(shown, error.code ?? String(error)));
  });
  if (!info) return 'missing';
  if (!info.isDirectory()) throw new UserError(w.outNotFolder(shown));
  const entries = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(w.cannotWrite(shown, error.code ?? String(error)));
  });
  return entries.length === 0 ? 'empty' : 'not-empty';
}
