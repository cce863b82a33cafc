// A strategy of areas and goals alone: no mission, no challenges, no vision, no parts. Many
// organisations' strategies are this shape; it validates and every output renders it cleanly,
// in Norwegian and English, with no empty vision section and no part labels.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

const dir = path.join(fixturesDir, 'areas-only');
const run = (...args: string[]) => runCli([...args, '--dir', dir], { env: { NO_COLOR: '1' } });

describe('a strategy of areas and goals alone', () => {
  it('validates with nothing to report', async () => {
    const result = await run('validate', '--format', 'json');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it.each([
    ['nb', 'Målbilde', 'Del '],
    ['en', 'Vision', 'Part '],
  ])('summary and report render without a vision or parts (%s)', async (lang, visionWord, partWord) => {
    const table = await run('summary', '--lang', lang);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('Samlinger');
    expect(table.stdout).not.toContain(visionWord);

    const json = JSON.parse((await run('summary', '--format', 'json', '--lang', lang)).stdout) as {
      vision: { statements: number };
      areas: Record<string, unknown>[];
    };
    expect(json.vision.statements).toBe(0);
    expect(json.areas.map((a) => a.title)).toEqual(['Samlinger', 'Formidling']);
    expect(json.areas.every((a) => !('part' in a))).toBe(true);

    const md = await run('report', '--format', 'md', '--lang', lang);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain('## Samlinger');
    expect(md.stdout).toContain('## Formidling');
    expect(md.stdout).not.toMatch(new RegExp(`^## ${visionWord}`, 'm'));
    expect(md.stdout).not.toContain(`*${partWord}`);
    expect(md.stdout).not.toMatch(/undefined|null|NaN/);

    const file = path.join(await makeTempDir(), 'report.html');
    expect((await run('report', '--format', 'html', '--lang', lang, '-o', file)).exitCode).toBe(0);
    const html = { stdout: await readFile(file, 'utf8') };
    expect(html.stdout).toContain('id="area-samlinger"');
    expect(html.stdout).not.toContain('id="vision"');
    expect(html.stdout).not.toContain('href="#vision"');
    expect(html.stdout).not.toContain('class="part"');
    expect(html.stdout).not.toMatch(/>\s*undefined\s*</);
  });
});
