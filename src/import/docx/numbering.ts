// List numbering (word/numbering.xml) and the label Word shows before a list paragraph: the
// bullet, or the number built from the level's pattern ("%1.", "%1.%2)") with its counters.
// Counters run as Word runs them: per abstract list, a level restarts after a higher level, and
// a list instance with a start override starts that level again where it is first used.
import type { DocxProblem } from '../../core/docx-problem.js';
import { walkXml } from './xml.js';

interface Level {
  format: string;
  pattern: string;
  start: number;
  /** What follows the label: a tab (Word's default), a space, or nothing. */
  suffix: string;
}

interface ListInstance {
  abstract: string;
  /** Start overrides by level. */
  starts: Map<number, number>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  instances: Map<string, ListInstance>;
}

export const noNumbering = (): Numbering => ({ abstracts: new Map(), instances: new Map() });

export function readNumbering(bytes: Uint8Array | undefined): { numbering: Numbering } | { problem: DocxProblem } {
  const numbering = noNumbering();
  if (!bytes) return { numbering };
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let instance: ListInstance | undefined;
  let overrideLevel: number | undefined;
  // A level inside a list instance's override replaces nothing here: its start override is what counts.
  const problem = walkXml(bytes, 'word/numbering.xml', {
    open(name, a) {
      if (name === 'abstractNum' && a.abstractNumId !== undefined) {
        abstract = new Map();
        numbering.abstracts.set(a.abstractNumId, abstract);
      } else if (name === 'lvl' && abstract && !instance && a.ilvl !== undefined) {
        level = { format: 'decimal', pattern: '', start: 1, suffix: '\t' };
        abstract.set(Number(a.ilvl), level);
      } else if (name === 'numFmt' && level) level.format = a.val ?? 'decimal';
      else if (name === 'lvlText' && level) level.pattern = a.val ?? '';
      else if (name === 'start' && level) level.start = integer(a.val, 1);
      else if (name === 'suff' && level) level.suffix = a.val === 'space' ? ' ' : a.val === 'nothing' ? '' : '\t';
      else if (name === 'num' && a.numId !== undefined) {
        instance = { abstract: '', starts: new Map() };
        numbering.instances.set(a.numId, instance);
      } else if (name === 'abstractNumId' && instance) instance.abstract = a.val ?? '';
      else if (name === 'lvlOverride' && instance) overrideLevel = integer(a.ilvl, 0);
      else if (name === 'startOverride' && instance && overrideLevel !== undefined)
        instance.starts.set(overrideLevel, integer(a.val, 1));
    },
    close(name) {
      if (name === 'abstractNum') abstract = undefined;
      else if (name === 'lvl') level = undefined;
      else if (name === 'num') instance = undefined;
      else if (name === 'lvlOverride') overrideLevel = undefined;
    },
    text() {},
  });
  return problem ? { problem } : { numbering };
}

const integer = (value: string | undefined, fallback: number) =>
  value !== undefined && /^-?\d{1,9}$/.test(value) ? Number(value) : fallback;

/** The list glyphs of the Symbol and Wingdings fonts (private-use code points) as the characters they show. */
const symbolGlyphs: Record<string, string> = {
  '\uF0B7': '·',
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF076': '❖',
  '\uF0FC': '✓',
  '\uF0A8': '□',
  o: '◦',
};

/** Counts list paragraphs in document order and gives each its label. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly seenInstances = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The label and what follows it, or undefined for a paragraph that is not (visibly) numbered. */
  label(numId: string, ilvl: number): string | undefined {
    const instance = this.numbering.instances.get(numId);
    const levels = instance && this.numbering.abstracts.get(instance.abstract);
    const level = levels?.get(ilvl);
    if (!instance || !levels || !level) return undefined;
    const counts = this.counters.get(instance.abstract) ?? [];
    this.counters.set(instance.abstract, counts);
    if (!this.seenInstances.has(numId)) {
      this.seenInstances.add(numId);
      for (const [overridden, start] of instance.starts) counts[overridden] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'none') return undefined;
    if (level.format === 'bullet') return `${bulletGlyph(level.pattern)}${level.suffix}`;
    const text = level.pattern.replace(/%([1-9])/g, (_, n: string) => {
      const k = Number(n) - 1;
      const at = levels.get(k);
      return formatNumber(counts[k] ?? at?.start ?? 1, at?.format ?? 'decimal');
    });
    return text === '' ? undefined : `${text}${level.suffix}`;
  }
}

/** Word's text export writes the bullet's character; the private-use glyphs of symbol fonts as what they show. */
function bulletGlyph(pattern: string): string {
  const glyph = pattern.trim();
  if (glyph === '') return '•';
  return symbolGlyphs[glyph] ?? glyph;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** a … z, then aa … zz, as Word counts. */
const letters = (n: number) =>
  n < 1 ? String(n) : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}
