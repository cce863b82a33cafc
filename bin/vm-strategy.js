#!/usr/bin/env node
// Entry point of the `vm-strategy` command. The code lives in dist/ (built by `npm install`).
import('../dist/bundle/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bundle/cli.js')) {
    process.stderr.write(
      'vm-strategy: the tool is not built yet. Run `npm install` (or `npm run build`) in its folder first.\n',
    );
    process.exitCode = 2;
    return;
  }
  throw error;
});
