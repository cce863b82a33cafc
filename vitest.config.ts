import { defineConfig } from 'vitest/config';

// The tests in layers (README, "Development"). `npm test` runs the first two:
// - in-process: the command runs in the test's own process, `run(argv, io)` with an Io of the
//   test's making (test/helpers/cli.ts `runCli`), and the core, renderers and editors directly;
// - e2e: what only a process, a shell or a browser shows (test/e2e/*.test.ts, and the special-file
//   and preserve tests of test/faults/): the built binary run as a new process (`spawnCli`).
// Two more run on their own, and in CI (.ci/run):
// - install (`npm run test:install`): the package packed, installed into other repositories, run
//   as the GitHub Action and the pre-commit hook (test/e2e/install/): npm pack and npm install,
//   about a minute;
// - the fault soak (`npm run test:faults`): hundreds of processes run at once or killed at random
//   moments (test/faults/*.slow.test.ts).
const layers = {
  'in-process': { include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/faults/**'] },
  e2e: { include: ['test/e2e/*.test.ts', 'test/faults/*.test.ts'], exclude: ['test/faults/*.slow.test.ts'] },
  install: { include: ['test/e2e/install/*.test.ts'], exclude: [] },
  faults: { include: ['test/faults/*.slow.test.ts'], exclude: [] },
};
type Layer = keyof typeof layers;
const chosen: Layer[] =
  process.env.VM_STRATEGY_FAULTS === '1'
    ? ['faults']
    : process.env.VM_STRATEGY_INSTALL === '1'
      ? ['install']
      : ['in-process', 'e2e'];

export default defineConfig({
  test: {
    projects: chosen.map((name) => ({ extends: true, test: { name, ...layers[name] } })),
    // The e2e and install layers spawn the built binary, npm and a browser; give slow CI machines
    // room without timing anything.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
