// A new plan file (`plan --format yaml -o FILE` when FILE does not exist): the header, and the
// editor's schema modeline as the first line when the caller says the file goes to plans/.
import { describe, expect, it } from 'vitest';
import { modeline } from '../../src/core/json-schema.js';
import { appendMeasures, newPlanText } from '../../src/core/plan-edit.js';
import { checkSchema } from '../../src/core/schema-issues.js';
import { planSchema, type Measure } from '../../src/core/schema.js';
import { parseYaml } from '../../src/core/yaml-source.js';

const period = { from: 2025, to: 2027 };
const header = ['Tiltaksplan 2025–2027 for Eksempelmuseet.', 'status: planned | started | done | dropped.'];
const measures: Measure[] = [{ id: 'm-1', goals: ['samlinger.magasin'], title: 'Bygge magasin', status: 'planned' }];

/** The plan as the loader reads it, with whatever it had to say. */
function read(text: string) {
  const { parsed, diagnostics } = parseYaml({
    path: 'plans/2025-2027.yaml',
    display: 'plans/2025-2027.yaml',
    bytes: new TextEncoder().encode(text),
  });
  const checked = parsed ? checkSchema(planSchema, parsed) : { diagnostics: [] };
  return {
    value: 'value' in checked ? checked.value : undefined,
    diagnostics: [...diagnostics, ...checked.diagnostics],
  };
}

describe('newPlanText', () => {
  it('without a modeline starts with the header, as before', () => {
    expect(newPlanText(period, [], header)).toBe(
      [
        '# Tiltaksplan 2025–2027 for Eksempelmuseet.',
        '# status: planned | started | done | dropped.',
        'period:',
        '  from: 2025',
        '  to: 2027',
        'measures: []',
        '',
      ].join('\n'),
    );
  });

  it('with the modeline for plans/<file> puts it first, then the same text as without', () => {
    const line = modeline('plan', 'plans/2025-2027.yaml');
    expect(line).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    for (const list of [[], measures]) {
      const without = newPlanText(period, list, header);
      const withIt = newPlanText(period, list, header, line);
      expect(withIt).toBe(`${line}\n${without}`);
      expect(read(withIt)).toEqual(read(without));
      expect(read(withIt).diagnostics).toEqual([]);
      expect(read(withIt).value).toEqual({ period, measures: list });
    }
  });

  it('keeps the modeline first when measures are added later', () => {
    const line = modeline('plan', 'plans/2025-2027.yaml');
    const grown = appendMeasures(newPlanText(period, [], header, line), measures);
    expect(grown.split('\n')[0]).toBe(line);
    expect(read(grown).value).toEqual({ period, measures });
  });

  it('writes the modeline on one line whatever it holds', () => {
    const text = newPlanText(period, [], [], '# yaml-language-server: $schema=x\nmeasures: oops');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=x measures: oops');
    expect(read(text).value).toEqual({ period, measures: [] });
  });
});
