// Every file the tool writes goes through here, so every write keeps the same promises:
// - atomic: a temporary file in the same folder, flushed to disk, then renamed over the target,
//   so an interrupted run leaves the old file or the new one, whole, never half of either;
// - in turn: a lock next to the file is held from reading it to renaming over it, so two runs
//   that edit the same file (20 `assess` at once) apply one after the other and none is lost;
// - only regular files: a device, a named pipe, a socket or a folder at the path is refused,
//   never replaced; a symbolic link is written through to its target; a file with hard links is
//   refused, since a rename would silently split it from its other names;
// - the file keeps its mode and, where the system allows, its owner;
// - leftovers of a killed run (its temporary file) are removed by the next write of the file.
// The behaviour follows npm's write-file-atomic (links resolved, mode and owner kept, fsync,
// rename), with a lock (src/io/lock.ts) held across the read-modify-write.
import { lstatSync, readlinkSync, type Stats } from 'node:fs';
import { open, readdir, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { LockedError, lockPathOf, withLock, type LockGuard } from './lock.js';
import { kindOf, readBounded } from './read-bounded.js';
import type { NotAFileKind } from '../core/source.js';

/** The file changed on disk between reading it and writing it: someone else's edit wins. */
export class FileChangedError extends Error {
  constructor(readonly target: string) {
    super(`${target} changed on disk while the tool was working`);
  }
}

/** A path the tool will not write: what is there instead of a regular file. */
export class UnsafeTargetError extends Error {
  constructor(
    readonly target: string,
    readonly reason: { kind: NotAFileKind } | { hardLinks: number } | { loop: true },
  ) {
    super(`unsafe target ${target}`);
  }
}

/** Another run holds the file's lock, and did not let go in time (or took it over meanwhile). */
export { LockedError as FileLockedError };

/** A file read for an update is not readable as a regular file within the limit. */
export class UnreadableTargetError extends Error {
  constructor(
    readonly target: string,
    readonly problem: { code: string } | { size: number },
  ) {
    super(`cannot read ${target}`);
  }
}

export interface AtomicWriteOptions {
  /** The bytes the file had when it was read (null: it did not exist). Checked under the lock, just before the rename. */
  expect?: Uint8Array | null;
}

/**
 * A name part no other writer uses: the process id, and a random part for several writes in one
 * process. Opening with 'wx' (O_EXCL) makes the name exclusive anyway; the random part only
 * makes a clash unlikely. (Math.random, not node:crypto: loading crypto costs every run ~5 ms.)
 */
export const tempSuffix = () => `${process.pid}.${Math.random().toString(36).slice(2, 10)}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * What a killed run can leave beside `base`: its temporary file `.<base>.<pid>.<random>.tmp`, and a
 * dead run's lock moved aside for removal, `.<base>.lock.stale-…`.
 */
const leftoverName = (base: string) =>
  new RegExp(`^\\.${escapeRegExp(base)}\\.(\\d+\\.[a-z0-9]+\\.tmp|lock\\.stale-[a-z0-9.]+)$`);

/** Where a write to `target` really goes: symbolic links followed (also one that points nowhere yet). */
export function resolveLinks(target: string): string {
  let current = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats;
    try {
      info = lstatSync(current);
    } catch {
      return current; // nothing there (yet): a new file
    }
    if (!info.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  throw new UnsafeTargetError(target, { loop: true });
}

interface Existing {
  mode: number;
  uid: number;
  gid: number;
}

/** What is at the path now: nothing, or a regular file with one name. Anything else is refused. */
function inspect(file: string, shown: string): Existing | null {
  let info: Stats;
  try {
    info = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!info.isFile()) throw new UnsafeTargetError(shown, { kind: kindOf(info) });
  if (info.nlink > 1) throw new UnsafeTargetError(shown, { hardLinks: info.nlink });
  return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
}

/** Checks that a path may be written (a regular file with one name, or nothing yet), without writing. */
export function checkWritable(target: string): void {
  inspect(resolveLinks(target), target);
}

/** Runs `work` while holding the lock of `file` (`.<name>.lock` beside it, so it never shows in a strategy folder's layout). */
export const withFileLock = <T>(file: string, work: (guard: LockGuard) => Promise<T>): Promise<T> =>
  withLock(file, work);

/** Removes the temporary files of `file` that a killed run left; only called while holding its lock. */
async function removeLeftovers(file: string): Promise<void> {
  const pattern = leftoverName(path.basename(file));
  const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => pattern.test(n))
      .map((n) => rm(path.join(path.dirname(file), n), { recursive: true, force: true }).catch(() => undefined)),
  );
}

async function writeTemp(file: string, content: string | Uint8Array, existing: Existing | null): Promise<string> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${tempSuffix()}.tmp`);
  // A new file gets 0666 less the umask, as any program's new file does; a replaced one its own mode.
  let handle: FileHandle | undefined = await open(temp, 'wx', existing ? 0o600 : 0o666);
  try {
    await handle.writeFile(content);
    if (existing) {
      await handle.chmod(existing.mode);
      // Who this process runs as is a fact about the process, not the run's configuration, so it
      // is asked of `process` here rather than of the run's Io (src/cli/io.ts).
      if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
        // Only root may give a file away; for anyone else the file becomes theirs, as an editor's save does.
        await handle.chown(existing.uid, existing.gid).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPERM' && error.code !== 'EINVAL') throw error;
        });
      }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    return temp;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function syncFolder(dir: string): Promise<void> {
  // The rename itself reaches the disk only when the folder does; not every system allows it.
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

async function replace(file: string, shown: string, content: string | Uint8Array, guard: LockGuard): Promise<void> {
  const existing = inspect(file, shown);
  await removeLeftovers(file);
  const temp = await writeTemp(file, content, existing);
  try {
    // The lock was lost (another run judged it left behind): writing now could lose that run's change.
    if (!(await guard.held())) throw new LockedError(file, lockPathOf(file));
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/** Reads `file` for an update: its bytes, or null when it does not exist yet. */
function readForUpdate(file: string, shown: string, limit: number): Uint8Array | null {
  const read = readBounded(file, limit);
  if (read.ok) return read.bytes;
  if (read.reason === 'error' && read.code === 'ENOENT') return null;
  if (read.reason === 'not-a-file') throw new UnsafeTargetError(shown, { kind: read.kind });
  throw new UnreadableTargetError(shown, read.reason === 'too-large' ? { size: read.size } : { code: read.code });
}

/** Writes `content` to `target` atomically, under the file's lock. */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const file = resolveLinks(target);
  inspect(file, target);
  await withFileLock(file, async (guard) => {
    if (options.expect !== undefined) {
      const now = readForUpdate(file, target, Number.MAX_SAFE_INTEGER);
      const same =
        now === null || options.expect === null ? now === options.expect : Buffer.compare(now, options.expect) === 0;
      if (!same) throw new FileChangedError(target);
    }
    await replace(file, target, content, guard);
  });
}

/**
 * Read-modify-write of one file under its lock: `edit` gets the current bytes (null when the file
 * does not exist) and returns the new content, or undefined to leave the file as it is. Runs that
 * update the same file at the same time apply one after the other, each on the other's result.
 */
export async function updateFileAtomic<T>(
  target: string,
  limit: number,
  edit: (
    current: Uint8Array | null,
  ) => { content: string | Uint8Array; result: T } | { content?: undefined; result: T },
): Promise<T> {
  const file = resolveLinks(target);
  inspect(file, target);
  return withFileLock(file, async (guard) => {
    const current = readForUpdate(file, target, limit);
    const { content, result } = edit(current);
    if (content !== undefined) await replace(file, target, content, guard);
    return result;
  });
}
