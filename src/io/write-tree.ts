// Writes a set of files under a folder, each atomically (src/io/write-atomic.ts), making the
// folders they need. On a failure it removes what it made, so nothing half-made is left.
import { mkdir, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './write-atomic.js';

export interface TreeFile {
  /** Relative path, '/'-separated. */
  path: string;
  text: string;
}

/** Creates `dir` and the folders above it that are missing; returns those it created, outermost first. */
async function makeFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const exists = await stat(d).then(
      () => true,
      () => false,
    );
    if (exists || path.dirname(d) === d) break;
    missing.unshift(d);
  }
  await mkdir(dir, { recursive: true });
  return missing;
}

/**
 * Writes `files` under `root` (made when missing). With `cleanUp`, a failure removes the files
 * written and the folders made by this call, then rethrows.
 */
export async function writeTree(root: string, files: TreeFile[], { cleanUp = false } = {}): Promise<void> {
  const madeFolders: string[] = [];
  const written: string[] = [];
  try {
    madeFolders.push(...(await makeFolders(root)));
    for (const file of files) {
      const target = path.join(root, ...file.path.split('/'));
      madeFolders.push(...(await makeFolders(path.dirname(target))));
      await writeFileAtomic(target, file.text);
      written.push(target);
    }
  } catch (error) {
    if (cleanUp) {
      for (const file of written.reverse()) await unlink(file).catch(() => undefined);
      // Innermost first; rmdir only removes a folder that is empty, so nobody else's file goes.
      for (const dir of madeFolders.reverse()) await rmdir(dir).catch(() => undefined);
    }
    throw error;
  }
}
