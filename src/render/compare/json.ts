import type { CompareInput } from './types.js';

/** The documented JSON contract (README, "vm-strategy compare"): `against`, then the `Comparison`. */
export const compareJson = ({ comparison, against }: CompareInput) => ({ against, ...comparison });

export const formatCompareJson = (input: CompareInput): string => `${JSON.stringify(compareJson(input), null, 2)}\n`;
