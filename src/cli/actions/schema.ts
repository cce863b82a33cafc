import { explainWriteError, shownPath } from '../output.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemaFiles } from '../../core/json-schema.js';
import type { Lang } from '../../core/lang.js';
import { toolingWords } from '../../i18n/tooling-words.js';
import { writeTree } from '../../io/write-tree.js';
import { UserError } from '../exit-codes.js';
import type { Io, Outcome } from '../io.js';

export interface SchemaOptions {
  out: string;
  lang: Lang;
}

/** Where `schema` writes without --out: ./schemas, as `report` writes report.html in the current folder. */

export async function schema(options: SchemaOptions, io: Io, _outcome: Outcome): Promise<void> {
  const tw = toolingWords[options.lang];
  const out = options.out;
  const abs = path.resolve(io.cwd, out);
  const info = await stat(abs).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError(tw.notAFolder(out));
  const files = jsonSchemaFiles();
  try {
    await writeTree(abs, files.map((f) => ({ path: f.name, text: f.text })));
  } catch (error) {
    // A device, pipe or folder where a file goes, a lock held, a hard link: said as for any write.
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw explainWriteError(error, shownPath((error as { target?: string }).target, out, abs) ?? path.normalize(out), options.lang);
    throw new UserError(tw.cannotWrite(path.normalize(out), (error as NodeJS.ErrnoException).code!));
  }
  io.err(`${tw.schemaWrote(path.normalize(out), files.map((f) => f.name))}\n`);
}
