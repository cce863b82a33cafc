// Rules that need more than one file or the scale: marks, unique ids, unassessed goals.
import { diagnostic, type Diagnostic, type DiagnosticCode, type Location } from './diagnostics.js';
import type { ResolvedSlot, StrategyModel } from './model.js';
import { closest, normaliseMark, suggestMark } from './scale.js';
import { currentPlan, deadlineYear, fieldsToFill, isDraftTitle, needsMeasure, type FieldToFill } from './plan.js';
import type { Measure } from './schema.js';
import { locate, nodeAt, type ParsedYaml } from './yaml-source.js';

const where = (source: ParsedYaml, path: (string | number)[]): Location => {
  const { node } = nodeAt(source.doc, path);
  return locate(source.display, source.lines, node?.range?.[0] ?? 0);
};

export function crossFileRules(model: StrategyModel): Diagnostic[] {
  return [...scaleRules(model), ...markRules(model), ...idRules(model), ...unassessedRules(model), ...planRules(model)];
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
      if (other !== undefined)
        out.push(diagnostic('scale-duplicate-mark', where(scaleSource, path), { mark: name, other }));
      else owner.set(key, mark.code);
    }
  });
  return out;
}

function markRules(model: StrategyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const codes = model.scale.scale.marks.map((m) => m.code).join(', ');
  // The same wrong mark is often written many times: its did-you-mean is worked out once.
  const suggestions = new Map<string, string | undefined>();
  const suggest = (mark: string) => {
    if (!suggestions.has(mark)) suggestions.set(mark, suggestMark(model.scale, mark));
    return suggestions.get(mark);
  };
  const check = (slots: readonly ResolvedSlot[], source: ParsedYaml, base: (string | number)[]) => {
    for (const slot of slots) {
      const { written } = slot;
      if (written === undefined || slot.mark) continue;
      const path = [...base, ...slot.path, ...(typeof slot.assessment === 'object' ? ['mark'] : [])];
      const suggestion = suggest(written);
      out.push(
        diagnostic('mark-unknown', where(source, path), {
          mark: written,
          codes,
          ...(suggestion ? { suggestion } : {}),
        }),
      );
    }
  };
  for (const [s, slots] of model.marks.vision.entries())
    check(slots, model.strategySource, ['vision', 'statements', s]);
  for (const [a, { source }] of model.areas.entries()) {
    for (const [g, row] of model.marks.byArea[a]!.entries()) check(row.slots, source, ['goals', g]);
  }
  return out;
}

function idRules(model: StrategyModel): Diagnostic[] {
  const src = model.strategySource;
  // Areas, goals and vision statements share one namespace: `assess ID` must find exactly one.
  const addressable: [string, Place][] = (model.strategy.vision?.statements ?? []).map((s, i): [string, Place] => [
    s.id,
    [src, ['vision', 'statements', i, 'id']],
  ]);
  for (const { area, source } of model.areas) {
    addressable.push([area.id, [source, ['id']]]);
    for (const [i, goal] of area.goals.entries()) addressable.push([goal.id, [source, ['goals', i, 'id']]]);
  }
  const challenges = (model.strategy.challenges?.items ?? []).map((c, i): [string, Place] => [
    c.id,
    [src, ['challenges', 'items', i, 'id']],
  ]);
  return [...duplicates(addressable), ...duplicates(challenges)];
}

/** Where a value stands: its file and data path. Found in the file only when a rule reports it. */
type Place = [ParsedYaml, (string | number)[]];

function duplicates(ids: [string, Place][]): Diagnostic[] {
  const first = new Map<string, Place>();
  const out: Diagnostic[] = [];
  for (const [id, place] of ids) {
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, place);
      continue;
    }
    const other = where(...earlier);
    out.push(diagnostic('duplicate-id', where(...place), { id, other: `${other.file}:${other.line}:${other.col}` }));
  }
  return out;
}

