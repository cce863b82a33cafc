// A whole folder written as one: the new folder is built beside the target and moved into place,
// so a run that is killed leaves the old folder or the new one, never a mix of their files.
// POSIX cannot rename a folder over a folder that has files in it, so replacing one takes two
// renames (old out of the way, new in); a kill between them leaves the old folder under a
// temporary name, which the next run under the same lock puts back. The lock
// (`.<name>.lock` beside the folder) keeps two runs from building over each other.
import { cp, lstat, mkdir, readdir, realpath, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LockedError, lockPathOf } from './lock.js';
import { tempSuffix, withFileLock } from './write-atomic.js';

/** The temporary folders of `name`: `.<name>.import-new-<pid>.<random>` and `.<name>.import-old-…`. */
const tempFolder = (name: string, kind: 'new' | 'old') => `.${name}.import-${kind}-${tempSuffix()}`;
const leftover = (name: string) =>
  new RegExp(
    `^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:import-(new|old)-\\d+\\.[a-z0-9]+|lock\\.stale-[a-z0-9.]+)$`,
  );

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * What killed runs left beside `target`: a half-built new folder is removed; an old folder moved
 * aside is put back when the target is missing (the kill fell between the two renames), else
 * removed. Only called while holding the folder's lock, so no live run owns them.
 */
async function recover(target: string): Promise<void> {
  const parent = path.dirname(target);
  const pattern = leftover(path.basename(target));
  const names = (await readdir(parent).catch(() => [] as string[])).filter((n) => pattern.test(n)).sort();
  for (const name of names) {
    const abs = path.join(parent, name);
    // A dead run's lock moved aside has no kind: it is removed.
    if (pattern.exec(name)![1] === 'old' && !(await exists(target))) await rename(abs, target);
    else await rm(abs, { recursive: true, force: true });
  }
}

async function writeFiles(root: string, files: Map<string, string>): Promise<void> {
  for (const [rel, text] of files) {
    const abs = path.join(root, ...rel.split('/'));
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text, { flag: 'wx' });
  }
}

/** The target has files and no `keep` was given (the import was not asked to --force). */
export class FolderNotEmptyError extends Error {
  constructor(readonly target: string) {
    super(`${target} is not empty`);
  }
}

export interface ReplaceOptions {
  /** For a folder that has files: which of its files (relative, '/'-separated) stay in the new folder; its folders all stay. */
  keep: (rel: string) => boolean;
}

/** The real folder behind `target` (a link to a folder is written through, not replaced). */
async function realTarget(target: string): Promise<string> {
  return realpath(target).catch(() => path.resolve(target));
}

/**
 * Writes `files` as the folder `target`. A missing or empty target is created whole; a target with
 * files (only with `keep`) becomes a new folder holding `files` and the files `keep` keeps.
 */
export async function writeFolder(target: string, files: Map<string, string>, options?: ReplaceOptions): Promise<void> {
  const real = await realTarget(target);
  const parent = path.dirname(real);
  await mkdir(parent, { recursive: true });
  await withFileLock(real, async (guard) => {
    await recover(real);
    // Decided under the lock, after recovery: what is at the target now.
    const entries = await readdir(real).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    const hasFiles = entries !== undefined && entries.length > 0;
    if (hasFiles && !options) throw new FolderNotEmptyError(target);
    const fresh = path.join(parent, tempFolder(path.basename(real), 'new'));
    try {
      if (hasFiles) {
        // Everything the import does not write is carried over as it is (modes, links kept).
        await cp(real, fresh, {
          recursive: true,
          verbatimSymlinks: true,
          preserveTimestamps: true,
          // Folders are always carried over (the files kept inside them need them); files as `keep` says.
          filter: async (src) => {
            const rel = path.relative(real, src).split(path.sep).join('/');
            return rel === '' || (await lstat(src)).isDirectory() || options!.keep(rel);
          },
        });
      } else {
        await mkdir(fresh);
      }
      await writeFiles(fresh, files);
      if (!(await guard.held())) throw new LockedError(real, lockPathOf(real));
      if (hasFiles) {
        const old = path.join(parent, tempFolder(path.basename(real), 'old'));
        await rename(real, old);
        await rename(fresh, real);
        await rm(old, { recursive: true, force: true });
      } else {
        // An empty folder gives way; if something appeared in it meanwhile, rmdir refuses.
        await rmdir(real).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        await rename(fresh, real);
      }
    } catch (error) {
      await rm(fresh, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  });
}
