// Runs the bundled CLI in this process (as bin/vm-strategy.js does) and reports the process's
// peak memory on stderr when it exits, for scripts/bench.mjs.
process.on('exit', () => process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`));
await import('../dist/bundle/cli.js');
