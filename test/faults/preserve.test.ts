// What a write keeps: a symbolic link stays a link (the file it points to is what changes), the
// mode and owner stay, a file with hard links is refused rather than split from its other names,
// and what killed runs left (temporary files, a dead run's lock) is cleared by the next run.
import { chmod, chown, link, lstat, mkdir, readFile, rename, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStrategy, removeTempDirs } from '../helpers/cli.js';
import { leftovers, manyGoals, run } from './helpers.js';

afterAll(removeTempDirs);

const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

describe.runIf(posix)('assess keeps what it does not own', () => {
  it('a symlinked area file: the link stays, its target gets the mark', async () => {
    const dir = await manyGoals(2);
    const area = path.join(dir, 'areas', '01-samlinger.yaml');
    const real = path.join(dir, 'ekte-samlinger.yaml.txt');
    await rename(area, real);
    await symlink('../ekte-samlinger.yaml.txt', area);
    const r = await run(['assess', 'samlinger.mal-0', 'JA', '--dir', '.'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect((await lstat(area)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toMatch(/id: samlinger\.mal-0\n.*\n\s+assessment: JA\n/);
  });

  it("a 0600 file keeps its mode; as root, also another user's ownership", async () => {
    const dir = await manyGoals(2);
    const area = path.join(dir, 'areas', '01-samlinger.yaml');
    await chmod(area, 0o600);
    if (isRoot) await chown(area, 65534, 65534);
    const r = await run(['assess', 'samlinger.mal-1', 'JA', '--dir', '.'], dir);
    expect(r.code, r.stderr).toBe(0);
    const info = await stat(area);
    expect(info.mode & 0o777).toBe(0o600);
    if (isRoot) expect([info.uid, info.gid]).toEqual([65534, 65534]);
    expect(await readFile(area, 'utf8')).toMatch(/id: samlinger\.mal-1\n.*\n\s+assessment: JA\n/);
  });

  it('a file with a hard link is refused (exit 2), and both names still hold the old text', async () => {
    const dir = await manyGoals(2);
    const area = path.join(dir, 'areas', '01-samlinger.yaml');
    const other = path.join(dir, 'kopi.txt');
    await link(area, other);
    const before = await readFile(area, 'utf8');
    const r = await run(['assess', 'samlinger.mal-0', 'JA', '--dir', '.', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has 2 hard links');
    expect(r.stdout).toBe('');
    expect(await readFile(area, 'utf8')).toBe(before);
    expect(await readFile(other, 'utf8')).toBe(before);
  });
});

describe.runIf(posix)('what killed runs left behind', () => {
  it("a temporary file and a dead run's lock beside the file: the next assess clears them without waiting", async () => {
    const dir = await manyGoals(2);
    const areas = path.join(dir, 'areas');
    await writeFile(path.join(areas, '.01-samlinger.yaml.99999999.abc123.tmp'), 'half a file');
    // A lock whose owner is a process that does not exist.
    await mkdir(path.join(areas, '.01-samlinger.yaml.lock'));
    await writeFile(
      path.join(areas, '.01-samlinger.yaml.lock', 'owner'),
      `99999999\n${(await import('node:os')).hostname()}\ndead.token\n`,
    );
    const started = Date.now();
    const r = await run(['assess', 'samlinger.mal-0', 'JA', '--dir', '.'], dir);
    expect(r.code, r.stderr).toBe(0);
    // Not a timing assertion: a lock judged by its age alone would have held the run for its whole timeout.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await leftovers(dir)).toEqual([]);
  });

  it('a half-built import folder and an old folder moved aside with the target gone: the next import puts things right', async () => {
    const work = await makeStrategy();
    const out = path.join(work, 'ut');
    await mkdir(path.join(work, '.ut.import-new-99999999.abc'), { recursive: true });
    await writeFile(path.join(work, '.ut.import-new-99999999.abc', 'strategy.yaml'), 'half');
    const doc = path.join(work, 'doc.txt');
    await writeFile(
      doc,
      await readFile(path.join(import.meta.dirname, '..', 'fixtures', 'import', 'eksempelmuseet.txt')),
    );
    expect((await run(['import', doc, '--out', out], work)).code).toBe(0);
    // The kill fell between moving the old folder aside and moving the new one in.
    await rename(out, path.join(work, '.ut.import-old-99999999.def'));
    const r = await run(['import', doc, '--out', out, '--force'], work);
    expect(r.code, r.stderr).toBe(0);
    expect((await run(['validate', '--dir', out], work)).code).toBe(0);
    expect((await leftovers(work)).filter((p) => !p.startsWith('areas/') && !p.startsWith('ut/'))).toEqual([]);
  });
});
