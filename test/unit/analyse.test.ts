// analyse() on small strategies written here, one in Norwegian and one in English: the figures
// every output shows, worked out once, and the same whichever language the output is in.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse.js';
import { loadStrategy } from '../../src/core/load-strategy.js';
import type { StrategyModel } from '../../src/core/model.js';
import { buildReportView } from '../../src/render/report/view.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** A strategy folder held in memory: relative path → YAML text. */
function load(files: Record<string, string>): StrategyModel {
  const loaded = loadStrategy({
    display: 'mappe',
    files: Object.entries(files).map(([path, text]) => ({ path, display: path, bytes: encode(text) })),
    others: [],
  });
  if (!loaded.model) throw new Error(`does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.model;
}

const strategyYaml = (organisation: string, vision: string) => `
organisation: ${organisation}
title: Plan 2024–2027
period: { from: 2024, to: 2027 }
round: 2025
horizon: 2
mission: { title: M, text: M. }
challenges: { title: C, items: [] }
vision:
  title: V
  statements:
    - id: v.1
      clauses:
        - text: ${vision}
          assessment: A
        - text: and more.
`;

const scaleYaml = (a: string, b: string, c: string, d: string) => `
threshold: 0.75
marks:
  - { code: "${a}", label: { nb: "${a}", en: "${a}" }, score: 1, color: "#1a7f37" }
  - { code: "${b}", label: { nb: "${b}", en: "${b}" }, score: 0.5, color: "#8a4f00" }
  - { code: "${c}", label: { nb: "${c}", en: "${c}" }, score: 0, color: "#b42318" }
  - { code: "${d}", label: { nb: "${d}", en: "${d}" }, score: null, color: "#5b6169" }
`;

/**
 * Two areas: a met goal, a half-met goal, a goal assessed clause by clause with one clause
 * unmarked, an unknown ("don't know") goal and an unassessed goal; a plan for 2026–2027 with a
 * filled measure past its deadline, an unfilled one and a dropped one.
 */
function strategy(lang: 'nb' | 'en'): StrategyModel {
  const [a, b, c, d] = lang === 'nb' ? ['JA', 'TJA', 'NEI', 'VET IKKE'] : ['YES', 'SO-SO', 'NO', 'UNKNOWN'];
  const vision = lang === 'nb' ? 'Samlingene er trygge' : 'The collections are safe';
  return load({
    'strategy.yaml': strategyYaml(lang === 'nb' ? 'Bygdemuseet' : 'Town Museum', vision).replace(
      'assessment: A',
      `assessment: "${a}"`,
    ),
    'scale.yaml': scaleYaml(a, b, c, d),
    'areas/01-one.yaml': `
id: one
title: ONE
part: 2
goals:
  - { id: one.met, text: Met., assessment: "${a}" }
  - { id: one.half, text: Half., assessment: "${b}" }
  - id: one.clauses
    clauses:
      - { text: First, assessment: "${c}" }
      - { text: and second. }
`,
    'areas/02-two.yaml': `
id: two
title: TWO
part: 2
goals:
  - { id: two.unknown, text: Unknown., assessment: "${d}" }
  - { id: two.open, text: Not assessed. }
  - { id: two.low, text: Low., assessment: "${c}" }
`,
    'plans/2026-2027.yaml': `
period: { from: 2026, to: 2027 }
measures:
  - { id: m1, goals: [one.half], title: Do it, owner: Kari, deadline: "2026-03", status: started }
  - { id: m2, goals: [two.low], title: Later, status: planned }
  - { id: m3, goals: [two.unknown], title: Given up, owner: Per, deadline: 2026, status: dropped }
`,
  });
}

describe.each(['nb', 'en'] as const)('analyse, a strategy in %s', (lang) => {
  const model = strategy(lang);
  const analysis = analyse(model, { today: '2026-06-15' });
  const ids = (rows: readonly { goalId: string }[]) => rows.map((r) => r.goalId);

  it('tallies the areas, the vision and the whole, each mark once', () => {
    const { overall, vision, areas } = analysis.summary;
    // Marks: one.met, one.half, one.clauses #1, two.unknown, two.low; unassessed: one.clauses #2, two.open.
    expect(overall).toMatchObject({ goals: 6, marks: 5, unassessed: 2, score: 0.375 });
    expect(areas.map((a) => [a.id, a.goals, a.marks, a.unassessed, a.score])).toEqual([
      ['one', 3, 3, 1, 0.5],
      ['two', 3, 2, 1, 0],
    ]);
    expect(vision).toMatchObject({ statements: 1, marks: 1, unassessed: 0, score: 1 });
  });

  it('gives every goal in document order its resolved marks and score', () => {
    expect(analysis.goals.map((r) => [r.goalId, r.score, r.assessed])).toEqual([
      ['one.met', 1, true],
      ['one.half', 0.5, true],
      ['one.clauses', 0, true],
      ['two.unknown', null, true],
      ['two.open', null, false],
      ['two.low', 0, true],
    ]);
    expect(analysis.goalsById.get('one.clauses')!.slots.map((s) => s.mark?.code ?? null)).toEqual([
      lang === 'nb' ? 'NEI' : 'NO',
      null,
    ]);
    // The rows are the ones the model was checked with when it loaded: worked out once.
    expect(analysis.goals).toBe(model.marks.goals);
  });

  it('lists the lagging goals lowest first (no score first) and the goals with a place unmarked', () => {
    expect(ids(analysis.lagging)).toEqual(['two.unknown', 'one.clauses', 'two.low', 'one.half']);
    expect(ids(analysis.unassessed)).toEqual(['one.clauses', 'two.open']);
    expect(ids(analysis.unmet)).toEqual(['one.half', 'one.clauses', 'two.unknown', 'two.open', 'two.low']);
  });

  it('follows the current plan: coverage by filled measures only, the unfilled, the overdue', () => {
    const plan = analysis.plan!;
    expect(plan).toBe(analysis.plans[0]);
    expect(plan.period).toEqual({ from: 2026, to: 2027 });
    expect(plan).toMatchObject({ measures: 3, filled: 1 });
    expect(plan.unfilled.map((m) => [m.id, m.missing])).toEqual([['m2', ['no-owner', 'no-deadline']]]);
    expect(plan.coverage).toEqual({
      unmetGoals: 5,
      covered: 1,
      ratio: 0.2,
      uncovered: ['one.clauses', 'two.unknown', 'two.open', 'two.low'],
    });
    expect(plan.overdue).toEqual([{ id: 'm1', title: 'Do it', deadline: '2026-03', owner: 'Kari' }]);
    expect(analyse(model, { today: '2026-03-31' }).plan!.overdue).toEqual([]);
  });

  it('compares with an older revision only when asked', () => {
    expect(analysis.comparison).toBeUndefined();
    const older = strategy(lang);
    const { comparison } = analyse(model, { today: '2026-06-15', comparison: { before: older } });
    expect(comparison.overall.before).toEqual(comparison.overall.after);
    expect(comparison.goals.every((g) => g.movement === 'unchanged')).toBe(true);
  });

  it('is what the report shows, in either language', () => {
    for (const shown of ['nb', 'en'] as const) {
      const view = buildReportView(model, analysis, { lang: shown, generated: '2026-06-15', version: '0.0.0' });
      expect(view.lagging.map((g) => g.id)).toEqual(ids(analysis.lagging));
      expect(view.plan.uncovered.map((g) => g.id)).toEqual(analysis.plan!.coverage.uncovered);
      expect(view.areas.flatMap((a) => a.goals.map((g) => g.score))).toEqual(analysis.goals.map((r) => r.score));
    }
  });
});
