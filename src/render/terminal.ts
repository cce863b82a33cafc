// Text for a terminal of a given width: one escaping function for data shown there, word
// wrapping measured in terminal columns (string-width: æøå are one column, CJK two, ANSI none),
// and a plain column layout that fits tables into the width by wrapping the columns that may wrap.
import stringWidth from 'string-width';
import { terminalLine } from './escape.js';

/** A colour or weight applied to text after layout, so it never counts towards a width. */
export type Style = (text: string) => string;

/**
 * Data in a table cell or a wrapped paragraph: escaped for the terminal (escape.ts: control
 * characters shown as `\x1b`, never sent raw) on one line, runs of white space made one.
 */
export const terminalText = (text: string): string => terminalLine(text).replace(/\s+/g, ' ').trim();

/**
 * Printable ASCII and Latin-1 but the soft hyphen (zero columns), the en and em dash, and the
 * box-drawing and block characters of rules and bars: one column each.
 */
const oneColumnEach = /^[\x20-\x7e\xa0-\xac\xae-\xff\u2013\u2014\u2500-\u259f]*$/;

/**
 * Width in terminal columns. Most text here is Norwegian or English, one column a character:
 * string-width's full look-up, run for every cell of every layout tried, was most of the
 * terminal table's time at 200 areas.
 */
