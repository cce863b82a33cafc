// A copy of this repository as someone else gets it from git: the files git tracks (or would track:
// new files that are not ignored), as they are in the working tree, without node_modules/ or dist/.
// That is what a GitHub Action's folder or a `git+…` install starts from.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir, repoRoot } from './cli.js';

const run = promisify(execFile);

/** git without the developer's or the machine's configuration, and with a fixed author. */
export const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'vm-strategy tests',
  GIT_AUTHOR_EMAIL: 'tests@example.invalid',
  GIT_COMMITTER_NAME: 'vm-strategy tests',
  GIT_COMMITTER_EMAIL: 'tests@example.invalid',
};

export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd, env: gitEnv })).stdout;
}

/**
 * Copies the repository's files into a fresh temp folder. With `commit`, the copy is also made a git
 * repository with everything committed, so that it can be installed from as `git+file://`.
 */
export async function checkoutCopy({ commit = false } = {}): Promise<string> {
  const dir = await makeTempDir();
  const listed = await git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard');
  for (const rel of new Set(listed.split('\0').filter(Boolean))) {
    const from = path.join(repoRoot, rel);
    // A file deleted in the working tree but not yet in git is not there to copy.
    if (!(await stat(from).catch(() => undefined))?.isFile()) continue;
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await copyFile(from, path.join(dir, rel));
  }
  if (commit) {
    await git(dir, 'init', '-q');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '--no-gpg-sign', '-m', 'the working tree of vm-strategy, for a test');
  }
  return dir;
}
