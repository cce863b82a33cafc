// The cases of issue 13, each as a new user met them with a short document of their own: the
// importer must read them, or say what it could not, never exit 0 with a wrong strategy in silence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaWords } from '../src/i18n/schema-words.js';
import { importedFileWords } from '../src/i18n/import-words.js';
import { importStrategy, type ImportResult } from '../src/import/index.js';
import { findHorizon, findPeriod, findRound } from '../src/import/meta.js';
import { readScale } from '../src/import/scale-source.js';
import { shippedScaleFiles, type ShippedScale } from '../src/io/scales.js';
import YAML from 'yaml';

const scaleOf = (name: ShippedScale) => {
  const { index, text } = readScale(readFileSync(shippedScaleFiles[name]), 'scale.yaml');
  return { scale: index!, scaleText: text! };
};

function importText(lines: string[], scale: ShippedScale = 'nb'): ImportResult {
  return importStrategy(lines.join('\n'), {
    ...scaleOf(scale),
    document: 'doc.txt',
    source: 'doc.txt',
    out: 'out',
    words: importedFileWords.en,
    schemaWords: schemaWords.en,
    defaultYear: 2026,
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the imported YAML, read back to compare with what the test expects
const yaml = (result: ImportResult, rel: string) => YAML.parse(result.files.get(rel)!) as Record<string, any>;
const codes = (result: ImportResult) => [...result.warnings, ...result.errors].map((d) => `${d.line} ${d.code}`);

/** The period, round and horizon, so that a case has nothing else to say. */
const meta = 'Strategi 2024–2027, revidert i 2025, med toårige tiltaksplaner.';
const area = ['DEL 2', 'SAMLINGER', 'UTVIKLINGSMÅL', 'Museet skal:', '· Registrere alt JA'];

describe('marks the scale knows, in any letter case and position', () => {
  it('"Nei.", "Tja" and "Vet ikke" between the clauses of one goal are marks', () => {
    const result = importText([
      meta,
      'DEL 2',
      'SAMLINGER',
      'UTVIKLINGSMÅL',
      'Museet skal:',
      '· Bygge magasin Nei. Flytte samlingen Tja, og rydde loftet Vet ikke',
    ]);
    expect(codes(result)).toEqual([]);
    const goal = yaml(result, 'areas/01-samlinger.yaml').goals[0];
    expect(goal.clauses.map((c: { assessment: string }) => c.assessment)).toEqual(['NEI', 'TJA', 'VET IKKE']);
    expect(goal.clauses.map((c: { text: string }) => c.text)).toEqual([
      'Bygge magasin',
      '. Flytte samlingen',
      ', og rydde loftet',
    ]);
  });

  it('in the vision as in goals', () => {
    const result = importText([
      'MÅLBILDET',
      'Vi er kjent i hele landet Nei. Skolene kommer Tja, og vi forsker Vet ikke',
      ...area,
    ]);
    const statement = yaml(result, 'strategy.yaml').vision.statements[0];
    expect(statement.clauses.map((c: { assessment: string }) => c.assessment)).toEqual(['NEI', 'TJA', 'VET IKKE']);
  });
});

describe('a word the scale does not know where a mark stands', () => {
  it('"Delvis" in the vision is kept as text with a warning naming the line', () => {
    const result = importText([
      'MÅLBILDET',
      'I 2028 er museet et sted for folkeopplysning. Delvis Vi har gode samlinger JA',
      ...area,
    ]);
    expect(codes(result)).toContain('2 import-unknown-mark');
    expect(result.warnings.find((d) => d.code === 'import-unknown-mark')!.args).toEqual({ mark: 'Delvis' });
    expect(result.account.unused).toEqual([{ line: 2, mark: 'Delvis' }]);
  });

  it('"PARTLY" on a goal, with the Norwegian scale, is warned about on its line', () => {
    const result = importText([meta, 'DEL 2', 'SAMLINGER', 'UTVIKLINGSMÅL', 'Museet skal:', '· Registrere alt PARTLY']);
    expect(codes(result)).toEqual(['6 import-goal-without-mark', '6 import-unknown-mark']);
  });
});

describe('goal lists of any common kind', () => {
  it.each([
    ['1. ', '2. '],
    ['1) ', '2) '],
    ['a) ', 'b) '],
    ['• ', '• '],
    ['- ', '- '],
  ])('goals numbered or bulleted "%s…" are goals, not area text', (first, second) => {
    const result = importText([
      'DEL 2',
      'SAMLINGER',
      'Museet skal:',
      `${first}Registrere alt JA`,
      `${second}Bygge magasin NEI`,
    ]);
    const written = yaml(result, 'areas/01-samlinger.yaml');
    expect(written.goals.map((g: { assessment: string }) => g.assessment)).toEqual(['JA', 'NEI']);
    expect(written.text).toBeUndefined();
  });

  it('a heading "MÅL FOR PERIODEN" opens the goals and is no area of its own', () => {
    const result = importText([
      'DEL 1',
      'SAMLINGER',
      'MÅL FOR PERIODEN',
      'Museet skal:',
      '1. Registrere alt JA',
      '2. Bygge magasin NEI',
      'FORMIDLING',
      'Museet skal:',
      '1. Lage utstilling JA',
    ]);
    expect([...result.files.keys()].filter((f) => f.startsWith('areas/'))).toEqual([
      'areas/01-samlinger.yaml',
      'areas/02-formidling.yaml',
    ]);
    expect(yaml(result, 'areas/01-samlinger.yaml').goals).toHaveLength(2);
  });

  it('lines under a heading "Goals" are the goals, up to a blank line', () => {
    const result = importText(
      [
        'ACCESS',
        'Goals',
        'Open on Saturdays YES',
        'Publish the registers PARTLY',
        '',
        'The archive is open to all.',
        'STORES',
        'Goals',
        'Move the maps NO',
      ],
      'en',
    );
    const written = yaml(result, 'areas/01-access.yaml');
    expect(written.goals.map((g: { text: string }) => g.text)).toEqual(['Open on Saturdays', 'Publish the registers']);
    expect(written.text).toBe('The archive is open to all.');
  });
});

describe('an English document', () => {
  const document = [
    'STRATEGY 2023–2028',
    'The Harbour Museum has collected the history of the coast since 2019. It is carried out through three-year action plans and revised in 2025.',
    '',
    'VISION',
    'The museum is a meeting place YES. Its collections are safe PARTLY',
    '',
    'PART 1',
    'COLLECTIONS',
    'The museum will:',
    '• Register every object YES',
    'PART 2',
    'LEARNING',
    'The museum will:',
    '• Train guides NO',
  ];

  it('reads PART, "The X will:" and YES/PARTLY/NO with the English scale', () => {
    const result = importText(document, 'en');
    expect(result.errors).toEqual([]);
    const strategy = yaml(result, 'strategy.yaml');
    expect(strategy.organisation).toBe('Harbour Museum');
    expect(strategy.period).toEqual({ from: 2023, to: 2028 });
    expect(strategy.horizon).toBe(3);
    expect(strategy.round).toBe(2025);
    expect(strategy.vision.statements[0].clauses.map((c: { assessment: string }) => c.assessment)).toEqual([
      'YES',
      'PARTLY',
    ]);
    expect(yaml(result, 'areas/01-collections.yaml').part).toBe(1);
    expect(yaml(result, 'areas/02-learning.yaml').part).toBe(2);
    expect(yaml(result, 'areas/02-learning.yaml').goals[0].assessment).toBe('NO');
    expect(result.files.get('scale.yaml')).toContain('code: "PARTLY"');
    expect(codes(result)).toEqual(['0 import-organisation-from-text']);
  });

  it('with the Norwegian scale, its marks are not folded into text in silence', () => {
    const result = importText(document, 'nb');
    expect(codes(result)).toEqual(
      expect.arrayContaining(['5 import-unknown-mark', '10 import-unknown-mark', '14 import-unknown-mark']),
    );
  });
});

describe("period, round and horizon from the document's own words", () => {
  it("the title's years come before other years of the text", () => {
    expect(findPeriod('Collected since 2019. Adopted in 2022.', 2026, undefined, 'STRATEGY 2023–2028')).toEqual({
      from: 2023,
      to: 2028,
      how: 'explicit',
    });
  });

  it('English and Norwegian phrasing of the horizon and the round', () => {
    expect(findHorizon('It is carried out through three-year action plans.')).toBe(3);
    expect(findHorizon('Action plans covering two years.')).toBe(2);
    expect(findHorizon('Tiltaksplanene er treårige.')).toBe(3);
    expect(findRound('The strategy will be revised in 2025.')).toBe(2025);
    expect(findRound('A mid-term review in 2026.')).toBe(2026);
  });
});

describe('a document with no challenges, mission or vision', () => {
  it('imports: areas and goals alone are a strategy', () => {
    const result = importText([
      'STRATEGI 2024–2027',
      'Strategirevisjon i 2025, med toårige tiltaksplaner.',
      '',
      'SAMLINGER',
      'Museet skal:',
      '· Registrere alt JA',
    ]);
    expect(result.errors).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(Object.keys(yaml(result, 'strategy.yaml'))).toEqual([
      'organisation',
      'title',
      'period',
      'round',
      'horizon',
      'introduction',
    ]);
    expect(yaml(result, 'areas/01-samlinger.yaml')).not.toHaveProperty('part');
  });
});
