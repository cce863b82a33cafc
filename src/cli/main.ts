// The process edge: argv in, text out, exit code set (never process.exit, so piped output is not cut off).
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

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => void (open.stdout && process.stdout.write(text)),
  err: (text) => void (open.stderr && process.stderr.write(text)),
});
