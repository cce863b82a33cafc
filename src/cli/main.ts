// The process edge: argv in, text out, exit code set (never process.exit, so piped output is not cut off).
// The only file of the command line that touches `process`: it makes the run's Io (src/cli/io.ts)
// from it, and everything else sees the world through that.
import { isatty } from 'node:tty';
import type { Io } from './io.js';
import { run } from './program.js';

// A reader that stops early (`vm-strategy … | head`) closes the pipe: that is not an error. The
// rest of the output is dropped and the command finishes its work (a file being written is
// still written whole), instead of dying on EPIPE with a stack trace.
const open = { stdout: true, stderr: true };
for (const name of ['stdout', 'stderr'] as const) {
  process[name].on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    open[name] = false;
  });
}

const io: Io = {
  stdin: {
    // Asked of the file descriptor: process.stdin is made only when a command reads it.
    isTTY: isatty(0),
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
  },
  out: (text) => void (open.stdout && process.stdout.write(text)),
  err: (text) => void (open.stderr && process.stderr.write(text)),
  stdout: { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns },
  stderr: { isTTY: process.stderr.isTTY === true, columns: process.stderr.columns },
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
};

process.exitCode = await run(process.argv.slice(2), io);
