// Which strategy folder a command works on. The bundled strategy is an example, never a default:
// --dir, then --example, then VM_STRATEGY_DIR, then a search from the working folder upwards.
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The strategy shipped in the package (dist/bundle → ../../strategy). */
export const bundledStrategyDir = fileURLToPath(new URL('../../strategy', import.meta.url));

/** Names of a strategy folder inside the folder searched (English and Norwegian). */
export const strategyFolderNames = ['strategy', 'strategi'] as const;

export interface StrategyLocation {
  dir: string;
  /** How it was found: the option, the environment variable, or the upward search. */
  how: 'dir' | 'example' | 'env' | 'found';
  /** True when the folder is the bundled example strategy, however it was reached. */
  example: boolean;
}

export interface LocateOptions {
  dir?: string;
  example?: boolean;
}

/** Nothing was found: the folders searched, nearest first, and where the search stopped. */
export class StrategyNotFoundError extends Error {
  constructor(
    readonly searched: string[],
    readonly stoppedAt: 'repository' | 'root',
  ) {
    super('strategy-not-found');
  }
}

/** Two strategy folders side by side in one folder: which one is meant cannot be guessed. */
export class AmbiguousStrategyError extends Error {
  constructor(readonly candidates: string[]) {
    super('strategy-ambiguous');
  }
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** A folder that has a strategy.yaml, a scale.yaml or an areas/ folder is meant as a strategy folder. */
const looksLikeStrategy = (dir: string) =>
  isFile(path.join(dir, 'strategy.yaml')) || isFile(path.join(dir, 'scale.yaml')) || isDir(path.join(dir, 'areas'));

const realOrResolved = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

export const isBundledStrategy = (dir: string) => realOrResolved(dir) === realOrResolved(bundledStrategyDir);

/**
 * The strategy folder for a command. Throws StrategyNotFoundError when the search finds nothing,
 * AmbiguousStrategyError when one folder holds both strategy/ and strategi/.
 */
export function locateStrategy(
  options: LocateOptions,
  cwd: string,
  env: Record<string, string | undefined>,
): StrategyLocation {
  const at = (dir: string, how: StrategyLocation['how']): StrategyLocation => ({
    dir,
    how,
    example: isBundledStrategy(dir),
  });
  if (options.dir !== undefined) return at(path.resolve(cwd, options.dir), 'dir');
  if (options.example) return at(bundledStrategyDir, 'example');
  const fromEnv = env.VM_STRATEGY_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return at(path.resolve(cwd, fromEnv), 'env');
  const searched: string[] = [];
  let current = path.resolve(cwd);
  for (;;) {
    searched.push(current);
    if (isFile(path.join(current, 'strategy.yaml'))) return at(current, 'found');
    const named = strategyFolderNames
      .map((name) => path.join(current, name))
      .filter((p) => isDir(p) && looksLikeStrategy(p));
    if (named.length > 1) throw new AmbiguousStrategyError(named);
    if (named.length === 1) return at(named[0]!, 'found');
    // The repository root ends the search: a strategy above it belongs to something else.
    if (existsSync(path.join(current, '.git'))) throw new StrategyNotFoundError(searched, 'repository');
    const parent = path.dirname(current);
    if (parent === current) throw new StrategyNotFoundError(searched, 'root');
    current = parent;
  }
}
