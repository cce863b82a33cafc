// Every folder in test/fixtures/broken/ is one scenario: the minimal strategy with one thing broken,
// and an expected.json saying what `validate` must report (see test/fixtures/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue, isImportCode, type DiagnosticCode } from '../src/core/diagnostics.js';
import { brokenDir, makeStrategy, removeTempDirs, runCli } from './helpers/cli.js';
import { checkRun, codesAndPlaces, parseDiagnostics, stackTrace, type Expected } from './helpers/scenarios.js';

afterAll(removeTempDirs);

const scenarios = readdirSync(brokenDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const expectedOf = (scenario: string): Expected =>
  JSON.parse(readFileSync(path.join(brokenDir, scenario, 'expected.json'), 'utf8')) as Expected;

it('has scenarios to run, each with an expected.json', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(20);
  for (const scenario of scenarios)
    expect(existsSync(path.join(brokenDir, scenario, 'expected.json')), scenario).toBe(true);
});

describe('the minimal fixture', () => {
  it('validates with no errors and no warnings', async () => {
    const dir = await makeStrategy();
    const json = await runCli(['validate', '--dir', '.', '--format', 'json', '--max-warnings', '0'], { cwd: dir });
    expect(json).toEqual({ exitCode: 0, stdout: '[]\n', stderr: '' });
    const stylish = await runCli(['validate', '--dir', '.'], { cwd: dir });
    expect(stylish).toEqual({ exitCode: 0, stdout: 'Ingen problemer funnet (4 filer kontrollert).\n', stderr: '' });
  });
});

describe.concurrent.each(scenarios)('validate: %s', (scenario) => {
  const expected = expectedOf(scenario);

  it(`reports ${[...new Set(expected.codes)].join(', ') || 'nothing'} with exit code ${expected.exitCode}`, async ({
    expect,
  }) => {
    const dir = await makeStrategy(scenario);
    const result = await runCli(['validate', '--dir', '.', '--format', 'json'], { cwd: dir });
    checkRun(expect, result, expected, expected);
  });

  for (const variant of expected.variants ?? []) {
    it(`with ${variant.args.join(' ')}: exit code ${variant.exitCode}`, async ({ expect }) => {
      const dir = await makeStrategy(scenario);
      const result = await runCli(['validate', '--dir', '.', '--format', 'json', ...variant.args], { cwd: dir });
      checkRun(expect, result, variant, expected);
    });
  }

  it('shows the same problems in the default format, without a stack trace', async ({ expect }) => {
    const dir = await makeStrategy(scenario);
    const result = await runCli(['validate', '--dir', '.'], { cwd: dir });
    expect(result.exitCode).toBe(expected.exitCode);
    expect(result.stderr).toBe('');
    for (const code of new Set(expected.codes)) expect(result.stdout).toContain(code);
  });

  if (expected.exitCode === 0) {
    it('still allows a summary (warnings only)', async ({ expect }) => {
      const dir = await makeStrategy(scenario);
      const result = await runCli(['summary', '--dir', '.', '--format', 'json'], { cwd: dir });
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toMatchObject({ strategy: { organisation: 'Eksempelmuseet' } });
    });
  } else {
    it('makes summary refuse and list the errors on stderr', async ({ expect }) => {
      const dir = await makeStrategy(scenario);
      const result = await runCli(['summary', '--dir', '.'], { cwd: dir });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(stackTrace);
      for (const code of new Set(expected.codes.filter((c) => catalogue[c as DiagnosticCode].severity === 'error'))) {
        expect(result.stderr).toContain(code);
      }
      expect(result.stderr).toMatch(/Strategifilene har feil; rett dem først \(se vm-strategy validate\)\.\n$/);
    });
  }
});

