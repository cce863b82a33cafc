import type { SummaryInput } from './index.js';

/** The documented JSON contract (README, "JSON output"): exactly the `Summary` object. */
export const formatSummaryJson = ({ summary }: SummaryInput): string => `${JSON.stringify(summary, null, 2)}\n`;
