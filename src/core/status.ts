// A measure's status (tiltakets status): one canonical value inside the tool, written in a plan
// file in English or Norwegian, in any letter case. Output shows it in the output's language.
import type { Lang } from './lang.js';

export const measureStatuses = ['planned', 'started', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

/**
 * How a status may be written, per language; the first word is the one the tool writes (and
 * the one src/i18n/plan-words.ts shows). «ferdig» is everyday Norwegian for «fullført».
 */
export const statusSpellings: Record<Lang, Record<MeasureStatus, readonly [string, ...string[]]>> = {
  en: { planned: ['planned'], started: ['started'], done: ['done'], dropped: ['dropped'] },
  nb: { planned: ['planlagt'], started: ['startet'], done: ['fullført', 'ferdig'], dropped: ['droppet'] },
};

const byWord = new Map<string, { status: MeasureStatus; lang: Lang }>();
for (const lang of ['en', 'nb'] as const) {
  for (const status of measureStatuses)
    for (const word of statusSpellings[lang][status]) byWord.set(word, { status, lang });
}

/** Every accepted word in lower case: English first, then Norwegian. */
export const statusWords: readonly string[] = [...byWord.keys()];

/** The canonical status of a written one, ignoring letter case; undefined when it is none. */
export const parseStatus = (written: string): MeasureStatus | undefined => byWord.get(written.toLowerCase())?.status;

/** The language a status is written in, ignoring letter case. */
export const languageOfStatus = (written: string): Lang | undefined => byWord.get(written.toLowerCase())?.lang;

/** How the tool writes a status in a language. */
export const writtenStatus = (status: MeasureStatus, lang: Lang): string => statusSpellings[lang][status][0];

/** A letter in either case, as a character class (`[fF]`), so a pattern needs no `i` flag. */
const caseless = (word: string) =>
  [...word]
    .map((c) =>
      c.toLowerCase() === c.toUpperCase()
        ? c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
        : `[${c.toLowerCase()}${c.toUpperCase()}]`,
    )
    .join('');

/**
 * Every accepted status in any letter case, as a regular expression without flags: JSON Schema's
 * `pattern` has none, so the editor's check and `validate` accept exactly the same words.
 */
export const statusPattern = new RegExp(`^(?:${statusWords.map(caseless).join('|')})$`);

/**
 * The language most of the statuses written in a plan file use (a value that is no status counts
 * for neither); undefined when there are none, or as many of each.
 */
export function statusLanguage(written: readonly unknown[]): Lang | undefined {
  const count: Record<Lang, number> = { nb: 0, en: 0 };
  for (const value of written) {
    const lang = typeof value === 'string' ? languageOfStatus(value) : undefined;
    if (lang) count[lang]++;
  }
  return count.nb > count.en ? 'nb' : count.en > count.nb ? 'en' : undefined;
}
