// The marks of a scale as a JSON Schema `pattern`, accepting what validate accepts: a code or
// alias in any letter case, with any white space around it and any run of white space inside
// (see normaliseMark in ./scale.ts). JSON Schema patterns take no flags, so letter case is spelt
// out as character classes (`[Jj][Aa]`), as ./status.ts does for statuses.
import type { Scale } from './schema.js';

/**
 * Characters whose capital is another single character, by that capital: 'j' and 'J' under 'J',
 * but also 'ı' (dotless i) under 'I' and 'ſ' (long s) under 'S', since toUpperCase maps them so.
 * Every such character outside the lower/upper pairs is in the Basic Multilingual Plane; the
 * rest of Unicode's cased letters are found through toLowerCase. Built once, when first needed.
 */
let capitals: Map<string, string[]> | undefined;
function sameCapital(capital: string): string[] {
  if (!capitals) {
    capitals = new Map();
    // The plane as one string (surrogates left out), from which the regular expression engine picks
    // the thousand-odd characters that change: a third of the time a loop over each one takes.
    const codes = new Uint16Array(0x10000 - 0x800);
    let n = 0;
    for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) codes[n++] = code;
    let plane = '';
    for (let i = 0; i < codes.length; i += 4096) plane += String.fromCharCode(...codes.subarray(i, i + 4096));
    for (const [c] of plane.matchAll(/\p{Changes_When_Uppercased}/gu)) {
      const upper = c.toUpperCase();
      const list = capitals.get(upper);
      if (list) list.push(c);
      else capitals.set(upper, [c]);
    }
  }
  const found = new Set([capital, ...(capitals.get(capital) ?? [])]);
  const lower = capital.toLowerCase();
  if (lower.toUpperCase() === capital) found.add(lower);
  return [...found].filter((c) => [...c].length === 1 && c.toUpperCase() === capital);
}

/** Escapes valid in ECMA-262 with and without the u flag (editors and ajv compile with it). */
const literal = (c: string) => (/[\\^$.*+?()[\]{}|]/.test(c) ? `\\${c}` : c);
const inClass = (c: string) => (/[\\\]^[-]/.test(c) ? `\\${c}` : c);

/** A capital and every character whose capital it is, as one piece of a pattern. */
function caseless(capital: string): string {
  const variants = sameCapital(capital);
  if (variants.length === 1) return literal(variants[0]!);
  // A class holds single UTF-16 units without the u flag: a character beyond them needs a group.
  if (variants.some((c) => c.length > 1)) return `(?:${variants.map(literal).join('|')})`;
  return `[${variants.map(inClass).join('')}]`;
}

/** One character of a mark as the scale writes it, matched in every case validate reads as it. */
function character(c: string): string {
  if (c === ' ') return '\\s+';
  const capital = c.toUpperCase();
  if ([...capital].length === 1) return caseless(capital);
  // A letter whose capital is two (ß → SS): itself, or those two in any case.
  return `(?:${literal(c)}|${[...capital].map(caseless).join('')})`;
}

/** Every code and alias of the scale, as written there, codes first, each once. */
export function markNames(scale: Scale): string[] {
  return [...new Set(scale.marks.flatMap((mark) => [mark.code, ...(mark.aliases ?? [])]))];
}

/**
 * A pattern (no flags needed) that matches the marks validate finds on the scale. One case is
 * left out: a name that spells out a two-letter capital (GROSS) also matches «groß» in validate,
 * which compares capitals, but not here.
 */
export function markPattern(scale: Scale): string {
  // As normaliseMark reads a name, short of the capitals: trimmed, each run of white space one space.
  const names = [...new Set(markNames(scale).map((name) => name.trim().replace(/\s+/g, ' ')))];
  return `^\\s*(?:${names.map((name) => [...name].map(character).join('')).join('|')})\\s*$`;
}
