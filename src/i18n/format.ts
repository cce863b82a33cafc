// Numbers and dates as a reader sees them, in one place. Every renderer for people (terminal
// tables, Markdown, HTML) formats percentages, changes, decimals and dates through here, so the
// same score always reads the same. Machine formats (JSON, CSV) keep plain numbers and ISO dates.
import type { Lang } from '../core/lang.js';

/**
 * A ratio as a whole percent, rounded on its decimal value with halves up (away from zero): 0.145
 * is 15, although 0.145 * 100 is 14.499999999999998 in binary. The one rounding rule of every
 * percentage shown; core/compare.ts rounds the JSON change in points the same way.
 */
export function wholePercent(ratio: number): number {
  const percent = Number((ratio * 100).toFixed(6));
  // Halves away from zero, so a negative ratio rounds as its positive twin (scores are never negative).
  return Math.sign(percent) * Math.round(Math.abs(percent)) + 0;
}

/** `nb` writes a (normal) space before the percent sign, `en` none: "56 %" / "56%". "–" for no value. */
export const percentText = (ratio: number | null, lang: Lang): string =>
  ratio === null ? '–' : `${wholePercent(ratio)}${lang === 'nb' ? ' %' : '%'}`;

/** `count` of `total` as a percentage ("55 %"); 0 of 0 is "0 %". */
export const shareText = (count: number, total: number, lang: Lang): string =>
  percentText(total === 0 ? 0 : count / total, lang);

/** The word after a change in percentage points. */
const pointsUnit: Record<Lang, string> = { nb: 'pp', en: 'pp' };

/**
 * The change from `before` to `after` in whole percentage points, from the rounded percentages
 * shown beside it, so that "56 % → 61 %" always reads "+5 pp". "–" when either side has no score.
 */
export function pointsText(before: number | null, after: number | null, lang: Lang): string {
  if (before === null || after === null) return '–';
  const d = wholePercent(after) - wholePercent(before);
  return `${d > 0 ? '+' : d < 0 ? '-' : ''}${Math.abs(d)} ${pointsUnit[lang]}`;
}

/** A decimal number, `nb` with a decimal comma: 0.6 → "0,6"; at most four decimals, none trailing. */
export function decimalText(n: number, lang: Lang): string {
  const text = String(Number(n.toFixed(4)));
  return lang === 'nb' ? text.replace('.', ',') : text;
}

const months: Record<Lang, readonly string[]> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A calendar date given as YYYY-MM-DD: "4. desember 2026" / "4 December 2026". Anything else is shown as it is. */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? months[lang][Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return iso;
  const day = Number(m[3]);
  return lang === 'nb' ? `${day}. ${month} ${m[1]}` : `${day} ${month} ${m[1]}`;
}

/** A deadline: a year (2023) as it is, a year and month ("2023-06") as "juni 2023" / "June 2023". */
export function monthText(value: string | number, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(String(value));
  const month = m ? months[lang][Number(m[2]) - 1] : undefined;
  return m && month !== undefined ? `${month} ${m[1]}` : String(value);
}
