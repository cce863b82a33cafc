// Small text helpers for the importer: ASCII folding, ids, and how a line ends or goes on.
// Nothing here knows any organisation's words; the word lists are ordinary Norwegian (and
// English) function words and possessives.

/** Lower case, æ→ae, ø→o, å→a, and every other diacritic stripped. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/[đð]/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/þ/g, 'th')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** The words of a text, folded to a-z and digits. */
export const foldedWords = (text: string): string[] =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A whole text as an id part: folded, every run of other characters one '-', trimmed. */
export const slug = (text: string): string => foldedWords(text).join('-');

/** Possessives that often open a heading ("VÅR FORSKNING"); dropped from area ids. Folded. */
const possessives = new Set([
  'var',
  'vart',
  'vare',
  'mitt',
  'min',
  'mine',
  'sin',
  'sitt',
  'sine',
  'deres',
  'our',
  'my',
  'their',
]);

/** Function words that carry no meaning in an id, folded. */
const stopwords = new Set([
  ...possessives,
  'og',
  'eller',
  'men',
  'samt',
  'i',
  'pa',
  'av',
  'for',
  'til',
  'med',
  'om',
  'fra',
  'ved',
  'mot',
  'mellom',
  'under',
  'over',
  'etter',
  'gjennom',
  'innenfor',
  'blant',
  'hos',
  'uten',
  'rundt',
  'som',
  'at',
  'nar',
  'der',
  'hvor',
  'slik',
  'bade',
  'enn',
  'en',
  'et',
  'ei',
  'den',
  'det',
  'de',
  'dem',
  'a',
  'er',
  'har',
  'skal',
  'vil',
  'kan',
  'seg',
  'sitt',
  'hele',
  'alle',
  'nye',
  'and',
  'or',
  'of',
  'the',
  'an',
  'to',
  'in',
  'on',
  'with',
  'by',
  'from',
  'as',
  'our',
]);

/** The most words an id part takes from a title or a goal: ids stay short and readable. */
const maxIdWords = 3;

/** An area id from its heading: a leading possessive and function words dropped, at most three words. */
export function areaIdPart(title: string): string {
  const words = foldedWords(title);
  if (words.length > 1 && possessives.has(words[0]!)) words.shift();
  const significant = words.filter((w) => !stopwords.has(w));
  return (significant.length > 0 ? significant : words).slice(0, maxIdWords).join('-');
}

/**
 * A goal's id part from its text: goals in an "<organisation> skal:" list open with a verb
 * ("Utvikle …", "Styrke …"), so the first word is skipped when at least two words that are
 * not function words follow it; then the first three such words.
 */
export function goalIdPart(text: string): string {
  const words = foldedWords(text);
  const significant = words.filter((w) => !stopwords.has(w));
  const afterVerb = words.slice(1).filter((w) => !stopwords.has(w));
  // One word after the verb says too little ("Registrere samlingen", "Fotografere samlingen"): keep the verb.
  const chosen = afterVerb.length >= 2 ? afterVerb : significant.length > 0 ? significant : words;
  return chosen.slice(0, maxIdWords).join('-');
}

/** Hands out ids, each once: a taken id gets -2, -3, … */
export class IdRegistry {
  private readonly taken = new Set<string>();

  claim(wanted: string, fallback: string): string {
    const base = wanted === '' ? fallback : wanted;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A line that ends a sentence: . ! ? : ; or …, perhaps followed by a closing quote or bracket. */
export const endsSentence = (text: string): boolean => /[.!?:;…]["'»”’)\]]*$/u.test(text);

/** Starts with a lower-case letter (after any opening quote or bracket). */
export const startsLower = (text: string): boolean => /^["'«“([]?\p{Ll}/u.test(text);

/** Words that cannot end a sentence: a line ending in one goes on in the next line. */
const continuationWords = new Set([
  'og',
  'eller',
  'men',
  'samt',
  'i',
  'på',
  'av',
  'for',
  'til',
  'med',
  'om',
  'fra',
  'ved',
  'mot',
  'mellom',
  'under',
  'over',
  'etter',
  'gjennom',
  'innenfor',
  'utenfor',
  'blant',
  'hos',
  'uten',
  'rundt',
  'langs',
  'som',
  'at',
  'når',
  'der',
  'hvor',
  'slik',
  'både',
  'enn',
  'en',
  'et',
  'ei',
  'den',
  'det',
  'de',
  'å',
  'vår',
  'vårt',
  'våre',
  'sin',
  'sitt',
  'sine',
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'with',
  'by',
  'from',
  'that',
]);

/** The last word of a line is a function word (compared in lower case): the sentence goes on. */
export function endsWithContinuationWord(text: string): boolean {
  const last = /(\p{L}+)$/u.exec(text)?.[1];
  return last !== undefined && continuationWords.has(last.toLocaleLowerCase('nb'));
}

/** Ends in a comma, a dash, or a word broken with a hyphen ("forsknings-"): mid-sentence. */
export const endsMidSentence = (text: string): boolean => /(?:[,–—]|\p{L}-)$/u.test(text);

/** Has letters and none of them lower case: a heading written in capitals. */
export function isCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(text);
}

export const hasWordCharacter = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Paragraphs as one Markdown text, a blank line between them. */
export const joinParagraphs = (paragraphs: readonly string[]): string | undefined =>
  paragraphs.length === 0 ? undefined : paragraphs.join('\n\n');
