import { compareJson } from '../compare/json.js';
import type { SummaryInput } from './types.js';

/**
 * The documented JSON contract (README, "JSON output"): the `Summary` object and the additive `plan`;
 * with --against also `comparison`, the object `compare --format json` prints; with --history
 * also `history`, the scores at each revision (oldest first, now last with `ref: null`).
 */
export const formatSummaryJson = ({
  analysis: { summary, plan, history },
  comparison,
  example,
}: SummaryInput): string =>
  `${JSON.stringify({ ...(example ? { example: true } : {}), ...summary, plan, ...(comparison ? { comparison: compareJson(comparison) } : {}), ...(history ? { history } : {}) }, null, 2)}\n`;
