import { words } from '../../i18n/words.js';
import type { SummaryInput, SummaryOptions } from './index.js';

// RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula.
const csvCell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per goal, for spreadsheets: area, goal id, text, marks, score. */
export function formatSummaryCsv({ goals }: SummaryInput, { lang }: SummaryOptions): string {
  const w = words[lang];
  const header = [w.area, w.goalId, w.text, w.marks, w.score];
  const rows = goals.map((g) => [
    g.areaId,
    g.goalId,
    g.text,
    g.slots.map((s) => s.mark?.code ?? s.written ?? '').filter(Boolean).join('; '),
    g.score === null ? '' : String(g.score),
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