function unassessedRules(model: StrategyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  model.areas.forEach(({ source }, a) => {
    model.marks.byArea[a]!.forEach((row, g) => {
      for (const slot of row.slots) {
        if (slot.assessment !== undefined) continue;
        const id = slot.clause ? `${row.goalId} #${slot.clause}` : row.goalId;
        out.push(
          diagnostic(
            'goal-unassessed',
            where(source, slot.clause ? ['goals', g, 'clauses', slot.clause - 1] : ['goals', g]),
            { id },
          ),
        );
      }
    });
  });
  return out;
}

function planRules(model: StrategyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const goalIds = model.areas.flatMap(({ area }) => area.goals.map((g) => g.id));
  const known = new Set(goalIds);
  // Goals of an area file that did not load are not unknown: that file's error is the one to fix.
  const unloaded = new Set(model.unloaded.goalIds);
  const current = currentPlan(model);
  /** Goals a mistyped id in the current plan was meant for (its did-you-mean): they have a measure, misspelt. */
  const meant = new Set<string>();
  for (const entry of model.plans) {
    const { plan, source } = entry;
    const { from, to } = plan.period;
    out.push(...duplicates(plan.measures.map((m, i): [string, Place] => [m.id, [source, ['measures', i, 'id']]])));
    plan.measures.forEach((m, i) => {
      m.goals.forEach((goal, j) => {
        if (known.has(goal) || unloaded.has(goal)) return;
        const suggestion = closest(goal, goalIds);
        if (suggestion && entry === current) meant.add(suggestion);
        out.push(
          diagnostic('plan-unknown-goal', where(source, ['measures', i, 'goals', j]), {
            goal,
            ...(suggestion ? { suggestion } : {}),
          }),
        );
      });
      if (m.deadline !== undefined && (deadlineYear(m.deadline) < from || deadlineYear(m.deadline) > to)) {
        out.push(
          diagnostic('plan-deadline-outside', where(source, ['measures', i, 'deadline']), {
            deadline: String(m.deadline),
            from,
            to,
          }),
        );
      }
      out.push(...fillRules(m, where(source, ['measures', i])));
    });
  }
  // Coverage is asked of the current plan only, and only once a strategy keeps plans at all. While
  // a plan file does not load, its measures are unknown: its error stands alone until it is fixed.
  if (current && model.unloaded.plans.length === 0) {
    const served = new Set(current.plan.measures.filter((m) => m.status !== 'dropped').flatMap((m) => m.goals));
    model.areas.forEach(({ source }, a) => {
      model.marks.byArea[a]!.forEach((row, g) => {
        // A mark not on the scale is already an error (mark-unknown); whether the goal is met is not known.
        if (row.slots.some((s) => s.written !== undefined && !s.mark)) return;
        if (needsMeasure(row, model.scale.scale.threshold) && !served.has(row.goalId) && !meant.has(row.goalId)) {
          out.push(
            diagnostic('goal-without-measure', where(source, ['goals', g, 'id']), {
              id: row.goalId,
              plan: current.source.display,
            }),
          );
        }
      });
    });
  }
  return out;
}

/**
 * Whether a measure is filled in (see unfilledReasons), one warning per omission, never two for
 * one: a title still the draft's says it all, so the owner, deadline and indicator it lacks are
 * named in that one warning. A dropped measure counts for nothing and is asked for nothing; a done
 * one must still say what was done, by whom and when, but its indicator is history.
 */
function fillRules(m: Measure, at: Location): Diagnostic[] {
  const missing = fieldsToFill(m);
  if (m.status === 'dropped') return [];
  if (isDraftTitle(m.title)) {
    return [
      diagnostic('measure-placeholder', at, {
        id: m.id,
        ...(missing.length > 0 ? { missing: missing.join(', ') } : {}),
      }),
    ];
  }
  return missing.map((field) => diagnostic(missingFieldCodes[field], at, { id: m.id }));
}

const missingFieldCodes = {
  owner: 'measure-missing-owner',
  deadline: 'measure-missing-deadline',
  indicator: 'measure-missing-indicator',
} as const satisfies Record<FieldToFill, DiagnosticCode>;
