import type { SummaryInput } from './index.js';

/** The documented JSON contract (README, "JSON output"): the `Summary` object and the additive `plan`. */
export const formatSummaryJson = ({ summary, plan }: SummaryInput): string => `${JSON.stringify({ ...summary, plan }, null, 2)}\n`;
