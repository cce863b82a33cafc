// Shared by the fault tests: strategies with many goals in one file, a run that can be killed,
// and a look for what a run may leave behind.
import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { binPath, fixedEpoch, makeStrategy } from '../helpers/cli.js';

/** How hard the fault tests push: raise it for a long soak (VM_STRATEGY_FAULT_SCALE=10). */
export const scale = Math.max(1, Number(process.env.VM_STRATEGY_FAULT_SCALE ?? '1') || 1);

/** A strategy folder whose first area has `goals` goals, each marked NEI. */
export async function manyGoals(goals: number): Promise<string> {
  const dir = await makeStrategy();
  const lines = ['# Område med mange mål', 'id: samlinger', 'title: SAMLINGER', 'part: 2', 'goals:'];
  for (let i = 0; i < goals; i++)
    lines.push(`  - id: samlinger.mal-${i}`, `    text: Mål nummer ${i}.`, '    assessment: NEI');
  await writeFile(path.join(dir, 'areas', '01-samlinger.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; `killAfterMs` sends SIGKILL that long after the start (if still running). */
export function run(args: string[], cwd: string, killAfterMs?: number): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', SOURCE_DATE_EPOCH: fixedEpoch },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Names the tool's writes may leave behind: temporary files and folders, locks. */
const leftoverName = /(^\..*\.(tmp|lock)$)|(\.import-(new|old)-)|(\.lock\.stale-)/;

/** Every leftover below `dir` (and in `dir` itself), as relative paths. */
export async function leftovers(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(abs: string, rel: string): Promise<void> {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (leftoverName.test(entry.name)) found.push(childRel);
      else if (entry.isDirectory()) await walk(path.join(abs, entry.name), childRel);
    }
  }
  await walk(dir, '');
  return found.sort();
}
