import { compareWords } from '../../i18n/compare-words.js';
import { words } from '../../i18n/words.js';
import type { SummaryInput, SummaryOptions } from './index.js';

// RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula.
const csvCell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per goal, for spreadsheets: area, goal id, text, marks, score. */
export function formatSummaryCsv({ goals, comparison }: SummaryInput, { lang }: SummaryOptions): string {
  const w = words[lang];
  const cw = compareWords[lang];
  // With --against, three columns at the end: the goal's status and its marks and score then.
  const header = [w.area, w.goalId, w.text, w.marks, w.score, ...(comparison ? [cw.status, `${w.marks} (${cw.before})`, `${w.score} (${cw.before})`] : [])];
  const rows = goals.map((g) => {
    const then = comparison?.comparison.goals.find((c) => c.id === g.goalId && c.status !== 'removed');
    return [
      g.areaId,
      g.goalId,
      g.text,
      g.slots.map((s) => s.mark?.code ?? s.written ?? '').filter(Boolean).join('; '),
      g.score === null ? '' : String(g.score),
      ...(comparison ? [then?.status ?? '', then?.before?.marks ?? '', then?.before?.score == null ? '' : String(then.before.score)] : []),
    ];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
