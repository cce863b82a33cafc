// The action-plan draft as data: the unmet goals of each area, lowest score first, with the
// measures the plan already has for them, and the achieved goals to keep up.
import type { Lang } from '../../core/lang.js';
import type { StrategyModel } from '../../core/load-strategy.js';
import { needsMeasure, planProgress, type Period } from '../../core/plan.js';
import type { Measure } from '../../core/schema.js';
import { goalRows } from '../../core/summary.js';
import { planWords, type PlanWords } from '../../i18n/plan-words.js';
import { monthText } from '../../i18n/format.js';
import { buildReportView, describeProgress, type GoalView, type ProgressView, type ReportView } from '../report/view.js';

export interface PlanEntryView extends GoalView {
  measures: (Measure & { statusLabel: string; deadlineText: string })[];
}

export interface PlanView {
  report: ReportView;
  pw: PlanWords;
  period: Period;
  title: string;
  basedOn: string;
  /** The plan file for this period, when the strategy has one. */
  progress?: ProgressView;
  areas: { id: string; title: string; entries: PlanEntryView[] }[];
  keepUp: { areaTitle: string; goal: GoalView }[];
}

export interface PlanViewOptions {
  lang: Lang;
  generated: string;
  version: string;
  period: Period;
  /** Today as YYYY-MM-DD, for overdue measures. */
  today: string;
}

export function buildPlanView(model: StrategyModel, options: PlanViewOptions): PlanView {
  const report = buildReportView(model, options);
  const pw = planWords[options.lang];
  const threshold = model.scale.scale.threshold;
  const rows = new Map(goalRows(model).map((r) => [r.goalId, r]));
  const entry = model.plans.find((p) => p.plan.period.from === options.period.from && p.plan.period.to === options.period.to);
  const measuresOf = (goalId: string) =>
    (entry?.plan.measures ?? [])
      .filter((m) => m.goals.includes(goalId))
      .map((m) => ({ ...m, statusLabel: pw.statuses[m.status], deadlineText: m.deadline === undefined ? '' : monthText(m.deadline, options.lang) }));
  // Unassessed and unknown goals first (they need attention most), then by score, lowest first.
  const rank = (g: GoalView) => (g.score === null ? -1 : g.score);

  const progress = entry ? planProgress(model, entry, options.today) : undefined;
  return {
    report,
    pw,
    period: options.period,
    title: pw.title(options.period),
    basedOn: pw.basedOn(report.meta.round),
    ...(progress ? { progress: describeProgress(progress, options.lang) } : {}),
    areas: report.areas
      .map((area) => ({
        id: area.id,
        title: area.title,
        entries: area.goals
          .filter((g) => needsMeasure(rows.get(g.id)!, threshold))
          .sort((a, b) => rank(a) - rank(b))
          .map((g) => ({ ...g, measures: measuresOf(g.id) })),
      }))
      .filter((a) => a.entries.length > 0),
    keepUp: report.areas.flatMap((area) =>
      area.goals.filter((g) => !needsMeasure(rows.get(g.id)!, threshold)).map((goal) => ({ areaTitle: area.title, goal })),
    ),
  };
}
