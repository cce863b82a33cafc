// Writers killed (SIGKILL) at random moments: the file they were writing is the old one or the
// new one, whole, and the next run leaves nothing behind (temporary files, folders, locks).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/cli.js';
import { leftovers, manyGoals, run, scale } from './helpers.js';

afterAll(removeTempDirs);

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** Kill moments spread over a run's life, most of them around the write at its end. */
const killMoment = (i: number, span: number) => Math.round((((i * 7919) % 1000) / 1000) * span);

describe('writers killed at random moments', () => {
  const kills = 40 * scale;

  it(
    `assess, killed ${kills} times: the area file is always the old or the new one, and the next run cleans up`,
    async () => {
      const dir = await manyGoals(3);
      const file = path.join(dir, 'areas', '01-samlinger.yaml');
      // How long a whole run takes here, so the kills fall before, during and after its write.
      const started = Date.now();
      await run(['assess', 'samlinger.mal-0', 'NEI', '--dir', '.'], dir);
      const span = Math.max(200, (Date.now() - started) * 1.3);
      let killedMidway = 0;
      for (let i = 0; i < kills; i++) {
        const before = await readFile(file, 'utf8');
        const mark = i % 2 === 0 ? 'JA' : 'NEI';
        const expectedAfter = before.replace(/(id: samlinger\.mal-0\n.*\n\s+assessment: )\S+/, `$1${mark}`);
        const r = await run(['assess', 'samlinger.mal-0', mark, '--dir', '.'], dir, killMoment(i, span));
        const now = await readFile(file, 'utf8');
        expect([before, expectedAfter], `kill ${i} after ${killMoment(i, span)} ms`).toContain(now);
        if (r.signal === 'SIGKILL') killedMidway++;
        // The next run of the same kind works at once and leaves nothing behind.
        const next = await run(['assess', 'samlinger.mal-1', mark, '--dir', '.'], dir);
        expect(next.code, next.stderr).toBe(0);
        expect(await leftovers(dir), `after kill ${i}`).toEqual([]);
      }
      expect(killedMidway).toBeGreaterThan(kills / 4);
    },
    600_000 * scale,
  );

  it(
    `import --force, killed ${kills / 2} times: the folder is the old or the new strategy, whole`,
    async () => {
      const work = await makeTempDir();
      const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'import');
      const docA = path.join(work, 'a.txt');
      const docB = path.join(work, 'b.txt');
      await writeFile(docA, await readFile(path.join(fixtures, 'eksempelmuseet.txt')));
      await writeFile(docB, await readFile(path.join(fixtures, 'proevemuseet.txt')));
      const out = path.join(work, 'strategi');
      expect((await run(['import', docA, '--out', out], work)).code).toBe(0);
      const orgOf = async () =>
        (await readFile(path.join(out, 'strategy.yaml'), 'utf8')).match(/^organisation: (.*)$/m)?.[1];
      const orgA = await orgOf();
      const areasOf = async () => (await readdir(path.join(out, 'areas'))).filter((n) => n.endsWith('.yaml')).length;
      const areasA = await areasOf();
      expect((await run(['import', docB, '--out', out, '--force'], work)).code).toBe(0);
      const [orgB, areasB] = [await orgOf(), await areasOf()];
      expect(orgB).not.toBe(orgA);
      expect(areasB).not.toBe(areasA);
      const started = Date.now();
      await run(['import', docA, '--out', out, '--force'], work);
      const span = Math.max(200, (Date.now() - started) * 1.3);
      let killedMidway = 0;
      for (let i = 0; i < kills / 2; i++) {
        const r = await run(['import', i % 2 === 0 ? docB : docA, '--out', out, '--force'], work, killMoment(i, span));
        if (r.signal === 'SIGKILL') killedMidway++;
        // Right after the kill: one whole strategy, A or B, never a mix of their files; or, when the
        // kill fell between the two renames, no folder and the old one aside, for the next run to put back.
        if (await exists(out)) {
          const whole = [
            [orgA, areasA],
            [orgB, areasB],
          ].map(String);
          expect(whole, `kill ${i}`).toContain(String([await orgOf(), await areasOf()]));
        } else {
          expect(
            (await readdir(work)).some((n) => n.startsWith('.strategi.import-old-')),
            `kill ${i}`,
          ).toBe(true);
        }
        // Whatever the kill left, the next import recovers and leaves one whole strategy.
        const next = await run(['import', docA, '--out', out, '--force'], work);
        expect(next.code, next.stderr).toBe(0);
        expect(await orgOf()).toBe(orgA);
        const validate = await run(['validate', '--dir', out, '--format', 'json'], work);
        expect(validate.code, validate.stdout).toBe(0);
        expect(await leftovers(work), `after kill ${i}`).toEqual([]);
      }
      expect(killedMidway).toBeGreaterThan(kills / 8);
    },
    600_000 * scale,
  );
});
