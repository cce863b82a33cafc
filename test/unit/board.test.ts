// Page one's figures (core/board.ts): status per area from the score, the threshold and the time
// passed; key messages; goals for decision; measures beside their goals; the history of scores.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse.js';
import { standingOf, timeAwareness } from '../../src/core/board.js';
import { loadStrategy } from '../../src/core/load-strategy.js';
import type { StrategyModel } from '../../src/core/model.js';

const encode = (text: string) => new TextEncoder().encode(text);

function load(files: Record<string, string>): StrategyModel {
  const loaded = loadStrategy({
    display: 'mappe',
    files: Object.entries(files).map(([path, text]) => ({ path, display: path, bytes: encode(text) })),
    others: [],
  });
  if (!loaded.model) throw new Error(`does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.model;
}

/** Three areas: one met (1.0), one half-way (0.5), one low (0.25 then 0.0); a plan with one late measure. */
function strategy(low: 'NEI+' | 'NEI'): StrategyModel {
  return load({
    'strategy.yaml': `
organisation: Museum
title: Plan 2020–2027
period: { from: 2020, to: 2027 }
round: ${low === 'NEI' ? 2024 : 2022}
horizon: 2
mission: { title: M, text: M. }
challenges: { title: C, items: [] }
vision: { title: V, statements: [{ id: v.1, clauses: [{ text: Safe., assessment: TJA }] }] }
`,
    'scale.yaml': `
threshold: 0.75
marks:
  - { code: JA, label: { nb: Ja, en: Yes }, score: 1, color: "#1a7f37" }
  - { code: TJA, label: { nb: Tja, en: So-so }, score: 0.5, color: "#8a4f00" }
  - { code: NEI+, label: { nb: Nei+, en: No+ }, score: 0.25, color: "#a63a1c" }
  - { code: NEI, label: { nb: Nei, en: No }, score: 0, color: "#b42318" }
`,
    'areas/01-met.yaml': 'id: met\ntitle: MET\npart: 2\ngoals:\n  - { id: met.a, text: A., assessment: JA }\n',
    'areas/02-half.yaml':
      'id: half\ntitle: HALF\npart: 2\ngoals:\n  - { id: half.a, text: A., assessment: TJA }\n  - { id: half.b, text: B. }\n',
    'areas/03-low.yaml': `id: low\ntitle: LOW\npart: 2\ngoals:\n  - { id: low.a, text: A., assessment: "${low}" }\n`,
    'plans/2025-2026.yaml': `
period: { from: 2025, to: 2026 }
measures:
  - { id: m1, goals: [half.a], title: Do it, owner: Kari, deadline: "2023-03", status: started }
  - { id: m2, goals: [half.a, low.a], title: Later, owner: Per, deadline: 2027, status: planned }
`,
  });
}

describe('time awareness', () => {
  it('says how much of the period has passed, and when it has ended', () => {
    expect(timeAwareness({ from: 2020, to: 2027 }, '2024-01-01')).toMatchObject({
      passed: 0.5,
      ended: false,
      notStarted: false,
    });
    expect(timeAwareness({ from: 2020, to: 2027 }, '2028-01-01')).toMatchObject({ passed: 1, ended: true });
    expect(timeAwareness({ from: 2020, to: 2027 }, '2019-06-01')).toMatchObject({ passed: 0, notStarted: true });
  });
});

describe('status of an area', () => {
  const half = timeAwareness({ from: 2020, to: 2027 }, '2024-01-01');
  const ended = timeAwareness({ from: 2020, to: 2027 }, '2028-02-01');
  it('is achieved at the threshold, on track above the straight line to it, behind below', () => {
    expect(standingOf(0.75, 0.75, half).status).toBe('achieved');
    expect(standingOf(0.4, 0.75, half)).toEqual({ status: 'on-track', expected: 0.375 });
    expect(standingOf(0.3, 0.75, half).status).toBe('behind');
    expect(standingOf(null, 0.75, half).status).toBe('unassessed');
  });
  it('is behind below the threshold once the period has ended', () => {
    expect(standingOf(0.74, 0.75, ended).status).toBe('behind');
    expect(standingOf(0.75, 0.75, ended).status).toBe('achieved');
  });
});

describe('the board of an analysis', () => {
  const now = strategy('NEI');
  const board = analyse(now, { today: '2024-01-01' }).board;

  it('gives every area its status and gap', () => {
    expect(board.areas.map((a) => [a.id, a.status, a.gap])).toEqual([
      ['met', 'achieved', -25],
      ['half', 'on-track', 25],
      ['low', 'behind', 75],
    ]);
    expect(board.overall).toEqual({ score: 0.5, status: 'on-track' });
    expect(board.vision).toEqual({ score: 0.5 });
  });

  it('puts the measures beside their goals, with how late they are', () => {
    expect(board.measures.get('half.a')!.map((m) => [m.id, m.daysLate])).toEqual([
      ['m1', 276],
      ['m2', 0],
    ]);
    expect(board.measures.get('low.a')!.map((m) => m.id)).toEqual(['m2']);
    expect(board.overdue.map((m) => m.id)).toEqual(['m1']);
  });

  it('lists for decision the goals that need a measure and have no filled-in one', () => {
    expect(board.decisions.map((r) => r.goalId)).toEqual(['half.b']);
  });

  it('says three to five key messages: standing, gap, overdue, decisions, unassessed', () => {
    expect(board.messages.map((m) => m.kind)).toEqual(['standing', 'gap', 'overdue', 'decisions', 'unassessed']);
    expect(board.messages[0]).toMatchObject({ counts: { achieved: 1, 'on-track': 1, behind: 1, unassessed: 0 } });
    expect(board.messages[1]).toMatchObject({ areaId: 'low', score: 0 });
  });

  it('says when the period has ended, and then nothing below the threshold is on track', () => {
    const late = analyse(now, { today: '2028-03-01' }).board;
    expect(late.time.ended).toBe(true);
    expect(late.messages.map((m) => m.kind).slice(0, 2)).toEqual(['standing', 'period-ended']);
    expect(late.areas.map((a) => a.status)).toEqual(['achieved', 'behind', 'behind']);
  });

  it('keeps a history of scores, oldest first and now last, and tells the biggest move since the newest', () => {
    const analysis = analyse(now, { today: '2024-01-01', history: [{ ref: 'v1', model: strategy('NEI+') }] });
    expect(analysis.history!.map((p) => [p.ref, p.round, p.areas.find((a) => a.id === 'low')!.score])).toEqual([
      ['v1', 2022, 0.25],
      [null, 2024, 0],
    ]);
    expect(analysis.board.messages.find((m) => m.kind === 'move')).toEqual({
      kind: 'move',
      areaId: 'low',
      title: 'LOW',
      change: -25,
      since: '2022',
    });
  });
});
