// Shared by every command that reads a strategy: find the folder, read it, check it.
import { loadStrategy, type LoadResult } from '../core/load-strategy.js';
import type { Lang } from '../core/lang.js';
import { FolderError, readStrategyFolder } from '../io/read-folder.js';
import { resolveStrategyDir } from '../io/strategy-dir.js';
import { UserError } from './exit-codes.js';

export interface Loaded extends LoadResult {
  dir: string;
  files: number;
}

export async function loadFromDisk(dirOption: string | undefined, lang: Lang): Promise<Loaded> {
  const dir = resolveStrategyDir(dirOption);
  try {
    const folder = await readStrategyFolder(dir);
    return { dir, files: folder.files.length, ...loadStrategy(folder) };
  } catch (error) {
    if (error instanceof FolderError) {
      const nb = error.message === 'missing' ? `Finner ikke strategimappen ${dir}.` : `${dir} er ikke en mappe.`;
      const en = error.message === 'missing' ? `Cannot find the strategy folder ${dir}.` : `${dir} is not a folder.`;
      const hint = lang === 'nb' ? 'Oppgi en mappe med --dir, eller kjør fra en mappe som har ./strategy.' : 'Give a folder with --dir, or run where ./strategy exists.';
      throw new UserError(`${lang === 'nb' ? nb : en} ${hint}`);
    }
    throw error;
  }
}
