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
  goalId: string;
  text: string;
  error: string;
  warning: string;
  problems: (errors: number, warnings: number) => string;
  noProblems: (files: number) => string;
  tooManyWarnings: (warnings: number, max: number) => string;
  summaryTitle: (organisation: string, title: string, round: string | number) => string;
  dataErrors: string;
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
    group: { achieved: 'Oppnådd', partial: 'Delvis', not: 'Ikke oppnådd', unknown: 'Ukjent', unassessed: 'Ikke vurdert' },
    groupShort: { achieved: 'Oppnådd', partial: 'Delvis', not: 'Ikke', unknown: 'Ukjent', unassessed: 'Uvurdert' },
    goalId: 'Mål-id',
    text: 'Tekst',
    error: 'feil',
    warning: 'advarsel',
    problems: (e, w) => `${plural(e + w, 'problem', 'problemer')} (${plural(e, 'feil', 'feil')}, ${plural(w, 'advarsel', 'advarsler')})`,
    noProblems: (n) => `Ingen problemer funnet (${plural(n, 'fil', 'filer')} kontrollert).`,
    tooManyWarnings: (w, max) => `For mange advarsler: ${w}, høyst ${max} tillatt (--max-warnings).`,
    summaryTitle: (org, title, round) => `${org} – ${title} – revisjon ${round}`,
    dataErrors: 'Strategifilene har feil; rett dem først (se vm-strategy validate).',
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
    group: { achieved: 'Achieved', partial: 'Partial', not: 'Not achieved', unknown: 'Unknown', unassessed: 'Unassessed' },
    groupShort: { achieved: 'Achieved', partial: 'Partial', not: 'Not', unknown: 'Unknown', unassessed: 'Unassessed' },
    goalId: 'Goal id',
    text: 'Text',
    error: 'error',
    warning: 'warning',
    problems: (e, w) => `${plural(e + w, 'problem', 'problems')} (${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')})`,
    noProblems: (n) => `No problems found (${plural(n, 'file', 'files')} checked).`,
    tooManyWarnings: (w, max) => `Too many warnings: ${w}, at most ${max} allowed (--max-warnings).`,
    summaryTitle: (org, title, round) => `${org} – ${title} – revision ${round}`,
    dataErrors: 'The strategy files have errors; fix them first (see vm-strategy validate).',
  },
};