export const textWidth = (text: string): number => (oneColumnEach.test(text) ? text.length : stringWidth(text));

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Breaks a word wider than `width` into pieces of at most `width` columns, between graphemes. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of segmenter.segment(word)) {
    if (piece !== '' && textWidth(piece + segment) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** What must stay on the line of the word before it: a unit after its number ("56 %", "+5 pp"), a "·" between items. */
const unit = /^(%|pp\b|·$)/;

/**
 * Wraps text (escaped with terminalText) into lines of at most `width` columns, breaking at
 * spaces, never between a number and its unit; a word wider than the line is broken. Lines after
 * the first are indented by `hang` columns.
 */
export function wrapText(text: string, width: number, hang = 0): string[] {
  const limit = Math.max(1, width);
  const indent = ' '.repeat(hang < limit - 1 ? hang : 0);
  const words: string[] = [];
  for (const word of terminalText(text).split(' ')) {
    if (word === '') continue;
    if (words.length > 0 && unit.test(word)) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  const lines: string[] = [];
  let line = '';
  const prefix = () => (lines.length === 0 ? '' : indent);
  for (const word of words) {
    const candidate = line === '' ? prefix() + word : `${line} ${word}`;
    if (textWidth(candidate) <= limit) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = prefix() + word;
    if (textWidth(line) > limit) {
      // Too wide on a line of its own: break it, and carry on after its last piece.
      const pieces = breakWord(word, limit - indent.length);
      line = prefix() + pieces[0]!;
      for (const piece of pieces.slice(1)) {
        lines.push(line);
        line = prefix() + piece;
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Text in a cell: wrapped on its own, starting on a new line of the cell, `indent` columns in. */
export interface Paragraph {
  text: string;
  style?: Style;
  indent?: number;
}

export type Cell = string | Paragraph | Paragraph[];

export interface Column {
  head: string;
  align?: 'left' | 'right';
  /** The narrowest the column may be made by wrapping its text; without it the column never wraps. */
  min?: number;
  /** Indent of wrapped continuation lines in this column. */
  hang?: number;
}

export interface Row {
  cells: Cell[];
  /** Applied to every cell of the row (e.g. bold for totals). */
  style?: Style;
  /** A rule (─) above the row, to set totals apart. */
  ruleBefore?: boolean;
}

const paragraphs = (cell: Cell | undefined): Paragraph[] =>
  cell === undefined ? [] : typeof cell === 'string' ? [{ text: cell }] : Array.isArray(cell) ? cell : [cell];

const naturalWidth = (cell: Cell | undefined) =>
  Math.max(0, ...paragraphs(cell).map((p) => (p.indent ?? 0) + textWidth(terminalText(p.text))));

/** The widths the columns need without wrapping, and the total with the gaps. */
export function naturalWidths(columns: Column[], rows: Row[]): number[] {
  return columns.map((c, i) => Math.max(textWidth(c.head), ...rows.map((r) => naturalWidth(r.cells[i]))));
}

export const totalWidth = (widths: number[], gap: number) =>
  widths.reduce((n, w) => n + w, 0) + gap * Math.max(0, widths.length - 1);

/**
 * Column widths that fit `width`: the natural widths, then the columns that may wrap made
 * narrower, in column order, down to their `min` (never below the header). `fits` says whether
 * that was enough.
 */
export function fitColumns(
  columns: Column[],
  rows: Row[],
  width: number,
  gap = 2,
): { widths: number[]; fits: boolean } {
  const widths = naturalWidths(columns, rows);
  let excess = totalWidth(widths, gap) - width;
  columns.forEach((c, i) => {
    if (excess <= 0 || c.min === undefined) return;
    const floor = Math.max(c.min, textWidth(c.head));
    const cut = Math.min(excess, Math.max(0, widths[i]! - floor));
    widths[i]! -= cut;
    excess -= cut;
  });
  return { widths, fits: excess <= 0 };
}

export interface TableStyle {
  gap?: number;
  head?: Style;
}

const pad = (text: string, width: number, align: 'left' | 'right', style: Style) => {
  const space = ' '.repeat(Math.max(0, width - textWidth(text)));
  const shown = text === '' ? '' : style(text);
  return align === 'right' ? space + shown : shown + space;
};

/** The table as lines: a header, a rule under it, and the rows, with `gap` spaces between columns. */
export function renderColumns(
  columns: Column[],
  rows: Row[],
  widths: number[],
  { gap = 2, head = (s) => s }: TableStyle = {},
): string[] {
  const sep = ' '.repeat(gap);
  const join = (parts: string[]) => parts.join(sep).replace(/ +$/, '');
  const rule = join(widths.map((w) => '─'.repeat(w)));
  const lines = [join(columns.map((c, i) => pad(terminalText(c.head), widths[i]!, c.align ?? 'left', head))), rule];
  for (const row of rows) {
    if (row.ruleBefore) lines.push(rule);
    const cells = columns.map((c, i) =>
      paragraphs(row.cells[i]).flatMap((p) => {
        const indent = Math.min(p.indent ?? 0, Math.max(0, widths[i]! - 1));
        const style = p.style ?? ((s: string) => s);
        return wrapText(p.text, widths[i]! - indent, c.hang ?? 0).map((l) => ({ text: ' '.repeat(indent) + l, style }));
      }),
    );
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      lines.push(
        join(
          columns.map((c, i) => {
            const line = cells[i]![k];
            if (!line) return ' '.repeat(widths[i]!);
            const rowStyle = row.style ?? ((s: string) => s);
            // Indentation stays unstyled; the text is styled by its paragraph, then by the row.
            const text = line.text.trimStart();
            const lead = line.text.slice(0, line.text.length - text.length);
            return lead + pad(text, widths[i]! - lead.length, c.align ?? 'left', (s) => rowStyle(line.style(s)));
          }),
        ),
      );
    }
  }
  return lines;
}

/**
 * A good narrowest width for a column of these texts: wide enough that no word is broken (with
 * `hang` for continuation lines), but within [floor, ceiling].
 */
export function wordColumnMin(texts: string[], floor: number, ceiling: number, hang = 0): number {
  const longest = Math.max(0, ...texts.flatMap((t) => terminalText(t).split(' ').map(textWidth)));
  return Math.min(ceiling, Math.max(floor, longest + hang));
}

/** Lines of prose wrapped to the width, for text around a table. */
export const wrapLines = (lines: string[], width: number): string[] => lines.flatMap((l) => wrapText(l, width));
