// Colour is decided once, here, and handed to renderers as a Chalk instance.
// chalk itself does not honour NO_COLOR, so the rules are spelt out. They follow Node.js
// (and ESLint): FORCE_COLOR beats NO_COLOR, so a CI system that sets NO_COLOR everywhere can
// still ask one job for colour; the command line beats both.
import { Chalk, type ChalkInstance } from 'chalk';

type Level = 0 | 1 | 2 | 3;

/** What FORCE_COLOR asks for, as Node reads it; undefined when it is not set. */
function forcedLevel(force: string | undefined): Level | undefined {
  if (force === undefined) return undefined;
  if (force === '0' || force === 'false') return 0;
  if (force === '2') return 2;
  if (force === '3') return 3;
  // Node turns colour off for a value it does not know; someone who set FORCE_COLOR at all
  // (`FORCE_COLOR=yes`) wants colour, as chalk and supports-color read it.
  return 1;
}

/**
 * The colour level for one run. `flag` is commander's `color`: true for --color, false for
 * --no-color, undefined for neither.
 */
export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): Level {
  if (flag === false) return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  // --color forces colour; FORCE_COLOR=2 or 3 may still choose how many colours.
  if (flag === true) return forced === undefined || forced === 0 ? 1 : forced;
  if (forced !== undefined) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

/** Colour for text bound for `stream` (the run's stdout or stderr), in the run's environment. */
export const makeChalk = (
  flag: boolean | undefined,
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
): ChalkInstance => new Chalk({ level: colorLevel(flag, env, stream.isTTY === true) });
