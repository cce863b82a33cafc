// The documented JSON contract of `summary --format json`, checked two ways: on the bundled
// strategy against numbers computed here from the YAML files with a small reader of our own,
// and on the minimal fixture against numbers worked out by hand.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { exampleNotice, makeStrategy, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

type Group = 'achieved' | 'partial' | 'not' | 'unknown';
interface Tally {
  marks: number;
  unassessed: number;
  counts: Record<string, number>;
  groups: Record<Group, number>;
  score: number | null;
}
interface Summary {
  strategy: { organisation: string; title: string; period: { from: number; to: number }; round: number | string };
  overall: Tally & { goals: number };
  vision: Tally & { statements: number };
  areas: (Tally & { id: string; title: string; part: number; goals: number })[];
}

async function summaryOf(dir: string): Promise<Summary> {
  const result = await runCli(['summary', '--dir', dir, '--format', 'json'], { cwd: repoRoot });
  // --dir naming the bundled folder is the example all the same, and says so.
  expect(result.stderr).toBe(path.resolve(dir) === path.join(repoRoot, 'strategy') ? exampleNotice.nb : '');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as Summary;
}

// ---------------------------------------------------------------------------------------------
// An independent reading of the files: what the numbers must be, from the YAML alone.
// ---------------------------------------------------------------------------------------------

interface ScaleFile {
  threshold: number;
  marks: { code: string; aliases?: string[]; score: number | null }[];
}
type Assessment = string | { mark: string };
interface ClauseFile {
  text: string;
  assessment?: Assessment;
}
interface GoalFile {
  id: string;
  assessment?: Assessment;
  clauses?: ClauseFile[];
}

