// What every command's description (commands/) is given. Apart from program.ts, which builds the
// command line from the commands, so that no command imports the program back.
import type { Io, Outcome } from './io.js';
import type { Described } from './options.js';

/** The words and language of this run, where output goes, and where the exit code is kept. */
export interface Registration extends Described {
  io: Io;
  outcome: Outcome;
}
