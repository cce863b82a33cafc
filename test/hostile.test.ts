// Hostile input, proven: every folder in test/fixtures/hostile/ is one input written to break a
// YAML reader (see test/fixtures/README.md). Each must end in diagnostics with exit code 1 (bad
// data), or exit code 2 (unusable input) — never a stack trace, a hang or another exit code — for
// `validate` in both formats and for `report`. A scenario that the broken corpus already has points
// at it with "same-as" instead of copying its files; inputs that cannot be committed (over 1 MiB,
// links, a named pipe, permissions) are made at test time by a named "setup" (test/helpers/hostile.ts).
// The scenarios run in-process here, except those only a process can run (test/e2e/hostile.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../src/core/diagnostics.js';
import { loadStrategy } from '../src/core/load-strategy.js';
import { parseYaml } from '../src/core/yaml-source.js';
import { readStrategyFolder } from '../src/io/read-folder.js';
import { hostileDir, makeStrategy, removeTempDirs, runCli } from './helpers/cli.js';
import { expectedOf, needsProcess, scenarios, scenarioTest, setups } from './helpers/hostile.js';

afterAll(removeTempDirs);

/**
 * The hostile inputs this corpus exists for, each with the scenarios that cover it, so a reader
 * sees the whole list in one place. A folder not listed here, or listed but missing, fails below.
 */
const inventory: Record<string, string[]> = {
  '%YAML 1.1 with land: NO': ['yaml-1.1-booleans'],
  '[yes, no, on, off] where text is expected': ['yes-no-on-off'],
  'postnr: 0150 where text is expected (and 0150 never becomes 150)': [
    'leading-zero-text',
    'leading-zero-tag',
    'leading-zero-quoted',
  ],
  'the 9×9 alias bomb': ['alias-bomb'],
  "'['.repeat(5000), and deep nesting of two kinds in one run": ['deep-brackets', 'deep-mixed-nesting'],
  '__proto__, constructor and toString keys (and marks)': ['prototype-keys', 'prototype-marks'],
  'duplicate keys': ['duplicate-keys'],
  '<< merge keys': ['merge-keys'],
  '!!js/function and unknown tags': ['js-function-tag', 'unknown-tags'],
  'several documents in one file': ['multiple-documents'],
  'an empty file': ['empty-file', 'comments-only'],
  'NUL bytes': ['nul-byte'],
  'invalid UTF-8': ['invalid-utf8', 'encoded-surrogate'],
  'UTF-16': ['utf16', 'utf16-without-bom'],
  'a file over the size limit': ['too-large'],
  'tab indentation': ['tab-indentation'],
  'a symlink loop in the strategy folder': ['symlink-loop', 'symlink-folder-loop', 'folder-is-link-loop'],
  'an unreadable file': ['unreadable-file', 'folder-named-yaml', 'special-files'],
};

it('has a scenario for every hostile input, each with an expected.json that names its exit code and codes', () => {
  expect(Object.values(inventory).flat().sort()).toEqual(scenarios);
  for (const scenario of scenarios) {
    const expected = expectedOf(scenario);
    expect(expected.why, scenario).toBeTruthy();
    expect([0, 1, 2], scenario).toContain(expected.exitCode);
    for (const code of expected.codes) expect(Object.keys(catalogue), scenario).toContain(code);
    if (expected.setup) expect(Object.keys(setups), scenario).toContain(expected.setup);
  }
});

describe.concurrent.each(scenarios.filter((s) => !needsProcess(s)))('hostile: %s', (scenario) =>
  scenarioTest(scenario, runCli),
);

// `yaml` keeps __proto__ as an own property; nothing on the way from bytes to model may assign it
// through to Object.prototype. Checked in this process (the loader as the tests import it) and in
// a fresh Node process through the built loader every command uses.
describe('prototype pollution', () => {
  const fingerprint = () => ({
    polluted: ({} as Record<string, unknown>).polluted,
    names: Object.getOwnPropertyNames(Object.prototype).sort(),
    toString: Object.prototype.toString,
    constructor: {}.constructor === Object,
  });

  it('leaves Object.prototype untouched in this process', async () => {
    const before = fingerprint();
    const dir = await makeStrategy('prototype-keys', hostileDir);
    const folder = await readStrategyFolder(dir, dir);
    const result = loadStrategy(folder);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(expectedOf('prototype-keys').codes);
    // The raw data keeps __proto__ as an ordinary own key of an ordinary object.
    const file = folder.files.find((f) => f.path === 'areas/02-formidling.yaml')!;
    const data = parseYaml(file).parsed?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(Object.hasOwn(data, 'constructor')).toBe(true);
    expect(fingerprint()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