// Files that cannot sensibly be committed: more than a megabyte, and a dangling link.
describe.concurrent('validate: files made at test time', () => {
  const limit = 1024 * 1024;

  it('refuses an area file larger than 1 MiB without reading it', async ({ expect }) => {
    const dir = await makeStrategy();
    await writeFile(path.join(dir, 'areas', '03-stor.yaml'), `# ${'x'.repeat(limit - 2)}`.padEnd(limit + 1, 'x'));
    const list = parseDiagnostics(await runCli(['validate', '--dir', '.', '--format', 'json'], { cwd: dir }), expect);
    expect(list.map((d) => [d.code, `${d.file}:${d.line}:${d.col}`, d.message])).toEqual([
      ['file-too-large', 'areas/03-stor.yaml:0:0', `Filen er ${limit + 1} byte; grensen er ${limit} byte.`],
    ]);
  });

  it('reads an area file of exactly 1 MiB', async ({ expect }) => {
    const dir = await makeStrategy();
    // Only a comment: read and parsed, and then found to have no content.
    await writeFile(path.join(dir, 'areas', '03-stor.yaml'), `# ${'x'.repeat(limit - 2)}`);
    const result = await runCli(['validate', '--dir', '.', '--format', 'json'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(codesAndPlaces(parseDiagnostics(result, expect))).toEqual({
      codes: ['file-empty'],
      at: ['areas/03-stor.yaml:0:0'],
    });
  });

  it('says a file with CR-only line ends is that, not empty, in both languages', async ({ expect }) => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'areas', '02-formidling.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r'));
    for (const [lang, message] of [
      ['nb', 'Filen skiller linjene med CR alene (gammel Mac-stil), som YAML-leseren ikke ser som linjeskift.'],
      [
        'en',
        'The file ends its lines with CR alone (old Mac style), which the YAML reader does not take as line ends.',
      ],
    ]) {
      const list = parseDiagnostics(
        await runCli(['validate', '--dir', '.', '--format', 'json', '--lang', lang!], { cwd: dir }),
        expect,
      );
      expect(list.map((d) => [d.code, `${d.file}:${d.line}:${d.col}`, d.message])).toEqual([
        ['file-line-ends', 'areas/02-formidling.yaml:0:0', message],
      ]);
    }
  });

  it.skipIf(process.platform === 'win32')('reports a link to a missing file as unreadable', async ({ expect }) => {
    const dir = await makeStrategy();
    await symlink('nowhere.yaml', path.join(dir, 'areas', '03-lenke.yaml'));
    const result = await runCli(['validate', '--dir', '.', '--format', 'json'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    const list = parseDiagnostics(result, expect);
    expect(codesAndPlaces(list)).toEqual({ codes: ['file-unreadable'], at: ['areas/03-lenke.yaml:0:0'] });
    expect(list[0]?.message).toBe('Filen kan ikke leses (ENOENT).');
  });
});

it('covers every diagnostic code in the catalogue with a scenario', () => {
  const covered = new Set([
    ...scenarios.flatMap((s) => expectedOf(s).codes),
    // Made at test time above.
    'file-too-large',
    'file-line-ends',
    'file-unreadable',
  ]);
  // Not about the strategy, scale and area files these scenarios cover. A code added to the
  // catalogue fails this test until it gets a scenario here or is listed with a reason.
  const elsewhere = new Set([
    // No strategy, scale or area schema has an enum or literal; only action plans do.
    'schema-value',
    // Action plans (plans/<from>-<to>.yaml).
    'deadline-invalid',
    'plan-file-name',
    'plan-unknown-goal',
    'plan-deadline-outside',
    'measure-missing-owner',
    'measure-missing-deadline',
    'measure-missing-indicator',
    'goal-without-measure',
  ]);
  // The importer's codes are about a document, not a strategy folder: test/import.test.ts has a document for each.
  const missing = (Object.keys(catalogue) as DiagnosticCode[]).filter(
    (code) => !isImportCode(code) && !covered.has(code) && !elsewhere.has(code),
  );
  expect(missing).toEqual([]);
});
