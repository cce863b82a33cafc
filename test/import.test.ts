// `vm-strategy import`: an annotated strategy document (plain text exported from Word) in, a
// strategy folder out. The seed document must come out as the hand-kept strategy/, goal by goal;
// documents of the same shape from another organisation must import as well; nothing the
// importer cannot place may disappear; and the folder rules (--out, --force) must hold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { catalogue, isImportCode, type DiagnosticCode } from '../src/core/diagnostics.js';
import { jsonSchemaFiles, modeline, schemaKinds, type SchemaKind } from '../src/core/json-schema.js';
import { indexScale } from '../src/core/scale.js';
import { idPattern, scaleSchema } from '../src/core/schema.js';
import { importedFileWords } from '../src/i18n/import-words.js';
import { importStrategy } from '../src/import/index.js';
import { MarkFinder } from '../src/import/marks.js';
import { areaIdPart, fold, goalIdPart, slug } from '../src/import/text.js';
import { schemaWords } from '../src/i18n/schema-words.js';
import { fixturesDir, makeTempDir, removeTempDirs, repoRoot, runCli, type CliResult } from './helpers/cli.js';

afterAll(removeTempDirs);

const stackTrace = /\n\s+at /;
const SEED = path.join(repoRoot, 'seeds', 'strategi-2018-2025-revisjon-2021.txt');
const HAND_KEPT = path.join(repoRoot, 'strategy');
const FIXTURES = path.join(fixturesDir, 'import');
const fixture = (name: string) => path.join(FIXTURES, name);
const SCHEMA_FILES = ['area.schema.json', 'plan.schema.json', 'scale.schema.json', 'strategy.schema.json'];

// ---------------------------------------------------------------------------------------------
// Reading a strategy folder loosely, with the yaml package (the schema is validate's business)
// ---------------------------------------------------------------------------------------------

type Assessment = string | { mark: string; note?: string };
interface Clause {
  text: string;
  assessment?: Assessment;
}
interface Comment {
  author: string;
  text: string;
}
interface Goal {
  id: string;
  text?: string;
  assessment?: Assessment;
  clauses?: Clause[];
  comments?: Comment[];
}
interface TitledList {
  title: string;
  items: string[];
}
interface Area {
  id: string;
  title: string;
  part: number;
  introduction?: string;
  pillars?: TitledList;
  lists?: TitledList[];
  text?: string;
  goals: Goal[];
}
interface Strategy {
  organisation: string;
  title: string;
  period: { from: number; to: number };
  round: number | string;
  horizon: number;
  introduction?: string;
  mission: {
    title: string;
    text: string;
    general?: { title: string; text: string };
    special?: { title: string; text: string };
  };
  challenges: { title: string; introduction?: string; items: { id: string; title: string; text: string }[] };
  vision: { title: string; subtitle?: string; statements: { id: string; clauses: Clause[]; comments?: Comment[] }[] };
  closing?: string;
}
interface Folder {
  strategy: Strategy;
  areas: Area[];
  areaFiles: string[];
  /** Every YAML file's text by relative path. */
  texts: Map<string, string>;
}

function readYaml<T>(file: string): T {
  const doc = YAML.parseDocument(readFileSync(file, 'utf8'), { schema: 'core', uniqueKeys: true, strict: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0)
    throw new Error(`${file}: ${[...doc.errors, ...doc.warnings].map((e) => e.message).join('; ')}`);
  return doc.toJS() as T;
}

function readFolder(dir: string): Folder {
  const areaFiles = readdirSync(path.join(dir, 'areas'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const texts = new Map<string, string>();
  for (const rel of ['strategy.yaml', 'scale.yaml', ...areaFiles.map((f) => `areas/${f}`)])
    texts.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  return {
    strategy: readYaml<Strategy>(path.join(dir, 'strategy.yaml')),
    areas: areaFiles.map((f) => readYaml<Area>(path.join(dir, 'areas', f))),
    areaFiles,
    texts,
  };
}

/** The schema a YAML file of a strategy folder follows, by its path. */
const kindOf = (rel: string): SchemaKind =>
  rel.startsWith('areas/') ? 'area' : rel === 'scale.yaml' ? 'scale' : 'strategy';

/**
 * What an editor makes of the folder: every YAML file starts with the modeline for its place, the
 * schema it names is there (relative to the file, as yaml-language-server resolves it), is the one
 * `vm-strategy schema` makes for the folder (its words in nb, its marks on the folder's own scale),
 * and accepts the file (checked by ajv, an independent validator).
 */
function expectEditorReady(dir: string, folder: Folder): void {
  expect(readdirSync(path.join(dir, 'schemas')).sort()).toEqual(SCHEMA_FILES);
  const scale = scaleSchema.parse(YAML.parse(folder.texts.get('scale.yaml')!));
  for (const f of jsonSchemaFiles({ words: schemaWords.nb, scale }))
    expect(readFileSync(path.join(dir, 'schemas', f.name), 'utf8'), f.name).toBe(f.text);
  const ajv = new Ajv({ strict: true, allErrors: true });
  const validators = Object.fromEntries(
    schemaKinds.map((k) => [
      k,
      ajv.compile(JSON.parse(readFileSync(path.join(dir, 'schemas', `${k}.schema.json`), 'utf8')) as object),
    ]),
  );
  expect(folder.texts.size).toBe(2 + folder.areaFiles.length);
  for (const [rel, text] of folder.texts) {
    const first = text.split('\n')[0]!;
    expect(first, rel).toBe(modeline(kindOf(rel), rel));
    expect(first, rel).toBe(
      `# yaml-language-server: $schema=${rel.startsWith('areas/') ? '../' : ''}schemas/${kindOf(rel)}.schema.json`,
    );
    const target = path.resolve(path.dirname(path.join(dir, rel)), first.slice(first.indexOf('=') + 1));
    expect(existsSync(target), `${rel} → ${target}`).toBe(true);
    const validate = validators[kindOf(rel)]!;
    expect(validate(YAML.parse(text)) ? [] : validate.errors, rel).toEqual([]);
  }
}

/** The same data with every `id` left out: ids may differ from the hand-kept ones. */
function withoutIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutIds) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, withoutIds(v)]),
    ) as T;
  }
  return value;
}

const markOf = (a: Assessment | undefined) => (typeof a === 'string' ? a : a?.mark);
const noteOf = (a: Assessment | undefined) => (typeof a === 'object' ? a.note : undefined);
/** A goal's marks in order, clause by clause. */
const goalMarks = (g: Goal) =>
  (g.clauses ? g.clauses.map((c) => markOf(c.assessment)) : [markOf(g.assessment)]).filter((m) => m !== undefined);
const statementMarks = (s: { clauses: Clause[] }) =>
  s.clauses.map((c) => markOf(c.assessment)).filter((m) => m !== undefined);

/** Every string in a value, recursively (keys left out). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Words of the source (two letters or more) that appear nowhere in the imported folder. Marks
 * written as an alias ("Ukjent") are written as their code (VET IKKE): name those in `aliases`.
 */
