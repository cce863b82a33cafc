// Finding marks on the scale, grouping scores, and "did you mean".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { closest, groupOf, indexScale, normaliseMark, resolveMark, suggestMark } from '../../src/core/scale.js';
import { scaleSchema, type Scale } from '../../src/core/schema.js';

/** The bundled scale, as the tool reads it. */
const bundled = indexScale(
  scaleSchema.parse(parse(readFileSync(new URL('../../strategy/scale.yaml', import.meta.url), 'utf8'))),
);
const codeOf = (written: string) => resolveMark(bundled, written)?.code;

describe('resolveMark', () => {
  it('finds a mark by its code, ignoring case', () => {
    expect(codeOf('JA')).toBe('JA');
    expect(codeOf('ja')).toBe('JA');
    expect(codeOf('Nei')).toBe('NEI');
    expect(codeOf('tja')).toBe('TJA');
    expect(codeOf('Vet ikke')).toBe('VET IKKE');
  });

  it('keeps marks that differ only by punctuation apart', () => {
    expect(codeOf('ja?')).toBe('JA?');
    expect(codeOf('ja-')).toBe('JA-');
    expect(codeOf('ja-?')).toBe('JA-?');
    expect(codeOf('ja--')).toBe('JA--');
    expect(codeOf('nei+')).toBe('NEI+');
    expect(codeOf('nei/ja')).toBe('NEI/JA');
  });

  it('finds a mark by an alias, ignoring case', () => {
    expect(codeOf('ukjent')).toBe('VET IKKE');
    expect(codeOf('VetIkke')).toBe('VET IKKE');
    expect(codeOf('ja / nei')).toBe('JA/NEI');
    expect(codeOf('Nei / Ja')).toBe('NEI/JA');
  });

  it('folds runs of white space and trims the ends', () => {
    expect(codeOf('  vet   ikke ')).toBe('VET IKKE');
    expect(codeOf('vet\tikke')).toBe('VET IKKE');
    expect(codeOf('vet\nikke')).toBe('VET IKKE');
    expect(codeOf(' JA ')).toBe('JA');
    expect(normaliseMark('  vet \t ikke  ')).toBe('VET IKKE');
  });

  it('upper-cases Norwegian letters too', () => {
    const scale = indexScale({
      threshold: 0.75,
      marks: [
        { code: 'PÅ VEI', aliases: ['ØKER'], label: { nb: 'På vei', en: 'Moving' }, score: 0.5, color: '#000000' },
      ],
    });
    expect(resolveMark(scale, 'på vei')?.code).toBe('PÅ VEI');
    expect(resolveMark(scale, 'øker')?.code).toBe('PÅ VEI');
  });

  it('finds nothing for a mark that is not on the scale', () => {
    expect(codeOf('JAA')).toBeUndefined();
    expect(codeOf('kanskje')).toBeUndefined();
    expect(codeOf('')).toBeUndefined();
    expect(codeOf('JA JA')).toBeUndefined();
  });
});

describe('groupOf', () => {
  const mark = (score: number | null) => ({ code: `S${score}`, label: { nb: 'x', en: 'x' }, score, color: '#000000' });
  const scale: Scale = { threshold: 0.75, marks: [mark(1)] };
  const index = indexScale(scale);

  it('counts a score at the threshold as achieved, and one just below as partial', () => {
    expect(groupOf(index, mark(0.75))).toBe('achieved');
    expect(groupOf(index, mark(0.7499))).toBe('partial');
    expect(groupOf(index, mark(1))).toBe('achieved');
  });

  it('counts any score above 0 below the threshold as partial, 0 as not achieved', () => {
    expect(groupOf(index, mark(0.01))).toBe('partial');
    expect(groupOf(index, mark(0))).toBe('not');
  });

  it('counts a mark without a score as unknown', () => {
    expect(groupOf(index, mark(null))).toBe('unknown');
  });

  it('follows the scale threshold', () => {
    const strict = indexScale({ ...scale, threshold: 0.9 });
    expect(groupOf(strict, mark(0.85))).toBe('partial');
    expect(groupOf(strict, mark(0.9))).toBe('achieved');
  });

  it('puts the bundled marks in the groups the reports use', () => {
    const byGroup = (g: string) => bundled.scale.marks.filter((m) => groupOf(bundled, m) === g).map((m) => m.code);
    expect(byGroup('achieved')).toEqual(['JA', 'JA?', 'JA-']);
    expect(byGroup('partial')).toEqual(['JA-?', 'JA--', 'JA/NEI', 'TJA', 'NEI/JA', 'NEI+']);
    expect(byGroup('not')).toEqual(['NEI']);
    expect(byGroup('unknown')).toEqual(['VET IKKE']);
  });
});

describe('suggestMark', () => {
  it('suggests the code for a small typo, including swapped letters', () => {
    expect(suggestMark(bundled, 'Nie')).toBe('NEI');
    expect(suggestMark(bundled, 'vet ikk')).toBe('VET IKKE');
    expect(suggestMark(bundled, 'Tjaa')).toBe('TJA');
  });

  it('suggests the code, not the alias, when the typo is closest to an alias', () => {
    expect(suggestMark(bundled, 'ukjnet')).toBe('VET IKKE');
  });

  it('suggests nothing when no mark is close', () => {
    expect(suggestMark(bundled, 'Kanskje')).toBeUndefined();
    expect(suggestMark(bundled, 'x')).toBeUndefined();
    expect(suggestMark(bundled, 'ferdig')).toBeUndefined();
  });
});

describe('closest', () => {
  it('finds a key one swap away', () => {
    expect(closest('titel', ['id', 'title', 'part', 'goals'])).toBe('title');
  });

  it('allows about one edit per three letters', () => {
    expect(closest('assesment', ['assessment', 'clauses'])).toBe('assessment');
    expect(closest('asessmnt', ['assessment'])).toBe('assessment'); // 2 edits, 8 letters
    expect(closest('tex', ['text'])).toBe('text');
    expect(closest('tx', ['text'])).toBeUndefined(); // 2 edits, 2 letters
  });

  it('compares ignoring case and presents the candidate as given', () => {
    expect(closest('TITLE', ['title'])).toBe('title');
    expect(closest('nie', ['NEI'], (c) => `«${c}»`)).toBe('«NEI»');
  });

  it('returns nothing without candidates', () => {
    expect(closest('title', [])).toBeUndefined();
  });
});
