// The building blocks both Word documents (report and plan) are made of: text runs that are
// safe in XML, headings kept with what follows, badges, banners, tables with repeating header
// rows and the cells the plan leaves to fill in. Pure: values in, docx objects out.
import {
  BorderStyle,
  HeadingLevel,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Badge } from '../report/view.js';

/** The width of the text on an A4 page with 2 cm margins, in twips (twentieths of a point). */
export const textWidth = 9638;

/**
 * Text for a run: characters XML 1.0 cannot hold (C0 controls but tab and line ends, lone
 * surrogates, U+FFFE/U+FFFF) would make the document unreadable, so they are left out.
 */
export const xmlSafe = (text: string) =>
  text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );

/** Runs for a text, its line breaks kept as breaks (a comment or note may span lines). */
export function runs(text: string, style: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export const bold = (text: string) => runs(text, { bold: true });
export const italic = (text: string) => runs(text, { italics: true });

/** A paragraph of runs. */
export const para = (children: ParagraphChild[], keepNext = false) =>
  new Paragraph({ children, ...(keepNext ? { keepNext: true } : {}) });

/** A plain paragraph of text. */
export const textPara = (text: string) => para(runs(text));

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading, kept on the page of what follows it so that it never ends a page; an area's starts a page. */
export function heading(level: 1 | 2 | 3, content: string | ParagraphChild[], newPage = false): Paragraph {
  return new Paragraph({
    heading: headingLevels[level],
    keepNext: true,
    keepLines: true,
    ...(newPage ? { pageBreakBefore: true } : {}),
    children: typeof content === 'string' ? runs(content) : content,
  });
}

/** The document's title and the line under it (the organisation and the period). */
export function titleBlock(title: string, subtitle: string): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, keepNext: true, children: runs(title) }),
    new Paragraph({ style: 'Subtitle', children: runs(subtitle) }),
  ];
}

/**
 * A mark as a badge: its code as text, on its colour, in the colour chosen for contrast, so
 * the badge reads the same printed in grey. Non-breaking spaces pad it like the HTML badge.
 */
export const badgeRun = (b: Badge) =>
  new TextRun({
    text: `\u00a0${xmlSafe(b.code)}\u00a0`,
    bold: true,
    color: hex(b.foreground),
    shading: { type: ShadingType.CLEAR, fill: hex(b.background), color: 'auto' },
  });

/** A badge followed by the mark's meaning: "JA Oppnådd". */
export const badgeWithLabel = (b: Badge): ParagraphChild[] => [badgeRun(b), ...runs(` ${b.label}`)];

/** "#1a7f37" → "1A7F37", as WordprocessingML writes colours. */
export const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/** A framed, shaded paragraph: the example banner (its mark in bold first), the plan's note on cells to fill in. */
export function banner(lead: string | undefined, text: string, fill = 'FFF4CE'): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 8, color: '9A6700', space: 4 };
  return new Paragraph({
    border: { top: line, bottom: line, left: line, right: line },
    shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
    spacing: { before: 120, after: 240 },
    children: [...(lead ? bold(`${lead} `) : []), ...runs(text)],
  });
}

/** What a table cell holds: text, runs, or lines of runs (a paragraph each), with an optional fill. */
interface CellSpec {
  content: string | ParagraphChild[] | { lines: ParagraphChild[][] };
  fill?: string;
  span?: number;
}

export type Cell = string | CellSpec;

/** The paragraph style of table text: a point smaller than the body, no space after, so tables stay compact. */
export const tableTextStyle = 'TableText';

const cellParagraph = (children: ParagraphChild[]) => new Paragraph({ style: tableTextStyle, children });

const toParagraphs = (content: CellSpec['content']): Paragraph[] => {
  if (typeof content === 'string') return [cellParagraph(runs(content))];
  if (Array.isArray(content)) return [cellParagraph(content)];
  return content.lines.length > 0 ? content.lines.map(cellParagraph) : [cellParagraph([])];
};

function tableCell(cell: Cell, width: number): TableCell {
  const spec = typeof cell === 'string' ? { content: cell } : cell;
  return new TableCell({
    children: toParagraphs(spec.content),
    width: { size: width, type: WidthType.DXA },
    ...(spec.fill ? { shading: { type: ShadingType.CLEAR, fill: hex(spec.fill), color: 'auto' } } : {}),
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
  });
}

/** The width of each cell of a row: the sum of the grid columns it spans. */
function cellWidths(row: Cell[], columns: number[]): number[] {
  let at = 0;
  return row.map((cell) => {
    const span = typeof cell === 'string' ? 1 : (cell.span ?? 1);
    const width = columns.slice(at, at + span).reduce((a, b) => a + b, 0);
    at += span;
    return width;
  });
}

/** A row of cells; a roomy one is tall enough to write in by hand on paper. */
export type Row = Cell[] | { cells: Cell[]; roomy: true };

/** About two lines of handwriting, in twips. */
const roomyHeight = 680;

/**
 * A table with a header row that repeats on every page, rows that are never split across pages,
 * and fixed column widths (twips, adding up to the text width), so every reader lays it out alike.
 */
export function table(header: Cell[] | undefined, rows: Row[], columns: number[]): Table {
  const row = (given: Row, isHeader: boolean) => {
    const cells = Array.isArray(given) ? given : given.cells;
    const widths = cellWidths(cells, columns);
    return new TableRow({
      cantSplit: true,
      ...(isHeader ? { tableHeader: true } : {}),
      ...(Array.isArray(given) ? {} : { height: { value: roomyHeight, rule: HeightRule.ATLEAST } }),
      children: cells.map((cell, i) =>
        tableCell(isHeader && typeof cell === 'string' ? { content: bold(cell), fill: 'EAEEF2' } : cell, widths[i]!),
      ),
    });
  };
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    rows: [...(header ? [row(header, true)] : []), ...rows.map((r) => row(r, false))],
  });
}

/** Column widths in twips from relative weights, adding up to the text width exactly. */
export function columns(...weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * textWidth) / total));
  widths[0]! += textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A bulleted item. */
export const bullet = (children: ParagraphChild[]) => new Paragraph({ bullet: { level: 0 }, children });

/** Space after a table, so the text that follows does not touch its bottom border. */
export const gap = () => new Paragraph({ spacing: { after: 0 }, children: [] });
