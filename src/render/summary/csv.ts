import { csvCell } from '../escape.js';
import type { SummaryInput, SummaryOptions } from './types.js';
import { historyCsvRows } from './history.js';

/** The machine column names: the same in every language, so scripts can rely on them. */
export const csvColumns = ['area_id', 'goal_id', 'goal_text', 'marks', 'score'] as const;
/** The columns --against adds: the goal's status, and its marks and score in the old revision. */
export const csvAgainstColumns = ['status', 'marks_before', 'score_before'] as const;

/** A UTF-8 byte order mark: spreadsheets then read æøå as UTF-8 rather than as the system's code page. */
const bom = '\uFEFF';

interface Dialect {
  separator: ',' | ';';
  /** A score as a plain number: "0.75", or "0,75" for a spreadsheet that expects a decimal comma. */
  number: (n: number) => string;
}

const dialects = {
  /** RFC 4180: commas, decimal points. */
  plain: { separator: ',', number: (n) => String(n) },
  /** What Excel with Norwegian (and most European) regional settings opens on a double-click. */
  excel: { separator: ';', number: (n) => String(n).replace('.', ',') },
} satisfies Record<string, Dialect>;

/**
 * One row per goal, for spreadsheets and scripts: area id, goal id, text, marks, score (and with
 * --against status, marks and score then). UTF-8 with a BOM, CRLF line ends; with `excel`
 * semicolons and decimal commas. Scores are plain numbers in [0, 1], as in JSON.
 */
export function formatSummaryCsv(
  { analysis: { goals, history }, comparison }: SummaryInput,
  { excel }: SummaryOptions,
): string {
  const { separator, number } = excel ? dialects.excel : dialects.plain;
  // With --history the rows are the scores per area and revision (README, "summary --history").
  if (history) return `${bom + historyCsvRows(history, number, separator).join('\r\n')}\r\n`;
  const header: string[] = [...csvColumns, ...(comparison ? csvAgainstColumns : [])];
  const rows = goals.map((g) => {
    const then = comparison?.comparison.goals.find((c) => c.id === g.goalId && c.status !== 'removed');
    return [
      g.areaId,
      g.goalId,
      g.text,
      g.slots
        .map((s) => s.mark?.code ?? s.written ?? '')
        .filter(Boolean)
        .join('; '),
      g.score === null ? '' : number(g.score),
      ...(comparison
        ? [then?.status ?? '', then?.before?.marks ?? '', then?.before?.score == null ? '' : number(then.before.score)]
        : []),
    ];
  });
  return `${bom + [header, ...rows].map((r) => r.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}
