// Every catalogue of words the tool speaks with — each src/i18n/ module's per-language records,
// the diagnostics catalogue and the month names of format.ts — has every entry in both languages,
// and none of them is empty, unfinished ("undefined" from a missing argument) or left in the
// other language. A new words module, or a new record in one, is walked without being named here.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, describe as wordsOf, diagnostic, type DiagnosticCode } from '../../src/core/diagnostics.js';
import { langs, type Lang } from '../../src/core/lang.js';
import { dateText, monthText } from '../../src/i18n/format.js';
import { repoRoot } from '../helpers/cli.js';

type Leaf = [path: string, text: string];

/**
 * The argument every function is given unless `samples` names others: an array reads as text,
 * counts where a number goes and maps as a list; it has no letters, so a text made only of its
 * arguments ("${title}: ${subtitle}") counts as the same in every language.
 */
const sample = ['#1'];
/** Sample arguments by the path of a function whose words depend on the kind of value it is given (an enum, an object, a string method). */
const samples: Record<string, unknown[]> = {
  'cliWords.notAFile': ['a.yaml', 'fifo'],
  'toolingWords.scaffold.visionSubtitle': ['#1', 2025],
  'toolingWords.scaffold.readme': [
    { organisation: 'Museet', area: 'areas/01-a.yaml', plan: 'plans/2024-2026.yaml', dir: 'strategi' },
  ],
  'planWords.title': [{ from: 2024, to: 2026 }],
  'planWords.skeletonNotes': [{ from: 2024, to: 2026 }],
  'planWords.fileHeader': [{ from: 2024, to: 2026 }, 'Museet'],
  'compareWords.against': ['v1', 'git'],
  'locateWords.missingHint': ['env'],
  'schemaWords.marksOnScale': [[{ code: 'JA', aliases: ['OK'], label: 'Oppnådd' }]],
  'schemaWords.label': [{ code: 'JA', label: { nb: 'Oppnådd', en: 'Achieved' } }],
  'importWords.docx.damaged': ['a.docx', { code: 'damaged', part: 'word/document.xml' }],
  'importWords.docx.too-many-entries': ['a.docx', { code: 'too-many-entries', count: 2001, limit: 2000 }],
  'importWords.docx.part-too-large': [
    'a.docx',
    { code: 'part-too-large', part: 'word/document.xml', limit: 24 * 1024 * 1024 },
  ],
  'importWords.docx.total-too-large': ['a.docx', { code: 'total-too-large', limit: 48 * 1024 * 1024 }],
  'importWords.docx.doctype': ['a.docx', { code: 'doctype', part: 'word/document.xml' }],
  'importWords.docx.bad-xml': ['a.docx', { code: 'bad-xml', part: 'word/document.xml', line: 2, col: 17 }],
  // Days late: the words change at two months and at two years.
  'boardWords.late': [800],
};

/** Every text of a catalogue by its path: strings, list items, and what each function returns for its sample. */
function leaves(value: unknown, at: string): Leaf[] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((inner, k) => leaves(inner, `${at}[${k}]`));
  if (typeof value === 'function') {
    const args = samples[at] ?? Array(value.length).fill(sample);
    return leaves((value as (...a: unknown[]) => unknown)(...args), `${at}()`);
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${at}.${key}`));
  throw new Error(`${at}: neither words, a list of them nor a function (${String(value)})`);
}

const isPerLanguage = (value: unknown): value is Record<Lang, unknown> =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === [...langs].sort().join();

/** Exports of src/i18n/ that are not a record per language, with what they are instead. */
const notCatalogues: Record<string, string> = {
  'format.ts': 'numbers and dates in a language (the month names are checked below)',
  'plan-words.ts#unfilledText': "joins planWords' unfilledReasons, which are walked",
};

const i18nDir = path.join(repoRoot, 'src', 'i18n');
const modules = await Promise.all(
  readdirSync(i18nDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map(async (file) => ({ file, exports: (await import(path.join(i18nDir, file))) as Record<string, unknown> })),
);
const wordCatalogues = modules.flatMap(({ file, exports }) =>
  notCatalogues[file]
    ? []
    : Object.entries(exports)
        .filter(([name]) => !notCatalogues[`${file}#${name}`])
        .map(([name, value]) => ({ file, name, value })),
);

