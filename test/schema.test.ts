// `vm-strategy schema`: JSON Schemas (draft-07) made from the zod schemas, checked here with an
// independent validator (ajv) against the bundled strategy's files, and kept in step with the
// copies committed in strategy/schemas/ and the modelines at the top of every YAML file there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

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
  const entries = kinds.map((k) => [k, ajv.compile(JSON.parse(readFileSync(path.join(dir, `${k}.schema.json`), 'utf8')) as object)]);
  return Object.fromEntries(entries) as Record<(typeof kinds)[number], ValidateFunction>;
}

describe('vm-strategy schema --out DIR', () => {
  it('writes the four schemas, draft-07, and says so on stderr', async () => {
    const out = path.join(await makeTempDir(), 'new', 'schemas');
    const result = await runCli(['schema', '--out', out, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Wrote 4 JSON Schemas to .*schemas: strategy\.schema\.json, area\.schema\.json, scale\.schema\.json, plan\.schema\.json\n$/);
    expect((await readdir(out)).sort()).toEqual(schemaFiles);
    for (const name of schemaFiles) {
      const schema = JSON.parse(await readFile(path.join(out, name), 'utf8')) as Record<string, unknown>;
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
    }
  });

  it('without --out writes ./schemas in the current folder (nb by default)', async () => {
    const cwd = await makeTempDir();
    const result = await runCli(['schema'], { cwd });
    expect(result).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'Skrev 4 JSON-skjemaer til schemas: strategy.schema.json, area.schema.json, scale.schema.json, plan.schema.json\n',
    });
    expect((await readdir(path.join(cwd, 'schemas'))).sort()).toEqual(schemaFiles);
  });

  it('replaces schemas that are already there', async () => {
    const out = await makeTempDir();
    await writeFile(path.join(out, 'area.schema.json'), '{}');
    expect((await runCli(['schema', '--out', out])).exitCode).toBe(0);
    expect(await readFile(path.join(out, 'area.schema.json'), 'utf8')).toBe(await readFile(path.join(committed, 'area.schema.json'), 'utf8'));
  });

  it('refuses an --out that is a file: exit 2, a message, no stack trace', async () => {
    const result = await runCli(['schema', '--out', 'package.json', '--lang', 'en']);
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: 'vm-strategy: package.json exists but is not a folder. Give a folder.\n' });
  });

  it('refuses an --out inside a file: exit 2, a message', async () => {
    const result = await runCli(['schema', '--out', 'package.json/schemas']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^vm-strategy: Kan ikke skrive package\.json\/schemas \(E[A-Z]+\)\.\n$/);
  });

  it('--help has examples (in nb by default, in en with --lang en)', async () => {
    const result = await runCli(['schema', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('\nEksempler:\n  $ vm-strategy schema');
    expect((await runCli(['schema', '--help', '--lang', 'en'])).stdout).toContain('\nExamples:\n  $ vm-strategy schema');
  });
});

describe('the committed schemas in strategy/schemas/', () => {
  it('are exactly what `vm-strategy schema` makes (run `vm-strategy schema --out strategy/schemas` after changing src/core/schema.ts)', async () => {
    const out = await makeTempDir();
    expect((await runCli(['schema', '--out', out])).exitCode).toBe(0);
    expect((await readdir(committed)).sort()).toEqual(schemaFiles);
    for (const name of schemaFiles) {
      expect(await readFile(path.join(committed, name), 'utf8'), name).toBe(await readFile(path.join(out, name), 'utf8'));
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
    const area = parse(readFileSync(path.join(strategyDir, 'areas/01-samlinger.yaml'), 'utf8')) as Record<string, unknown> & { goals: Record<string, unknown>[] };

    const unknownKey = { ...area, goals: [{ ...area.goals[0], asessment: 'JA' }] };
    expect(validators.area(unknownKey)).toBe(false);
    expect(validators.area.errors).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'asessment' } }));

    expect(validators.area({ ...area, title: 150 })).toBe(false);
    expect(validators.area({ ...area, id: 'Samlinger' })).toBe(false);
    const { title: _title, ...untitled } = area;
    expect(validators.area(untitled)).toBe(false);

    const strategy = parse(readFileSync(path.join(strategyDir, 'strategy.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validators.strategy({ ...strategy, organization: 'x' })).toBe(false);
    expect(validators.scale({ threshold: 2, marks: [] })).toBe(false);
    expect(validators.plan({ period: { from: 2022, to: 2024 }, measures: [{ id: 'x', goals: ['a'], title: 'T', status: 'begun' }] })).toBe(false);
  });

  it('agree with validate on statuses: English or Norwegian, any letter case, and nothing else', () => {
    const validators = compile(committed);
    const plan = (status: string) => ({ period: { from: 2022, to: 2024 }, measures: [{ id: 'x', goals: ['a'], title: 'T', status }] });
    for (const status of ['planned', 'Started', 'DONE', 'dropped', 'planlagt', 'Startet', 'fullført', 'FULLFØRT', 'ferdig', 'droppet']) {
      expect(validators.plan(plan(status)), status).toBe(true);
    }
    for (const status of ['påbegynt', 'begun', 'fullfort', ' started', 'planned!', '']) expect(validators.plan(plan(status)), status).toBe(false);
    // The words an editor offers while typing.
    const schema = JSON.parse(readFileSync(path.join(committed, 'plan.schema.json'), 'utf8')) as {
      properties: { measures: { items: { properties: { status: { examples: string[] } } } } };
    };
    expect(schema.properties.measures.items.properties.status.examples).toEqual([
      'planned', 'started', 'done', 'dropped', 'planlagt', 'startet', 'fullført', 'ferdig', 'droppet',
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
    const bad = yamlFiles(dir).filter((rel) => !validators[kindOf(rel)](parse(readFileSync(path.join(dir, rel), 'utf8'))));
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
