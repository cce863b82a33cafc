// The --format choices of `compare` are the keys of this table.
import { formatCompareJson } from './json.js';
import { formatCompareMarkdown } from './md.js';
import { formatCompareTable } from './table.js';
import type { CompareFormat } from '../format-names.js';
import type { CompareInput, CompareOptions } from './types.js';

export const compareFormats = {
  table: formatCompareTable,
  json: formatCompareJson,
  md: formatCompareMarkdown,
} satisfies Record<CompareFormat, (input: CompareInput, options: CompareOptions) => string>;

export type { CompareFormat } from '../format-names.js';
