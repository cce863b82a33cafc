import { explainWriteError, shownPath } from '../output.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { jsonSchemaFiles } from '../../core/json-schema.js';
import type { Lang } from '../../core/lang.js';
import { readYamlAs } from '../../core/schema-issues.js';
import { scaleSchema, type Scale } from '../../core/schema.js';
import { schemaWords } from '../../i18n/schema-words.js';
import { toolingWords } from '../../i18n/tooling-words.js';
import { StrategyNotFoundError } from '../../io/strategy-dir.js';
import { writeTree } from '../../io/write-tree.js';
import { printDataErrors } from '../data-errors.js';
import { UserError } from '../exit-codes.js';
import { findStrategyOrNone, readFolderAt } from '../load.js';
import type { Io, Outcome } from '../io.js';

export interface SchemaOptions {
  out: string;
  lang: Lang;
  dir?: string;
  example?: boolean;
}

/** The scale the schemas' marks are made from, or none, with a line that says which. */
interface MarksSource {
  scale?: Scale;
  note: string;
  /** Why the strategy's scale cannot be used, shown as validate shows it. */
  problems: Diagnostic[];
}

/**
 * The scale of the strategy found as every command finds it (--dir, --example, VM_STRATEGY_DIR,
 * the search upwards). Finding no strategy at all is no mistake here: the schemas are still
 * useful, with marks left free. A folder named that is not there is one, as in every command.
 */
async function marksSource(options: SchemaOptions, io: Io): Promise<MarksSource> {
  const tw = toolingWords[options.lang];
  const location = findStrategyOrNone(options, io);
  if (location instanceof StrategyNotFoundError) return { note: tw.schemaNoStrategy(location.stoppedAt), problems: [] };
  const folder = await readFolderAt(location, options.lang, io.cwd);
  const file = folder.files.find((f) => f.path === 'scale.yaml') ?? folder.files.find((f) => f.path === 'scale.yml');
  if (!file) {
    const display = `${folder.display}/scale.yaml`;
    return {
      note: tw.schemaScaleUnusable(display),
      problems: [diagnostic('file-missing', { file: folder.display, line: 0, col: 0 }, { name: 'scale.yaml' })],
    };
  }
  const { value, diagnostics } = readYamlAs(file, scaleSchema);
  if (!value) return { note: tw.schemaScaleUnusable(file.display), problems: diagnostics };
  return { scale: value, note: tw.schemaMarksFrom(file.display, value.marks.length), problems: [] };
}

export async function schema(options: SchemaOptions, io: Io, _outcome: Outcome): Promise<void> {
  const tw = toolingWords[options.lang];
  const out = options.out;
  const abs = path.resolve(io.cwd, out);
  const info = await stat(abs).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError(tw.notAFolder(out));
  const marks = await marksSource(options, io);
  const files = jsonSchemaFiles({ words: schemaWords[options.lang], ...(marks.scale ? { scale: marks.scale } : {}) });
  try {
    await writeTree(
      abs,
      files.map((f) => ({ path: f.name, text: f.text })),
    );
  } catch (error) {
    // A device, pipe or folder where a file goes, a lock held, a hard link: said as for any write.
    if (typeof (error as NodeJS.ErrnoException).code !== 'string')
      throw explainWriteError(
        error,
        shownPath((error as { target?: string }).target, out, abs) ?? path.normalize(out),
        options.lang,
      );
    throw new UserError(tw.cannotWrite(path.normalize(out), (error as NodeJS.ErrnoException).code!));
  }
  // The scale's errors (not its warnings) as validate shows them; the schemas are written all the same.
  if (marks.problems.length > 0) printDataErrors(io, { diagnostics: marks.problems, files: 1 }, options);
  io.err(
    `${tw.schemaWrote(
      path.normalize(out),
      files.map((f) => f.name),
    )}\n${marks.note}\n`,
  );
}
