// The tool's words for action plans (tiltaksplaner), in each language.
import type { Lang } from '../core/lang.js';
import type { MeasureStatus } from '../core/schema.js';
import { draftTitleLeadIn, type Period, type UnfilledReason } from '../core/plan.js';

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
  /** "3 of 19 measures are filled in …": measures that are not dropped, and how many of them count. */
  filled: (filled: number, total: number, dropped: number) => string;
  unfilledHeading: string;
  /** Beside a measure in a table: it is not filled in, and why. */
  unfilledTag: (reasons: string) => string;
  unfilledReasons: Record<UnfilledReason, string>;
  /** The plan file of the bundled example strategy: its measures are not anyone's. */
  exampleMeasures: string;
  exampleTag: string;
  noPlan: string;
  summaryLine: (file: string, covered: number, unmet: number, percent: string) => string;
  summaryUnfilled: (id: string, reasons: string) => string;
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
    intro:
      'Hvert mål som ikke er nådd, har en rad til tiltak. Fyll inn tiltak, ansvarlig, frist, ressurser, indikator og status.',
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
    coverage: (c, u, p) =>
      `${c} av ${u} mål som ikke er nådd, har minst ett utfylt tiltak (${p}). Tiltak som ikke er fylt ut, teller ikke med.`,
    byStatus: 'Tiltak etter status',
    overdue: 'Forfalte tiltak',
    noOverdue: 'Ingen tiltak har passert fristen.',
    uncovered: 'Mål uten utfylt tiltak',
    filled: (f, t, d) =>
      `${f} av ${t} tiltak er fylt ut (egen tittel, ansvarlig og frist)${d > 0 ? `; ${d} ${d === 1 ? 'droppet' : 'droppede'} tiltak er ikke regnet med` : ''}.`,
    unfilledHeading: 'Tiltak som ikke er fylt ut',
    unfilledTag: (r) => `ikke fylt ut: ${r}`,
    unfilledReasons: {
      'draft-title': 'tittelen er utkastet',
      'no-owner': 'ingen ansvarlig',
      'no-deadline': 'ingen frist',
    },
    exampleMeasures:
      'Tiltakene er eksempler fra eksempelstrategien som følger med vm-strategy, ikke museets vedtatte tiltak.',
    exampleTag: 'eksempel',
    noPlan: 'Strategien har ingen tiltaksplan ennå (vm-strategy plan lager et utkast).',
    summaryLine: (f, c, u, p) =>
      `Tiltaksplan ${f}: ${c} av ${u} mål som ikke er nådd, har utfylt tiltak (${p}); tiltak som ikke er fylt ut, teller ikke.`,
    summaryUnfilled: (id, r) => `Ikke fylt ut: ${id} (${r}).`,
    statusLine: (parts) => `Tiltak: ${parts}.`,
    overdueLine: (n) => `Forfalt: ${n}.`,
    skeletonTitle: (t) => `${draftTitleLeadIn.nb}${t}`,
    skeletonNotes: (p) =>
      `Utkast for ${p.from}–${p.to}: skriv tiltaket i title, og fyll inn owner (ansvarlig), deadline (frist), resources (ressurser) og indicator (indikator). ` +
      'Tiltaket teller ikke med i planen før title, owner og deadline er fylt ut.',
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
    intro:
      'Every goal not yet achieved has a row for a measure. Fill in the measure, owner, deadline, resources, indicator and status.',
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
    coverage: (c, u, p) =>
      `${c} of ${u} goals not yet achieved have at least one filled-in measure (${p}). Measures not filled in do not count.`,
    byStatus: 'Measures by status',
    overdue: 'Overdue measures',
    noOverdue: 'No measure is past its deadline.',
    uncovered: 'Goals without a filled-in measure',
    filled: (f, t, d) =>
      `${f} of ${t} measures are filled in (a title of their own, an owner and a deadline)${d > 0 ? `; ${d} dropped ${d === 1 ? 'measure is' : 'measures are'} not counted` : ''}.`,
    unfilledHeading: 'Measures not filled in',
    unfilledTag: (r) => `not filled in: ${r}`,
    unfilledReasons: { 'draft-title': 'the title is the draft', 'no-owner': 'no owner', 'no-deadline': 'no deadline' },
    exampleMeasures:
      'These measures are examples from the example strategy bundled with vm-strategy, not measures the museum has decided on.',
    exampleTag: 'example',
    noPlan: 'The strategy has no action plan yet (vm-strategy plan drafts one).',
    summaryLine: (f, c, u, p) =>
      `Action plan ${f}: ${c} of ${u} goals not yet achieved have filled-in measures (${p}); measures not filled in do not count.`,
    summaryUnfilled: (id, r) => `Not filled in: ${id} (${r}).`,
    statusLine: (parts) => `Measures: ${parts}.`,
    overdueLine: (n) => `Overdue: ${n}.`,
    skeletonTitle: (t) => `${draftTitleLeadIn.en}${t}`,
    skeletonNotes: (p) =>
      `Draft for ${p.from}–${p.to}: write the measure as its title, and fill in owner, deadline, resources and indicator. ` +
      'The measure does not count in the plan until title, owner and deadline are filled in.',
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

/** Why a measure is not filled in, in words: "ingen ansvarlig, ingen frist". */
export const unfilledText = (missing: readonly UnfilledReason[], lang: Lang) =>
  missing.map((r) => planWords[lang].unfilledReasons[r]).join(', ');
