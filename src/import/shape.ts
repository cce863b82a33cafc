// The shape's own words and signs, as the document reader tests single lines against them. These
// name the kinds of section every strategy of this shape has, not any one organisation's areas.
import type { Item } from './lines.js';

const partPattern = /^(?:DEL|PART)\s+(\d{1,2}|[IVX]{1,4})(?![\p{L}\p{N}])\s*[.:–—-]?\s*(.*)$/iu;
/** Compared in capitals: "UTVIKLINGSMÅL", "MÅL FOR PERIODEN", "Goals", "Our goals for 2024–2026:". */
const goalsHeading =
  /^(?:(?:VÅRE|OUR|KEY|STRATEGIC|STRATEGISKE)\s+)?(?:UTVIKLINGSMÅL|DELMÅL|HOVEDMÅL|MÅL|MÅLSETTINGER|MÅLSETNINGER|DEVELOPMENT GOALS|GOALS|OBJECTIVES)(?:\s+(?:FOR|I|IN)(?:\s+[\p{L}\p{N}–-]+){1,3})?\s*:?$/u;
/** A goal heading in capitals, or as a short line of its own in any letter case. */
export const isGoalsHeading = (item: Item | undefined): boolean =>
  item !== undefined &&
  (item.kind === 'caps' || item.kind === 'text') &&
  goalsHeading.test(item.text.toLocaleUpperCase('nb'));
export const pillarsHeading = /PILAR|PILLAR|TUFTET\s+PÅ/u;
export const missionHeading = /OPPDRAG|MANDAT|MISSION/u;
export const challengesHeading = /UTFORDRING|CHALLENGE/u;
export const visionHeading = /MÅLBILDE|VISJON|VISION/u;
/** A first heading in capitals with one of these words names the whole document. */
export const titleHeading = /STRATEGI|STRATEGY|PLAN/u;
/**
 * "NTNU Vitenskapsmuseet skal:", "Museet vil:" — the line that opens a list of goals. With more
 * words ("Museet skal i perioden:") it still names the organisation, and is kept as text.
 */
export const leadIn = /^(.+?)\s+(?:skal|vil|shall|will)(\s+[^:]*)?:$/u;
/** Without the UTVIKLINGSMÅL heading only the plain form opens goals ("Museet vil samarbeide med:" is a list). */
export const plainLeadIn = /^(.+?)\s+(?:skal|vil|shall|will)\s*:$/u;

const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9 };

export function partNumber(text: string): { part: number; title: string } | undefined {
  const m = partPattern.exec(text);
  if (!m) return undefined;
  const raw = m[1]!;
  const part = /^\d+$/.test(raw) ? Number(raw) : roman[raw.toUpperCase()];
  if (part === undefined || part < 1 || part > 9) return undefined;
  return { part, title: (m[2] ?? '').trim() };
}

export const stripColon = (text: string) => text.replace(/\s*:\s*$/u, '');
export const endsWithColon = (text: string) => /:\s*$/u.test(text);
