import { explainWriteError, shownPath } from '../output.js';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../../core/lang.js';
import { readScale } from '../../import/scale-source.js';
import { toolingWords, nextSteps } from '../../i18n/tooling-words.js';
import { bundledStrategyDir } from '../../io/strategy-dir.js';
import { writeTree } from '../../io/write-tree.js';
import { scaffoldFiles } from '../../render/scaffold.js';
import { reportDate } from '../clock.js';
import { UserError } from '../exit-codes.js';
import type { Io, Outcome } from '../io.js';

export interface InitOptions {
  org?: string;
  lang: Lang;
}

/** A path as it can be pasted into a shell command. */
const forShell = (p: string) => (/^[A-Za-z0-9_@%+=:,./~-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

export async function init(dir: string, options: InitOptions, io: Io, _outcome: Outcome): Promise<void> {
  const tw = toolingWords[options.lang];
  if (options.org !== undefined && options.org.trim() === '') throw new UserError(tw.initBadOrg);
  const abs = path.resolve(io.cwd, dir);
  const info = await stat(abs).catch(() => undefined);
  if (info) {
    if (!info.isDirectory()) throw new UserError(tw.notAFolder(dir));
    const entries = await readdir(abs).catch((error: NodeJS.ErrnoException) => {
      throw new UserError(tw.cannotWrite(dir, error.code ?? String(error)));
    });
    if (entries.length > 0) throw new UserError(tw.initNotEmpty(dir));
  }
  const scaleText = await readFile(path.join(bundledStrategyDir, 'scale.yaml'), 'utf8');
  const scale = readScale(new TextEncoder().encode(scaleText), 'scale.yaml').index?.scale;
  const files = scaffoldFiles({
    lang: options.lang,
    ...(options.org !== undefined ? { organisation: options.org.trim() } : {}),
    year: Number(reportDate(io).slice(0, 4)),
    scaleText,
    ...(scale ? { scale } : {}),
    dirForCommands: forShell(dir),
  });
  try {
    await writeTree(abs, files, { cleanUp: true });
  } catch (error) {
    // A device, pipe or folder where a file goes, a lock held, a hard link: said as for any write.
    if (typeof (error as NodeJS.ErrnoException).code !== 'string')
      throw explainWriteError(error, shownPath((error as { target?: string }).target, dir, abs) ?? dir, options.lang);
    throw new UserError(tw.cannotWrite(dir, (error as NodeJS.ErrnoException).code!));
  }
  io.err(
    `${tw.initDone(
      dir,
      files.map((f) => f.path),
      nextSteps[options.lang](forShell(dir)),
    )}\n`,
  );
}
