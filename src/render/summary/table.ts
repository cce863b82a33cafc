import { locateWords } from '../../i18n/locate-words.js';
import type { Lang } from '../../core/lang.js';
import { compareWords } from '../../i18n/compare-words.js';
import { words } from '../../i18n/words.js';
import { fitColumns, renderColumns, wordColumnMin, wrapLines, type Column, type Row } from '../terminal.js';
import type { SummaryInput, SummaryOptions } from './types.js';
import { historyTable } from './history.js';
import { againstLines, bar, planLines, rowCells, summaryRows, thenNowParts, type SummaryRow } from './rows.js';

/** What a layout of the table shows; the table takes the one that fits the terminal in the fewest lines. */
interface Layout {
  /** Abbreviated headings of the count columns ("Vurd." for "Vurderinger"). */
  short: boolean;
  /** The progress bar after the score. */
  bar: boolean;
  /** The score column; with --against the then → now column shows the score as well. */
  score: boolean;
  /** With --against: the change on a line of its own under "then → now". */
  split: boolean;
}

/** From the widest to the narrowest. Every number stays; only the bar, which repeats the score, can go. */
const layouts = (against: boolean): Layout[] => [
  { short: false, bar: true, score: true, split: false },
  { short: true, bar: true, score: true, split: false },
  { short: true, bar: false, score: true, split: false },
  ...(against
    ? [
        { short: true, bar: false, score: false, split: false },
        { short: true, bar: false, score: false, split: true },
      ]
    : []),
];

const barWidth = 10;
/** The area column is never narrower than this. */
const areaFloor = 12;

function headings(lang: Lang, layout: Layout, against: boolean, areaMin: number): Column[] {
  const w = words[lang];
  const short = layout.short ? w.abbr : { ...w.groupShort, goals: w.goals, marks: w.marks };
  const count = (head: string): Column => ({ head, align: 'right' });
  return [
    { head: w.area, align: 'left', min: areaMin, hang: 2 },
    count(short.goals),
    count(short.marks),
    count(short.achieved),
    count(short.partial),
    count(short.not),
    count(short.unknown),
    count(short.unassessed),
    ...(layout.score ? [count(w.score)] : []),
    ...(against ? [count(compareWords[lang].thenNow)] : []),
    ...(layout.bar ? [{ head: w.progress, align: 'left' as const }] : []),
  ];
}

/** The terminal table: one row per area in document order, then the vision and the total; as wide as the terminal allows. */
export function formatSummaryTable(
  { analysis: { summary, plan, history }, comparison, example }: SummaryInput,
  { lang, chalk, width = 80 }: SummaryOptions,
): string {
  const w = words[lang];
  const source = summaryRows(summary, lang);
  const colour = (score: number | null) =>
    score === null ? chalk.dim : score >= 0.75 ? chalk.green : score >= 0.4 ? chalk.yellow : chalk.red;

  const rowsFor = (layout: Layout): Row[] =>
    source.map((row: SummaryRow): Row => {
      const cells = rowCells(row, lang);
      const score = cells.pop()!;
      const then = comparison ? thenNowParts(row, comparison.comparison, lang) : undefined;
      const thenCell = then
        ? layout.split
          ? [{ text: then.scores }, ...(then.note ? [{ text: `(${then.note})` }] : [])]
          : then.scores + (then.note ? ` (${then.note})` : '')
        : undefined;
      return {
        cells: [
          ...cells,
          ...(layout.score ? [score] : []),
          ...(thenCell === undefined ? [] : [thenCell]),
          ...(layout.bar ? [{ text: bar(row.tally.score, barWidth), style: colour(row.tally.score) }] : []),
        ],
        ...(row.kind === 'area' ? {} : { style: chalk.bold }),
        ...(row.kind === 'vision' ? { ruleBefore: true } : {}),
      };
    });

  // Of the layouts that fit, the one with the fewest lines (area titles wrapped, changes on lines
  // of their own); of equals, the widest. Area titles wrap between words; only when no layout
  // fits that way are long words broken, and when none fits even then, the narrowest is used.
  const candidates = (areaMin: number) =>
    layouts(comparison !== undefined).map((layout) => {
      const columns = headings(lang, layout, comparison !== undefined, areaMin);
      const rows = rowsFor(layout);
      const { widths, fits } = fitColumns(columns, rows, width);
      return { fits, lines: renderColumns(columns, rows, widths, { head: chalk.bold }) };
    });
  const shortest = (options: { fits: boolean; lines: string[] }[]) =>
    options
      .filter((c) => c.fits)
      .reduce<string[] | undefined>(
        (best, c) => (best === undefined || c.lines.length < best.length ? c.lines : best),
        undefined,
      );
  // The layouts with broken words are laid out only when none fits without.
  const whole = shortest(
    candidates(
      wordColumnMin(
        source.map((r) => r.label),
        areaFloor,
        24,
        2,
      ),
    ),
  );
  const broken = whole === undefined ? candidates(areaFloor) : [];
  const table = whole ?? shortest(broken) ?? broken[broken.length - 1]!.lines;

  const { organisation, title, round } = summary.strategy;
  const after = wrapLines([...againstLines(comparison, lang), ...planLines(plan, lang)], width);
  const lw = locateWords[lang];
  // The example strategy's numbers are not anyone's own: said before the table, not only on stderr.
  const banner = example
    ? wrapLines([`${lw.exampleMark} – ${lw.exampleBanner}`], width).map((l) => chalk.yellow(l))
    : [];
  const past = history ? historyTable(history, lang, width, chalk) : [];
  return `${[...wrapLines([w.summaryTitle(organisation, title, round)], width).map((l) => chalk.bold(l)), ...banner, ...table, ...past, ...after].join('\n')}\n`;
}
