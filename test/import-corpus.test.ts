// The importer's own corpus: documents of different shapes, written for the test (Norwegian and
// English, bullets, numbers and plain lines, with and without a vision, marks in every position
// and letter case, comments, unknown marks, areas and goals alone). Each folder under
// test/fixtures/import/corpus/ holds document.txt, the strategy folder the import must produce
// (expected/, without schemas/, which must be what `vm-strategy schema` writes for that folder: marks
// on the folder's own scale; for the Norwegian scale, the committed strategy/schemas/), and
// diagnostics.txt: what the importer must say, "LINE CODE" a line. Compared exactly: file list
// and bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaWords } from '../src/i18n/schema-words.js';
import { importedFileWords } from '../src/i18n/import-words.js';
import { chooseScale } from '../src/import/choose-scale.js';
import { importStrategy } from '../src/import/index.js';
import { readScale } from '../src/import/scale-source.js';
import { shippedScaleFiles, shippedScaleNames } from '../src/io/scales.js';
import { fixturesDir, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

const corpus = path.join(fixturesDir, 'import', 'corpus');
const cases = readdirSync(corpus)
  .filter((name) => statSync(path.join(corpus, name)).isDirectory())
  .sort();
const committedSchemas = path.join(repoRoot, 'strategy', 'schemas');

/** Every file under a folder, by relative '/'-separated path, with its text. */
function folderFiles(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of folderFiles(path.join(dir, entry.name), rel)) files.set(k, v);
    else files.set(rel, readFileSync(path.join(dir, entry.name), 'utf8'));
  }
  return files;
}

/**
 * What the import must write: expected/, and in schemas/ the JSON Schemas that `vm-strategy schema`
 * writes for that folder (its marks on the folder's scale), as an editor would be given them.
 */
async function expectedFiles(name: string): Promise<Map<string, string>> {
  const dir = path.join(corpus, name, 'expected');
  const files = folderFiles(dir);
  const schemas = path.join(await makeTempDir(), 'schemas');
  const run = await runCli(['schema', '--dir', dir, '--out', schemas, '--lang', 'nb']);
  expect(run.exitCode, run.stderr).toBe(0);
  for (const [rel, text] of folderFiles(schemas)) files.set(`schemas/${rel}`, text);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const scales = shippedScaleNames.map((name) => {
  const { index, text } = readScale(readFileSync(shippedScaleFiles[name]), 'scale.yaml');
  return { name, index: index!, text: text! };
});

/** The import as the command runs it without --scale: the shipped scale the document's marks are in. */
function importCase(name: string) {
  const text = readFileSync(path.join(corpus, name, 'document.txt'), 'utf8');
  const { chosen, marks } = chooseScale(text, scales);
  const scale = scales.find((s) => s.name === chosen.name)!;
  const result = importStrategy(text, {
    scale: scale.index,
    scaleText: scale.text,
    document: 'document.txt',
    source: 'document.txt',
    out: 'out',
    words: importedFileWords.nb,
    schemaWords: schemaWords.nb,
    defaultYear: 2026,
    ...(scale.name === 'en' ? { scaleChosen: { marks } } : {}),
  });
  return { result };
}

describe('the import corpus', () => {
  it('has at least eight documents, each with its expected folder and diagnostics', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const name of cases)
      expect(readdirSync(path.join(corpus, name)).sort(), name).toEqual([
        'diagnostics.txt',
        'document.txt',
        'expected',
      ]);
  });

  it('a document on the Norwegian scale gets the committed strategy/schemas/', async () => {
    const schemas = [...(await expectedFiles('nb-bullets'))].filter(([rel]) => rel.startsWith('schemas/'));
    expect(new Map(schemas.map(([rel, text]) => [rel.slice('schemas/'.length), text]))).toEqual(
      folderFiles(committedSchemas),
    );
  });

  it.each(cases)('%s imports to exactly its expected folder', async (name) => {
    const { result } = importCase(name);
    expect(result.errors).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const written = new Map([...result.files].sort(([a], [b]) => (a < b ? -1 : 1)));
    const expected = await expectedFiles(name);
    expect([...written.keys()]).toEqual([...expected.keys()]);
    for (const [rel, text] of expected) expect(written.get(rel), `${name}/${rel}`).toBe(text);
  });

  it.each(cases)('%s: the importer says exactly what diagnostics.txt lists', (name) => {
    const { result } = importCase(name);
    const listed = readFileSync(path.join(corpus, name, 'diagnostics.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(result.warnings.map((d) => `${d.line} ${d.code}`)).toEqual(listed);
  });

  it('the command writes the same folder on disk, and says the English scale was chosen', async () => {
    const out = path.join(await makeTempDir(), 'strategy');
    const run = await runCli(['import', 'document.txt', '--out', out], { cwd: path.join(corpus, 'en-harbour') });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('document.txt: advarsel: Dokumentet har 10 vurderinger fra den engelske skalaen');
    expect(run.stderr).toContain(
      'Lest fra document.txt: 2 områder, 5 utviklingsmål med 6 vurderinger, målbildet med 2 utsagn og 4 vurderinger, 2 kommentarer.',
    );
    expect(folderFiles(out)).toEqual(await expectedFiles('en-harbour'));
  });
});
