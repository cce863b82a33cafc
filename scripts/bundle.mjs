// Bundles the CLI into dist/bundle/ so that start-up reads a few files instead of hundreds.
// Code splitting keeps what only some commands need (marked, sanitize-html, eta, playwright-core)
// in chunks that are loaded by those commands alone.
import { build } from 'esbuild';

import { rmSync } from 'node:fs';

// Old chunks have other hashes: start from an empty folder so none is left behind (or packed).
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // playwright-core is large and loads its own files at run time: leave it as a dependency.
  external: ['playwright-core'],
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  // Less to read and compile at every start. Names are kept (no minifyIdentifiers), so a stack
  // trace from VM_STRATEGY_DEBUG=1 still names the functions.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
