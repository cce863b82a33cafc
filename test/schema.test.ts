// `vm-strategy schema`: JSON Schemas (draft-07) made from the zod schemas, checked here with an
// independent validator (ajv) against the bundled strategy's files, and kept in step with the
// copies committed in strategy/schemas/ and the modelines at the top of every YAML file there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleNotice, makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';
import { englishStrategy } from './helpers/strategies.js';

afterAll(removeTempDirs);

const strategyDir = path.join(repoRoot, 'strategy');
const committed = path.join(strategyDir, 'schemas');
const kinds = ['strategy', 'area', 'scale', 'plan'] as const;
const schemaFiles = kinds.map((k) => `${k}.schema.json`).sort();

/** The schema each YAML file of a strategy folder follows, by its path. */
function kindOf(rel: string): (typeof kinds)[number] {
  if (rel.startsWith('areas/')) return 'area';
  if (rel.startsWith('plans/')) return 'plan';
  return rel === 'scale.yaml' ? 'scale' : 'strategy';
}

function yamlFiles(dir: string): string[] {
  const out = ['strategy.yaml', 'scale.yaml'];
  for (const sub of ['areas', 'plans']) {
    const names = existsSync(path.join(dir, sub)) ? readdirSync(path.join(dir, sub)).sort() : [];
    for (const name of names) if (name.endsWith('.yaml')) out.push(`${sub}/${name}`);
  }
  return out;
}

function compile(dir: string): Record<(typeof kinds)[number], ValidateFunction> {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const entries = kinds.map((k) => [
    k,
    ajv.compile(JSON.parse(readFileSync(path.join(dir, `${k}.schema.json`), 'utf8')) as object),
  ]);
  return Object.fromEntries(entries) as Record<(typeof kinds)[number], ValidateFunction>;
}

