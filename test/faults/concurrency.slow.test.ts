// Runs that write the same files at the same time: each applies in turn, and no run says it
// saved what it did not save.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeStrategy, removeTempDirs, makeTempDir } from '../helpers/cli.js';
import { leftovers, manyGoals, run, scale } from './helpers.js';

afterAll(removeTempDirs);

const marksIn = async (dir: string) =>
  (
    parse(await readFile(path.join(dir, 'areas', '01-samlinger.yaml'), 'utf8')) as {
      goals: { id: string; assessment: string }[];
    }
  ).goals;

describe('concurrent writers', () => {
  it(
    `20 assess runs at once on 20 goals of one file, ${3 * scale} rounds: every mark lands, every success is true`,
    async () => {
      const dir = await manyGoals(20);
      const marks = ['JA', 'TJA', 'NEI+'];
      for (let round = 0; round < 3 * scale; round++) {
        const mark = marks[round % marks.length]!;
        const runs = await Promise.all(
          Array.from({ length: 20 }, (_, i) => run(['assess', `samlinger.mal-${i}`, mark, '--dir', '.'], dir)),
        );
        for (const [i, r] of runs.entries()) {
          expect(r.stderr, `run ${i}`).toBe('');
          expect(r.code, `run ${i}`).toBe(0);
          expect(r.stdout, `run ${i}`).toMatch(
            new RegExp(`^samlinger\\.mal-${i}: .* → ${mark.replace('+', '\\+')} \\(lagret i `),
          );
        }
        const goals = await marksIn(dir);
        expect(
          goals.map((g) => g.assessment),
          `round ${round}`,
        ).toEqual(Array.from({ length: 20 }, () => mark));
      }
      expect(await leftovers(dir)).toEqual([]);
    },
    120_000 * scale,
  );

  it('10 `plan --format yaml -o` runs at once on one new plan file: one plan, each measure once', async () => {
    const dir = await makeStrategy();
    await mkdir(path.join(dir, 'plans'));
    const file = path.join(dir, 'plans', '2024-2026.yaml');
    const args = ['plan', '--dir', '.', '--from', '2024', '--years', '3', '--format', 'yaml', '-o', file];
    const runs = await Promise.all(Array.from({ length: 10 }, () => run(args, dir)));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const plan = parse(await readFile(file, 'utf8')) as { measures: { id: string }[] };
    const ids = plan.measures.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    // Exactly one run made the file; every other found it complete (or, having read the strategy
    // before the file existed, added nothing to it).
    expect(runs.filter((r) => r.stderr.startsWith('Skrev ')).length).toBe(1);
    expect(runs.filter((r) => r.stderr.includes('er oppdatert')).length).toBe(9);
    expect((await run(['validate', '--dir', '.', '--quiet'], dir)).code).toBe(0);
    expect(await leftovers(dir)).toEqual([]);
  }, 120_000);

  it('5 `import --force` runs at once into one folder: a whole strategy, no mix, nothing left behind', async () => {
    const work = await makeTempDir();
    const doc = path.join(work, 'doc.txt');
    const source = await readFile(path.join(import.meta.dirname, '..', 'fixtures', 'import', 'eksempelmuseet.txt'));
    await writeFile(doc, source);
    const out = path.join(work, 'strategi');
    expect((await run(['import', doc, '--out', out], work)).code).toBe(0);
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => run(['import', doc, '--out', out, '--force'], work)),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect((await run(['validate', '--dir', out], work)).code).toBe(0);
    expect(await leftovers(work)).toEqual([]);
    expect((await readdir(work)).sort()).toEqual(['doc.txt', 'strategi']);
  }, 120_000);
});
