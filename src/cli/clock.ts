// The clock and the version are read here, at the edge, and passed into the pure report.
import type { Io } from './io.js';
import { version } from './version.js';

/**
 * Today as YYYY-MM-DD in the local time zone (TZ), or the local date of SOURCE_DATE_EPOCH (seconds)
 * for reproducible reports: the date on the reader's calendar, not UTC's. Set TZ=UTC for output
 * that is the same in every time zone.
 */
export function reportDate({ env, now }: Pick<Io, 'env' | 'now'>): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return localDate(date, env.TZ);
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar date of `date` in the time zone `tz` names. Computed with Intl rather than with the
 * Date's local getters, so that the TZ of the run's environment counts even when it is not the
 * process's own (a test's run). A TZ that is not a zone name Intl knows (a POSIX rule such as
 * `CET-1`, or nothing) leaves it to the process, whose TZ it then is (src/cli/main.ts).
 */
export function localDate(date: Date, tz: string | undefined): string {
  const zone = tz?.replace(/^:/, '');
  if (zone) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      // Not a zone name: see above.
    }
    if (format) {
      const parts = format.formatToParts(date);
      const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
      return `${String(part('year')).padStart(4, '0')}-${two(part('month'))}-${two(part('day'))}`;
    }
  }
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The version printed in reports; VM_STRATEGY_REPORT_VERSION pins it for golden files. */
export const reportVersion = (env: Io['env']) => env.VM_STRATEGY_REPORT_VERSION ?? version;
