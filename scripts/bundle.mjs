// Bundles the CLI into dist/bundle/ so that start-up reads a few files instead of hundreds.
// Code splitting keeps what only some commands need (marked, sanitize-html, eta, playwright-core)
// in chunks that are loaded by those commands alone.
import { build } from 'esbuild';

import { rmSync } from 'node:fs';

/**
 * Node's built-in modules, imported from ESM, get an ESM facade whose set-up reads every export
 * once — for node:process and node:fs that runs lazy getters costing ~10 and ~4 ms at every
 * start. Through require() (the banner's createRequire) the same module objects come without
 * a facade. Nothing else changes: each import still gets the real built-in module.
 */
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' || args.kind === 'dynamic-import'
        ? { path: args.path, namespace: 'builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * commander requires node:child_process when it loads (~6 ms), for subcommands that are separate
 * executables, which this CLI has none of. It gets the real module, loaded when first used.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: `let real;
const load = () => (real ??= require('node:child_process'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => ({ ...Object.getOwnPropertyDescriptor(load(), key), configurable: true }),
});`,
      loader: 'js',
    }));
  },
};

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
  // Every other library is bundled, so the package has no runtime dependencies. playwright-core is
  // large, loads its own files at run time and is needed for PDF alone: it is an optional peer
  // dependency, imported by `report --format pdf` from where the user installed it.
  external: ['playwright-core'],
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  // Less to read and compile at every start. Names are kept (no minifyIdentifiers), so a stack
  // trace from VM_STRATEGY_DEBUG=1 still names the functions.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [lazyChildProcessForCommander, builtinsThroughRequire],
});
