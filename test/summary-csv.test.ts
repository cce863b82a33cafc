// `summary --format csv` as a script and a spreadsheet see it: the same machine columns in every
// language, the columns --against adds, and --excel for Norwegian Excel (only with --format csv).
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStrategy, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

const read = (text: string, delimiter: ',' | ';') =>
  parse(text, { bom: true, delimiter, columns: true }) as Record<string, string>[];

describe.concurrent('summary --format csv', () => {
  it('prints the same bytes with --lang nb and --lang en', async () => {
    const nb = await runCli(['summary', '--format', 'csv', '--lang', 'nb']);
    const en = await runCli(['summary', '--format', 'csv', '--lang', 'en']);
    expect(nb.exitCode).toBe(0);
    expect(en.stdout).toBe(nb.stdout);
    expect(Object.keys(read(nb.stdout, ',')[0]!)).toEqual(['area_id', 'goal_id', 'goal_text', 'marks', 'score']);
  });

  it('adds status, marks_before and score_before with --against', async () => {
    const now = await makeStrategy();
    const old = await makeTempDir();
    await cp(now, old, { recursive: true });
    const file = path.join(old, 'areas', '01-samlinger.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('assessment: "JA"', 'assessment: "NEI"'));
    for (const lang of ['nb', 'en']) {
      const result = await runCli(['summary', '--dir', now, '--against', old, '--format', 'csv', '--lang', lang]);
      expect(result.exitCode).toBe(0);
      const records = read(result.stdout, ',');
      expect(Object.keys(records[0]!)).toEqual([
        'area_id',
        'goal_id',
        'goal_text',
        'marks',
        'score',
        'status',
        'marks_before',
        'score_before',
      ]);
      expect(records[0]).toMatchObject({
        goal_id: 'samlinger.magasin',
        marks: 'JA',
        score: '1',
        status: 'improved',
        marks_before: 'NEI',
        score_before: '0',
      });
    }
  });

  it('--excel: semicolons, decimal commas, a BOM and CRLF, read back whole', async () => {
    const result = await runCli(['summary', '--format', 'csv', '--excel', '--dir', await makeStrategy()]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('\uFEFFarea_id;goal_id;goal_text;marks;score\r\n')).toBe(true);
    expect(result.stdout.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const records = read(result.stdout, ';');
    expect(records).toHaveLength(6);
    expect(records.find((r) => r.goal_id === 'samlinger.digitalisering')).toEqual({
      area_id: 'samlinger',
      goal_id: 'samlinger.digitalisering',
      goal_text: 'Digitalisere katalogen og gjøre den tilgjengelig på nett.',
      marks: 'JA-; NEI',
      score: '0,375',
    });
  });

  it.for<[string, string[], RegExp]>([
    ['the table', ['summary', '--excel'], /^vm-strategy: --excel gjelder bare CSV, ikke --format table\./],
    [
      '--format md',
      ['summary', '--excel', '--format', 'md'],
      /^vm-strategy: --excel gjelder bare CSV, ikke --format md\./,
    ],
    [
      '--format json, in English',
      ['summary', '--excel', '--format', 'json', '--lang', 'en'],
      /^vm-strategy: --excel is for CSV only, not --format json\./,
    ],
  ])('--excel with %s is a usage error (exit 2)', async ([, args, message], { expect }) => {
    const result = await runCli(args);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('vm-strategy summary --format csv --excel');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what --excel does in summary --help', async () => {
    const help = await runCli(['summary', '--help', '--lang', 'en']);
    expect(help.stdout).toContain('--excel');
    expect(help.stdout).toContain('area_id, goal_id, goal_text, marks, score');
    expect(help.stdout).toContain('semicolons and decimal commas');
  });
});
