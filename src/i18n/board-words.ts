// The words of the board pack's page one, the history and the brief report, in each language.
import type { AreaStatus } from '../core/board.js';
import type { Lang } from '../core/lang.js';

export interface BoardWords {
  pageOne: string;
  status: Record<AreaStatus, string>;
  statusHeading: string;
  statusRule: (threshold: string) => string;
  overallScore: string;
  visionScore: string;
  noVision: string;
  periodEnded: (to: number) => string;
  periodPassed: (share: string, from: number, to: number) => string;
  periodNotStarted: (from: number) => string;
  keyMessages: string;
  msgStanding: (achieved: number, onTrack: number, behind: number, unassessed: number, areas: number) => string;
  msgPeriodEnded: (to: number, score: string) => string;
  /** `furthest`: the area furthest behind; else the one next to it. */
  msgGap: (title: string, score: string, threshold: string, furthest: boolean) => string;
  msgMove: (title: string, change: string, since: string, up: boolean) => string;
  msgOverdue: (count: number, title: string, late: string) => string;
  msgDecisions: (count: number) => string;
  msgUnassessed: (count: number) => string;
  forDecision: string;
  forDecisionIntro: string;
  noDecisions: string;
  scoreChart: string;
  thresholdLine: (threshold: string) => string;
  distributionLegend: string;
  measures: string;
  noMeasures: string;
  late: (days: number) => string;
  onTime: string;
  history: string;
  historyIntro: string;
  revision: string;
  now: string;
  behindAreas: string;
  noBehindAreas: string;
  fullReport: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Days late as a reader counts them: days under two months, then months, then years. */
const lateIn = (days: number, unit: { day: [string, string]; month: [string, string]; year: [string, string] }) =>
  days < 60
    ? plural(days, ...unit.day)
    : days < 730
      ? plural(Math.round(days / 30.44), ...unit.month)
      : plural(Math.round((days / 365.25) * 10) / 10, ...unit.year);

export const boardWords: Record<Lang, BoardWords> = {
  nb: {
    pageOne: 'Status og beslutninger',
    status: { achieved: 'Oppnådd', 'on-track': 'I rute', behind: 'Etter skjema', unassessed: 'Ikke vurdert' },
    statusHeading: 'Status per område',
    statusRule: (t) =>
      `Oppnådd: score minst ${t}. I rute: under ${t}, men minst den andelen av ${t} som tiden som er gått tilsier. Etter skjema: under det, og alltid under ${t} når perioden er over.`,
    overallScore: 'Samlet score',
    visionScore: 'Målbildet',
    noVision: 'ingen vurdering',
    periodEnded: (to) => `Strategiperioden er over (den gikk ut ${to}).`,
    periodPassed: (s, from, to) => `${s} av strategiperioden ${from}–${to} er gått.`,
    periodNotStarted: (from) => `Strategiperioden har ikke begynt (den starter ${from}).`,
    keyMessages: 'Viktigst å vite',
    msgStanding: (a, o, b, u, n) =>
      `${a} av ${n} områder er oppnådd, ${o} i rute og ${b} etter skjema${u > 0 ? `; ${u} er ikke vurdert` : ''}.`,
    msgPeriodEnded: (to, s) => `Perioden gikk ut i ${to}; samlet score ved slutt er ${s}.`,
    msgGap: (title, s, t, furthest) =>
      `${title} ligger ${furthest ? 'lengst' : 'nest lengst'} bak: ${s} mot terskelen ${t}.`,
    msgMove: (title, c, since, up) => `${title} har ${up ? 'gått fram' : 'gått tilbake'} ${c} siden revisjon ${since}.`,
    msgOverdue: (n, title, late) =>
      `${plural(n, 'tiltak', 'tiltak')} har passert fristen; lengst over er «${title}» (${late}).`,
    msgDecisions: (n) =>
      `${plural(n, 'mål', 'mål')} under terskelen mangler et utfylt tiltak: styret må avgjøre hva som skal gjøres.`,
    msgUnassessed: (n) =>
      `${plural(n, 'mål', 'mål')} er ikke vurdert, helt eller delvis; tallene gjelder bare det som er vurdert.`,
    forDecision: 'Til beslutning',
    forDecisionIntro: 'Mål under terskelen uten et utfylt tiltak i gjeldende tiltaksplan.',
    noDecisions: 'Alle mål under terskelen har et utfylt tiltak.',
    scoreChart: 'Score per område',
    thresholdLine: (t) => `Stiplet linje: terskelen ${t}`,
    distributionLegend: 'Tegnforklaring',
    measures: 'Tiltak',
    noMeasures: 'Ingen tiltak i gjeldende plan.',
    late: (d) =>
      `${lateIn(d, { day: ['dag', 'dager'], month: ['måned', 'måneder'], year: ['år', 'år'] }).replace('.', ',')} over fristen`,
    onTime: 'ikke over fristen',
    history: 'Utvikling over revisjonene',
    historyIntro: 'Score ved hver revisjon, eldst først.',
    revision: 'Revisjon',
    now: 'nå',
    behindAreas: 'Områder etter skjema',
    noBehindAreas: 'Ingen områder er etter skjema.',
    fullReport: 'Alle mål',
  },
  en: {
    pageOne: 'Status and decisions',
    status: { achieved: 'Achieved', 'on-track': 'On track', behind: 'Behind', unassessed: 'Not assessed' },
    statusHeading: 'Status per area',
    statusRule: (t) =>
      `Achieved: a score of at least ${t}. On track: below ${t}, but at least the share of ${t} that the time passed calls for. Behind: below that, and always below ${t} once the period has ended.`,
    overallScore: 'Overall score',
    visionScore: 'Vision',
    noVision: 'not assessed',
    periodEnded: (to) => `The strategy period is over (it ended in ${to}).`,
    periodPassed: (s, from, to) => `${s} of the strategy period ${from}–${to} has passed.`,
    periodNotStarted: (from) => `The strategy period has not begun (it starts in ${from}).`,
    keyMessages: 'Key messages',
    msgStanding: (a, o, b, u, n) =>
      `${a} of ${n} areas are achieved, ${o} on track and ${b} behind${u > 0 ? `; ${u} not assessed` : ''}.`,
    msgPeriodEnded: (to, s) => `The period ended in ${to}; the overall score at its end is ${s}.`,
    msgGap: (title, s, t, furthest) =>
      `${title} is ${furthest ? 'furthest' : 'next furthest'} behind: ${s} against the threshold of ${t}.`,
    msgMove: (title, c, since, up) => `${title} has ${up ? 'moved up' : 'moved down'} ${c} since revision ${since}.`,
    msgOverdue: (n, title, late) =>
      `${plural(n, 'measure is', 'measures are')} past the deadline; the most overdue is “${title}” (${late}).`,
    msgDecisions: (n) =>
      `${plural(n, 'goal', 'goals')} below the threshold ${n === 1 ? 'has' : 'have'} no filled-in measure: the board must decide what to do.`,
    msgUnassessed: (n) =>
      `${plural(n, 'goal is', 'goals are')} not assessed, wholly or in part; the figures count only what is assessed.`,
    forDecision: 'For decision',
    forDecisionIntro: 'Goals below the threshold without a filled-in measure in the current action plan.',
    noDecisions: 'Every goal below the threshold has a filled-in measure.',
    scoreChart: 'Score per area',
    thresholdLine: (t) => `Dashed line: the threshold of ${t}`,
    distributionLegend: 'Legend',
    measures: 'Measures',
    noMeasures: 'No measure in the current plan.',
    late: (d) => `${lateIn(d, { day: ['day', 'days'], month: ['month', 'months'], year: ['year', 'years'] })} late`,
    onTime: 'not late',
    history: 'Progress over the revisions',
    historyIntro: 'The score at each revision, oldest first.',
    revision: 'Revision',
    now: 'now',
    behindAreas: 'Areas behind',
    noBehindAreas: 'No area is behind.',
    fullReport: 'All goals',
  },
};
