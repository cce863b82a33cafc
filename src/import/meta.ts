// What strategy.yaml needs that a document may only say in passing: the period, the revision
// round, the action plans' horizon and the organisation's name. Each is read from ordinary
// Norwegian or English phrasing ("STRATEGI 2018–2025", "strategirevisjon i 2021", "treårige
// tiltaksplaner", "three-year action plans", "<organisation> skal:"); when it is not there, the
// caller writes a default and warns.

const yearPattern = /(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)/gu;

export interface Period {
  from: number;
  to: number;
  /** explicit: "strategi 2018–2025"; guessed: from other years in the text; missing: no years at all. */
  how: 'explicit' | 'guessed' | 'missing';
}

export function findPeriod(text: string, defaultYear: number, visionSubtitle?: string, title?: string): Period {
  // The title's years come first ("STRATEGY 2023–2028"): the text may name older years before it.
  const inTitle = title ? /(?<!\d)(\d{4})\s*[-–—]\s*(\d{4})(?!\d)/u.exec(title) : null;
  // "strategi 2018-2025", "strategien gjelder for perioden 2020–2030", "the strategy for 2023–2028":
  // a range a few words after "strategi"/"strategy".
  const range = inTitle ?? /strateg(?:i|y|ies)\p{L}*\s+(?:\p{L}+\s+){0,4}?(\d{4})\s*[-–—]\s*(\d{4})(?!\d)/iu.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from <= to && from >= 1900 && to <= 2200) return { from, to, how: 'explicit' };
  }
  const years = [...text.matchAll(yearPattern)].map((m) => Number(m[1]));
  if (years.length === 0) return { from: defaultYear, to: defaultYear + 4, how: 'missing' };
  // The end: "strategiperioden fram til 2025", else the year of the vision ("… 2025"), else the last year named.
  const until = /(?:strategiperiode|strategy period)\p{L}*\s+(?:\p{L}+\s+){0,3}?(\d{4})(?!\d)/iu.exec(text)?.[1];
  const visionYear = visionSubtitle
    ? [...visionSubtitle.matchAll(yearPattern)].map((m) => Number(m[1])).pop()
    : undefined;
  const to = until !== undefined ? Number(until) : (visionYear ?? Math.max(...years));
  const before = years.filter((y) => y <= to);
  return { from: before.length > 0 ? Math.min(...before) : to, to, how: 'guessed' };
}

/** "strategirevisjon i 2021", "revidert i 2021", "midtveisevaluering i 2021", "revised in 2025", "mid-term review in 2025". */
export function findRound(text: string): number | undefined {
  const m =
    /(?:revisjon|revider|rullering|evaluering|revision|revised|review)\p{L}*\s+(?:i\s+|in\s+)?(?:år\s+)?(\d{4})(?!\d)/iu.exec(
      text,
    );
  return m ? Number(m[1]) : undefined;
}

const numberWords: Record<string, number> = {
  en: 1,
  ett: 1,
  ei: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
};
const englishNumberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const englishNumberWord = Object.keys(englishNumberWords).join('|');
const numberWord = Object.keys(numberWords)
  .sort((a, b) => b.length - a.length)
  .join('|');

const toNumber = (raw: string): number | undefined => {
  const word = raw.toLocaleLowerCase('nb');
  return /^\d+$/.test(raw) ? Number(raw) : (numberWords[word] ?? englishNumberWords[word]);
};

/**
 * "treårige tiltaksplaner", "3-årige handlingsplaner", "tiltaksplan med et tidsperspektiv på tre år",
 * "three-year action plans", "action plans covering three years".
 */
export function findHorizon(text: string): number | undefined {
  const plans = new RegExp(
    `(?<!\\p{L})(${numberWord}|\\d{1,2})-?årige?\\s+(?:tiltaksplan|handlingsplan|handlingsprogram)`,
    'iu',
  ).exec(text);
  // "Tiltaksplanene er treårige."
  const are = new RegExp(
    `(?:tiltaksplan|handlingsplan)\\p{L}*\\s+er\\s+(${numberWord}|\\d{1,2})-?årige?(?!\\p{L})`,
    'iu',
  ).exec(text);
  const span = new RegExp(`tidsperspektiv\\s+på\\s+(${numberWord}|\\d{1,2})\\s+år(?!\\p{L})`, 'iu').exec(text);
  const yearPlans = new RegExp(
    `(?<!\\p{L})(${englishNumberWord}|\\d{1,2})[- ]years?\\s+(?:rolling\\s+)?(?:action|implementation|operational|delivery)\\s+plans?`,
    'iu',
  ).exec(text);
  const covering = new RegExp(
    `(?:action|implementation|operational|delivery)\\s+plans?\\s+(?:covering|for|over|of)\\s+(${englishNumberWord}|\\d{1,2})\\s+years(?!\\p{L})`,
    'iu',
  ).exec(text);
  for (const m of [plans, are, span, yearPlans, covering]) {
    const n = m ? toNumber(m[1]!) : undefined;
    if (n !== undefined && n >= 1 && n <= 20) return n;
  }
  return undefined;
}

/** The name most "<organisation> skal:" lines give; ties go to the first. */
export function mostCommon(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, count] of counts) if (best === undefined || count > counts.get(best)!) best = name;
  return best;
}

/**
 * The organisation's name where a lead-in only says "The museum will:": a name in capitals that
 * ends in the same word ("the Harbour Museum"), from the title first, then the text.
 */
export function organisationFromCommonNoun(
  leadIn: string,
  title: string | undefined,
  text: string,
): string | undefined {
  const m = /^the\s+(\p{L}+)$/iu.exec(leadIn.trim());
  if (!m) return undefined;
  const word = m[1]!.toLocaleLowerCase('en');
  const noun = [word, word[0]!.toLocaleUpperCase('en') + word.slice(1), word.toLocaleUpperCase('en')].join('|');
  // Without the i flag: \p{Lu} must stay upper case.
  const named = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})(?:${noun})(?![\\p{L}\\p{N}])`, 'u');
  for (const source of [title ?? '', text]) {
    const found = named.exec(source);
    if (!found) continue;
    const words = found[0].split(/\s+/);
    // "THE HARBOUR MUSEUM" in a title: the text's spelling if it has one, else the title's words.
    const name = words.filter((w, k) => !(k === 0 && /^the$/iu.test(w))).join(' ');
    if (/\p{Ll}/u.test(name) && /^\p{Lu}/u.test(name)) return name;
    const spelled = new RegExp(name.replace(/\s+/g, '\\s+'), 'iu');
    const inText = [...text.matchAll(new RegExp(spelled.source, 'giu'))]
      .map((x) => x[0])
      .find((x) => /\p{Ll}/u.test(x) && /^\p{Lu}/u.test(x));
    return inText ?? name;
  }
  return undefined;
}

/**
 * The organisation named in a heading written in capitals ("NTNU VITENSKAPSMUSEET 2025"), as
 * the text spells it ("NTNU Vitenskapsmuseet"), or the heading's words when the text never does.
 */
export function organisationFromHeading(heading: string, text: string): string | undefined {
  const name = heading
    .replace(yearPattern, '')
    .replace(/[\s\p{P}]+$/u, '')
    .replace(/^[\s\p{P}]+/u, '')
    .trim();
  if (name.length < 2) return undefined;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  for (const m of text.matchAll(pattern)) if (/\p{Ll}/u.test(m[0])) return m[0].replace(/\s+/g, ' ');
  return name;
}
