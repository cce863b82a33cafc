// Colour is decided once, here, and handed to renderers as a Chalk instance.
// chalk itself does not honour NO_COLOR, so the rules are spelt out.
import { Chalk, type ChalkInstance } from 'chalk';

export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

/** Colour for text bound for `stream` (the run's stdout or stderr), in the run's environment. */
export const makeChalk = (flag: boolean | undefined, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance =>
  new Chalk({ level: colorLevel(flag, env, stream.isTTY === true) });
