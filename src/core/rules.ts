// Rules that need more than one file or the scale: marks, unique ids, unassessed goals.
import { diagnostic, type Diagnostic, type Location } from './diagnostics.js';
import type { StrategyModel } from './load-strategy.js';
import { markOf, normaliseMark, resolveMark, suggestMark } from './scale.js';
import { clauseSlots, goalSlots, type MarkSlot } from './units.js';
import { locate, nodeAt, type ParsedYaml } from './yaml-source.js';

const where = (source: ParsedYaml, path: (string | number)[]): Location => {
  const { node } = nodeAt(source.doc, path);
  return locate(source.display, source.lines, node?.range?.[0] ?? 0);
};

export function crossFileRules(model: StrategyModel): Diagnostic[] {
  return [...scaleRules(model), ...markRules(model), ...idRules(model), ...unassessedRules(model)];
}

function scaleRules({ scale, scaleSource }: StrategyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owner = new Map<string, string>();
  scale.scale.marks.forEach((mark, i) => {
    const names: [string, (string | number)[]][] = [
      [mark.code, ['marks', i, 'code']],
      ...(mark.aliases ?? []).map((alias, j): [string, (string | number)[]] => [alias, ['marks', i, 'aliases', j]]),
    ];
    for (const [name, path] of names) {
      const key = normaliseMark(name);
      const other = owner.get(key);
      if (other !== undefined) out.push(diagnostic('scale-duplicate-mark', where(scaleSource, path), { mark: name, other }));
      else owner.set(key, mark.code);
    }
  });
  return out;
}

/** Every mark slot in the strategy with the file and data path where it stands. */
export function* allSlots(model: StrategyModel): Generator<{ slot: MarkSlot; source: ParsedYaml; base: (string | number)[]; id: string }> {
  for (const [s, statement] of model.strategy.vision.statements.entries()) {
    for (const slot of clauseSlots(statement.clauses)) {
      yield { slot, source: model.strategySource, base: ['vision', 'statements', s], id: statement.id };
    }
  }
  for (const { area, source } of model.areas) {
    for (const [g, goal] of area.goals.entries()) {
      for (const slot of goalSlots(goal)) yield { slot, source, base: ['goals', g], id: goal.id };
    }
  }
}

function markRules(model: StrategyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const codes = model.scale.scale.marks.map((m) => m.code).join(', ');
  for (const { slot, source, base } of allSlots(model)) {
    const mark = markOf(slot.assessment);
    if (mark === undefined || resolveMark(model.scale, mark)) continue;
    const path = [...base, ...slot.path, ...(typeof slot.assessment === 'object' ? ['mark'] : [])];
    const suggestion = suggestMark(model.scale, mark);
    out.push(diagnostic('mark-unknown', where(source, path), { mark, codes, ...(suggestion ? { suggestion } : {}) }));
  }
  return out;
}

function idRules(model: StrategyModel): Diagnostic[] {
  const src = model.strategySource;
  // Areas, goals and vision statements share one namespace: `assess ID` must find exactly one.
  const addressable: [string, Location][] = model.strategy.vision.statements.map((s, i) => [s.id, where(src, ['vision', 'statements', i, 'id'])]);
  for (const { area, source } of model.areas) {
    addressable.push([area.id, where(source, ['id'])]);
    area.goals.forEach((goal, i) => addressable.push([goal.id, where(source, ['goals', i, 'id'])]));
  }
  const challenges = model.strategy.challenges.items.map((c, i): [string, Location] => [c.id, where(src, ['challenges', 'items', i, 'id'])]);
  return [...duplicates(addressable), ...duplicates(challenges)];
}

function duplicates(ids: [string, Location][]): Diagnostic[] {
  const first = new Map<string, Location>();
  return ids.flatMap(([id, at]) => {
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, at);
      return [];
    }
    return [diagnostic('duplicate-id', at, { id, other: `${earlier.file}:${earlier.line}:${earlier.col}` })];
  });
}

function unassessedRules(model: StrategyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { area, source } of model.areas) {
    area.goals.forEach((goal, g) => {
      for (const slot of goalSlots(goal)) {
        if (slot.assessment !== undefined) continue;
        const id = slot.clause ? `${goal.id} #${slot.clause}` : goal.id;
        out.push(diagnostic('goal-unassessed', where(source, slot.clause ? ['goals', g, 'clauses', slot.clause - 1] : ['goals', g]), { id }));
      }
    });
  }
  return out;
}
