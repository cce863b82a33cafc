// The process edge: argv in, text out, exit code set (never process.exit, so piped output is not cut off).
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
});
