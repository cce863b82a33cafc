// One mistake, one diagnostic, on a strategy of its own in English (the Norwegian cases are
// scenarios in test/fixtures/broken/: unknown-key-with-plan, unknown-mark-with-plan, …).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { removeTempDirs, runCli } from './helpers/cli.js';
import { englishStrategy } from './helpers/strategies.js';

afterAll(removeTempDirs);

const plan = [
  'period: { from: 2025, to: 2027 }',
  'measures:',
  '  - id: m1',
  '    goals: [collections.catalogue, collections.loans]',
  '    title: Scan the card catalogue',
  '    owner: Ann',
  '    deadline: 2026',
  '    indicator: Share of cards scanned',
  '    status: started',
  '  - id: m2',
  '    goals: [learning.schools, learning.online]',
  '    title: A school day every month',
  '    owner: Bob',
  '    deadline: "2025-09"',
  '    indicator: Classes a year',
  '    status: planned',
  '',
].join('\n');

async function validate(dir: string): Promise<{ exitCode: number | null; found: string[][] }> {
  const result = await runCli(['validate', '--dir', '.', '--format', 'json', '--lang', 'en'], { cwd: dir });
  const list = JSON.parse(result.stdout) as {
    code: string;
    file: string;
    line: number;
    col: number;
    message: string;
  }[];
  return { exitCode: result.exitCode, found: list.map((d) => [d.code, `${d.file}:${d.line}:${d.col}`, d.message]) };
}

it('a plan that covers every unmet goal of the English strategy passes', async () => {
  const dir = await englishStrategy();
  await writeFile(path.join(dir, 'plans', '2025-2027.yaml'), plan);
  expect(await validate(dir)).toEqual({ exitCode: 0, found: [] });
});

it('a misspelt key in an area file is one error: no missing key, no unknown goals in the plan', async () => {
  const dir = await englishStrategy();
  await writeFile(path.join(dir, 'plans', '2025-2027.yaml'), plan);
  const file = path.join(dir, 'areas', '02-learning.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('title: LEARNING', 'tilte: LEARNING'));
  expect(await validate(dir)).toEqual({
    exitCode: 1,
    found: [['schema-unknown-key', 'areas/02-learning.yaml:2:1', 'Unknown key «tilte». Did you mean «title»?']],
  });
});

it('a mark not on the scale is one error: its goal is not also "without a measure"', async () => {
  const dir = await englishStrategy();
  // m2 is gone: learning.schools has a mistyped mark, learning.online now truly lacks a measure.
  await writeFile(path.join(dir, 'plans', '2025-2027.yaml'), plan.slice(0, plan.indexOf('  - id: m2')));
  const file = path.join(dir, 'areas', '02-learning.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('assessment: NOT MET', 'assessment: NOT MTE'));
  expect(await validate(dir)).toEqual({
    exitCode: 1,
    found: [
      ['mark-unknown', 'areas/02-learning.yaml:5:85', 'Unknown mark «NOT MTE». Did you mean «NOT MET»?'],
      [
        'goal-without-measure',
        'areas/02-learning.yaml:6:11',
        'The goal «learning.online» is not achieved and has no measure in the action plan plans/2025-2027.yaml.',
      ],
    ],
  });
});