describe('vm-strategy schema --out DIR', () => {
  it('writes the four schemas, draft-07, and says so on stderr, with the scale their marks come from', async () => {
    const out = path.join(await makeTempDir(), 'new', 'schemas');
    // From this repository's root the strategy found is strategy/, the bundled example.
    const result = await runCli(['schema', '--out', out, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${exampleNotice.en}Wrote 4 JSON Schemas to ${out}: strategy.schema.json, area.schema.json, scale.schema.json, plan.schema.json\n` +
        'Marks in the schemas: the 11 codes of the scale in strategy/scale.yaml and their aliases, in any letter case.\n',
    );
    expect((await readdir(out)).sort()).toEqual(schemaFiles);
    for (const name of schemaFiles) {
      const schema = JSON.parse(await readFile(path.join(out, name), 'utf8')) as Record<string, unknown>;
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
    }
  });

  it('without --out writes ./schemas in the current folder (nb by default); without a strategy, marks are free text, and it says so', async () => {
    const cwd = await makeTempDir();
    const result = await runCli(['schema'], { cwd });
    expect(result).toEqual({
      exitCode: 0,
      stdout: '',
      stderr:
        'Skrev 4 JSON-skjemaer til schemas: strategy.schema.json, area.schema.json, scale.schema.json, plan.schema.json\n' +
        'Fant ingen strategimappe (fra denne mappen og opp til rotmappen), så vurderingene i skjemaene er fri tekst. ' +
        'Oppgi strategimappen med --dir for å begrense dem til skalaen dens.\n',
    });
    expect((await readdir(path.join(cwd, 'schemas'))).sort()).toEqual(schemaFiles);
  });

  it('replaces schemas that are already there', async () => {
    const out = await makeTempDir();
    await writeFile(path.join(out, 'area.schema.json'), '{}');
    expect((await runCli(['schema', '--out', out])).exitCode).toBe(0);
    expect(await readFile(path.join(out, 'area.schema.json'), 'utf8')).toBe(
      await readFile(path.join(committed, 'area.schema.json'), 'utf8'),
    );
  });

  it('refuses an --out that is a file: exit 2, a message, no stack trace', async () => {
    const result = await runCli(['schema', '--out', 'package.json', '--lang', 'en']);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'vm-strategy: package.json exists but is not a folder. Give a folder.\n',
    });
  });

  it('refuses an --out inside a file: exit 2, a message', async () => {
    const result = await runCli(['schema', '--out', 'package.json/schemas']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.startsWith(exampleNotice.nb)).toBe(true);
    expect(result.stderr.slice(exampleNotice.nb.length)).toMatch(
      /^vm-strategy: Kan ikke skrive package\.json\/schemas \(E[A-Z]+\)\.\n$/,
    );
  });

  it('--help has examples (in nb by default, in en with --lang en)', async () => {
    const result = await runCli(['schema', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('\nEksempler:\n  $ vm-strategy schema');
    expect((await runCli(['schema', '--help', '--lang', 'en'])).stdout).toContain(
      '\nExamples:\n  $ vm-strategy schema',
    );
  });
});

describe('the committed schemas in strategy/schemas/', () => {
  it('are exactly what `vm-strategy schema` makes (run `vm-strategy schema --out strategy/schemas` after changing src/core/schema.ts)', async () => {
    const out = await makeTempDir();
    expect((await runCli(['schema', '--out', out])).exitCode).toBe(0);
    expect((await readdir(committed)).sort()).toEqual(schemaFiles);
    for (const name of schemaFiles) {
      expect(await readFile(path.join(committed, name), 'utf8'), name).toBe(
        await readFile(path.join(out, name), 'utf8'),
      );
    }
  });

  it('accept every YAML file of the bundled strategy (checked by ajv)', () => {
    const validators = compile(committed);
    const files = yamlFiles(strategyDir);
    expect(files.length).toBe(13);
    for (const rel of files) {
      const validate = validators[kindOf(rel)];
      const data: unknown = parse(readFileSync(path.join(strategyDir, rel), 'utf8'));
      expect(validate(data) ? [] : validate.errors, rel).toEqual([]);
    }
  });

  it('reject an unknown key, a wrong kind, a bad id and a missing key', () => {
    const validators = compile(committed);
    const area = parse(readFileSync(path.join(strategyDir, 'areas/01-samlinger.yaml'), 'utf8')) as Record<
      string,
      unknown
    > & { goals: Record<string, unknown>[] };

    const unknownKey = { ...area, goals: [{ ...area.goals[0], asessment: 'JA' }] };
    expect(validators.area(unknownKey)).toBe(false);
    expect(validators.area.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'asessment' } }),
    );

    expect(validators.area({ ...area, title: 150 })).toBe(false);
    expect(validators.area({ ...area, id: 'Samlinger' })).toBe(false);
    const { title: _title, ...untitled } = area;
    expect(validators.area(untitled)).toBe(false);

    const strategy = parse(readFileSync(path.join(strategyDir, 'strategy.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validators.strategy({ ...strategy, organization: 'x' })).toBe(false);
    expect(validators.scale({ threshold: 2, marks: [] })).toBe(false);
    expect(
      validators.plan({
        period: { from: 2022, to: 2024 },
        measures: [{ id: 'x', goals: ['a'], title: 'T', status: 'begun' }],
      }),
    ).toBe(false);
  });

  it('agree with validate on statuses: English or Norwegian, any letter case, and nothing else', () => {
    const validators = compile(committed);
    const plan = (status: string) => ({
      period: { from: 2022, to: 2024 },
      measures: [{ id: 'x', goals: ['a'], title: 'T', status }],
    });
    for (const status of [
      'planned',
      'Started',
      'DONE',
      'dropped',
      'planlagt',
      'Startet',
      'fullført',
      'FULLFØRT',
      'ferdig',
      'droppet',
    ]) {
      expect(validators.plan(plan(status)), status).toBe(true);
    }
    for (const status of ['påbegynt', 'begun', 'fullfort', ' started', 'planned!', ''])
      expect(validators.plan(plan(status)), status).toBe(false);
    // The words an editor offers while typing.
    const schema = JSON.parse(readFileSync(path.join(committed, 'plan.schema.json'), 'utf8')) as {
      properties: { measures: { items: { properties: { status: { examples: string[] } } } } };
    };
    expect(schema.properties.measures.items.properties.status.examples).toEqual([
      'planned',
      'started',
      'done',
      'dropped',
      'planlagt',
      'startet',
      'fullført',
      'ferdig',
      'droppet',
    ]);
  });

  it('accept language nb or en in strategy.yaml, and nothing else', () => {
    const validators = compile(committed);
    const strategy = parse(readFileSync(path.join(strategyDir, 'strategy.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validators.strategy({ ...strategy, language: 'en' })).toBe(true);
    expect(validators.strategy({ ...strategy, language: 'nb' })).toBe(true);
    expect(validators.strategy({ ...strategy, language: 'de' })).toBe(false);
  });

  it('reject the unknown-key fixture (an unknown key in an area file)', async () => {
    const dir = await makeStrategy('unknown-key');
    const validators = compile(committed);
    const bad = yamlFiles(dir).filter(
      (rel) => !validators[kindOf(rel)](parse(readFileSync(path.join(dir, rel), 'utf8'))),
    );
    expect(bad.length).toBeGreaterThan(0);
  });
});

describe('modelines', () => {
  it('every YAML file of the bundled strategy starts with a yaml-language-server modeline to its schema', async () => {
    for (const rel of yamlFiles(strategyDir)) {
      const first = (await readFile(path.join(strategyDir, rel), 'utf8')).split('\n')[0];
      const schema = `${rel.includes('/') ? '../' : ''}schemas/${kindOf(rel)}.schema.json`;
      expect(first, rel).toBe(`# yaml-language-server: $schema=${schema}`);
      // The path resolves from the file's own folder, as the editor resolves it.
      await expect(readFile(path.join(strategyDir, path.dirname(rel), schema), 'utf8')).resolves.toContain('draft-07');
    }
  });

  it('the schemas folder is part of the layout: a strategy with schemas/*.json validates without warnings', async () => {
    const dir = await makeStrategy();
    await mkdir(path.join(dir, 'schemas'));
    expect((await runCli(['schema', '--out', path.join(dir, 'schemas')])).exitCode).toBe(0);
    const result = await runCli(['validate', '--dir', dir, '--format', 'json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('other files in schemas/ are still stray', async () => {
    const dir = await makeStrategy();
    await mkdir(path.join(dir, 'schemas'));
    await writeFile(path.join(dir, 'schemas', 'notes.txt'), 'x');
    const result = await runCli(['validate', '--dir', dir, '--format', 'json']);
    expect((JSON.parse(result.stdout) as { code: string }[]).map((d) => d.code)).toEqual(['file-stray']);
  });
});

/** Every property of a schema, by its path, with what an editor shows on hover for it. */
function descriptions(node: unknown, at = ''): [string, unknown][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => descriptions(item, `${at}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const { properties, ...rest } = node as { properties?: Record<string, { description?: unknown }> };
  const own = Object.entries(properties ?? {}).flatMap(([key, value]): [string, unknown][] => [
    [`${at}.${key}`, value.description],
    ...descriptions(value, `${at}.${key}`),
  ]);
  return [...own, ...Object.entries(rest).flatMap(([key, value]) => descriptions(value, `${at}/${key}`))];
}

/** An area file with one goal per mark: as a string, and as { mark } on a goal assessed clause by clause. */
const areaWith = (marks: string[]) => ({
  id: 'a',
  title: 'A',
  part: 2,
  goals: marks.map((mark, i) => ({
    id: `a.g${i}`,
    clauses: [
      { text: 'x', assessment: mark },
      { text: 'y', assessment: { mark, note: 'n' } },
    ],
  })),
});

describe('marks on the strategy’s scale: what an editor completes and checks', () => {
  it('the committed schemas accept a mark of the bundled scale in any letter case and spacing, as validate does', () => {
    const validators = compile(committed);
    for (const mark of [
      'JA',
      'ja',
      'Ja-',
      'jA--',
      'ja?',
      'JA-?',
      'tja',
      'Nei+',
      'nei',
      'NEI/JA',
      'nei / ja',
      'Ja/Nei',
      'VET IKKE',
      'vet ikke',
      'Vet  Ikke',
      ' ukjent ',
      'vetikke',
    ]) {
      expect(validators.area(areaWith([mark])) ? [] : validators.area.errors, mark).toEqual([]);
    }
  });

  it('the committed schemas reject a mark the scale does not have, in the area files and in the vision', () => {
    const validators = compile(committed);
    for (const mark of ['JAA', 'JA+', 'NEJ', 'JA JA', 'JA-NEI', 'VET', 'MAYBE', '']) {
      expect(validators.area(areaWith([mark])), mark).toBe(false);
      expect(validators.area.errors, mark).toContainEqual(expect.objectContaining({ keyword: 'pattern' }));
    }
    const strategy = parse(readFileSync(path.join(strategyDir, 'strategy.yaml'), 'utf8')) as {
      vision: { statements: { clauses: { assessment?: unknown }[] }[] };
    };
    strategy.vision.statements[0]!.clauses[0]!.assessment = 'JAA';
    expect(validators.strategy(strategy)).toBe(false);
    strategy.vision.statements[0]!.clauses[0]!.assessment = { mark: 'tja' };
    expect(validators.strategy(strategy) ? [] : validators.strategy.errors).toEqual([]);
  });

  it('offer the codes and aliases for completion, and say what each mark means', () => {
    const schema = JSON.parse(readFileSync(path.join(committed, 'area.schema.json'), 'utf8')) as {
      properties: {
        goals: {
          items: {
            properties: {
              assessment: {
                anyOf: [{ examples: string[]; description: string }, { properties: { mark: { examples: string[] } } }];
              };
            };
          };
        };
      };
    };
    const [asString, asObject] = schema.properties.goals.items.properties.assessment.anyOf;
    const names = [
      'JA',
      'JA?',
      'JA-',
      'JA-?',
      'JA--',
      'JA/NEI',
      'JA / NEI',
      'TJA',
      'NEI/JA',
      'NEI / JA',
      'NEI+',
      'NEI',
      'VET IKKE',
      'UKJENT',
      'VETIKKE',
    ];
    expect(asString.examples).toEqual(names);
    expect(asObject.properties.mark.examples).toEqual(names);
    expect(asString.description).toContain('JA (Oppnådd), JA? (Trolig oppnådd)');
    expect(asString.description).toContain('VET IKKE (Vet ikke; også UKJENT, VETIKKE)');
  });

  it('--dir: the marks of that strategy’s own scale, in the strategy’s language (language: en), and says which scale on stderr', async () => {
    const dir = await englishStrategy();
    await writeFile(
      path.join(dir, 'strategy.yaml'),
      `${await readFile(path.join(dir, 'strategy.yaml'), 'utf8')}language: en\n`,
    );
    const out = await makeTempDir();
    const result = await runCli(['schema', '--dir', dir, '--out', out]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      `Wrote 4 JSON Schemas to ${out}: strategy.schema.json, area.schema.json, scale.schema.json, plan.schema.json\n` +
        // A folder outside the working folder is shown by its full path, as validate shows it.
        `Marks in the schemas: the 3 codes of the scale in ${path.join(dir, 'scale.yaml')} and their aliases, in any letter case.\n`,
    );
    const validators = compile(out);
    for (const mark of ['MET', 'met', 'Partly', 'not met', 'NOT   MET'])
      expect(validators.area(areaWith([mark])) ? [] : validators.area.errors, mark).toEqual([]);
    for (const mark of ['JA', 'NOTMET', 'MET!']) expect(validators.area(areaWith([mark])), mark).toBe(false);
    const area = JSON.parse(await readFile(path.join(out, 'area.schema.json'), 'utf8')) as { description: string };
    expect(area.description).toBe(
      'One strategy area with its development goals and their assessments (marks from scale.yaml).',
    );
    expect(await readFile(path.join(out, 'area.schema.json'), 'utf8')).toContain(
      'One of the marks of the scale in scale.yaml, in any letter case: MET (Met), PARTLY (Partly), NOT MET (Not met).',
    );
  });

  it('--example: the bundled scale, from any folder, with the example notice', async () => {
    const out = await makeTempDir();
    const result = await runCli(['schema', '--example', '--out', out], { cwd: await makeTempDir() });
    expect(result.exitCode).toBe(0);
    expect(result.stderr.startsWith(exampleNotice.nb)).toBe(true);
    expect(result.stderr).toMatch(
      /\nVurderingene i skjemaene: de 11 kodene på skalaen i \S+strategy\/scale\.yaml og aliasene deres, med store eller små bokstaver\.\n$/,
    );
    for (const name of schemaFiles)
      expect(await readFile(path.join(out, name), 'utf8'), name).toBe(
        await readFile(path.join(committed, name), 'utf8'),
      );
  });

  it('without a strategy folder: marks are free text, and the schemas say so where a mark is written', async () => {
    const cwd = await makeTempDir();
    expect((await runCli(['schema', '--out', 'schemas', '--lang', 'en'], { cwd })).exitCode).toBe(0);
    const validators = compile(path.join(cwd, 'schemas'));
    for (const mark of ['JA', 'anything at all']) expect(validators.area(areaWith([mark])), mark).toBe(true);
    const text = await readFile(path.join(cwd, 'schemas', 'area.schema.json'), 'utf8');
    expect(text).not.toContain('"pattern": "^\\\\s*');
    expect(text).toContain(
      'These schemas were made without the scale, so the editor lets any text through; vm-strategy validate checks the mark.',
    );
  });

  it('a scale that cannot be used: its errors as validate shows them, marks left free, exit 0', async () => {
    const dir = await makeStrategy('broken-scale');
    const out = await makeTempDir();
    const result = await runCli(['schema', '--dir', dir, '--out', out, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/\n {2}10:12 +error +«marks\[0\]\.score» must be at most 1\. +schema-range\n/);
    expect(result.stderr).toMatch(
      /\n\S+scale\.yaml cannot be used, so marks are free text in the schemas\. Fix the scale \(see vm-strategy validate\) and run schema again\.\n$/,
    );
    expect(compile(out).area(areaWith(['JAA']))).toBe(true);
  });

  it('a strategy folder without scale.yaml: says the file is missing, marks left free, exit 0', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'strategy.yaml'), await readFile(path.join(strategyDir, 'strategy.yaml'), 'utf8'));
    const out = await makeTempDir();
    const result = await runCli(['schema', '--dir', dir, '--out', out, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('file-missing');
    expect(result.stderr).toContain(
      `${path.join(dir, 'scale.yaml')} cannot be used, so marks are free text in the schemas.`,
    );
    expect(compile(out).area(areaWith(['JAA']))).toBe(true);
  });

  it('a strategy folder named with --dir that is not there: exit 2, as in every command', async () => {
    const missing = path.join(await makeTempDir(), 'nothing');
    const result = await runCli(['schema', '--dir', missing, '--out', await makeTempDir(), '--lang', 'en']);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `vm-strategy: Cannot find the strategy folder ${missing}. Name a folder that exists with --dir.\n`,
    });
  });
});

describe('descriptions: hover help for every field', () => {
  it.for(['nb', 'en'] as const)(
    'every field of every schema has one in %s, and the file as a whole has one',
    async (lang) => {
      const out = await makeTempDir();
      expect((await runCli(['schema', '--example', '--out', out, '--lang', lang])).exitCode).toBe(0);
      for (const name of schemaFiles) {
        const schema = JSON.parse(await readFile(path.join(out, name), 'utf8')) as { description: unknown };
        expect(typeof schema.description === 'string' && schema.description.length > 0, name).toBe(true);
        const fields = descriptions(schema);
        expect(fields.length, name).toBeGreaterThan(3);
        for (const [at, description] of fields)
          expect(typeof description === 'string' && description.trim().length > 0, `${name}${at}`).toBe(true);
      }
    },
  );

  it('are different words in nb and en, field by field', async () => {
    const [nb, en] = await Promise.all(
      (['nb', 'en'] as const).map(async (lang) => {
        const out = await makeTempDir();
        expect((await runCli(['schema', '--example', '--out', out, '--lang', lang])).exitCode).toBe(0);
        return Promise.all(
          schemaFiles.map(async (name) => descriptions(JSON.parse(await readFile(path.join(out, name), 'utf8')))),
        );
      }),
    );
    for (const [i, name] of schemaFiles.entries()) {
      expect(
        nb![i]!.map(([at]) => at),
        name,
      ).toEqual(en![i]!.map(([at]) => at));
      for (const [k, [at, text]] of nb![i]!.entries()) expect(text, `${name}${at}`).not.toBe(en![i]![k]![1]);
    }
    // What a hover over `status:` in a plan shows.
    const status = (list: [string, unknown][]) => list.find(([at]) => at.endsWith('.status'))![1];
    expect(status(nb![schemaFiles.indexOf('plan.schema.json')]!)).toMatch(/^planlagt, startet, fullført/);
    expect(status(en![schemaFiles.indexOf('plan.schema.json')]!)).toMatch(/^planned, started, done or dropped/);
  });
});
