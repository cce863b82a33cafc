// The tool's words for action plans (tiltaksplaner), in each language.
import type { Lang } from '../core/lang.js';
import type { MeasureStatus } from '../core/schema.js';
import type { Period } from '../core/plan.js';

export interface PlanWords {
  title: (p: Period) => string;
  basedOn: (round: string) => string;
  intro: string;
  measureHeading: string;
  measure: string;
  owner: string;
  deadline: string;
  resources: string;
  indicator: string;
  status: string;
  notes: string;
  statuses: Record<MeasureStatus, string>;
  keepUp: string;
  keepUpIntro: string;
  nothingToKeep: string;
  noUnmet: string;
  planSection: string;
  coverage: (covered: number, unmet: number, percent: string) => string;
  byStatus: string;
  overdue: string;
  noOverdue: string;
  uncovered: string;
  noPlan: string;
  summaryLine: (file: string, covered: number, unmet: number, percent: string) => string;
  statusLine: (parts: string) => string;
  overdueLine: (n: number) => string;
  skeletonTitle: (goalText: string) => string;
  skeletonNotes: (p: Period) => string;
  fileHeader: (p: Period, organisation: string) => string[];
  upToDate: (file: string) => string;
  added: (n: number, file: string) => string;
  created: (n: number, file: string) => string;
}

export const planWords: Record<Lang, PlanWords> = {
  nb: {
    title: (p) => `Tiltaksplan ${p.from}–${p.to}`,
    basedOn: (r) => `utkast basert på revisjonen ${r}`,
    intro: 'Hvert mål som ikke er nådd, har en rad til tiltak. Fyll inn tiltak, ansvarlig, frist, ressurser, indikator og status.',
    measureHeading: 'Tiltak',
    measure: 'Tiltak',
    owner: 'Ansvarlig',
    deadline: 'Frist',
    resources: 'Ressurser',
    indicator: 'Indikator',
    status: 'Status',
    notes: 'Merknader',
    statuses: { planned: 'planlagt', started: 'startet', done: 'fullført', dropped: 'droppet' },
    keepUp: 'Videreføres',
    keepUpIntro: 'Mål som er nådd. De holdes ved like og tas med videre.',
    nothingToKeep: 'Ingen mål er nådd ennå.',
    noUnmet: 'Alle mål er nådd; planen trenger ingen nye tiltak.',
    planSection: 'Tiltaksplan',
    coverage: (c, u, p) => `${c} av ${u} mål som ikke er nådd, har minst ett tiltak (${p}).`,
    byStatus: 'Tiltak etter status',
    overdue: 'Forfalte tiltak',
    noOverdue: 'Ingen tiltak har passert fristen.',
    uncovered: 'Mål uten tiltak',
    noPlan: 'Strategien har ingen tiltaksplan ennå (vm-strategy plan lager et utkast).',
    summaryLine: (f, c, u, p) => `Tiltaksplan ${f}: ${c} av ${u} mål som ikke er nådd, har tiltak (${p}).`,
    statusLine: (parts) => `Tiltak: ${parts}.`,
    overdueLine: (n) => `Forfalt: ${n}.`,
    skeletonTitle: (t) => `Tiltak for: ${t}`,
    skeletonNotes: (p) => `Utkast for ${p.from}–${p.to}: skriv tiltaket, og fyll inn owner (ansvarlig), deadline (frist), resources (ressurser) og indicator (indikator).`,
    fileHeader: (p, org) => [
      `Tiltaksplan ${p.from}–${p.to} for ${org}.`,
      'status: planlagt | startet | fullført | droppet (eller på engelsk: planned | started | done | dropped). deadline (frist): et år (2023) eller år og måned ("2023-06").',
      '«vm-strategy plan --format yaml -o <denne filen>» legger til tiltak for nye mål og endrer ingenting annet.',
    ],
    upToDate: (f) => `${f} er oppdatert: alle mål som ikke er nådd, har tiltak.`,
    added: (n, f) => `La til ${n} tiltak i ${f}.`,
    created: (n, f) => `Skrev ${f} med ${n} tiltak.`,
  },
  en: {
    title: (p) => `Action plan ${p.from}–${p.to}`,
    basedOn: (r) => `draft based on the ${r} revision`,
    intro: 'Every goal not yet achieved has a row for a measure. Fill in the measure, owner, deadline, resources, indicator and status.',
    measureHeading: 'Measures',
    measure: 'Measure',
    owner: 'Owner',
    deadline: 'Deadline',
    resources: 'Resources',
    indicator: 'Indicator',
    status: 'Status',
    notes: 'Notes',
    statuses: { planned: 'planned', started: 'started', done: 'done', dropped: 'dropped' },
    keepUp: 'Keep up',
    keepUpIntro: 'Goals already achieved. They are kept up and carried forward.',
    nothingToKeep: 'No goal is achieved yet.',
    noUnmet: 'Every goal is achieved; the plan needs no new measures.',
    planSection: 'Action plan',
    coverage: (c, u, p) => `${c} of ${u} goals not yet achieved have at least one measure (${p}).`,
    byStatus: 'Measures by status',
    overdue: 'Overdue measures',
    noOverdue: 'No measure is past its deadline.',
    uncovered: 'Goals without a measure',
    noPlan: 'The strategy has no action plan yet (vm-strategy plan drafts one).',
    summaryLine: (f, c, u, p) => `Action plan ${f}: ${c} of ${u} goals not yet achieved have measures (${p}).`,
    statusLine: (parts) => `Measures: ${parts}.`,
    overdueLine: (n) => `Overdue: ${n}.`,
    skeletonTitle: (t) => `Measure for: ${t}`,
    skeletonNotes: (p) => `Draft for ${p.from}–${p.to}: write the measure, and fill in owner, deadline, resources and indicator.`,
    fileHeader: (p, org) => [
      `Action plan ${p.from}–${p.to} for ${org}.`,
      'status: planned | started | done | dropped (or in Norwegian: planlagt | startet | fullført | droppet). deadline: a year (2023) or a year and month ("2023-06").',
      '"vm-strategy plan --format yaml -o <this file>" adds measures for newly unmet goals and changes nothing else.',
    ],
    upToDate: (f) => `${f} is up to date: every goal not yet achieved has a measure.`,
    added: (n, f) => `Added ${n} measures to ${f}.`,
    created: (n, f) => `Wrote ${f} with ${n} measures.`,
  },
};
