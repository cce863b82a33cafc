// The --format choices of `compare` are the keys of this table.
import type { ChalkInstance } from 'chalk';
import type { Comparison } from '../../core/compare.js';
import type { Lang } from '../../core/lang.js';
import type { RevisionKind } from '../../i18n/compare-words.js';
import { formatCompareJson } from './json.js';
import { formatCompareMarkdown } from './md.js';
import { formatCompareTable } from './table.js';
import type { CompareFormat } from '../format-names.js';

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

export const compareFormats = {
  table: formatCompareTable,
  json: formatCompareJson,
  md: formatCompareMarkdown,
} satisfies Record<CompareFormat, (input: CompareInput, options: CompareOptions) => string>;

export type { CompareFormat } from '../format-names.js';
