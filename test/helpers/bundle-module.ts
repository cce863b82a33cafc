// A module of src/ as plain JavaScript, for a test that loads it in a child process of its own (a
// process to kill, or one whose globals must stay clean). esbuild bundles it, with the libraries it
// imports, into one file, as scripts/bundle.mjs bundles the CLI.
import path from 'node:path';
import { build } from 'esbuild';
import { makeTempDir, repoRoot } from './cli.js';

/** Bundles `src/...ts` (relative to the repository) into a temp folder; returns the file's path. */
export async function bundleModule(entry: string): Promise<string> {
  const outfile = path.join(await makeTempDir(), `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(repoRoot, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Some dependencies are CommonJS and call require(): give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}
