// Checks the YAML encoding in strategy/ against the annotated seed document it was made from.
// The seed is parsed here with a small parser of its own (deliberately not shared with product
// code), so an encoding mistake — a changed mark, a dropped goal, a lost comment — fails this test.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import YAML from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'seeds', 'strategi-2018-2025-revisjon-2021.txt');
const STRATEGY_DIR = join(ROOT, 'strategy');
const AREAS_DIR = join(STRATEGY_DIR, 'areas');

// ---------------------------------------------------------------------------------------------
// Seed parser
// ---------------------------------------------------------------------------------------------

/** The scale codes as they appear in the seed; longest alternatives first. */
const MARK_SOURCE = String.raw`JA-\?|JA--|JA\/NEI|NEI\/JA|NEI\+|JA\?|JA-|TJA|NEI|JA|VET IKKE`;
/** A mark is a whole word: not glued to letters or digits on either side. */
const markRegex = (): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(${MARK_SOURCE})(?![\\p{L}\\p{N}])`, 'giu');

interface SeedComment {
  author: string;
  text: string;
}
interface SeedClause {
  text: string;
  mark: string;
}
/** A paragraph or bullet split at its marks. */
interface Marked {
  clauses: SeedClause[];
  /** Text after the last mark (before any comment), trimmed. */
  rest: string;
  comments: SeedComment[];
}
interface SeedArea {
  title: string;
  part: number;
  goals: Marked[];
}

/** Splits "text MARK text MARK …\tComment by X: …" into clauses, trailing rest and comments. */
function splitMarked(line: string): Marked {
  let body = line.trim();
  const comments: SeedComment[] = [];
  const tab = body.indexOf('\t');
  if (tab >= 0) {
    const m = /^Comment by ([^:]+): (.+)$/u.exec(body.slice(tab + 1).trim());
    if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`unreadable comment: ${body}`);
    comments.push({ author: m[1], text: m[2] });
    body = body.slice(0, tab).trim();
  }
  const clauses: SeedClause[] = [];
  let last = 0;
  for (const m of body.matchAll(markRegex())) {
    const index = m.index ?? 0;
    clauses.push({ text: body.slice(last, index).trim(), mark: (m[1] ?? '').toUpperCase() });
    last = index + m[0].length;
  }
  return { clauses, rest: body.slice(last).trim(), comments };
}

function parseSeed(source: string): { vision: Marked[]; areas: SeedArea[] } {
  const lines = source.split(/\r?\n/).map((l) => l.replace(/^ +| +$/g, ''));
  const indexOf = (s: string, from = 0): number => {
    const i = lines.findIndex((l, k) => k >= from && l === s);
    if (i < 0) throw new Error(`seed: line not found: ${s}`);
    return i;
  };

  // Vision: every non-empty line between the vision subtitle and "DEL 2".
  const visionStart = indexOf('NTNU VITENSKAPSMUSEET 2025', indexOf('MÅLBILDET')) + 1;
  const part2 = indexOf('DEL 2');
  const part3 = indexOf('DEL 3');
  const vision = lines
    .slice(visionStart, part2)
    .filter((l) => l !== '')
    .map(splitMarked);

  // Area headings: all-caps lines (letters and spaces only) after "DEL 2", except the goal heading.
  const headings: number[] = [];
  lines.forEach((l, i) => {
    if (i > part2 && /^[A-ZÆØÅ ]{4,}$/u.test(l) && l !== 'UTVIKLINGSMÅL') headings.push(i);
  });

  const areas = headings.map((start, k): SeedArea => {
    const end = headings[k + 1] ?? lines.length;
    const section = lines.slice(start, end);
    const goalHeading = section.indexOf('UTVIKLINGSMÅL');
    if (goalHeading < 0 || section[goalHeading + 1] !== 'NTNU Vitenskapsmuseet skal:') {
      throw new Error(`seed: no goal list in ${lines[start]}`);
    }
    // Bullets; a line starting in lower case continues the previous bullet (Word line break).
    const bullets: string[] = [];
    for (const l of section.slice(goalHeading + 2)) {
      if (l.startsWith('·')) bullets.push(l.replace(/^·\s*/u, ''));
      else if (bullets.length > 0 && /^\p{Ll}/u.test(l)) bullets[bullets.length - 1] += ` ${l}`;
      else break;
    }
    return { title: lines[start] ?? '', part: start < part3 ? 2 : 3, goals: bullets.map(splitMarked) };
  });
  return { vision, areas };
}

// ---------------------------------------------------------------------------------------------
// YAML side (read loosely; the zod schema is tested elsewhere)
// ---------------------------------------------------------------------------------------------

type Assessment = string | { mark: string; note?: string };
interface YClause {
  text: string;
  assessment?: Assessment;
}
interface YGoal {
  id: string;
  text?: string;
  assessment?: Assessment;
  clauses?: YClause[];
  comments?: SeedComment[];
}
interface YArea {
  id: string;
  title: string;
  part: number;
  goals: YGoal[];
}
interface YStrategy {
  vision: { statements: { id: string; clauses: YClause[]; comments?: SeedComment[] }[] };
}

function readYaml<T>(path: string): T {
  const doc = YAML.parseDocument(readFileSync(path, 'utf8'), { schema: 'core', uniqueKeys: true, strict: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    throw new Error(`${path}: ${[...doc.errors, ...doc.warnings].map((e) => e.message).join('; ')}`);
  }
  return doc.toJS() as T;
}

const markOf = (a: Assessment | undefined): string | undefined => (typeof a === 'string' ? a : a?.mark);
const noteOf = (a: Assessment | undefined): string | undefined => (typeof a === 'object' ? a.note : undefined);
/** A goal as the seed would show it: clauses with marks, in order. */
const goalClauses = (g: YGoal): { text: string | undefined; mark: string | undefined }[] =>
  g.clauses
    ? g.clauses.map((c) => ({ text: c.text, mark: markOf(c.assessment) }))
    : [{ text: g.text, mark: markOf(g.assessment) }];

// ---------------------------------------------------------------------------------------------

const seed = parseSeed(readFileSync(SEED, 'utf8'));
const areaFiles = readdirSync(AREAS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const areas = areaFiles.map((f) => readYaml<YArea>(join(AREAS_DIR, f)));
const strategy = readYaml<YStrategy>(join(STRATEGY_DIR, 'strategy.yaml'));

describe('seed parser sanity', () => {
  it('finds the ten areas, 42 goals, 44 goal marks and 20 vision marks in the seed', () => {
    expect(seed.areas).toHaveLength(10);
    expect(seed.areas.flatMap((a) => a.goals)).toHaveLength(42);
    expect(seed.areas.flatMap((a) => a.goals.flatMap((g) => g.clauses))).toHaveLength(44);
    expect(seed.vision).toHaveLength(11);
    expect(seed.vision.flatMap((s) => s.clauses)).toHaveLength(20);
  });
});

describe('strategy/areas encodes the seed', () => {
  it('has one file per area heading, in document order', () => {
    expect(areas.map((a) => a.title)).toEqual(seed.areas.map((a) => a.title));
    expect(areas.map((a) => a.part)).toEqual(seed.areas.map((a) => a.part));
    areaFiles.forEach((f, i) => {
      expect(f).toBe(`${String(i + 1).padStart(2, '0')}-${areas[i]?.id}.yaml`);
    });
  });

  seed.areas.forEach((seedArea, i) => {
    describe(seedArea.title, () => {
      const area = (): YArea => {
        const a = areas[i];
        if (!a) throw new Error(`missing area file for ${seedArea.title}`);
        return a;
      };

      it('has the same number of goals and goal marks', () => {
        expect(area().goals).toHaveLength(seedArea.goals.length);
        const yMarks = area()
          .goals.flatMap(goalClauses)
          .filter((c) => c.mark !== undefined);
        expect(yMarks).toHaveLength(seedArea.goals.flatMap((g) => g.clauses).length);
      });

      it('has, per goal, the seed marks in order and the goal text verbatim', () => {
        seedArea.goals.forEach((seedGoal, k) => {
          const goal = area().goals[k];
          expect(goal, `goal ${k + 1}`).toBeDefined();
          if (!goal) return;
          expect(goal.id.startsWith(`${area().id}.`), goal.id).toBe(true);
          expect(goalClauses(goal), goal.id).toEqual(seedGoal.clauses);
          // Text after the (single) mark of a goal is a note on that assessment.
          expect(noteOf(goal.assessment) ?? '', goal.id).toBe(seedGoal.rest);
          expect(goal.comments ?? [], goal.id).toEqual(seedGoal.comments);
        });
      });
    });
  });

  it('has goal ids unique across the strategy', () => {
    const ids = areas.flatMap((a) => a.goals.map((g) => g.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('strategy.yaml vision encodes the seed', () => {
  it('has the eleven statements with the seed marks, clause texts and comments in order', () => {
    const statements = strategy.vision.statements;
    expect(statements).toHaveLength(seed.vision.length);
    seed.vision.forEach((s, i) => {
      const st = statements[i];
      expect(st?.id).toBe(`vision.${i + 1}`);
      const expected: YClause[] = s.clauses.map((c) => ({ text: c.text, assessment: c.mark }));
      if (s.rest !== '') expected.push({ text: s.rest });
      expect(st?.clauses, st?.id).toEqual(expected);
      expect(st?.comments ?? [], st?.id).toEqual(s.comments);
    });
  });
});

describe('totals', () => {
  const goals = areas.flatMap((a) => a.goals);
  it('has 42 goals, 44 goal marks and 20 vision marks', () => {
    expect(goals).toHaveLength(42);
    expect(goals.flatMap(goalClauses).filter((c) => c.mark !== undefined)).toHaveLength(44);
    const visionMarks = strategy.vision.statements.flatMap((s) => s.clauses).filter((c) => c.assessment !== undefined);
    expect(visionMarks).toHaveLength(20);
  });

  it('keeps the two reviewer comments and the one note', () => {
    const comments = [
      ...strategy.vision.statements.flatMap((s) => s.comments ?? []),
      ...goals.flatMap((g) => g.comments ?? []),
    ];
    expect(comments).toHaveLength(2);
    for (const c of comments) expect(c.author).toBe('Jørn Wroldsen');
    const notes = goals.map((g) => noteOf(g.assessment)).filter((n) => n !== undefined);
    expect(notes).toEqual(['Tiltak på RIngve er iverksatt']);
  });
});
