// The floor of the bench: a program that does nothing but load the yaml package and parse a
// strategy folder's YAML files, as vm-strategy does (same options, then toJS), and exit. No
// checks, no output. scripts/bench.mjs bundles it as the CLI is bundled and times it beside
// the CLI, so the table shows how much of each run the YAML parser alone takes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const options = {
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  strict: true,
  stringKeys: true,
  resolveKnownTags: false,
};

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.ya?ml$/.test(entry.name)) parseDocument(readFileSync(file, 'utf8'), options).toJS();
  }
}

process.on('exit', () => process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`));
walk(process.argv[2]);
