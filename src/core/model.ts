// The strategy as the core works with it: every file read, checked against its schema and
// indexed, and every mark resolved on the scale once. Made by loadStrategy; read by the rules,
// the analysis and the commands that edit. Never changed once made.
import type { ScaleIndex } from './scale.js';
import type { Area, Plan, ScaleMark, StrategyFile } from './schema.js';
import type { MarkSlot } from './units.js';
import type { ParsedYaml } from './yaml-source.js';

export interface AreaEntry {
  /** Order key from the file name (01, 02, …). */
  path: string;
  area: Area;
  source: ParsedYaml;
}

export interface PlanEntry {
  path: string;
  plan: Plan;
  source: ParsedYaml;
}

/** The checked files of a strategy, before anything is worked out from them. */
export interface StrategyFiles {
  strategy: StrategyFile;
  strategySource: ParsedYaml;
  scale: ScaleIndex;
  scaleSource: ParsedYaml;
  areas: AreaEntry[];
  /** Action plans (plans/<from>-<to>.yaml), ordered by period. */
  plans: PlanEntry[];
  /**
   * What the files that did not load (errors already reported) still say, read best effort, so
   * that their one error is not followed by others: the goal ids written in area files, and the
   * plan files.
   */
  unloaded: { goalIds: string[]; plans: string[] };
}

export interface StrategyModel extends StrategyFiles {
  /** Every mark of the files resolved on the scale (core/resolve.ts), once, as the strategy is loaded. */
  marks: ResolvedMarks;
}

/** A place that carries a mark, with the mark found on the scale. */
export interface ResolvedSlot extends MarkSlot {
  mark?: ScaleMark;
  /** The mark as written, kept when it is not on the scale. */
  written?: string;
}

/** A goal with its marks resolved and its score. */
export interface GoalRow {
  areaId: string;
  areaTitle: string;
  goalId: string;
  text: string;
  slots: ResolvedSlot[];
  /** Mean score of the goal's scored marks; null when none has a score. */
  score: number | null;
  /** Unassessed when no slot has a mark at all. */
  assessed: boolean;
}

export interface ResolvedMarks {
  /** Every goal of every area, in document order. */
  goals: GoalRow[];
  /** The same rows per area, in the order of `areas` (and of each area's goals). */
  byArea: GoalRow[][];
  /** Each vision statement's clauses with their marks, in the order of the statements. */
  vision: ResolvedSlot[][];
}
