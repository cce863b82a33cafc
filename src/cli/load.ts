// Shared by every command that reads a strategy: find the folder, read it, check it.
import { loadStrategy, type LoadResult } from '../core/load-strategy.js';
import type { StrategyFolder } from '../core/source.js';
import type { Lang } from '../core/lang.js';
import { locateWords } from '../i18n/locate-words.js';
import { FolderError, readStrategyFolder } from '../io/read-folder.js';
import {
  AmbiguousStrategyError,
  locateStrategy,
  StrategyNotFoundError,
  type LocateOptions,
  type StrategyLocation,
} from '../io/strategy-dir.js';
import { UserError } from './exit-codes.js';
import type { Io } from './io.js';

export interface Loaded extends LoadResult {
  dir: string;
  files: number;
  /** The bundled example strategy: everything made from it says so. */
  example: boolean;
}

export interface FindOptions extends LocateOptions {
  lang: Lang;
}

/**
 * The strategy folder of a command (see locateStrategy), with the user's mistakes turned into
 * messages. When it is the bundled example, a line on stderr says so.
 */
export function findStrategy(options: FindOptions, io: Io): StrategyLocation {
  const found = findStrategyOrNone(options, io);
  if (found instanceof StrategyNotFoundError)
    throw new UserError(locateWords[options.lang].notFound(found.searched, found.stoppedAt));
  return found;
}

/**
 * As findStrategy, for a command that can do without a strategy (schema): finding none is an
 * answer, with where the search stopped, rather than a mistake.
 */
export function findStrategyOrNone(options: FindOptions, io: Io): StrategyLocation | StrategyNotFoundError {
  const lw = locateWords[options.lang];
  let location: StrategyLocation;
  try {
    location = locateStrategy(options, io.cwd, io.env);
  } catch (error) {
    if (error instanceof StrategyNotFoundError) return error;
    if (error instanceof AmbiguousStrategyError) throw new UserError(lw.ambiguous(error.candidates));
    throw error;
  }
  if (location.example) io.err(`${lw.exampleNotice}\n`);
  return location;
}

export async function loadFromDisk(options: FindOptions, io: Io): Promise<Loaded> {
  const location = findStrategy(options, io);
  const folder = await readFolderAt(location, options.lang, io.cwd);
  return { dir: location.dir, files: folder.files.length, example: location.example, ...loadStrategy(folder) };
}

/** The files of a strategy folder, with a folder that cannot be read turned into a message. */
export async function readFolderAt(location: StrategyLocation, lang: Lang, cwd: string): Promise<StrategyFolder> {
  const { dir } = location;
  try {
    return await readStrategyFolder(dir, cwd);
  } catch (error) {
    if (error instanceof FolderError) {
      const lw = locateWords[lang];
      if (error.message === 'unreadable') throw new UserError(lw.unreadable(dir, error.code ?? ''));
      const what = error.message === 'missing' ? lw.missing(dir) : lw.notAFolder(dir);
      throw new UserError(`${what} ${lw.missingHint(location.how === 'env' ? 'env' : 'dir')}`);
    }
    throw error;
  }
}
