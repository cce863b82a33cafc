// The report's charts as native Word tables, which every reader lays out and a screen reader
// reads as text: the distribution of marks as one bar of shaded cells, each with its count, and
// the scores as bars of shaded grid cells beside the number. Colour is never the only carrier:
// each segment holds its number and the legend names each group.
import type { GroupKey, GroupShare } from '../report/view.js';
import { groupColours } from '../report/charts.js';
import { readableOn } from '../report/view.js';
import { bold, hex, runs, table, textWidth, type Cell } from './parts.js';
import type { Table } from 'docx';

/** The narrowest segment of the distribution bar, in twips: room for a three-digit count. */
const minSegment = 420;

/**
 * The distribution as one bar across the page: a cell per group that has marks, as wide as its
 * share (widened to hold its count when tiny), shaded in the group's colour, its count inside.
 */
export function distributionBar(shares: GroupShare[]): Table | undefined {
  const present = shares.filter((s) => s.count > 0);
  if (present.length === 0) return undefined;
  const total = present.reduce((n, s) => n + s.count, 0);
  const spare = textWidth - minSegment * present.length;
  const widths = present.map((s) => minSegment + Math.floor((s.count / total) * spare));
  widths[0]! += textWidth - widths.reduce((a, b) => a + b, 0);
  const cells = present.map(
    (s): Cell => ({ content: runs(String(s.count), { bold: true, color: textOn(s.key) }), fill: groupColours[s.key] }),
  );
  return table(undefined, [cells], widths);
}

/** The legend of the distribution: each group's colour, name, count and share. */
export function distributionLegend(
  shares: GroupShare[],
  heads: { group: string; count: string; share: string },
): Table {
  return table(
    ['', heads.group, heads.count, heads.share],
    shares.map((s) => [{ content: '', fill: groupColours[s.key] }, s.label, String(s.count), s.percentText]),
    [500, 5138, 2000, 2000],
  );
}

export interface ScoreRow {
  label: string;
  score: number | null;
  scoreText: string;
  counts: number[];
  /** The total row: set in bold. */
  strong?: boolean;
}

/** Grid columns of a score bar: a bar of 20 cells shows the score to 5 points. */
const barCells = 20;
const barCellWidth = 110;
const scoreWidth = 1000;
const scoreBarColour = '#0969da';

/**
 * Each row's score as a bar (shaded grid cells, as many twentieths as the score) with the number
 * beside it, followed by the row's count of marks in each group.
 */
export function scoreBars(rows: ScoreRow[], heads: { label: string; score: string; groups: string[] }): Table {
  const countWidth = 820;
  const labelWidth = textWidth - scoreWidth - barCells * barCellWidth - countWidth * heads.groups.length;
  const grid = [
    labelWidth,
    scoreWidth,
    ...Array<number>(barCells).fill(barCellWidth),
    ...Array<number>(heads.groups.length).fill(countWidth),
  ];
  const header: Cell[] = [heads.label, heads.score, { content: '', span: barCells }, ...heads.groups];
  const body = rows.map((row): Cell[] => {
    const text = (s: string) => (row.strong ? bold(s) : runs(s));
    const filled = row.score === null ? 0 : Math.round(row.score * barCells);
    const bar: Cell[] = [
      ...(filled > 0 ? [{ content: '', span: filled, fill: scoreBarColour }] : []),
      ...(filled < barCells ? [{ content: '', span: barCells - filled }] : []),
    ];
    return [
      { content: text(row.label) },
      { content: text(row.scoreText) },
      ...bar,
      ...row.counts.map((n) => ({ content: text(String(n)) })),
    ];
  });
  return table(header, body, grid);
}

const textOn = (key: GroupKey) => hex(readableOn(groupColours[key]));
