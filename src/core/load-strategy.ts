// From the files of a strategy folder to a checked model and its diagnostics. Pure: the
// folder has already been read by the edge (src/io), so this runs the same on any input.
import { diagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { numbersAsWritten, readYamlAs } from './schema-issues.js';
import { areaSchema, planSchema, scaleSchema, strategySchema, type Area } from './schema.js';
import { indexScale } from './scale.js';
import type { StrategyFolder } from './source.js';
import type { AreaEntry, PlanEntry, StrategyFiles, StrategyModel } from './model.js';
import { resolveMarks } from './resolve.js';
import { crossFileRules } from './rules.js';
import { isMap, isScalar, isSeq } from 'yaml';
import { locate, nodeAt, type ParsedYaml } from './yaml-source.js';
import { byName } from './order.js';

export interface LoadResult {
  /** Present when every file could be read and matched its schema; cross-file rules may still report errors. */
  model?: StrategyModel;
  diagnostics: Diagnostic[];
}

export const areaFileName = /^areas\/(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/;
const areaFile = /^areas\/[^/]+\.ya?ml$/;
const planFile = /^plans\/[^/]+\.ya?ml$/;
/** JSON Schemas for editors (`vm-strategy schema --out <folder>/schemas`); never read. */
const schemaFile = /^schemas\/[^/]+\.json$/;
const ignoredFiles = /(^|\/)(README(\.md)?|\.[^/]*)$/i;

export function loadStrategy(folder: StrategyFolder): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const byPath = new Map(folder.files.map((f) => [f.path, f]));

  const readFile = <T>(
    path: string,
    schema: import('zod/mini').core.$ZodType<T>,
  ): { value?: T; source?: ParsedYaml } => {
    const file = byPath.get(path) ?? byPath.get(path.replace(/\.yaml$/, '.yml'));
    if (!file) {
      diagnostics.push(diagnostic('file-missing', { file: folder.display, line: 0, col: 0 }, { name: path }));
      return {};
    }
    const read = readYamlAs(file, schema);
    diagnostics.push(...read.diagnostics);
    return read;
  };

  const strategy = readFile('strategy.yaml', strategySchema);
  const scale = readFile('scale.yaml', scaleSchema);

  const areaPaths = folder.files
    .map((f) => f.path)
    .filter((p) => areaFile.test(p))
    .sort(byName);
  const areas: AreaEntry[] = [];
  const unloaded: StrategyModel['unloaded'] = { goalIds: [], plans: [] };
  for (const path of areaPaths) {
    const { value, source } = readFile(path, areaSchema);
    if (!value || !source) {
      if (source) unloaded.goalIds.push(...goalIdsWritten(source));
      continue;
    }
    diagnostics.push(...goalsRule(value, source));
    const numericTags = value.goals.flatMap((goal, g) =>
      (goal.tags ?? []).flatMap((tag, t) => (typeof tag === 'number' ? [['goals', g, 'tags', t]] : [])),
    );
    diagnostics.push(...numbersAsWritten(source, numericTags));
    const match = areaFileName.exec(path);
    if (!match || match[2] !== value.id) {
      const order = match?.[1] ?? String(areas.length + 1).padStart(2, '0');
      diagnostics.push(
        diagnostic(
          'area-file-name',
          { file: source.display, line: 0, col: 0 },
          { expected: `areas/${order}-${value.id}.yaml` },
        ),
      );
    }
    areas.push({ path, area: value, source });
  }

  const plans: PlanEntry[] = [];
  const planPaths = folder.files.map((f) => f.path).filter((p) => planFile.test(p));
  for (const path of planPaths.sort(byName)) {
    const { value, source } = readFile(path, planSchema);
    if (!value || !source) {
      unloaded.plans.push(byPath.get(path)?.display ?? path);
      continue;
    }
    const expected = `plans/${value.period.from}-${value.period.to}.yaml`;
    if (path.replace(/\.yml$/, '.yaml') !== expected) {
      diagnostics.push(diagnostic('plan-file-name', { file: source.display, line: 0, col: 0 }, { expected }));
    }
    plans.push({ path, plan: value, source });
  }
  plans.sort((a, b) => a.plan.period.from - b.plan.period.from || a.plan.period.to - b.plan.period.to);

  for (const file of [...folder.files, ...folder.others]) {
    const known =
      /^(strategy|scale)\.ya?ml$/.test(file.path) ||
      areaFile.test(file.path) ||
      planFile.test(file.path) ||
      schemaFile.test(file.path);
    if (!known && !ignoredFiles.test(file.path))
      diagnostics.push(diagnostic('file-stray', { file: file.display, line: 0, col: 0 }));
  }

  if (areaPaths.length === 0) diagnostics.push(diagnostic('no-areas', { file: folder.display, line: 0, col: 0 }));

  // The model holds the areas that could be read, so cross-file rules still run on them;
  // commands that need the whole strategy refuse to go on while there are errors.
  if (!strategy.value || !strategy.source || !scale.value || !scale.source) {
    return { diagnostics: sortDiagnostics(diagnostics) };
  }
  const files: StrategyFiles = {
    strategy: strategy.value,
    strategySource: strategy.source,
    scale: indexScale(scale.value),
    scaleSource: scale.source,
    areas,
    plans,
    unloaded,
  };
  const model: StrategyModel = { ...files, marks: resolveMarks(files) };
  diagnostics.push(...crossFileRules(model));
  return { model, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * An area has goals, or says why it has none (`no-goals`); a reason beside goals is out of date.
 * An area with no goals would otherwise drop silently out of every count.
 */
function goalsRule(area: Area, source: ParsedYaml): Diagnostic[] {
  const at = (key: string) => locate(source.display, source.lines, nodeAt(source.doc, [key]).node?.range?.[0] ?? 0);
  const reason = area['no-goals'];
  if (area.goals.length === 0 && reason === undefined)
    return [diagnostic('area-no-goals', at('goals'), { id: area.id })];
  if (area.goals.length > 0 && reason !== undefined) {
    return [diagnostic('area-no-goals-unused', at('no-goals'), { id: area.id, goals: area.goals.length })];
  }
  return [];
}

/** The goal ids an area file that did not load still names, read from its nodes (an alias is never expanded). */
function goalIdsWritten(source: ParsedYaml): string[] {
  const goals = source.doc.get('goals', true);
  if (!isSeq(goals)) return [];
  return goals.items.flatMap((item) => {
    const id = isMap(item) ? item.get('id', true) : undefined;
    return isScalar(id) && typeof id.value === 'string' ? [id.value] : [];
  });
}
