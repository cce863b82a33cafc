// The edge that reads a strategy folder from disk. It only lists and reads bytes; every
// judgement about what it finds is made by the core (src/core/load-strategy.ts).
// The calls are synchronous on purpose: a CLI has nothing else to do meanwhile, and a dozen
// files read one by one this way take a fraction of the time the promise-based calls take
// (each of those is a round trip through libuv's thread pool, several for one readFile).
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readBounded } from './read-bounded.js';
import path from 'node:path';
import { maxFileBytes, type NotAFileKind, type SourceFile, type StrategyFolder } from '../core/source.js';
import { byName } from '../core/order.js';

/** A strategy folder is shallow; deeper trees are someone else's files and are not walked. */
const maxDepth = 4;
const skippedDirs = new Set(['node_modules', '.git']);
const yamlName = /\.ya?ml$/i;

/** The strategy folder itself cannot be read: missing, not a folder, or unreadable (with the errno code). */
export class FolderError extends Error {
  constructor(
    message: 'missing' | 'not-a-folder' | 'unreadable',
    readonly folder: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Reads the strategy folder `dir`; `cwd` is the working folder of the run, which the paths shown are relative to. */
export async function readStrategyFolder(dir: string, cwd: string): Promise<StrategyFolder> {
  const root = path.resolve(cwd, dir);
  let info: Stats;
  try {
    info = statSync(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only a folder that is not there is missing; a link loop or a folder we may not enter is not.
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FolderError('missing', dir);
    throw new FolderError('unreadable', dir, code ?? 'unknown error');
  }
  if (!info.isDirectory()) throw new FolderError('not-a-folder', dir);
  // A folder that cannot be listed would otherwise look like one whose files are all missing.
  try {
    readdirSync(root);
  } catch (error) {
    throw new FolderError('unreadable', dir, (error as NodeJS.ErrnoException).code ?? 'unknown error');
  }
  // Paths are shown relative to where the user stands, as editors and CI annotations expect.
  const display = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return (rel === '' ? '.' : rel.startsWith('..') ? abs : rel).split(path.sep).join('/');
  };
  const folder: StrategyFolder = { display: display(root), files: [], others: [] };

  function walk(abs: string, rel: string, depth: number): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      folder.files.push({ path: rel, display: display(abs), unreadable: reason(error) });
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        // Follow links to files, but never walk into a linked folder: that is how loops start.
        let target: Stats;
        try {
          target = statSync(childAbs);
        } catch (error) {
          folder.files.push({ path: childRel, display: display(childAbs), unreadable: reason(error) });
          continue;
        }
        if (target.isDirectory()) {
          if (yamlName.test(entry.name))
            folder.files.push({ path: childRel, display: display(childAbs), unreadable: 'EISDIR' });
          else folder.others.push({ path: childRel, display: display(childAbs) });
          continue;
        }
      }
      if (entry.isDirectory()) {
        if (skippedDirs.has(entry.name) || entry.name.startsWith('.')) continue;
        // A folder named like a YAML file (areas/03-x.yaml/) is where the author expects a file:
        // reporting it as unreadable beats walking into it and saying nothing.
        if (yamlName.test(entry.name)) {
          folder.files.push({ path: childRel, display: display(childAbs), unreadable: 'EISDIR' });
          continue;
        }
        if (depth < maxDepth) walk(childAbs, childRel, depth + 1);
        continue;
      }
      if (yamlName.test(entry.name)) folder.files.push(readSource(childAbs, childRel, display(childAbs)));
      else folder.others.push({ path: childRel, display: display(childAbs) });
    }
  }

  walk(root, '', 0);
  return folder;
}

export function readSource(abs: string, rel: string, shown: string): SourceFile {
  // Only regular files are read, and never past the limit: a named pipe would block the read for
  // ever, and a link to a device such as /dev/zero reports size 0 and never ends.
  const read = readBounded(abs, maxFileBytes);
  if (read.ok) return { path: rel, display: shown, bytes: read.bytes };
  if (read.reason === 'too-large') return { path: rel, display: shown, tooLarge: read.size };
  if (read.reason === 'not-a-file') return { path: rel, display: shown, unreadable: specialNames[read.kind] };
  return { path: rel, display: shown, unreadable: read.code };
}

/** What a path that is not a regular file is, in words that read the same in both languages. */
const specialNames: Record<NotAFileKind, string> = {
  directory: 'EISDIR',
  fifo: 'FIFO',
  socket: 'socket',
  device: 'device',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? 'unknown error';
}
