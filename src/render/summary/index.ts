// The --format choices of `summary` are the keys of this table.
import { formatSummaryCsv } from './csv.js';
import { formatSummaryJson } from './json.js';
import { formatSummaryMarkdown } from './markdown.js';
import { formatSummaryTable } from './table.js';
import type { SummaryFormat } from '../format-names.js';
import type { SummaryInput, SummaryOptions } from './types.js';

export const summaryFormats = {
  table: formatSummaryTable,
  json: formatSummaryJson,
  csv: formatSummaryCsv,
  md: formatSummaryMarkdown,
} satisfies Record<SummaryFormat, (input: SummaryInput, options: SummaryOptions) => string>;

export type { SummaryFormat } from '../format-names.js';
