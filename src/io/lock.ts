// An exclusive lock beside a file or folder: the folder `.<name>.lock`, made with mkdir (atomic on
// every file system, network ones included), with a file `owner` in it naming the process.
//
// Why not a library's lock (proper-lockfile): those decide a lock is left behind by its age, and
// keep it fresh by touching it on a timer. A run of this tool holds a lock for milliseconds, and a
// killed run must not make the next one wait out an age limit; so a lock is left behind as soon
// as its owner is a process on this machine that no longer exists (or, for an owner elsewhere, when
// it is older than any run could hold it). Taking over moves the old lock aside by rename and
// checks it was the one judged dead, so two runs that both find a dead owner cannot both win.
//
// The owner is this process (process.pid), and whether another owner still runs is asked of the
// system (process.kill(pid, 0)): facts about processes, not the run's configuration, so they are
// taken from `process` here rather than from the run's Io (src/cli/io.ts). Every run in one
// process shares the pid; a lock then waits for the other run, which is what it should do.
import { hostname } from 'node:os';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const lockPathOf = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.lock`);

/** Another run holds the lock and did not let go in time. */
export class LockedError extends Error {
  constructor(
    readonly target: string,
    readonly lock: string,
  ) {
    super(`${target} is locked (${lock})`);
  }
}

interface Owner {
  pid: number;
  host: string;
  token: string;
}

/** No run holds a lock longer than this; an older lock of another machine's process is left behind. */
const maxHoldMs = 60_000;
/** A lock folder whose owner file is not written yet is being made; give it this long. */
const makingMs = 5_000;
/** How long to wait for another run's lock before giving up. */
const waitMs = 30_000;

const host = hostname();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const token = () => `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;

async function readOwner(lock: string): Promise<Owner | undefined> {
  try {
    const [pid, owner, id] = (await readFile(path.join(lock, 'owner'), 'utf8')).split('\n');
    if (!pid || !owner || !id) return undefined;
    return { pid: Number(pid), host: owner, token: id };
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the lock left behind by a run that is gone? Returns the owner judged dead, or undefined. */
async function leftBehind(lock: string): Promise<Owner | 'unowned' | undefined> {
  const owner = await readOwner(lock);
  const age = await stat(lock).then(
    (info) => Date.now() - info.mtimeMs,
    () => 0,
  );
  if (!owner) return age > makingMs ? 'unowned' : undefined;
  if (owner.host === host) return owner.pid !== process.pid && !alive(owner.pid) ? owner : undefined;
  return age > maxHoldMs ? owner : undefined;
}

/** Moves a dead run's lock aside and removes it, unless another run took it over meanwhile. */
async function takeOver(lock: string, dead: Owner | 'unowned'): Promise<void> {
  const aside = `${lock}.stale-${token()}`;
  try {
    await rename(lock, aside);
  } catch {
    return; // gone already: someone else cleared it
  }
  const moved = await readOwner(aside);
  const same = dead === 'unowned' ? moved === undefined : moved?.token === dead.token;
  if (!same) {
    // Not the lock judged dead: a live run's. Put it back where its owner expects it.
    await rename(aside, lock).catch(() => undefined);
    return;
  }
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
}

export interface LockGuard {
  /** Whether the lock is still ours (checked just before a rename that must not race another run). */
  held: () => Promise<boolean>;
}

/** Holds the lock of `target` while `work` runs. */
export async function withLock<T>(target: string, work: (guard: LockGuard) => Promise<T>): Promise<T> {
  const lock = lockPathOf(target);
  const me: Owner = { pid: process.pid, host, token: token() };
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const dead = await leftBehind(lock);
    if (dead) {
      await takeOver(lock, dead);
      continue;
    }
    if (Date.now() - started > waitMs) throw new LockedError(target, lock);
    await sleep(Math.min(10 * 1.3 ** attempt, 200) * (0.5 + Math.random()));
  }
  try {
    await writeFile(path.join(lock, 'owner'), `${me.pid}\n${me.host}\n${me.token}\n`);
    return await work({ held: async () => (await readOwner(lock))?.token === me.token });
  } finally {
    // Only our own lock is removed: if it was taken from us, it is someone else's now.
    const owner = await readOwner(lock);
    if (owner?.token === me.token) await rm(lock, { recursive: true, force: true }).catch(() => undefined);
  }
}
