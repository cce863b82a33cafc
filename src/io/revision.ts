// The edge that reads an older revision of the strategy for `--against REF`: a folder (an older
// copy), or a git revision read straight from the repository's object store. Git is run with
// execFile (never a shell) and only with commands that read: the working tree, the index and
// HEAD are never touched, so nothing the user has in progress can be lost.
import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { maxFileBytes, type SourceFile, type StrategyFolder } from '../core/source.js';
import { readStrategyFolder } from './read-folder.js';
import { byName } from '../core/order.js';

export type RevisionKind = 'folder' | 'git';

export interface Revision {
  /** REF as the user wrote it. */
  ref: string;
  kind: RevisionKind;
  folder: StrategyFolder;
}

export type RevisionProblem = 'dash' | 'neither' | 'no-git' | 'not-repo' | 'not-in-revision' | 'git-failed';

export class RevisionError extends Error {
  constructor(
    readonly reason: RevisionProblem,
    readonly ref: string,
    /** The repository root, the strategy folder or git's own message, depending on the reason. */
    readonly detail = '',
  ) {
    super(reason);
  }
}

/** The same limits as reading a folder from disk (src/io/read-folder.ts). */
const maxDepth = 4;
const skippedDirs = new Set(['node_modules', '.git']);

/**
 * Reads REF: an existing folder (relative to `cwd`) wins; otherwise REF is a git revision of
 * the repository that holds `strategyDir`, and the strategy is read from the same place in it,
 * by a git that sees the run's environment `env`.
 */
export async function readRevision(
  ref: string,
  strategyDir: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Revision> {
  // Never let REF be read as an option, by git or anyone else.
  if (ref.startsWith('-')) throw new RevisionError('dash', ref);
  const asFolder = path.resolve(cwd, ref);
  const info = ref === '' ? undefined : await stat(asFolder).catch(() => undefined);
  if (info?.isDirectory()) return { ref, kind: 'folder', folder: await readStrategyFolder(asFolder, cwd) };
  return { ref, kind: 'git', folder: await readGitRevision(ref, path.resolve(cwd, strategyDir), env) };
}

async function readGitRevision(ref: string, strategyDir: string, env: Env): Promise<StrategyFolder> {
  const git = (args: string[], cwd: string) => runGit(args, cwd, env);
  const top = await git(['rev-parse', '--show-toplevel'], strategyDir).catch((error: unknown) => {
    if (error instanceof GitMissing) throw new RevisionError('no-git', ref);
    throw new RevisionError('not-repo', ref, gitMessage(error));
  });
  const root = top.toString('utf8').replace(/\r?\n$/, '');
  const commit = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root).catch(
    () => {
      throw new RevisionError('neither', ref, root);
    },
  );
  const oid = commit.toString('utf8').trim();

  const relative = path.relative(await realpath(root), await realpath(strategyDir));
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new RevisionError('not-repo', ref);
  const prefix = relative.split(path.sep).join('/');
  const shown = `${ref}:${prefix === '' ? '.' : prefix}`;

  // --long gives each blob's size, so a huge file is refused before it is read; -z keeps odd names intact.
  const listing = await git(
    ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--long', oid, ...(prefix === '' ? [] : ['--', `${prefix}/`])],
    root,
  ).catch((error: unknown) => {
    throw new RevisionError('git-failed', ref, gitMessage(error));
  });

  const folder: StrategyFolder = { display: shown, files: [], others: [] };
  const blobs: { rel: string; display: string; oid: string }[] = [];
  for (const entry of listing.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object, size] = entry.slice(0, tab).split(/ +/);
    const full = entry.slice(tab + 1);
    if (prefix !== '' && !full.startsWith(`${prefix}/`)) continue;
    const rel = prefix === '' ? full : full.slice(prefix.length + 1);
    const parts = rel.split('/');
    const dirs = parts.slice(0, -1);
    // What the folder walker would never reach is not part of the strategy here either.
    if (dirs.length > maxDepth || dirs.some((d) => skippedDirs.has(d) || d.startsWith('.'))) continue;
    const display = `${ref}:${full}`;
    const name = parts[parts.length - 1]!;
    if (type !== 'blob' || !/\.ya?ml$/i.test(name)) {
      folder.others.push({ path: rel, display });
    } else if (mode === '120000') {
      // A symbolic link is stored as its target's path; it is not followed inside a revision.
      folder.files.push({ path: rel, display, unreadable: 'symbolic link' });
    } else if (Number(size) > maxFileBytes) {
      folder.files.push({ path: rel, display, tooLarge: Number(size) });
    } else {
      blobs.push({ rel, display, oid: object! });
    }
  }
  if (folder.files.length === 0 && folder.others.length === 0 && blobs.length === 0) {
    throw new RevisionError('not-in-revision', ref, prefix === '' ? '.' : prefix);
  }
  const read = await Promise.all(
    blobs.map(async ({ rel, display, oid: blob }): Promise<SourceFile> => {
      const bytes = await git(['cat-file', 'blob', blob], root).catch((error: unknown) => {
        throw new RevisionError('git-failed', ref, gitMessage(error));
      });
      return { path: rel, display, bytes: new Uint8Array(bytes) };
    }),
  );
  // In the order the folder walker would read them: ls-tree sorts by bytes, the walker by name.
  folder.files.push(...read);
  folder.files.sort((a, b) => byName(a.path, b.path));
  folder.others.sort((a, b) => byName(a.path, b.path));
  return folder;
}

class GitMissing extends Error {}

class GitFailed extends Error {
  constructor(readonly stderr: string) {
    super(stderr);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Runs git with arguments as given (no shell), in `cwd`; resolves with stdout as bytes. */
function runGit(args: string[], cwd: string, env: Env): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      // No pager, no prompt for credentials, and room for the largest file a strategy may have.
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 4 * maxFileBytes,
        windowsHide: true,
        env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new GitMissing('git'));
        reject(new GitFailed(stderr.toString('utf8')));
      },
    );
  });
}

/** git's own first line ("fatal: not a git repository …"), without the "fatal: ". */
function gitMessage(error: unknown): string {
  const text = error instanceof GitFailed ? error.stderr : error instanceof Error ? error.message : String(error);
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(/^(fatal|error): /, '').trim();
}
