// What the summary formatters take: the analysed strategy's numbers, and how to lay them out.
import type { ChalkInstance } from 'chalk';
import type { Analysis } from '../../core/analyse.js';
import type { Lang } from '../../core/lang.js';
import type { CompareInput } from '../compare/types.js';

export interface SummaryInput {
  /** The tallies (`summary`), the goals, the current plan's progress (`plan`, null without plans). */
  analysis: Analysis;
  /** With --against: the analysis's comparison and what it was made against (a column in table and md, `comparison` in JSON). */
  comparison?: CompareInput;
  /** Made from the bundled example strategy: the table and Markdown say so first, JSON has `"example": true`. */
  example?: boolean;
}

export interface SummaryOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** The table's width in terminal columns (the edge passes the terminal's); 80 when left out. */
  width?: number;
  /** CSV for a spreadsheet with Norwegian settings: semicolons and decimal commas. */
  excel?: boolean;
}
