// Which YAML value `assess ID` changes: a goal (or one of its clauses), or a clause of a
// vision statement, found by id in the loaded strategy.
import type { StrategyModel } from './model.js';
import type { Assessment } from './schema.js';
import { closest } from './scale.js';
import { clauseSlots, goalSlots, type MarkSlot } from './units.js';

export interface AssessTarget {
  id: string;
  kind: 'goal' | 'vision';
  /** The goal's area; undefined for the vision. */
  areaId?: string;
  areaTitle: string;
  /** Path of the file inside the strategy folder, '/'-separated. */
  file: string;
  display: string;
  /** Data path of the goal or statement in its file. */
  owner: (string | number)[];
  slots: MarkSlot[];
  /** Whether the marks live on clauses (then a clause number is needed when there are several). */
  clauseWise: boolean;
}

export function allTargets(model: StrategyModel, visionTitle: string): AssessTarget[] {
  const vision = (model.strategy.vision?.statements ?? []).map(
    (s, i): AssessTarget => ({
      id: s.id,
      kind: 'vision',
      areaTitle: visionTitle,
      file: 'strategy.yaml',
      display: model.strategySource.display,
      owner: ['vision', 'statements', i],
      slots: clauseSlots(s.clauses),
      clauseWise: true,
    }),
  );
  const goals = model.areas.flatMap(({ area, path, source }) =>
    area.goals.map(
      (g, i): AssessTarget => ({
        id: g.id,
        kind: 'goal',
        areaId: area.id,
        areaTitle: area.title,
        file: path,
        display: source.display,
        owner: ['goals', i],
        slots: goalSlots(g),
        clauseWise: g.clauses !== undefined,
      }),
    ),
  );
  return [...goals, ...vision];
}

export type Lookup = { target: AssessTarget } | { suggestion?: string };

export function findTarget(targets: AssessTarget[], id: string): Lookup {
  const target = targets.find((t) => t.id === id);
  if (target) return { target };
  const suggestion = closest(
    id,
    targets.map((t) => t.id),
  );
  return suggestion ? { suggestion } : {};
}

/** The data path of the map that holds the assessment for clause `clause` (1-based) of a target. */
export function ownerOfSlot(target: AssessTarget, clause: number | undefined): (string | number)[] {
  return target.clauseWise ? [...target.owner, 'clauses', (clause ?? 1) - 1] : target.owner;
}

export const currentAssessment = (target: AssessTarget, clause: number | undefined): Assessment | undefined =>
  target.slots[(clause ?? 1) - 1]?.assessment;
