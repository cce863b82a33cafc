// The clock and the version are read here, at the edge, and passed into the pure report.
import { version } from './version.js';

/**
 * Today as YYYY-MM-DD in the local time zone (TZ), or the local date of SOURCE_DATE_EPOCH (seconds)
 * for reproducible reports: the date on the reader's calendar, not UTC's. Set TZ=UTC for output
 * that is the same in every time zone.
 */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The version printed in reports; VM_STRATEGY_REPORT_VERSION pins it for golden files. */
export const reportVersion = (env: NodeJS.ProcessEnv = process.env) => env.VM_STRATEGY_REPORT_VERSION ?? version;
