// The action-plan draft as data: the unmet goals of each area, lowest score first, with the
// measures the plan already has for them, and the achieved goals to keep up.
import type { Analysis } from '../../core/analyse.js';
import type { Lang } from '../../core/lang.js';
import type { StrategyModel } from '../../core/model.js';
import { fieldsToFill, unfilledReasons, type FieldToFill, type Period } from '../../core/plan.js';
import type { Measure } from '../../core/schema.js';
import { planWords, unfilledText, type PlanWords } from '../../i18n/plan-words.js';
import { monthText } from '../../i18n/format.js';
import {
  buildReportView,
  describeProgress,
  type GoalView,
  type ProgressView,
  type ReportView,
} from '../report/view.js';

export interface MeasureView extends Measure {
  statusLabel: string;
  deadlineText: string;
  /** "ikke fylt ut: ingen ansvarlig": a measure that is not filled in counts for nothing, said beside it. */
  unfilledText?: string;
  /** "eksempel": a measure of the bundled example strategy's plan. */
  exampleTag?: string;
  /** The fields the plan asks of this measure that nobody has written yet. */
  toFill: FieldToFill[];
}

export interface PlanEntryView extends Omit<GoalView, 'measures'> {
  measures: MeasureView[];
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
  /** Made from the bundled example strategy: the plan says so at the top. */
  example?: boolean;
}

export function buildPlanView(model: StrategyModel, analysis: Analysis, options: PlanViewOptions): PlanView {
  const report = buildReportView(model, analysis, options);
  const pw = planWords[options.lang];
  const unmet = new Set(analysis.unmet.map((r) => r.goalId));
  const index = model.plans.findIndex(
    (p) => p.plan.period.from === options.period.from && p.plan.period.to === options.period.to,
  );
  const entry = index >= 0 ? model.plans[index] : undefined;
  const progress = index >= 0 ? analysis.plans[index] : undefined;
  const measureView = (m: Measure): MeasureView => {
    // A dropped measure counts for nothing anyway; its status says so.
    const missing = m.status === 'dropped' ? [] : unfilledReasons(m);
    return {
      ...m,
      statusLabel: pw.statuses[m.status],
      deadlineText: m.deadline === undefined ? '' : monthText(m.deadline, options.lang),
      ...(missing.length > 0 ? { unfilledText: pw.unfilledTag(unfilledText(missing, options.lang)) } : {}),
      ...(options.example ? { exampleTag: pw.exampleTag } : {}),
      toFill: fieldsToFill(m),
    };
  };
  // Each goal's measures in file order, found in one pass over the plan (a measure may serve several goals).
  const measuresByGoal = new Map<string, MeasureView[]>();
  for (const m of entry?.plan.measures ?? []) {
    const view = measureView(m);
    for (const goalId of new Set(m.goals)) {
      const list = measuresByGoal.get(goalId);
      if (list) list.push(view);
      else measuresByGoal.set(goalId, [view]);
    }
  }
  // Unassessed and unknown goals first (they need attention most), then by score, lowest first.
  const rank = (g: GoalView) => (g.score === null ? -1 : g.score);

  return {
    report,
    pw,
    period: options.period,
    title: pw.title(options.period),
    basedOn: pw.basedOn(report.meta.round),
    ...(progress ? { progress: describeProgress(progress, options.lang, options.example) } : {}),
    areas: report.areas
      .map((area) => ({
        id: area.id,
        title: area.title,
        entries: area.goals
          .filter((g) => unmet.has(g.id))
          .sort((a, b) => rank(a) - rank(b))
          .map((g) => ({ ...g, measures: measuresByGoal.get(g.id) ?? [] })),
      }))
      .filter((a) => a.entries.length > 0),
    keepUp: report.areas.flatMap((area) =>
      area.goals.filter((g) => !unmet.has(g.id)).map((goal) => ({ areaTitle: area.title, goal })),
    ),
  };
}
