import { mkdir, readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors } from '../../core/diagnostics.js';
import type { Lang } from '../../core/lang.js';
import { importWords, type ImportWords } from '../../i18n/import-words.js';
import { importStrategy } from '../../import/index.js';
import { readScale } from '../../import/scale-source.js';
import { bundledStrategyDir } from '../../io/strategy-dir.js';
import { tempSuffix } from '../../io/write-atomic.js';
import { writeTree } from '../../io/write-tree.js';
import { decode } from '../../core/yaml-source.js';
import { printDataErrors } from '../data-errors.js';
import { reportDate } from '../clock.js';
import { makeChalk } from '../color.js';
import { exitCodes, UserError } from '../exit-codes.js';
import type { Io, Outcome } from '../program.js';

export interface ImportOptions {
  out: string;
  force?: boolean;
  scale?: string;
  lang: Lang;
  color?: boolean;
}

/** A strategy document is a few hundred KB at most; anything much larger is the wrong file. */
const maxDocumentBytes = 5 * 1024 * 1024;

export async function importDocument(file: string, options: ImportOptions, io: Io, outcome: Outcome): Promise<void> {
  const w = importWords[options.lang];
  const text = await readDocument(file, w);
  const target = path.resolve(options.out);
  const existing = await inspectTarget(target, options.out, w);
  if (existing === 'not-empty' && !options.force) throw new UserError(w.outNotEmpty(options.out));

  const scaleFile = options.scale ?? path.join(bundledStrategyDir, 'scale.yaml');
  const scaleBytes = await readBytes(scaleFile, w);
  const scale = readScale(scaleBytes, options.scale ?? 'scale.yaml');
  if (!scale.index || scale.text === undefined) {
    printDataErrors(io, { diagnostics: scale.diagnostics, files: 1 }, options);
    throw new UserError(w.scaleUnusable(scaleFile));
  }

  const outDisplay = options.out.replace(/[\\/]+$/, '') || options.out;
  const result = importStrategy(text, {
    scale: scale.index,
    scaleText: scale.text,
    source: path.basename(file),
    out: outDisplay,
    lang: options.lang,
    defaultYear: Number(reportDate().slice(0, 4)),
  });

  const chalk = makeChalk(options.color, process.stderr);
  for (const warning of result.warnings) {
    io.err(`${file}${warning.line > 0 ? `:${warning.line}` : ''}: ${chalk.yellow(w.warning)}: ${warning.message}\n`);
  }
  for (const error of result.errors) {
    io.err(`${file}${error.line > 0 ? `:${error.line}` : ''}: ${chalk.red(w.error)}: ${error.message}\n`);
  }
  if (result.errors.length > 0 || hasErrors(result.diagnostics)) {
    printDataErrors(io, { diagnostics: result.diagnostics, files: result.files.size }, options, w.invalid(file));
    outcome.exitCode = exitCodes.problems;
    return;
  }

  try {
    if (existing === 'not-empty') await writeInto(target, result.files);
    else await writeFresh(target, result.files);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(w.cannotWrite(options.out, code));
  }
  io.err(`${w.wrote(outDisplay, result.stats.areas, result.stats.goals, result.stats.marks, result.warnings.length)}\n${w.next(outDisplay)}\n`);
}

async function readBytes(file: string, w: ImportWords): Promise<Uint8Array> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UserError(w.fileMissing(file));
    throw new UserError(w.fileUnreadable(file, error.code ?? String(error)));
  });
  if (info.isDirectory()) throw new UserError(w.fileIsFolder(file));
  if (info.size > maxDocumentBytes) throw new UserError(w.fileTooLarge(file, info.size, maxDocumentBytes));
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UserError(w.fileUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

/** The document as text: UTF-8 only (a BOM is fine), checked exactly as `validate` checks YAML files. */
async function readDocument(file: string, w: ImportWords): Promise<string> {
  const decoded = decode({ path: file, display: file, bytes: await readBytes(file, w) });
  if (decoded.text !== undefined) return decoded.text;
  const problem = decoded.diagnostics[0]!;
  throw new UserError(w.notUtf8(file, Math.max(problem.line, 1), String(problem.args.detail ?? problem.code)));
}

async function inspectTarget(target: string, shown: string, w: ImportWords): Promise<'missing' | 'empty' | 'not-empty'> {
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

/**
 * A new (or empty) folder appears whole or not at all: the files are written into a temporary
 * folder next to it, which is then renamed into place.
 */
async function writeFresh(target: string, files: Map<string, string>): Promise<void> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(target)}.import-${tempSuffix()}`);
  try {
    await mkdir(temp);
    for (const [rel, text] of files) {
      const abs = path.join(temp, ...rel.split('/'));
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, text, { flag: 'wx' });
    }
    // An empty folder is given way to; if something appeared in it meanwhile, rmdir refuses.
    await rmdir(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * --force into a folder that has files: each strategy file is replaced atomically, area files
 * the import did not produce are removed (they would be stale areas), anything else stays.
 */
async function writeInto(target: string, files: Map<string, string>): Promise<void> {
  await writeTree(target, [...files].map(([rel, text]) => ({ path: rel, text })));
  const areasDir = path.join(target, 'areas');
  const written = new Set([...files.keys()].filter((rel) => rel.startsWith('areas/')).map((rel) => rel.slice('areas/'.length)));
  for (const name of await readdir(areasDir)) {
    if (/\.ya?ml$/i.test(name) && !written.has(name)) await unlink(path.join(areasDir, name));
  }
}
