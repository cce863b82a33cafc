// Every file the tool writes goes through here: a temporary file in the same folder, flushed
// to disk, then renamed over the target. An interrupted run leaves the old file or the new
// one, whole, never half of either.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The file changed on disk between reading it and writing it: someone else's edit wins. */
export class FileChangedError extends Error {
  constructor(readonly target: string) {
    super(`${target} changed on disk while the tool was working`);
  }
}

export interface AtomicWriteOptions {
  /** The bytes the file had when it was read (null: it did not exist). Checked just before the rename. */
  expect?: Uint8Array | null;
}

/**
 * A name part no other writer uses: the process id, and a random part for several writes in one
 * process. Opening with 'wx' (O_EXCL) makes the name exclusive anyway; the random part only
 * makes a clash unlikely. (Math.random, not node:crypto: loading crypto costs every run ~5 ms.)
 */
export const tempSuffix = () => `${process.pid}.${Math.random().toString(36).slice(2, 10)}`;

export async function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${tempSuffix()}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    if (options.expect !== undefined) {
      const now = await readFile(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      const same = now === null || options.expect === null ? now === options.expect : Buffer.compare(now, options.expect) === 0;
      if (!same) throw new FileChangedError(target);
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
