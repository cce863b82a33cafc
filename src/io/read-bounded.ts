// Every file the tool reads comes through here: only a regular file is read, and never more than
// a limit. `stat` alone cannot promise either: a named pipe blocks the open itself, a device such
// as /dev/zero reports size 0 and never ends, and a file can grow between stat and read. So the
// file is opened without blocking, the open descriptor is checked, and reading stops one byte
// past the limit.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { NotAFileKind } from '../core/source.js';

export type BoundedRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'not-a-file'; kind: NotAFileKind }
  | { ok: false; reason: 'error'; code: string };

export const kindOf = (info: Stats): NotAFileKind =>
  info.isDirectory() ? 'directory' : info.isFIFO() ? 'fifo' : info.isSocket() ? 'socket' : 'device';

const chunk = 64 * 1024;

const statOrUndefined = (file: string) => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

/** Reads a regular file of at most `limit` bytes. Never blocks on a special file, never reads past the limit. */
export function readBounded(file: string, limit: number): BoundedRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    // A socket cannot be opened at all (ENXIO); say what it is rather than the errno.
    const info = code === 'ENOENT' ? undefined : statOrUndefined(file);
    return info && !info.isFile()
      ? { ok: false, reason: 'not-a-file', kind: kindOf(info) }
      : { ok: false, reason: 'error', code };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(info) };
    if (info.size > limit) return { ok: false, reason: 'too-large', size: info.size };
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(chunk, limit + 1 - total));
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      parts.push(buffer.subarray(0, read));
      total += read;
      // It grew past the limit while being read (or stat did not tell the truth).
      if (total > limit) return { ok: false, reason: 'too-large', size: total };
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(parts, total)) };
  } catch (error) {
    return { ok: false, reason: 'error', code: (error as NodeJS.ErrnoException).code ?? 'unknown error' };
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (standard input) up to `limit` bytes; more than that is refused, not cut. */
export async function readStreamBounded(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<BoundedRead> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const piece of stream) {
    const buffer =
      typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    total += buffer.length;
    if (total > limit) return { ok: false, reason: 'too-large', size: total };
    parts.push(buffer);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(parts, total)) };
}
