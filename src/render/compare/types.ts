// What the compare formatters take: the comparison and what it was made against, and how to lay it out.
import type { ChalkInstance } from 'chalk';
import type { Comparison } from '../../core/compare.js';
import type { Lang } from '../../core/lang.js';
import type { RevisionKind } from '../../i18n/compare-words.js';

export interface CompareInput {
  comparison: Comparison;
  /** What the current strategy was compared with, as the user gave it. */
  against: { ref: string; kind: RevisionKind };
}

export interface CompareOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** The table's width in terminal columns (the edge passes the terminal's); 80 when left out. */
  width?: number;
}
