// The current action plan's progress, worded for the report: coverage, how many are filled
// in, the count per status, the overdue measures with their deadlines.
import type { Lang } from '../../core/lang.js';
import type { PlanProgress, UnfilledMeasure } from '../../core/plan.js';
import { measureStatuses, type MeasureStatus } from '../../core/schema.js';
import { locateWords } from '../../i18n/locate-words.js';
import { monthText, percentText } from '../../i18n/format.js';
import { planWords, unfilledText } from '../../i18n/plan-words.js';

export function describeProgress(progress: PlanProgress, lang: Lang, example = false): ProgressView {
  const pw = planWords[lang];
  const statuses = measureStatuses.map((status) => ({
    status,
    label: pw.statuses[status],
    count: progress.byStatus[status],
  }));
  const dropped = progress.byStatus.dropped;
  return {
    ...progress,
    coverageText: pw.coverage(
      progress.coverage.covered,
      progress.coverage.unmetGoals,
      percentText(progress.coverage.ratio, lang),
    ),
    filledText: pw.filled(progress.filled, progress.measures - dropped, dropped),
    unfilledList: progress.unfilled.map((m) => ({ ...m, reasonText: unfilledText(m.missing, lang) })),
    statusText: statuses.map((s) => `${s.label} ${s.count}`).join(', '),
    statuses,
    ...(example
      ? { example: { mark: locateWords[lang].exampleMark, note: pw.exampleMeasures, tag: pw.exampleTag } }
      : {}),
    overdue: progress.overdue.map((m) => ({ ...m, deadlineText: monthText(m.deadline, lang) })),
  };
}

export interface ProgressView extends PlanProgress {
  /** The overdue measures, each with its deadline for reading ("juni 2023"). */
  overdue: (PlanProgress['overdue'][number] & { deadlineText: string })[];
  coverageText: string;
  /** "3 av 19 tiltak er fylt ut …": only filled-in measures count toward coverage. */
  filledText: string;
  /** The measures that are not filled in, each with why in words. */
  unfilledList: (UnfilledMeasure & { reasonText: string })[];
  statusText: string;
  statuses: { status: MeasureStatus; label: string; count: number }[];
  /** The bundled example's plan: its measures are examples, said beside them. */
  example?: { mark: string; note: string; tag: string };
}
