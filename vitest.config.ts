import { defineConfig } from 'vitest/config';

// `npm test` runs everything but the fault soak (test/faults/*.slow.test.ts: hundreds of processes
// run at once or killed at random moments), which `npm run test:faults` runs and CI runs too.
const soak = process.env.VM_STRATEGY_FAULTS === '1';

export default defineConfig({
  test: {
    include: soak ? ['test/faults/**/*.slow.test.ts'] : ['test/**/*.test.ts'],
    exclude: soak ? [] : ['test/faults/**/*.slow.test.ts', '**/node_modules/**'],
    // CLI tests spawn the built binary; give slow CI machines room without timing anything.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
