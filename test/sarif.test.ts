// `validate --format sarif`: a SARIF 2.1.0 log for code scanning, with the catalogue as rules and
// one result per diagnostic, matching what `--format json` reports.
import { readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue, isImportCode, type DiagnosticCode } from '../src/core/diagnostics.js';
import { exampleNotice, makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } };
  }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
      };
    };
    results: SarifResult[];
  }[];
}
interface JsonDiagnostic {
  code: string;
  severity: string;
  file: string;
  line: number;
  col: number;
  message: string;
  hint: string;
}

const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
/** The codes of the tables of diagnostics in a text of the README (`| `code` | error | …`). */
const codesIn = (text: string) => [...text.matchAll(/^\| `([a-z0-9-]+)` \| (?:error|warning) \|/gm)].map((m) => m[1]!);
const importStart = readme.indexOf('### `vm-strategy import`');
const importSection = readme.slice(importStart, readme.indexOf('\n## ', importStart));
/** The codes `validate` reports, as the README's tables list them: all but the import section's. */
const readmeCodes = codesIn(readme.replace(importSection, ''));
/** The importer's codes, as the import section's table lists them. */
const readmeImportCodes = codesIn(importSection);

async function both(
  dir: string,
  args: string[],
  cwd = dir,
): Promise<{ sarif: SarifLog; json: JsonDiagnostic[]; exitCode: number | null }> {
  const sarif = await runCli(['validate', '--format', 'sarif', ...args], { cwd });
  const json = await runCli(['validate', '--format', 'json', ...args], { cwd });
  expect(sarif.stderr).toBe(args.includes('--example') ? exampleNotice.nb : '');
  expect(sarif.exitCode).toBe(json.exitCode);
  return {
    sarif: JSON.parse(sarif.stdout) as SarifLog,
    json: JSON.parse(json.stdout) as JsonDiagnostic[],
    exitCode: sarif.exitCode,
  };
}

describe('validate --format sarif', () => {
  it('a broken strategy: one run, the rules, a result per diagnostic with its place', async () => {
    const dir = await makeStrategy('unknown-mark');
    const { sarif, json, exitCode } = await both(dir, ['--dir', '.', '--lang', 'en']);
    expect(exitCode).toBe(1);
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const { driver } = sarif.runs[0]!.tool;
    expect(driver.name).toBe('vm-strategy');
    expect(driver.version).toBe(version);
    // Every code of the catalogue (as documented in the README's tables) is a rule.
    expect(driver.rules.map((r) => r.id).sort()).toEqual([...new Set(readmeCodes)].sort());
    expect(driver.rules.find((r) => r.id === 'mark-unknown')).toEqual({
      id: 'mark-unknown',
      name: 'mark-unknown',
      shortDescription: { text: 'A mark that is not on the scale' },
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules.find((r) => r.id === 'goal-unassessed')?.defaultConfiguration.level).toBe('warning');

    const results = sarif.runs[0]!.results;
    expect(results).toHaveLength(json.length);
    expect(json).toHaveLength(2);
    results.forEach((r, i) => {
      const d = json[i]!;
      expect(r.ruleId).toBe(d.code);
      expect(driver.rules[r.ruleIndex]!.id).toBe(d.code);
      expect(r.level).toBe(d.severity);
      expect(r.message.text).toBe(`${d.message} ${d.hint}`);
      expect(r.locations).toEqual([
        { physicalLocation: { artifactLocation: { uri: d.file }, region: { startLine: d.line, startColumn: d.col } } },
      ]);
    });
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('areas/01-samlinger.yaml');
  });

  it("documents every code of the catalogue in the README: validate's in its tables, the importer's in the import section", () => {
    const codes = Object.keys(catalogue) as DiagnosticCode[];
    expect(importStart).toBeGreaterThan(0);
    expect([...new Set(readmeCodes)].sort()).toEqual(codes.filter((code) => !isImportCode(code)).sort());
    expect([...new Set(readmeImportCodes)].sort()).toEqual(codes.filter(isImportCode).sort());
    expect(readmeImportCodes).toHaveLength(new Set(readmeImportCodes).size);
  });

  it('speaks nb by default', async () => {
    const dir = await makeStrategy('unknown-mark');
    const { sarif } = await both(dir, ['--dir', '.']);
    expect(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'mark-unknown')?.shortDescription.text).toBe(
      'Vurdering som ikke står i skalaen',
    );
    expect(sarif.runs[0]!.results[0]!.message.text).toMatch(/^Ukjent vurdering «/);
  });

  it('a whole-file problem has no region; paths are relative with forward slashes', async () => {
    const parent = await makeTempDir();
    const dir = await makeStrategy('stray-file');
    await rename(dir, path.join(parent, 'min strategi'));
    const { sarif, exitCode } = await both(parent, ['--dir', 'min strategi']);
    expect(exitCode).toBe(0);
    expect(sarif.runs[0]!.results).toEqual([
      expect.objectContaining({
        ruleId: 'file-stray',
        level: 'warning',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'min%20strategi/notes.txt' } } }],
      }),
    ]);
  });

  it('the bundled strategy: no results, exit 0', async () => {
    const { sarif, exitCode } = await both(repoRoot, ['--example']);
    expect(exitCode).toBe(0);
    expect(sarif.runs[0]!.results).toEqual([]);
  });

  it('--quiet leaves warnings out of the results', async () => {
    const dir = await makeStrategy('stray-file');
    const { sarif } = await both(dir, ['--dir', '.', '--quiet']);
    expect(sarif.runs[0]!.results).toEqual([]);
  });
});
