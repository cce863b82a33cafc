// The clock and the version are read here, at the edge, and passed into the pure report.
import { version } from './version.js';

/** Today as YYYY-MM-DD, or the date of SOURCE_DATE_EPOCH (seconds) for reproducible reports. */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return date.toISOString().slice(0, 10);
}

/** The version printed in reports; VM_STRATEGY_REPORT_VERSION pins it for golden files. */
export const reportVersion = (env: NodeJS.ProcessEnv = process.env) => env.VM_STRATEGY_REPORT_VERSION ?? version;
