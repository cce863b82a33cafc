// The tool's own words in each language. The strategy's content is never translated.
import type { Lang } from '../core/lang.js';
import type { Group } from '../core/scale.js';

export interface Words {
  area: string;
  goals: string;
  marks: string;
  statements: string;
  score: string;
  progress: string;
  vision: string;
  overall: string;
  group: Record<Group | 'unassessed', string>;
  /** Short group names for narrow table columns. */
  groupShort: Record<Group | 'unassessed', string>;
  /** Abbreviated headings of the summary table's count columns, for a narrow terminal. */
  abbr: Record<Group | 'unassessed' | 'goals' | 'marks', string>;
  goalId: string;
  text: string;
  error: string;
  warning: string;
  problems: (errors: number, warnings: number) => string;
  noProblems: (files: number) => string;
  hiddenWarnings: (warnings: number) => string;
  tooManyWarnings: (warnings: number, max: number) => string;
  summaryTitle: (organisation: string, title: string, round: string | number) => string;
  dataErrors: string;
  /** `summary --excel` without `--format csv`. */
  excelNeedsCsv: (format: string) => string;
  report: ReportWords;
}

export interface ReportWords {
  documentTitle: (title: string) => string;
  period: string;
  round: string;
  generated: string;
  version: string;
  contents: string;
  glance: string;
  overallScore: string;
  distribution: string;
  perArea: string;
  count: string;
  /** A group's share of the marks: a count, not the score (which weighs each mark by its score), so named apart. */
  share: string;
  lagging: string;
  laggingIntro: (threshold: string) => string;
  noLagging: string;
  unassessedGoals: string;
  noneUnassessed: string;
  visionHeading: (subtitle: string | undefined, title: string) => string;
  mark: string;
  noMark: string;
  note: string;
  comment: string;
  comments: string;
  pillars: string;
  goalsHeading: string;
  /** Before the reason an area gives for having no goals on purpose (`no-goals`). */
  noGoals: string;
  areaScore: string;
  part: (n: number) => string;
  scale: string;
  scaleIntro: (threshold: string) => string;
  code: string;
  label: string;
  threshold: string;
  chartLabel: (title: string, parts: string) => string;
  clause: (n: number) => string;
  tags: string;
  groupHeading: string;
  assessedBy: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const words: Record<Lang, Words> = {
  nb: {
    area: 'Område',
    goals: 'Mål',
    marks: 'Vurderinger',
    statements: 'Utsagn',
    score: 'Score',
    progress: 'Fremdrift',
    vision: 'Målbildet',
    overall: 'Totalt',
    group: {
      achieved: 'Oppnådd',
      partial: 'Delvis',
      not: 'Ikke oppnådd',
      unknown: 'Ukjent',
      unassessed: 'Ikke vurdert',
    },
    groupShort: { achieved: 'Oppnådd', partial: 'Delvis', not: 'Ikke', unknown: 'Ukjent', unassessed: 'Uvurdert' },
    abbr: {
      goals: 'Mål',
      marks: 'Vurd.',
      achieved: 'Oppn.',
      partial: 'Delv.',
      not: 'Ikke',
      unknown: 'Ukj.',
      unassessed: 'Uvurd.',
    },
    goalId: 'Mål-id',
    text: 'Tekst',
    error: 'feil',
    warning: 'advarsel',
    problems: (e, w) =>
      `${plural(e + w, 'problem', 'problemer')} (${plural(e, 'feil', 'feil')}, ${plural(w, 'advarsel', 'advarsler')})`,
    noProblems: (n) => `Ingen problemer funnet (${plural(n, 'fil', 'filer')} kontrollert).`,
    hiddenWarnings: (n) => `Ingen feil; ${plural(n, 'advarsel', 'advarsler')} ikke vist (--quiet).`,
    tooManyWarnings: (w, max) => `For mange advarsler: ${w}, høyst ${max} tillatt (--max-warnings).`,
    summaryTitle: (org, title, round) => `${org} – ${title} – revisjon ${round}`,
    dataErrors: 'Strategifilene har feil; rett dem først (se vm-strategy validate).',
    excelNeedsCsv: (f) =>
      `--excel gjelder bare CSV, ikke --format ${f}. Skriv: vm-strategy summary --format csv --excel`,
    report: {
      documentTitle: (t) => `Revisjonsrapport – ${t}`,
      period: 'Periode',
      round: 'Revisjon',
      generated: 'Laget',
      version: 'vm-strategy',
      contents: 'Innhold',
      glance: 'Kort oppsummert',
      overallScore: 'Samlet score',
      distribution: 'Fordeling av vurderingene',
      perArea: 'Score per område',
      count: 'Antall',
      share: 'Andel av vurderingene',
      lagging: 'Det som henger etter',
      laggingIntro: (t) => `Mål med score under terskelen (${t}), lavest først.`,
      noLagging: 'Alle vurderte mål har nådd terskelen.',
      unassessedGoals: 'Ikke vurderte mål',
      noneUnassessed: 'Alle mål er vurdert.',
      visionHeading: (sub, title) => (sub ? `${title}: ${sub}` : title),
      mark: 'Vurdering',
      noMark: 'ikke vurdert',
      note: 'Merknad',
      comment: 'Kommentar',
      comments: 'Kommentarer',
      pillars: 'Pilarer',
      goalsHeading: 'Utviklingsmål',
      noGoals: 'Ingen utviklingsmål',
      areaScore: 'Score for området',
      part: (n) => `Del ${n}`,
      scale: 'Vurderingsskalaen',
      scaleIntro: (t) => `En vurdering med score på minst ${t} regnes som oppnådd.`,
      code: 'Kode',
      label: 'Betydning',
      threshold: 'Terskel',
      chartLabel: (title, parts) => `${title}: ${parts}`,
      clause: (n) => `ledd ${n}`,
      tags: 'Stikkord',
      groupHeading: 'Gruppe',
      assessedBy: 'vurdert av',
    },
  },
  en: {
    area: 'Area',
    goals: 'Goals',
    marks: 'Marks',
    statements: 'Statements',
    score: 'Score',
    progress: 'Progress',
    vision: 'Vision',
    overall: 'Overall',
    group: {
      achieved: 'Achieved',
      partial: 'Partial',
      not: 'Not achieved',
      unknown: 'Unknown',
      unassessed: 'Unassessed',
    },
    groupShort: { achieved: 'Achieved', partial: 'Partial', not: 'Not', unknown: 'Unknown', unassessed: 'Unassessed' },
    abbr: {
      goals: 'Goals',
      marks: 'Marks',
      achieved: 'Ach.',
      partial: 'Part.',
      not: 'Not',
      unknown: 'Unkn.',
      unassessed: 'Unass.',
    },
    goalId: 'Goal id',
    text: 'Text',
    error: 'error',
    warning: 'warning',
    problems: (e, w) =>
      `${plural(e + w, 'problem', 'problems')} (${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')})`,
    noProblems: (n) => `No problems found (${plural(n, 'file', 'files')} checked).`,
    hiddenWarnings: (n) => `No errors; ${plural(n, 'warning', 'warnings')} not shown (--quiet).`,
    tooManyWarnings: (w, max) => `Too many warnings: ${w}, at most ${max} allowed (--max-warnings).`,
    summaryTitle: (org, title, round) => `${org} – ${title} – revision ${round}`,
    dataErrors: 'The strategy files have errors; fix them first (see vm-strategy validate).',
    excelNeedsCsv: (f) => `--excel is for CSV only, not --format ${f}. Write: vm-strategy summary --format csv --excel`,
    report: {
      documentTitle: (t) => `Revision report – ${t}`,
      period: 'Period',
      round: 'Revision',
      generated: 'Generated',
      version: 'vm-strategy',
      contents: 'Contents',
      glance: 'At a glance',
      overallScore: 'Overall score',
      distribution: 'Distribution of marks',
      perArea: 'Score per area',
      count: 'Count',
      share: 'Share of marks',
      lagging: 'What lags behind',
      laggingIntro: (t) => `Goals scoring below the threshold (${t}), lowest first.`,
      noLagging: 'Every assessed goal has reached the threshold.',
      unassessedGoals: 'Goals not assessed',
      noneUnassessed: 'Every goal is assessed.',
      visionHeading: (sub, title) => (sub ? `${title}: ${sub}` : title),
      mark: 'Mark',
      noMark: 'not assessed',
      note: 'Note',
      comment: 'Comment',
      comments: 'Comments',
      pillars: 'Pillars',
      goalsHeading: 'Development goals',
      noGoals: 'No development goals',
      areaScore: 'Area score',
      part: (n) => `Part ${n}`,
      scale: 'The assessment scale',
      scaleIntro: (t) => `A mark scoring at least ${t} counts as achieved.`,
      code: 'Code',
      label: 'Meaning',
      threshold: 'Threshold',
      chartLabel: (title, parts) => `${title}: ${parts}`,
      clause: (n) => `clause ${n}`,
      tags: 'Tags',
      groupHeading: 'Group',
      assessedBy: 'assessed by',
    },
  },
};
