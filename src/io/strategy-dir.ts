// Which strategy folder a command works on: --dir, else ./strategy, else the bundled one.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The strategy shipped in the package (dist/io → ../../strategy). */
export const bundledStrategyDir = fileURLToPath(new URL('../../strategy', import.meta.url));

export function resolveStrategyDir(option: string | undefined, cwd = process.cwd()): string {
  if (option !== undefined) return path.resolve(cwd, option);
  const local = path.join(cwd, 'strategy');
  if (existsSync(local) && statSync(local).isDirectory()) return local;
  return bundledStrategyDir;
}
