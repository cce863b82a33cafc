// The strategy as the core works with it: every file read, checked against its schema and
// indexed. Made by loadStrategy, read by the rules, the analysis and the commands that edit.
import type { ScaleIndex } from './scale.js';
import type { Area, Plan, StrategyFile } from './schema.js';
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

export interface StrategyModel {
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