/**
 * Texts that are the same in both languages on purpose: names, codes and forms of the command
 * line, which no language translates. Anything else the same in nb and en is text left untranslated.
 */
const sameInBothLanguages = new Set([
  // Words Norwegian has taken as they are.
  'words.score',
  'compareWords.status',
  'planWords.status',
  // A name, and placeholders of the command line that read the same in both (`--top <n>`, `--against <ref>`).
  'words.report.version',
  'helpWords.values.n',
  'helpWords.values.format',
  'helpWords.values.ref',
  'helpWords.values.id',
]);

/** Text with no letters is a code, a number or a sign ("–", "%"), the same in every language. */
const isCode = (text: string) => !/\p{L}/u.test(text);

describe.each(wordCatalogues)('$file: $name', ({ name, value }) => {
  it('is a record per language', () => {
    expect(isPerLanguage(value), `${name} should be { nb, en } (or be listed in notCatalogues with a reason)`).toBe(
      true,
    );
  });

  it.runIf(isPerLanguage(value))(
    'has the same entries in both languages, each with words, and different words in each',
    () => {
      const record = value as Record<Lang, unknown>;
      const [nb, en] = [leaves(record.nb, name), leaves(record.en, name)];
      expect(en.map(([at]) => at)).toEqual(nb.map(([at]) => at));
      for (const [lang, list] of [
        ['nb', nb],
        ['en', en],
      ] as const) {
        for (const [at, text] of list) {
          expect(text.trim(), `${lang}: ${at}`).not.toBe('');
          expect(text, `${lang}: ${at}`).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
      }
      const same = nb
        .filter(([at, text], k) => text === en[k]![1] && !isCode(text) && !sameInBothLanguages.has(at))
        .map(([at, text]) => `${at}: ${text}`);
      expect(same).toEqual([]);
    },
  );
});

describe('the diagnostics catalogue', () => {
  const codes = Object.keys(catalogue) as DiagnosticCode[];
  /** Arguments whose values choose the words: each value is tried; every other argument gets a sample of its name. */
  const variants: Record<string, string>[] = [
    {},
    { where: 'introduction' },
    { where: 'area-introduction' },
    { where: 'area-text' },
    { where: 'mission' },
    { where: 'challenges' },
    { origin: 'array', bound: 'max' },
    { received: 'infinite-number', expected: 'number' },
    { suggestion: '', missing: '', exclusive: '' },
    { detail: 'invalid byte sequence', problem: 'BAD_INDENT' },
  ];
  const args = (variant: Record<string, string>) =>
    new Proxy(variant, {
      get: (target, key) =>
        typeof key === 'string' ? (Object.hasOwn(target, key) ? target[key] : `«${key}»`) : undefined,
    });

  it.each(codes)('%s: a title, message and hint in both languages, each different', (code) => {
    const entry = catalogue[code];
    for (const lang of langs) expect(entry.title[lang].trim(), lang).not.toBe('');
    expect(entry.title.nb).not.toBe(entry.title.en);
    for (const variant of variants) {
      const d = diagnostic(code, { file: 'f.yaml', line: 1, col: 1 }, args(variant));
      const [nb, en] = [wordsOf(d, 'nb'), wordsOf(d, 'en')];
      for (const [lang, words] of [
        ['nb', nb],
        ['en', en],
      ] as const) {
        for (const part of ['message', 'hint'] as const) {
          const text = words[part];
          expect(text.trim(), `${lang} ${part} ${JSON.stringify(variant)}`).not.toBe('');
          expect(text, `${lang} ${part} ${JSON.stringify(variant)}`).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
      }
      expect(nb.message, JSON.stringify(variant)).not.toBe(en.message);
      expect(nb.hint, JSON.stringify(variant)).not.toBe(en.hint);
    }
  });
});

describe('format.ts', () => {
  it('names every month in both languages, differently', () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2024-${String(m).padStart(2, '0')}`;
      const [nb, en] = langs.map((lang) => monthText(month, lang));
      for (const text of [nb, en]) expect(text, month).toMatch(/^\p{L}+ 2024$/u);
      expect(nb, month).not.toBe(en);
      expect(dateText(`${month}-04`, 'nb')).toBe(`4. ${nb}`);
    }
  });
});