const readYaml = <T>(file: string): T => YAML.parse(readFileSync(file, 'utf8')) as T;
const strategyDir = path.join(repoRoot, 'strategy');
const scale = readYaml<ScaleFile>(path.join(strategyDir, 'scale.yaml'));
const areaFiles = readdirSync(path.join(strategyDir, 'areas'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const areaData = areaFiles.map((f) => readYaml<{ id: string; goals: GoalFile[] }>(path.join(strategyDir, 'areas', f)));
const visionData = readYaml<{ vision: { statements: { clauses: ClauseFile[] }[] } }>(
  path.join(strategyDir, 'strategy.yaml'),
).vision;

/** Marks match a code or an alias, ignoring case and runs of spaces. */
const fold = (s: string) => s.trim().split(/\s+/).join(' ').toUpperCase();
function markFor(written: string) {
  const found = scale.marks.find((m) => [m.code, ...(m.aliases ?? [])].some((name) => fold(name) === fold(written)));
  if (!found) throw new Error(`not on the scale: ${written}`);
  return found;
}
const writtenMark = (a: Assessment | undefined) => (a === undefined ? undefined : typeof a === 'string' ? a : a.mark);
const goalMarks = (g: GoalFile) =>
  g.clauses ? g.clauses.map((c) => writtenMark(c.assessment)) : [writtenMark(g.assessment)];

function expectedTally(written: (string | undefined)[]): Tally {
  const counts = Object.fromEntries(scale.marks.map((m) => [m.code, 0]));
  const groups: Record<Group, number> = { achieved: 0, partial: 0, not: 0, unknown: 0 };
  const scores: number[] = [];
  let unassessed = 0;
  for (const w of written) {
    if (w === undefined) {
      unassessed++;
      continue;
    }
    const mark = markFor(w);
    counts[mark.code]!++;
    const group: Group =
      mark.score === null ? 'unknown' : mark.score >= scale.threshold ? 'achieved' : mark.score > 0 ? 'partial' : 'not';
    groups[group]++;
    if (mark.score !== null) scores.push(mark.score);
  }
  const marks = written.length - unassessed;
  const score = scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
  return { marks, unassessed, counts, groups, score };
}

/** Compares a tally with the expected one; the score is rounded to 4 decimals in the output. */
function expectTally(actual: Tally, expected: Tally, label: string) {
  const { score, ...rest } = actual;
  const { score: expectedScore, ...expectedRest } = expected;
  expect(rest, label).toMatchObject(expectedRest);
  if (expectedScore === null) expect(score, label).toBeNull();
  else expect(Math.abs(score! - expectedScore), `${label}: ${score} vs ${expectedScore}`).toBeLessThanOrEqual(0.00005);
}

describe('summary --format json on the bundled strategy', () => {
  let summary: Summary;
  beforeAll(async () => {
    summary = await summaryOf('strategy');
  });

  it('names the strategy', () => {
    expect(summary.strategy).toEqual({
      organisation: 'NTNU Vitenskapsmuseet',
      title: 'Strategi 2018–2025',
      period: { from: 2018, to: 2025 },
      round: 2021,
    });
  });

  it('has 42 goals with 44 marks, and 20 marks on the vision', () => {
    expect(summary.overall.goals).toBe(42);
    expect(summary.overall.marks).toBe(44);
    expect(summary.overall.unassessed).toBe(0);
    expect(summary.vision.statements).toBe(11);
    expect(summary.vision.marks).toBe(20);
  });

  it('has the ten areas in document order with their goals and marks', () => {
    expect(summary.areas.map((a) => a.id)).toEqual(areaData.map((a) => a.id));
    expect(summary.areas.map((a) => [a.goals, a.marks])).toEqual([
      [4, 4],
      [5, 6],
      [5, 5],
      [4, 4],
      [5, 6],
      [4, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [3, 3],
    ]);
    expect(summary.areas.map((a) => a.part)).toEqual([2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
  });

  it('counts every scale code, in scale order, and the counts and groups add up to the marks', () => {
    const codes = scale.marks.map((m) => m.code);
    for (const [label, t] of [
      ['overall', summary.overall],
      ['vision', summary.vision],
      ...summary.areas.map((a) => [a.id, a] as const),
    ] as const) {
      expect(Object.keys(t.counts), label).toEqual(codes);
      expect(Object.keys(t.groups).sort(), label).toEqual(['achieved', 'not', 'partial', 'unknown']);
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      expect(sum(t.counts), label).toBe(t.marks);
      expect(sum(t.groups), label).toBe(t.marks);
      if (t.score !== null) {
        expect(t.score, label).toBeGreaterThanOrEqual(0);
        expect(t.score, label).toBeLessThanOrEqual(1);
      }
    }
  });

  it('matches marks, groups and the mean score computed from the YAML files', () => {
    areaData.forEach((area, i) => {
      expectTally(summary.areas[i]!, expectedTally(area.goals.flatMap(goalMarks)), area.id);
    });
    expectTally(summary.overall, expectedTally(areaData.flatMap((a) => a.goals.flatMap(goalMarks))), 'overall');
    // Vision clauses without a mark are prose, not gaps: never counted as unassessed.
    const visionMarks = visionData.statements
      .flatMap((s) => s.clauses.map((c) => writtenMark(c.assessment)))
      .filter((m) => m !== undefined);
    expectTally(summary.vision, expectedTally(visionMarks), 'vision');
  });

  it('has the overall score of the museum round (mean of 44 marks)', () => {
    // 18 JA, 1 JA?, 5 JA-, 1 JA--, 1 JA/NEI, 1 TJA, 1 NEI+, 16 NEI:
    // (18 + 0.85 + 3.75 + 0.6 + 0.6 + 0.5 + 0.25) / 44 = 24.55 / 44 = 0.55795…
    expect(summary.overall.score).toBe(0.558);
  });
});

// ---------------------------------------------------------------------------------------------
// The minimal fixture, by hand. Scores: JA 1, JA? 0.85, JA- 0.75, JA-? 0.65, JA/NEI 0.6, TJA 0.5,
// NEI 0, VET IKKE none; achieved from 0.75 (the threshold) up.
// ---------------------------------------------------------------------------------------------

const zeroCounts = {
  JA: 0,
  'JA?': 0,
  'JA-': 0,
  'JA-?': 0,
  'JA--': 0,
  'JA/NEI': 0,
  TJA: 0,
  'NEI/JA': 0,
  'NEI+': 0,
  NEI: 0,
  'VET IKKE': 0,
};

describe('summary --format json on the minimal fixture', () => {
  it('gives the numbers worked out by hand', async () => {
    const summary = await summaryOf(await makeStrategy());
    expect(summary).toEqual({
      strategy: {
        organisation: 'Eksempelmuseet',
        title: 'Strategi 2020–2024',
        period: { from: 2020, to: 2024 },
        round: 2022,
      },
      // Goals: JA; JA- + Nei (two clauses); TJA; JA?; Vet ikke; ja / nei → 7 marks on 6 goals.
      // Scored: 1 + 0.75 + 0 + 0.5 + 0.85 + 0.6 = 3.7 over 6 = 0.61666…
      overall: {
        goals: 6,
        marks: 7,
        unassessed: 0,
        counts: { ...zeroCounts, JA: 1, 'JA?': 1, 'JA-': 1, 'JA/NEI': 1, TJA: 1, NEI: 1, 'VET IKKE': 1 },
        groups: { achieved: 3, partial: 2, not: 1, unknown: 1 },
        score: 0.6167,
      },
      // JA + NEI, a clause with no mark (prose), JA-? → (1 + 0 + 0.65) / 3 = 0.55
      vision: {
        statements: 3,
        marks: 3,
        unassessed: 0,
        counts: { ...zeroCounts, JA: 1, 'JA-?': 1, NEI: 1 },
        groups: { achieved: 1, partial: 1, not: 1, unknown: 0 },
        score: 0.55,
      },
      areas: [
        {
          id: 'samlinger',
          title: 'SAMLINGER',
          part: 2,
          goals: 3,
          marks: 4,
          unassessed: 0,
          counts: { ...zeroCounts, JA: 1, 'JA-': 1, NEI: 1, TJA: 1 },
          // JA- is exactly at the threshold: achieved.
          groups: { achieved: 2, partial: 1, not: 1, unknown: 0 },
          score: 0.5625, // (1 + 0.75 + 0 + 0.5) / 4
        },
        {
          id: 'formidling',
          title: 'FORMIDLING',
          part: 2,
          goals: 3,
          marks: 3,
          unassessed: 0,
          counts: { ...zeroCounts, 'JA?': 1, 'VET IKKE': 1, 'JA/NEI': 1 },
          groups: { achieved: 1, partial: 1, not: 0, unknown: 1 },
          score: 0.725, // (0.85 + 0.6) / 2; «Vet ikke» has no score and is not counted as 0
        },
      ],
      // No plans/ folder: no action plan to report on.
      plan: null,
    });
  });

  it('counts a goal without a mark as unassessed, not as 0', async () => {
    const summary = await summaryOf(await makeStrategy('unassessed-goal'));
    // formidling now has JA? and one goal without a mark.
    expect(summary.areas[1]).toMatchObject({ id: 'formidling', goals: 2, marks: 1, unassessed: 1, score: 0.85 });
    // 1 + 0.75 + 0 + 0.5 + 0.85 = 3.1 over 5
    expect(summary.overall).toMatchObject({ goals: 5, marks: 5, unassessed: 1, score: 0.62 });
    expect(summary.overall.groups).toEqual({ achieved: 3, partial: 1, not: 1, unknown: 0 });
  });

  it('gives one CSV row per goal with the marks as scale codes and the goal mean score', async () => {
    const result = await runCli(['summary', '--dir', '.', '--format', 'csv', '--lang', 'en'], {
      cwd: await makeStrategy(),
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\r\n')).toEqual([
      '\uFEFFarea_id,goal_id,goal_text,marks,score',
      'samlinger,samlinger.magasin,Flytte samlingene til et nytt magasin.,JA,1',
      // Clauses joined into one text; the lower-case «Nei» shown as its code.
      'samlinger,samlinger.digitalisering,Digitalisere katalogen og gjøre den tilgjengelig på nett.,JA-; NEI,0.375',
      'samlinger,samlinger.bevaring,Lage en bevaringsplan for tekstilene.,TJA,0.5',
      'formidling,formidling.utstillinger,Lage to nye utstillinger.,JA?,0.85',
      // «Vet ikke» has no score: the cell is empty, not 0.
      'formidling,formidling.skoletilbud,Utvikle et skoletilbud for alle trinn.,VET IKKE,',
      'formidling,formidling.digital-formidling,Formidle samlingene på nett.,JA/NEI,0.6',
      '',
    ]);
  });
});
