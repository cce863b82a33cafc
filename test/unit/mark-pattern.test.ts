// The JSON Schema pattern for marks must agree with validate: a text matches it exactly when
// validate finds a mark on the scale for it (code or alias, any letter case, any spacing).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markNames, markPattern } from '../../src/core/mark-pattern.js';
import { indexScale, resolveMark } from '../../src/core/scale.js';
import { scaleSchema, type Scale } from '../../src/core/schema.js';

const bundled = scaleSchema.parse(parse(readFileSync(new URL('../../strategy/scale.yaml', import.meta.url), 'utf8')));

/** A scale with marks that letter case is hard on: Norwegian letters, Greek, German, punctuation. */
const unusual: Scale = {
  threshold: 0.5,
  marks: [
    { code: 'Følger planen', aliases: ['PÅ VEI', 'Σίγμα'], label: { nb: 'a', en: 'a' }, score: 1, color: '#000000' },
    { code: 'Straße', label: { nb: 'b', en: 'b' }, score: 0.5, color: '#000000' },
    { code: '[x]+(y)|z^$.*?{1}\\', aliases: ['Ǆ-dž'], label: { nb: 'c', en: 'c' }, score: 0, color: '#000000' },
    { code: '𐐀𐐨 ok', label: { nb: 'd', en: 'd' }, score: null, color: '#000000' },
  ],
};

/** Ways of writing a mark that validate accepts or nearly accepts: case, spacing, a letter more or less. */
const variants = (scale: Scale) =>
  fc
    .tuple(
      fc.constantFrom(...markNames(scale)),
      fc.array(fc.constantFrom('upper', 'lower', 'title', 'space', 'spaces', 'tab', 'cut', 'extra', 'keep'), {
        maxLength: 6,
      }),
    )
    .map(([name, edits]) =>
      edits.reduce((text, edit) => {
        switch (edit) {
          case 'upper':
            return text.toUpperCase();
          case 'lower':
            return text.toLowerCase();
          case 'title':
            return text.replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase());
          case 'space':
            return ` ${text} `;
          case 'spaces':
            return text.replace(/ /g, '   ');
          case 'tab':
            return text.replace(/ /, '\t');
          case 'cut':
            return text.slice(0, -1);
          case 'extra':
            return `${text}x`;
          default:
            return text;
        }
      }, name),
    );

describe.each([
  ['the bundled scale', bundled],
  ['a scale of unusual letters and punctuation', unusual],
])('markPattern, for %s', (_name, scale) => {
  const index = indexScale(scale);
  const pattern = markPattern(scale);

  it('matches a text exactly when validate finds a mark for it, with and without the u flag', () => {
    fc.assert(
      fc.property(fc.oneof(variants(scale), fc.string({ maxLength: 8 })), (text) => {
        const found = resolveMark(index, text) !== undefined;
        expect(new RegExp(pattern, 'u').test(text), JSON.stringify(text)).toBe(found);
        expect(new RegExp(pattern).test(text), JSON.stringify(text)).toBe(found);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches every code and alias as written, upper- and lower-cased', () => {
    for (const name of markNames(scale)) {
      for (const text of [name, name.toLowerCase(), name.toUpperCase()]) {
        if (resolveMark(index, text)) expect(new RegExp(pattern, 'u').test(text), text).toBe(true);
      }
    }
  });
});

describe('markPattern', () => {
  it('spells case out as classes, including letters whose capital is a plain one (dotless ı is I, long ſ is S)', () => {
    const scale: Scale = {
      threshold: 1,
      marks: [{ code: 'IS', label: { nb: 'x', en: 'x' }, score: 1, color: '#000000' }],
    };
    expect(markPattern(scale)).toBe('^\\s*(?:[Iiı][Ssſ])\\s*$');
    expect(resolveMark(indexScale(scale), 'ıſ')?.code).toBe('IS');
  });

  it('reads a letter whose capital is two letters (ß) as validate does: itself, or the two in any case', () => {
    const pattern = new RegExp(markPattern(unusual), 'u');
    for (const text of ['Straße', 'STRASSE', 'strasse', 'STRAßE']) expect(pattern.test(text), text).toBe(true);
    expect(pattern.test('strase')).toBe(false);
  });

  it('leaves out one case: a name that spells the two letters out (GROSS) does not match «groß», which validate accepts', () => {
    const scale: Scale = {
      threshold: 1,
      marks: [{ code: 'GROSS', label: { nb: 'x', en: 'x' }, score: 1, color: '#000000' }],
    };
    expect(resolveMark(indexScale(scale), 'groß')?.code).toBe('GROSS');
    expect(new RegExp(markPattern(scale), 'u').test('groß')).toBe(false);
    expect(new RegExp(markPattern(scale), 'u').test('gross')).toBe(true);
  });

  it('lists codes first, then aliases, each once, as the scale writes them', () => {
    expect(markNames(bundled)).toEqual([
      'JA',
      'JA?',
      'JA-',
      'JA-?',
      'JA--',
      'JA/NEI',
      'JA / NEI',
      'TJA',
      'NEI/JA',
      'NEI / JA',
      'NEI+',
      'NEI',
      'VET IKKE',
      'UKJENT',
      'VETIKKE',
    ]);
  });
});