function lostWords(source: string, folder: Folder, aliases: string[] = []): string[] {
  const words = (text: string) => text.toLocaleLowerCase('nb').match(/\p{L}{2,}/gu) ?? [];
  const kept = new Set(strings([folder.strategy, folder.areas]).flatMap(words));
  // The shape's own words: headings and lead-ins that become structure, and the comment marker.
  const structure = new Set(['utviklingsmål', 'skal', 'del', 'comment', 'by', ...aliases]);
  return [...new Set(words(source))].filter((w) => !kept.has(w) && !structure.has(w));
}

const warningLines = (stderr: string, file: string) =>
  [
    ...stderr.matchAll(new RegExp(`${path.basename(file).replace(/\./g, '\\.')}:(\\d+): (?:advarsel|warning):`, 'g')),
  ].map((m) => Number(m[1]));

async function importTo(file: string, extra: string[] = []): Promise<{ run: CliResult; out: string }> {
  const out = path.join(await makeTempDir(), 'strategy');
  const run = await runCli(['import', file, '--out', out, ...extra]);
  expect(run.stderr).not.toMatch(stackTrace);
  return { run, out };
}

async function validates(dir: string): Promise<CliResult> {
  const result = await runCli(['validate', '--dir', dir, '--format', 'json']);
  expect(result.stderr).not.toMatch(stackTrace);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The seed document against the hand-kept strategy/
// ---------------------------------------------------------------------------------------------

describe('import of the seed document', () => {
  const handKept = readFolder(HAND_KEPT);
  let run: CliResult;
  let out: string;
  let imported: Folder;

  beforeAll(async () => {
    ({ run, out } = await importTo(SEED));
    imported = readFolder(out);
  });

  it('writes the folder with exit code 0 and nothing to warn about', () => {
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/advarsel|feil/);
    expect(run.stderr).toContain('10 områder, 42 utviklingsmål, 44 vurderinger');
  });

  it('passes vm-strategy validate with no errors and no warnings', async () => {
    const result = await validates(out);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('has the same areas: titles, parts and order', () => {
    expect(imported.areas.map((a) => [a.title, a.part])).toEqual(handKept.areas.map((a) => [a.title, a.part]));
  });

  it('has the same goals, goal by goal: texts, marks clause by clause, notes and comments', () => {
    handKept.areas.forEach((area, i) => {
      const goals = imported.areas[i]!.goals;
      expect(goals, area.title).toHaveLength(area.goals.length);
      area.goals.forEach((goal, k) => {
        const mine = goals[k]!;
        const label = `${area.title} #${k + 1}`;
        expect(mine.text, label).toBe(goal.text);
        expect(
          mine.clauses?.map((c) => c.text),
          label,
        ).toEqual(goal.clauses?.map((c) => c.text));
        expect(goalMarks(mine), label).toEqual(goalMarks(goal));
        expect(noteOf(mine.assessment), label).toBe(noteOf(goal.assessment));
        expect(mine.comments, label).toEqual(goal.comments);
        expect(withoutIds(mine), label).toEqual(withoutIds(goal));
      });
    });
    const goals = imported.areas.flatMap((a) => a.goals);
    expect(goals).toHaveLength(42);
    expect(goals.flatMap(goalMarks)).toHaveLength(44);
    expect(goals.map((g) => noteOf(g.assessment)).filter(Boolean)).toEqual(['Tiltak på RIngve er iverksatt']);
  });

  it('has the same pillars, lists, introductions and texts', () => {
    handKept.areas.forEach((area, i) => {
      const mine = imported.areas[i]!;
      expect(mine.pillars, area.title).toEqual(area.pillars);
      expect(mine.lists, area.title).toEqual(area.lists);
      expect(mine.introduction, area.title).toBe(area.introduction);
      expect(mine.text, area.title).toBe(area.text);
      // All in all, the whole area is the hand-kept one but for the ids.
      expect(withoutIds(mine), area.title).toEqual(withoutIds(area));
    });
  });

  it('has the same vision: eleven statements, the same 20 marks clause by clause, and the comment', () => {
    const mine = imported.strategy.vision;
    expect(mine.title).toBe(handKept.strategy.vision.title);
    expect(mine.subtitle).toBe(handKept.strategy.vision.subtitle);
    expect(mine.statements.map((s) => s.id)).toEqual(handKept.strategy.vision.statements.map((s) => s.id));
    expect(mine.statements.map(statementMarks)).toEqual(handKept.strategy.vision.statements.map(statementMarks));
    expect(mine.statements.flatMap(statementMarks)).toHaveLength(20);
    expect(mine.statements).toEqual(handKept.strategy.vision.statements);
  });

  it('has the same strategy.yaml: organisation, title, period, round, horizon, mission, challenges and closing', () => {
    expect(imported.strategy).toEqual(handKept.strategy);
  });

  it('names area files NN-<id>.yaml and gives ids that match the id pattern, goal ids under their area', () => {
    imported.areas.forEach((area, i) => {
      expect(imported.areaFiles[i]).toBe(`${String(i + 1).padStart(2, '0')}-${area.id}.yaml`);
      expect(area.id).toMatch(idPattern);
      for (const goal of area.goals) {
        expect(goal.id).toMatch(idPattern);
        expect(goal.id.startsWith(`${area.id}.`)).toBe(true);
        expect(goal.id.slice(area.id.length + 1).split('-').length).toBeLessThanOrEqual(4);
      }
    });
    const ids = imported.areas.flatMap((a) => [a.id, ...a.goals.map((g) => g.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    // A leading possessive is dropped: "VÅR FORSKNING" → forskning.
    expect(imported.areas.map((a) => a.id)).toContain('forskning');
  });

  it('starts every file with the modeline, then a one-line comment, and copies the bundled scale', () => {
    for (const [rel, text] of imported.texts)
      expect(text, rel).toMatch(/^# yaml-language-server: \$schema=\S+\n# \S[^\n]*\n/);
    for (const [rel, text] of imported.texts)
      if (rel !== 'scale.yaml') expect(text, rel).toMatch(/^# [^\n]+\n# [^\n]+\n[a-z]/);
    // The bundled scale already has the modeline of a scale.yaml next to schemas/: the copy is the file as it is.
    expect(imported.texts.get('scale.yaml')).toBe(readFileSync(path.join(HAND_KEPT, 'scale.yaml'), 'utf8'));
    expect(imported.texts.get('strategy.yaml')).toMatch(
      /^# yaml-language-server: [^\n]*\n# .*strategi-2018-2025-revisjon-2021\.txt/,
    );
  });

  it('writes schemas/ and starts every YAML file with the editor modeline for its place, as strategy/ does', () => {
    expectEditorReady(out, imported);
    expect(imported.texts.get('areas/01-vitenskapelige-samlinger.yaml')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/area\.schema\.json\n/,
    );
    expect(readdirSync(out).sort()).toEqual(['areas', 'scale.yaml', 'schemas', 'strategy.yaml']);
    // The first lines are the hand-kept folder's, file by file.
    const firstLine = (text: string) => text.split('\n')[0];
    expect([...imported.texts.values()].map(firstLine)).toEqual([...handKept.texts.values()].map(firstLine));
  });

  it('writes marks in canonical form, quoted, and multi-paragraph text as block scalars', () => {
    const text = imported.texts.get('strategy.yaml')!;
    expect(text).toContain('assessment: "VET IKKE"');
    expect(text).not.toMatch(/assessment: (?:Vet ikke|Nei)/);
    expect(text).toMatch(/^introduction: \|-$/m);
  });

  it('keeps every word of the document', () => {
    expect(lostWords(readFileSync(SEED, 'utf8'), imported)).toEqual([]);
  });

  it('reads the same document with Windows line ends and a BOM into the same strategy', async () => {
    const crlf = path.join(await makeTempDir(), 'seed-crlf.txt');
    await writeFile(crlf, `\uFEFF${readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n')}`);
    const other = await importTo(crlf);
    expect(other.run.exitCode).toBe(0);
    const folder = readFolder(other.out);
    expect(folder.strategy).toEqual(imported.strategy);
    expect(folder.areas).toEqual(imported.areas);
  });
});

// ---------------------------------------------------------------------------------------------
// Another organisation's document of the same shape
// ---------------------------------------------------------------------------------------------

describe("import of another organisation's document (Eksempelmuseet: 3 areas, other marks and casing)", () => {
  const file = fixture('eksempelmuseet.txt');
  let run: CliResult;
  let out: string;
  let imported: Folder;

  beforeAll(async () => {
    ({ run, out } = await importTo(file));
    imported = readFolder(out);
  });

  it('writes a folder that passes validate (the one goal without a mark is a warning)', async () => {
    expect(run.exitCode).toBe(0);
    expectEditorReady(out, imported);
    const result = await validates(out);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).map((d: { code: string }) => d.code)).toEqual(['goal-unassessed']);
  });

  it('reads the organisation from "<organisation> skal:" and the title, period, round and horizon from the text', () => {
    expect(imported.strategy.organisation).toBe('Eksempelmuseet');
    expect(imported.strategy.title).toBe('STRATEGI 2020–2030 FOR EKSEMPELMUSEET');
    expect(imported.strategy.period).toEqual({ from: 2020, to: 2030 });
    expect(imported.strategy.round).toBe(2025);
    expect(imported.strategy.horizon).toBe(4);
    // A sentence broken after "av" goes on with a capital letter; it is joined all the same.
    expect(imported.strategy.introduction).toContain('vedtatt av Styret i 2019.');
  });

  it('finds its own areas, in order, with their parts', () => {
    expect(imported.areas.map((a) => [a.id, a.title, a.part])).toEqual([
      ['samlingene', 'SAMLINGENE', 2],
      ['formidling-laering', 'FORMIDLING OG LÆRING', 2],
      ['drift-organisasjon', 'DRIFT OG ORGANISASJON', 3],
    ]);
  });

  it('reads marks by code and alias in any letter case, clause by clause, in canonical form', () => {
    expect(imported.areas.map((a) => a.goals.map(goalMarks))).toEqual([
      [['JA/NEI'], ['NEI+'], ['JA?', 'VET IKKE'], []],
      [['TJA'], ['JA-'], ['VET IKKE']],
      [['JA--'], ['NEI/JA']],
    ]);
    expect(imported.strategy.vision.statements.map(statementMarks)).toEqual([
      ['JA', 'NEI'],
      ['VET IKKE'],
      ['TJA', 'JA'],
      [],
    ]);
    expect(imported.strategy.vision.statements[2]!.clauses.map((c) => c.text)).toEqual([
      'Samlingene er tilgjengelige på nett',
      ', og brukes i undervisning.',
    ]);
  });

  it('takes the text after a mark as its note, and joins a goal broken over two lines', () => {
    const [samlinger, formidling] = imported.areas;
    expect(samlinger!.goals[1]!.assessment).toEqual({ mark: 'NEI+', note: 'Byggestart er utsatt til 2026' });
    expect(formidling!.goals[1]!.text).toBe('Tilby skoleprogram for alle trinn i grunnskolen');
  });

  it('keeps comments on goals and vision statements, several on one line, and a comment on a pillar as text', () => {
    expect(imported.areas[0]!.goals[3]!.comments).toEqual([{ author: 'Kari Nordmann', text: 'Ingen vurdering ennå.' }]);
    expect(imported.strategy.vision.statements[0]!.comments).toEqual([
      { author: 'Kari Nordmann', text: 'Magasinet er vedtatt, men ikke bygget.' },
    ]);
    expect(imported.strategy.vision.statements[3]!.comments).toEqual([
      { author: 'Ola Hansen', text: 'Se medarbeiderundersøkelsen.' },
      { author: 'Kari Nordmann', text: 'Enig.' },
    ]);
    expect(imported.areas[0]!.introduction).toBe('Comment by Ola Hansen («God bevaring»): Gjelder også fartøyene.');
    expect(imported.areas[0]!.pillars!.items).toEqual(['Innsamling etter plan', 'God bevaring', 'Tilgang for alle']);
  });

  it('reads the mission, the challenges, a list and the closing', () => {
    const { mission, challenges, closing } = imported.strategy;
    expect(mission.general?.title).toBe('Vårt generelle oppdrag');
    expect(mission.special?.text).toBe(
      'Eksempelmuseet har et særlig ansvar for fartøyvern og for de immaterielle tradisjonene knyttet til båtbygging.',
    );
    expect(challenges.items.map((c) => [c.id, c.title])).toEqual([
      ['okonomi', 'Økonomi'],
      ['bygninger', 'Bygninger'],
      ['digital-omstilling', 'Digital omstilling'],
    ]);
    expect(imported.areas[2]!.lists).toEqual([
      { title: 'Eksempelmuseet samarbeider med', items: ['kommunen;', 'fylket;', 'frivillige lag.'] },
    ]);
    expect(closing).toBe('Strategien følges opp i de årlige handlingsplanene.');
  });

  it('warns, with the line, about the pillar comment and the goal without a mark — and nothing else', () => {
    expect(warningLines(run.stderr, file)).toEqual([35, 42]);
  });

  it('knows nothing of NTNU Vitenskapsmuseet and keeps every word', () => {
    for (const [rel, text] of imported.texts)
      if (rel !== 'scale.yaml') expect(text, rel).not.toMatch(/NTNU|Vitenskapsmuseet/);
    expect(lostWords(readFileSync(file, 'utf8'), imported, ['ukjent', 'vetikke'])).toEqual([]);
  });

  it('reads the same document with Windows line ends (CRLF) and a BOM into the same strategy', async () => {
    const crlfFile = fixture('eksempelmuseet-crlf.txt');
    expect(readFileSync(crlfFile, 'latin1')).toContain('\r\n');
    const other = await importTo(crlfFile);
    expect(other.run.exitCode).toBe(0);
    const folder = readFolder(other.out);
    expect(folder.strategy).toEqual(imported.strategy);
    expect(folder.areas).toEqual(imported.areas);
    expect(warningLines(other.run.stderr, crlfFile)).toEqual([35, 42]);
  });
});

describe('import of the seed with an area left out and another added', () => {
  const file = fixture('seed-area-changed.txt');
  const handKept = readFolder(HAND_KEPT);
  let imported: Folder;
  let out: string;

  beforeAll(async () => {
    const result = await importTo(file);
    expect(result.run.exitCode).toBe(0);
    expect(result.run.stderr).not.toMatch(/advarsel/);
    out = result.out;
    imported = readFolder(out);
  });

  it('has the areas of the document, not of the bundled strategy', async () => {
    const expected = handKept.areas.filter((a) => a.title !== 'CAMPUSUTVIKLING');
    expect(imported.areas).toHaveLength(expected.length + 1);
    expect(imported.areas.map((a) => a.title)).toEqual([
      ...expected.slice(0, 3).map((a) => a.title),
      'VÅRE PARTNERSKAP',
      ...expected.slice(3).map((a) => a.title),
    ]);
    expect((await validates(out)).exitCode).toBe(0);
  });

  it('keeps the other areas as they were, goal by goal', () => {
    const others = imported.areas.filter((a) => a.title !== 'VÅRE PARTNERSKAP');
    const expected = handKept.areas.filter((a) => a.title !== 'CAMPUSUTVIKLING');
    expect(others.map(withoutIds)).toEqual(expected.map(withoutIds));
  });

  it('reads the new area: pillars, goals, marks in any case, a note and a comment', () => {
    const area = imported.areas[3]!;
    expect(area.id).toBe('partnerskap');
    expect(area.pillars).toEqual({
      title: 'PARTNERSKAPSSTRATEGIEN ER TUFTET PÅ TO PILARER',
      items: ['Gjensidig nytte', 'Langsiktighet'],
    });
    expect(area.goals.map((g) => [g.text, g.assessment, g.comments])).toEqual([
      ['Inngå avtaler med regionale museer', { mark: 'JA?', note: 'Tre avtaler er signert' }, undefined],
      ['Etablere et nasjonalt nettverk for universitetsmuseene', 'VET IKKE', undefined],
      [
        'Styrke samarbeidet med næringslivet',
        'NEI',
        [{ author: 'Kari Nordmann', text: 'Dette bør prioriteres i neste tiltaksplan.' }],
      ],
    ]);
  });
});

describe('import of a document with other section names, numbered goals and bracketed marks (Prøvemuseet)', () => {
  const file = fixture('proevemuseet.txt');
  let run: CliResult;
  let imported: Folder;
  let out: string;

  beforeAll(async () => {
    ({ run, out } = await importTo(file));
    imported = readFolder(out);
  });

  it('writes a valid folder, with "DEL 1" before the mission and MANDAT, UTFORDRINGER, VISJON as headings', async () => {
    expect(run.exitCode).toBe(0);
    expect((await validates(out)).exitCode).toBe(0);
    expect(imported.strategy.mission).toEqual({
      title: 'VÅRT MANDAT',
      text: 'Prøvemuseet forvalter kunst fra regionen.',
    });
    expect(imported.strategy.challenges.items.map((c) => c.title)).toEqual(['Lite penger']);
    expect(imported.strategy.vision.title).toBe('VISJON');
    expect(imported.areas.map((a) => [a.id, a.part])).toEqual([
      ['kunst', 1],
      ['drift', 1],
    ]);
  });

  it('reads marks in brackets, numbered goals and a note after a colon', () => {
    expect(imported.strategy.vision.statements.map((s) => s.clauses)).toEqual([
      [
        { text: 'Vi er det beste kunstmuseet i landsdelen', assessment: 'JA' },
        { text: '. Vi er også det største', assessment: 'NEI' },
      ],
      [{ text: 'Vi er et museum for alle.', assessment: 'VET IKKE' }],
    ]);
    expect(imported.areas[0]!.goals.map((g) => [g.text, g.assessment])).toEqual([
      ['Kjøpe mer kunst', 'JA'],
      ['Selge mindre kunst', 'NEI'],
      ['Vise kunsten fram', 'JA/NEI'],
    ]);
    expect(imported.areas[1]!.goals.map((g) => g.assessment)).toEqual([
      { mark: 'NEI+', note: 'budsjettet er stramt' },
      { mark: 'JA-', note: '(Merk: dette er uklart)' },
    ]);
  });

  it('keeps a lead-in that says more than the organisation, and a list opened by "… vil samarbeide med:"', () => {
    expect(imported.strategy.organisation).toBe('Prøvemuseet');
    expect(imported.areas[0]!.introduction).toBe('Prøvemuseet skal i perioden 2022–2026:');
    expect(imported.areas[0]!.lists).toEqual([
      { title: 'Prøvemuseet vil samarbeide med', items: ['galleriene', 'skolene'] },
    ]);
  });

  it('takes a last heading with only text as the closing, and guesses the period from the years', () => {
    expect(imported.strategy.closing).toBe('AVSLUTNING\n\nStrategien revideres i 2024.');
    expect(imported.strategy.period).toEqual({ from: 2022, to: 2026 });
    expect(imported.strategy.round).toBe(2024);
    expect(warningLines(run.stderr, file)).toEqual([28]);
    expect(run.stderr).toMatch(/proevemuseet\.txt: advarsel: Fant ikke strategiperioden/);
    expect(lostWords(readFileSync(file, 'utf8'), imported)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// What the importer cannot place, and documents that yield no strategy
// ---------------------------------------------------------------------------------------------

describe('import of a document with text the importer cannot place', () => {
  const file = fixture('unplaceable.txt');
  let run: CliResult;
  let imported: Folder;
  let out: string;

  beforeAll(async () => {
    ({ run, out } = await importTo(file));
    imported = readFolder(out);
  });

  it('still writes a valid folder', async () => {
    expect(run.exitCode).toBe(0);
    expect((await validates(out)).exitCode).toBe(0);
  });

  it('warns on stderr with the line of each thing it could not place', () => {
    expect(warningLines(run.stderr, file)).toEqual([10, 17, 25]);
    expect(run.stderr).toMatch(/unplaceable\.txt:10: advarsel: Overskriften «VÅRE VERDIER»/);
  });

  it('says each on one line: where, what happened, what to do, and the code to look up', () => {
    const lines = run.stderr.split('\n');
    expect(lines.find((l) => l.startsWith(`${file}:10:`))).toBe(
      `${file}:10: advarsel: Overskriften «VÅRE VERDIER» er ikke samfunnsoppdrag, utfordringsbilde, målbilde eller et område med utviklingsmål; ` +
        'overskriften og teksten er lagt i strategiens introduction. ' +
        'Er det et område, sett det etter en DEL-overskrift eller gi det utviklingsmål i dokumentet, og importer på nytt. [import-unknown-section]',
    );
    expect(
      lines
        .map((l) => /^.*?unplaceable\.txt(?::(\d+))?: advarsel: .* \[(import-[a-z-]+)\]$/.exec(l))
        .flatMap((m) => (m ? [`${m[1] ?? 0} ${m[2]}`] : [])),
    ).toEqual([
      '0 import-period-missing',
      '0 import-round-missing',
      '0 import-horizon-missing',
      '10 import-unknown-section',
      '17 import-text-before-area',
      '25 import-list-without-lead-in',
    ]);
  });

  it('keeps that text in the nearest section', () => {
    expect(imported.strategy.introduction).toBe(
      'Øvingsmuseet er et lite museum i en liten kommune.\n\nVÅRE VERDIER\n\nÅpenhet, kvalitet og glede preger arbeidet vårt.',
    );
    const area = imported.areas[0]!;
    expect(area.introduction).toBe('Denne delen handler om kjernevirksomheten.');
    expect(area.text).toBe('Vi har også noen andre planer\n\n- Et nytt skilt ved inngangen\n- Nye benker i parken');
    expect(lostWords(readFileSync(file, 'utf8'), imported)).toEqual([]);
  });

  it('writes defaults for what the document does not say, with a warning for each', () => {
    expect(imported.strategy.organisation).toBe('Øvingsmuseet');
    expect(imported.strategy.horizon).toBe(3);
    expect(imported.strategy.round).toBe(Math.floor((imported.strategy.period.from + imported.strategy.period.to) / 2));
    expect(run.stderr).toMatch(/unplaceable\.txt: advarsel: Fant ingen årstall/);
    expect(run.stderr).toMatch(/unplaceable\.txt: advarsel: Fant ikke revisjonsåret/);
    expect(run.stderr).toMatch(/unplaceable\.txt: advarsel: Fant ikke hvor mange år/);
  });

  it('speaks English with --lang en', async () => {
    const english = await importTo(file, ['--lang', 'en']);
    expect(english.run.exitCode).toBe(0);
    expect(english.run.stderr).toMatch(/unplaceable\.txt:10: warning: The heading «VÅRE VERDIER»/);
    expect(english.run.stderr).toContain(
      `${file}:17: warning: The text stands between a DEL (part) heading and the next area; it was put first in the introduction of «SAMLINGER». ` +
        'Move the text to where it belongs in the YAML files, or fix the document and import again. [import-text-before-area]\n',
    );
    expect(english.run.stderr).toContain('Wrote ');
    expect(english.run.stderr).not.toMatch(/advarsel|Skrev/);
  });
});

describe('a document that yields no strategy', () => {
  it('exits 1, says why, and writes nothing', async () => {
    const { run, out } = await importTo(fixture('no-areas.txt'));
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      `${fixture('no-areas.txt')}: feil: Fant ingen strategiområder (overskrifter med store bokstaver etter «DEL 2», eller med UTVIKLINGSMÅL under seg). ` +
        'Gi hvert område en overskrift med store bokstaver og utviklingsmålene under, etter en DEL-overskrift, og importer på nytt. [import-no-areas]\n' +
        `Lest fra ${fixture('no-areas.txt')}: 0 områder, 0 utviklingsmål med 0 vurderinger, målbildet med 1 utsagn og 1 vurdering, 0 kommentarer.\n` +
        'Vurderinger etter slag: JA 1.\n' +
        'Ingen vurderingsord står ubrukt.\n' +
        `${fixture('no-areas.txt')} gir ikke en gyldig strategi; ingenting er skrevet.\n`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });
});

describe('a document without a vision, mission or challenges (they are optional)', () => {
  it('imports what it has: no vision in strategy.yaml, and it validates', async () => {
    const { run, out } = await importTo(fixture('no-vision.txt'));
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('intet målbilde');
    const strategy = readYaml<Record<string, unknown>>(path.join(out, 'strategy.yaml'));
    expect(Object.keys(strategy)).not.toContain('vision');
    expect(strategy.mission).toEqual({ title: 'VÅRT SAMFUNNSOPPDRAG', text: 'Tomtemuseet viser fram tomter.' });
    expect((await validates(out)).exitCode).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Files and folders: --out, --force, unreadable input
// ---------------------------------------------------------------------------------------------

/** Every file under a folder with its content, to see that nothing changed. */
async function snapshotTree(dir: string, rel = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, await snapshotTree(dir, child));
    else out[child] = await readFile(path.join(dir, child), 'utf8');
  }
  return out;
}

async function folderWithFiles(): Promise<string> {
  const dir = path.join(await makeTempDir(), 'strategy');
  await mkdir(path.join(dir, 'areas'), { recursive: true });
  await mkdir(path.join(dir, 'plans'));
  await writeFile(path.join(dir, 'strategy.yaml'), 'organisation: old\n');
  await writeFile(path.join(dir, 'areas', '99-old.yaml'), 'id: old\n');
  await writeFile(path.join(dir, 'plans', 'notes.md'), 'my notes\n');
  await writeFile(path.join(dir, 'README.md'), 'keep me\n');
  return dir;
}

describe.concurrent('--out and the input file', () => {
  it('refuses a folder that is not empty (exit 2) and changes nothing', async ({ expect }) => {
    const dir = await folderWithFiles();
    const before = await snapshotTree(dir);
    const run = await runCli(['import', SEED, '--out', dir]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('er ikke tom');
    expect(run.stderr).toContain('--force');
    expect(run.stderr).not.toMatch(stackTrace);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('with --force writes the strategy files over it, drops stale areas and keeps other files', async ({ expect }) => {
    const dir = await folderWithFiles();
    const run = await runCli(['import', SEED, '--out', dir, '--force']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).not.toMatch(stackTrace);
    const after = await snapshotTree(dir);
    expect(after['README.md']).toBe('keep me\n');
    expect(after['plans/notes.md']).toBe('my notes\n');
    expect(after['areas/99-old.yaml']).toBeUndefined();
    expect(Object.keys(after).filter((f) => f.startsWith('areas/'))).toHaveLength(10);
    expect(
      Object.keys(after)
        .filter((f) => f.startsWith('schemas/'))
        .sort(),
    ).toEqual(SCHEMA_FILES.map((f) => `schemas/${f}`));
    expectEditorReady(dir, readFolder(dir));
    expect(readFolder(dir).strategy).toEqual(readFolder(HAND_KEPT).strategy);
    const validated = await runCli(['validate', '--dir', dir]);
    expect(validated.exitCode).toBe(0);
  });

  it('writes into an empty folder that exists', async ({ expect }) => {
    const dir = path.join(await makeTempDir(), 'empty');
    await mkdir(dir);
    const run = await runCli(['import', fixture('eksempelmuseet.txt'), '--out', dir]);
    expect(run.exitCode).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['areas', 'scale.yaml', 'schemas', 'strategy.yaml']);
    expect(readdirSync(path.join(dir, 'schemas')).sort()).toEqual(SCHEMA_FILES);
  });

  it('refuses an --out that is a file (exit 2)', async ({ expect }) => {
    const file = path.join(await makeTempDir(), 'a-file');
    await writeFile(file, 'x');
    const run = await runCli(['import', SEED, '--out', file]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('er ikke en mappe');
    expect(run.stderr).not.toMatch(stackTrace);
  });

  it('exits 2 on a missing FILE, a missing --out, and a FILE that is a folder', async ({ expect }) => {
    const out = path.join(await makeTempDir(), 'strategy');
    const missing = await runCli(['import', 'no-such-file.txt', '--out', out]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('Finner ikke filen no-such-file.txt');
    const noOut = await runCli(['import', SEED]);
    expect(noOut.exitCode).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const noFile = await runCli(['import']);
    expect(noFile.exitCode).toBe(2);
    const folder = await runCli(['import', FIXTURES, '--out', out]);
    expect(folder.exitCode).toBe(2);
    for (const r of [missing, noOut, noFile, folder]) expect(r.stderr).not.toMatch(stackTrace);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on a FILE that is not UTF-8 (Latin-1, UTF-16), naming the line, and writes nothing', async ({
    expect,
  }) => {
    const out = path.join(await makeTempDir(), 'strategy');
    const latin1 = await runCli(['import', fixture('latin1.txt'), '--out', out]);
    expect(latin1.exitCode).toBe(2);
    expect(latin1.stderr).toContain('latin1.txt er ikke UTF-8 (ugyldig bytesekvens, linje 2)');
    const utf16File = path.join(path.dirname(out), 'utf16.txt');
    await writeFile(
      utf16File,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED, 'utf8'), 'utf16le')]),
    );
    const utf16 = await runCli(['import', utf16File, '--out', out, '--lang', 'en']);
    expect(utf16.exitCode).toBe(2);
    expect(utf16.stderr).toContain('is not UTF-8 (UTF-16');
    for (const r of [latin1, utf16]) expect(r.stderr).not.toMatch(stackTrace);
    expect(existsSync(out)).toBe(false);
  });

  it('uses another scale with --scale, and copies it into the folder', async ({ expect }) => {
    const tmp = await makeTempDir();
    const scaleFile = path.join(tmp, 'my-scale.yaml');
    await writeFile(
      scaleFile,
      [
        'threshold: 0.5',
        'marks:',
        '  - { code: "BRA", aliases: ["GOD"], label: { nb: "Bra", en: "Good" }, score: 1, color: "#1a7f37" }',
        '  - { code: "DÅRLIG", label: { nb: "Dårlig", en: "Poor" }, score: 0, color: "#b42318" }',
        '',
      ].join('\n'),
    );
    const doc = path.join(tmp, 'doc.txt');
    await writeFile(
      doc,
      [
        'VÅRT SAMFUNNSOPPDRAG',
        'Skalamuseet måler alt.',
        '',
        'UTFORDRINGSBILDET',
        'Vi har mye å måle.',
        '',
        'MÅLBILDET',
        'Vi måler riktig. God',
        '',
        'DEL 2',
        'MÅLINGER',
        'UTVIKLINGSMÅL',
        'Skalamuseet skal:',
        '· Måle vekten BRA',
        '· Måle lengden dårlig',
        '· Måle tiden JA',
        '',
      ].join('\n'),
    );
    const out = path.join(tmp, 'strategy');
    const run = await runCli(['import', doc, '--out', out, '--scale', scaleFile]);
    expect(run.stderr).not.toMatch(stackTrace);
    expect(run.exitCode).toBe(0);
    const folder = readFolder(out);
    expect(folder.texts.get('scale.yaml')).toMatch(
      /^# yaml-language-server: \$schema=schemas\/scale\.schema\.json\n# Assessment scale \(vurderingsskala\)\nthreshold: 0\.5\n/,
    );
    expectEditorReady(out, folder);
    expect(folder.areas[0]!.goals.map((g) => g.assessment)).toEqual(['BRA', 'DÅRLIG', undefined]);
    expect(folder.areas[0]!.goals[2]!.text).toBe('Måle tiden JA');
    expect(folder.strategy.vision.statements[0]!.clauses).toEqual([{ text: 'Vi måler riktig.', assessment: 'BRA' }]);
    expect((await runCli(['validate', '--dir', out])).exitCode).toBe(0);

    const broken = path.join(tmp, 'broken-scale.yaml');
    await writeFile(broken, 'threshold: 2\nmarks: []\n');
    const bad = await runCli(['import', doc, '--out', path.join(tmp, 'other'), '--scale', broken]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).not.toMatch(stackTrace);
    expect(existsSync(path.join(tmp, 'other'))).toBe(false);
  });

  it('shows examples in --help', async ({ expect }) => {
    const run = await runCli(['import', '--help', '--lang', 'en']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('vm-strategy import strategi.txt --out strategy');
    expect(run.stdout).toContain('--force');
  });
});

// ---------------------------------------------------------------------------------------------
// The pure core
// ---------------------------------------------------------------------------------------------

describe('ids', () => {
  it('folds Norwegian letters and other diacritics to ASCII', () => {
    expect(fold('ÆØÅ æøå Café Ångström naïve Straße')).toBe('aeoa aeoa cafe angstrom naive strasse');
    expect(slug('  Forventninger om styrket samspill – med samfunnet! ')).toBe(
      'forventninger-om-styrket-samspill-med-samfunnet',
    );
  });

  it('drops a leading possessive and function words from area ids', () => {
    expect(areaIdPart('VÅR FORSKNING')).toBe('forskning');
    expect(areaIdPart('VÅRE VITENSKAPELIGE SAMLINGER')).toBe('vitenskapelige-samlinger');
    expect(areaIdPart('VÅR UTDANNING OG VÅRT LÆRINGSMILJØ')).toBe('utdanning-laeringsmiljo');
    expect(areaIdPart('REGIONAL ROLLE')).toBe('regional-rolle');
  });

  it('builds goal ids from the first significant words, skipping the opening verb', () => {
    expect(goalIdPart('Sikre moderne magasiner')).toBe('moderne-magasiner');
    expect(goalIdPart('Registrere samlingen')).toBe('registrere-samlingen');
    expect(goalIdPart('Øke internasjonalt samarbeid')).toBe('internasjonalt-samarbeid');
  });

  it('always gives an id part that is empty or matches the id pattern, with at most four words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const part of [areaIdPart(text), goalIdPart(text), slug(text)]) {
          if (part !== '') expect(part).toMatch(idPattern);
        }
        expect(goalIdPart(text).split('-').length).toBeLessThanOrEqual(4);
        expect(areaIdPart(text).split('-').length).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('marks', () => {
  const scaleText = readFileSync(path.join(HAND_KEPT, 'scale.yaml'), 'utf8');
  const scale = indexScale(scaleSchema.parse(YAML.parse(scaleText)));
  const finder = new MarkFinder(scale);
  const codes = (text: string) => finder.split(text).clauses.map((c) => c.code);

  it('finds every code and alias in any letter case where a mark stands', () => {
    expect(codes('Øke samarbeid JA og gjennomslag JA-')).toEqual(['JA', 'JA-']);
    expect(codes('Relevante. Vet ikke Med basis i fag. JA Vi har en plan. Vet ikke')).toEqual([
      'VET IKKE',
      'JA',
      'VET IKKE',
    ]);
    expect(codes('Nyskaping er en del av tankesettet. Nei')).toEqual(['NEI']);
    expect(codes('Blandet resultat JA / NEI')).toEqual(['JA/NEI']);
    expect(codes('Ukjent utfall ukjent')).toEqual(['VET IKKE']);
    expect(codes('Bidra til Ett NTNU TJA')).toEqual(['TJA']);
  });

  it('leaves prose and lookalikes alone', () => {
    expect(codes('Vi vet ikke om dette lykkes')).toEqual([]);
    expect(codes('Ja, vi skal samarbeide')).toEqual([]);
    expect(codes('Kampanjen NEI-til-søppel')).toEqual([]);
    expect(codes('NEI')).toEqual([]);
  });

  it('splits a statement into clauses at its marks, keeping the text after the last one', () => {
    expect(finder.split('Aktivert samlingene JA. Vi har sikret dem NEI/JA, og gjort dem kjent. JA')).toEqual({
      clauses: [
        { text: 'Aktivert samlingene', code: 'JA', raw: 'JA' },
        { text: '. Vi har sikret dem', code: 'NEI/JA', raw: 'NEI/JA' },
        { text: ', og gjort dem kjent.', code: 'JA', raw: 'JA' },
      ],
      rest: '',
      skipped: [],
    });
    expect(finder.split('Bidra til økt kapasitet JA- Tiltak er iverksatt').rest).toBe('Tiltak er iverksatt');
  });
});

describe('importStrategy (the pure core)', () => {
  const scaleText = readFileSync(path.join(HAND_KEPT, 'scale.yaml'), 'utf8');
  const scale = indexScale(scaleSchema.parse(YAML.parse(scaleText)));
  const options = {
    scale,
    scaleText,
    document: 'seed.txt',
    source: 'seed.txt',
    out: 'out',
    words: importedFileWords.nb,
    schemaWords: schemaWords.nb,
    defaultYear: 2024,
  };

  it("gives the same files for the same document, validated by the project's loader", () => {
    const text = readFileSync(SEED, 'utf8');
    const first = importStrategy(text, options);
    const second = importStrategy(text, options);
    expect([...first.files]).toEqual([...second.files]);
    expect(first.diagnostics).toEqual([]);
    expect(first.errors).toEqual([]);
    expect([...first.files.keys()]).toEqual([
      'strategy.yaml',
      'scale.yaml',
      ...readdirSync(path.join(HAND_KEPT, 'areas')).map((_, i) =>
        expect.stringMatching(new RegExp(`^areas/${String(i + 1).padStart(2, '0')}-[a-z0-9-]+\\.yaml$`)),
      ),
      'schemas/strategy.schema.json',
      'schemas/area.schema.json',
      'schemas/scale.schema.json',
      'schemas/plan.schema.json',
    ]);
    for (const [rel, text] of first.files) {
      if (rel.startsWith('schemas/')) expect(text, rel).toBe(readFileSync(path.join(HAND_KEPT, rel), 'utf8'));
      else expect(text.split('\n')[0], rel).toBe(modeline(kindOf(rel), rel));
    }
  });

  it('gives scale.yaml its own modeline, whatever modeline, header, BOM and line ends the source scale has', () => {
    const doc = readFileSync(SEED, 'utf8');
    const ours = '# yaml-language-server: $schema=schemas/scale.schema.json';
    const body = scaleText.replace(/^(#[^\n]*\n)+/, '');
    const cases: [string, string][] = [
      // A copy from a folder elsewhere, with a modeline that points somewhere else, after its header.
      [
        `# My scale\n# yaml-language-server: $schema=https://example.org/scale.json\n${body}`,
        `${ours}\n# My scale\n${body}`,
      ],
      // No header: the line that says what it is comes after the modeline.
      [
        `# yaml-language-server: $schema=../../schemas/scale.schema.json\n${body}`,
        `${ours}\n# Assessment scale (vurderingsskala)\n${body}`,
      ],
      [body, `${ours}\n# Assessment scale (vurderingsskala)\n${body}`],
      // A BOM is dropped; Windows line ends stay Windows line ends, also on the lines added.
      [`\uFEFF# Skala\r\n${body.replace(/\n/g, '\r\n')}`, `${ours}\r\n# Skala\r\n${body.replace(/\n/g, '\r\n')}`],
      [
        `\uFEFF${body.replace(/\n/g, '\r\n')}`,
        `${ours}\r\n# Assessment scale (vurderingsskala)\r\n${body.replace(/\n/g, '\r\n')}`,
      ],
    ];
    for (const [source, expected] of cases) {
      const result = importStrategy(doc, { ...options, scaleText: source });
      expect(result.files.get('scale.yaml'), source.slice(0, 80)).toBe(expected);
      expect(result.diagnostics, source.slice(0, 80)).toEqual([]);
    }
  });

  it('joins a sentence the export broke over two lines, and keeps a mark on a line of its own with its goal', () => {
    const doc = [
      'VÅRT SAMFUNNSOPPDRAG',
      'Museet forvalter samlinger på',
      'Nordlandet og i Sørdalen.',
      '',
      'UTFORDRINGSBILDET',
      'Lite plass.',
      '',
      'MÅLBILDET',
      'Vi er synlige. JA',
      '',
      'DEL 2',
      'VÅRE SAMLINGER',
      'UTVIKLINGSMÅL',
      'Museet skal:',
      '· Bygge et nytt magasin for',
      'gjenstandene',
      'NEI',
      '· Registrere alt JA',
      '',
    ].join('\n');
    const result = importStrategy(doc, options);
    expect(result.errors).toEqual([]);
    const strategy = YAML.parse(result.files.get('strategy.yaml')!) as Strategy;
    expect(strategy.mission.text).toBe('Museet forvalter samlinger på Nordlandet og i Sørdalen.');
    const area = YAML.parse(result.files.get('areas/01-samlinger.yaml')!) as Area;
    expect(area.goals.map((g) => [g.text, g.assessment])).toEqual([
      ['Bygge et nytt magasin for gjenstandene', 'NEI'],
      ['Registrere alt', 'JA'],
    ]);
  });
});

describe('what the importer reports: a code of the catalogue, at a line of the document', () => {
  const scaleText = readFileSync(path.join(HAND_KEPT, 'scale.yaml'), 'utf8');
  const scale = indexScale(scaleSchema.parse(YAML.parse(scaleText)));
  const options = {
    scale,
    scaleText,
    document: 'doc.txt',
    source: 'doc.txt',
    out: 'out',
    words: importedFileWords.nb,
    schemaWords: schemaWords.nb,
    defaultYear: 2024,
  };
  /** A document that imports without a word to say; each case below changes one thing in it. */
  const sound = [
    'VÅRT SAMFUNNSOPPDRAG',
    'Strategi 2020–2025 for Museet. Strategien revideres ved strategirevisjon i 2022, med treårige tiltaksplaner.',
    '',
    'UTFORDRINGSBILDET',
    'Lite plass.',
    '',
    'MÅLBILDET',
    'Vi er synlige. JA',
    '',
    'DEL 2',
    'VÅRE SAMLINGER',
    'UTVIKLINGSMÅL',
    'Museet skal:',
    '· Bygge et nytt magasin NEI',
    '· Registrere alt JA',
    '',
  ];
  const doc = (lines: string[]) => lines.join('\n');
  const swap = (from: string, ...to: string[]) => {
    const at = sound.indexOf(from);
    if (at < 0) throw new Error(`no line ${from}`);
    return doc([...sound.slice(0, at), ...to, ...sound.slice(at + 1)]);
  };
  const found = (text: string, extra: Partial<typeof options> & { scaleChosen?: { marks: number } } = {}) => {
    const result = importStrategy(text, { ...options, ...extra });
    return [...result.warnings, ...result.errors].map((d) => `${d.line} ${d.code}`);
  };

  const cases: [string, string, string[]][] = [
    ['nothing to say about a sound document', doc(sound), []],
    [
      'text between a part heading and an area',
      swap('VÅRE SAMLINGER', 'Om delen.', 'VÅRE SAMLINGER'),
      ['11 import-text-before-area'],
    ],
    [
      'text after a part heading that no area follows',
      doc(['DEL 1', 'Om delen.', '', ...sound]),
      ['2 import-text-after-part'],
    ],
    [
      'a heading that is no known section',
      swap('DEL 2', 'VÅRE VERDIER', 'Åpenhet.', '', 'DEL 2'),
      ['10 import-unknown-section'],
    ],
    ['a part heading with a title', swap('DEL 2', 'DEL 2: VIRKSOMHETEN'), ['10 import-part-title']],
    [
      'a bulleted list without a lead-in',
      doc([...sound, 'Vi har også planer.', '· Et nytt skilt']),
      ['18 import-list-without-lead-in'],
    ],
    [
      'a line before the goals that names no organisation (and no other line does)',
      swap('Museet skal:', 'Dette er målene:'),
      ['0 import-organisation-missing', '13 import-lead-in-not-organisation'],
    ],
    [
      'a pillar heading without pillars',
      swap('UTVIKLINGSMÅL', 'SAMLINGENE ER TUFTET PÅ TO PILARER', 'Se teksten.', 'UTVIKLINGSMÅL'),
      ['12 import-pillars-without-items'],
    ],
    [
      'a goals heading without goals, in an area before the last',
      swap('VÅRE SAMLINGER', 'VÅR FORMIDLING', 'UTVIKLINGSMÅL', 'Kommer senere.', '', 'VÅRE SAMLINGER'),
      ['11 import-area-without-goals', '12 import-goals-without-items'],
    ],
    [
      'a last heading with only text',
      doc([...sound, 'AVSLUTNING', 'Strategien følges opp.']),
      ['17 import-closing-section'],
    ],
    ['a goal without a mark', swap('· Registrere alt JA', '· Registrere alt'), ['15 import-goal-without-mark']],
    [
      "text going on after a goal's last mark",
      swap('· Registrere alt JA', '· Registrere alt JA og ordne magasinet'),
      ['15 import-clause-without-mark'],
    ],
    ['two marks in a row', swap('· Registrere alt JA', '· Registrere alt JA NEI'), ['15 import-mark-after-mark']],
    ['a mark alone on a line', doc([...sound, 'JA']), ['17 import-mark-on-its-own']],
    [
      'a comment on an area heading',
      swap('VÅRE SAMLINGER', 'VÅRE SAMLINGER\tComment by Kari: Fint.'),
      ['11 import-comment-as-text'],
    ],
    ['an empty comment', swap('Lite plass.', 'Lite plass.\tComment by Kari: '), ['5 import-comment-empty']],
    [
      'a mission with three sub-sections',
      swap(
        'UTFORDRINGSBILDET',
        'Vårt generelle oppdrag',
        'Vi forsker.',
        'Vårt spesielle oppdrag',
        'Vi viser fram.',
        'Vårt tredje oppdrag',
        'Vi lærer bort.',
        '',
        'UTFORDRINGSBILDET',
      ),
      ['8 import-mission-extra-section'],
    ],
    [
      'a mission whose text starts with a sub-heading',
      doc(['VÅRT SAMFUNNSOPPDRAG', 'Vårt oppdrag', ...sound.slice(1)]),
      ['2 import-mission-text-from-section'],
    ],
    ['no organisation anywhere', swap('Museet skal:'), ['0 import-organisation-missing']],
    [
      "the organisation from the vision's subtitle",
      swap('Museet skal:').replace('MÅLBILDET\n', 'MÅLBILDET\nMUSEET 2025\n'),
      ['7 import-organisation-from-heading'],
    ],
    [
      'a period guessed from years',
      doc(sound).replace('Strategi 2020–2025', 'Fra 2020 til 2025'),
      ['0 import-period-guessed'],
    ],
    [
      'no years at all',
      doc(sound).replace(
        'Strategi 2020–2025 for Museet. Strategien revideres ved strategirevisjon i 2022, med treårige tiltaksplaner.',
        'Museet forvalter samlinger.',
      ),
      ['0 import-period-missing', '0 import-round-missing', '0 import-horizon-missing'],
    ],
    ['no revision year', doc(sound).replace('strategirevisjon i 2022', 'strategirevisjon'), ['0 import-round-missing']],
    ['no horizon', doc(sound).replace(', med treårige tiltaksplaner', ''), ['0 import-horizon-missing']],
    ['no mission: nothing to say, it is optional', doc([sound[1]!, '', ...sound.slice(3)]), []],
    ['a mission without text', doc([sound[0]!, ...sound.slice(3)]), ['1 import-mission-empty']],
    ['no challenges: nothing to say, they are optional', doc([...sound.slice(0, 3), ...sound.slice(6)]), []],
    ['no vision: nothing to say, it is optional', doc([...sound.slice(0, 6), ...sound.slice(9)]), []],
    [
      'a word the scale lacks where a mark stands, in the vision',
      swap('Vi er synlige. JA', 'Vi er synlige. Delvis Vi er kjent JA'),
      ['8 import-unknown-mark'],
    ],
    [
      "a heading right under an area's heading is a sub-section of it",
      swap('VÅRE SAMLINGER', 'VÅRE SAMLINGER', 'BAKGRUNN', 'Vi har mye.'),
      ['12 import-subsection-heading'],
    ],
    ['a mark on a line that is no goal', doc([...sound, 'Magasinet er bygget. JA']), ['17 import-mark-unused']],
    [
      '"The museum will:" names no one: the name from the text',
      swap('Museet skal:', 'The museum will:').replace('for Museet.', 'for the Harbour Museum.'),
      ['0 import-organisation-from-text'],
    ],
    ['a vision without text', swap('Vi er synlige. JA'), ['7 import-vision-empty']],
    ['no areas', doc(sound.slice(0, 9)), ['0 import-no-areas']],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("a scale the command chose by the document's marks (no --scale)", () => {
    expect(found(doc(sound), { scaleChosen: { marks: 3 } })).toEqual(['0 import-scale-chosen']);
  });

  it('has a case for every import- code of the catalogue, each at the document it was given', () => {
    const codes = new Set([
      ...cases.flatMap(([, , expected]) => expected.map((e) => e.split(' ')[1])),
      'import-scale-chosen',
    ]);
    expect([...codes].sort()).toEqual((Object.keys(catalogue) as DiagnosticCode[]).filter(isImportCode).sort());
    const result = importStrategy(swap('· Registrere alt JA', '· Registrere alt'), options);
    expect(result.warnings).toEqual([
      {
        code: 'import-goal-without-mark',
        severity: 'warning',
        file: 'doc.txt',
        line: 15,
        col: 0,
        args: { goal: 'Registrere alt' },
      },
    ]);
  });
});
