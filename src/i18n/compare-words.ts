// The words of `compare` and of `--against` in summary and report, in each language.
import type { GoalStatus, Movement } from '../core/compare.js';
import type { Lang } from '../core/lang.js';

export type RevisionKind = 'folder' | 'git';

export interface CompareWords {
  /** Heading of the comparison (compare, and the report's section). */
  title: string;
  against: (ref: string, kind: RevisionKind) => string;
  rounds: (before: string, after: string) => string;
  before: string;
  after: string;
  change: string;
  /** Column of `summary --against`. */
  thenNow: string;
  goal: string;
  status: string;
  statuses: Record<GoalStatus, string>;
  /** A short word for a movement, after its arrow (↑ forbedret). */
  movement: Record<Movement, string>;
  /** The text alternative of an arrow beside a goal: "Forbedret fra NEI". */
  movedFrom: (movement: Movement, marks: string) => string;
  /** The short Markdown form beside a goal: "fra NEI". */
  from: (marks: string) => string;
  areaStatus: { new: string; removed: string };
  renamedFrom: (oldId: string) => string;
  movedGoals: string;
  changedGoals: string;
  noChangedGoals: string;
  noMovedGoals: string;
  newGoals: string;
  removedGoals: string;
  renamedGoals: string;
  otherGoals: string;
  counts: string;
  oldRevisionErrors: (ref: string) => string;
  errors: {
    dash: (ref: string) => string;
    neither: (ref: string, repo: string) => string;
    noGit: (ref: string) => string;
    notRepo: (ref: string, dir: string, detail: string) => string;
    notInRevision: (dir: string, ref: string) => string;
    gitFailed: (ref: string, detail: string) => string;
  };
}

export const compareWords: Record<Lang, CompareWords> = {
  nb: {
    title: 'Endringer siden forrige revisjon',
    against: (ref, kind) =>
      kind === 'git' ? `Sammenlignet med git-revisjonen ${ref}` : `Sammenlignet med mappen ${ref}`,
    rounds: (before, after) => `revisjon ${before} → ${after}`,
    before: 'Forrige',
    after: 'Nå',
    change: 'Endring',
    thenNow: 'Forrige → nå',
    goal: 'Mål',
    status: 'Status',
    statuses: {
      improved: 'forbedret',
      declined: 'svekket',
      unchanged: 'uendret',
      new: 'nytt',
      removed: 'fjernet',
      renamed: 'ny id',
    },
    movement: { improved: 'forbedret', declined: 'svekket', unchanged: 'uendret' },
    movedFrom: (m, marks) =>
      `${m === 'improved' ? 'Forbedret' : m === 'declined' ? 'Svekket' : 'Uendret'} fra ${marks}`,
    from: (marks) => `fra ${marks}`,
    areaStatus: { new: 'nytt område', removed: 'fjernet område' },
    renamedFrom: (oldId) => `tidligere ${oldId}`,
    movedGoals: 'Mål som har flyttet seg',
    changedGoals: 'Mål som er endret',
    noChangedGoals: 'Ingen mål er endret: alle har samme id og samme score som før.',
    noMovedGoals: 'Ingen mål har fått høyere eller lavere score.',
    newGoals: 'Nye mål',
    removedGoals: 'Fjernede mål',
    renamedGoals: 'Mål med ny id',
    otherGoals: 'Nye, fjernede og omdøpte mål',
    counts: 'Mål',
    oldRevisionErrors: (ref) =>
      `Forrige revisjon (${ref}) har feil i strategifilene, så den kan ikke sammenlignes. Rett feilene der, eller sammenlign med en annen revisjon.`,
    errors: {
      dash: (ref) => `--against ${ref}: en revisjon kan ikke begynne med «-». Mener du en mappe, skriv ./${ref}.`,
      neither: (ref, repo) =>
        `--against ${ref}: ikke en mappe og ikke en git-revisjon i ${repo}. Oppgi en mappe med en eldre kopi av strategien, eller en tag, gren eller commit (f.eks. v2021, HEAD~1).`,
      noGit: (ref) =>
        `--against ${ref}: ikke en mappe, og git er ikke installert, så den kan ikke leses som en git-revisjon. Installer git, eller oppgi en mappe.`,
      notRepo: (ref, dir, detail) =>
        `--against ${ref}: ikke en mappe, og strategimappen ${dir} ligger ikke i et git-repo${detail ? ` (${detail})` : ''}. Oppgi en mappe med en eldre kopi av strategien.`,
      notInRevision: (dir, ref) =>
        `Strategimappen ${dir} finnes ikke i git-revisjonen ${ref}. Velg en revisjon der den finnes.`,
      gitFailed: (ref, detail) => `Kunne ikke lese git-revisjonen ${ref}: ${detail}`,
    },
  },
  en: {
    title: 'Changes since the last revision',
    against: (ref, kind) =>
      kind === 'git' ? `Compared with the git revision ${ref}` : `Compared with the folder ${ref}`,
    rounds: (before, after) => `revision ${before} → ${after}`,
    before: 'Then',
    after: 'Now',
    change: 'Change',
    thenNow: 'Then → now',
    goal: 'Goal',
    status: 'Status',
    statuses: {
      improved: 'improved',
      declined: 'declined',
      unchanged: 'unchanged',
      new: 'new',
      removed: 'removed',
      renamed: 'renamed',
    },
    movement: { improved: 'improved', declined: 'declined', unchanged: 'unchanged' },
    movedFrom: (m, marks) =>
      `${m === 'improved' ? 'Improved' : m === 'declined' ? 'Declined' : 'Unchanged'} from ${marks}`,
    from: (marks) => `from ${marks}`,
    areaStatus: { new: 'new area', removed: 'removed area' },
    renamedFrom: (oldId) => `formerly ${oldId}`,
    movedGoals: 'Goals that moved',
    changedGoals: 'Goals that changed',
    noChangedGoals: 'No goal changed: every goal has the same id and score as before.',
    noMovedGoals: 'No goal scores higher or lower than before.',
    newGoals: 'New goals',
    removedGoals: 'Removed goals',
    renamedGoals: 'Goals with a new id',
    otherGoals: 'New, removed and renamed goals',
    counts: 'Goals',
    oldRevisionErrors: (ref) =>
      `The old revision (${ref}) has errors in its strategy files, so it cannot be compared. Fix them there, or compare with another revision.`,
    errors: {
      dash: (ref) => `--against ${ref}: a revision cannot start with "-". For a folder, write ./${ref}.`,
      neither: (ref, repo) =>
        `--against ${ref}: not a folder and not a git revision in ${repo}. Give a folder with an older copy of the strategy, or a tag, branch or commit (e.g. v2021, HEAD~1).`,
      noGit: (ref) =>
        `--against ${ref}: not a folder, and git is not installed, so it cannot be read as a git revision. Install git, or give a folder.`,
      notRepo: (ref, dir, detail) =>
        `--against ${ref}: not a folder, and the strategy folder ${dir} is not in a git repository${detail ? ` (${detail})` : ''}. Give a folder with an older copy of the strategy.`,
      notInRevision: (dir, ref) =>
        `The strategy folder ${dir} does not exist in the git revision ${ref}. Choose a revision that has it.`,
      gitFailed: (ref, detail) => `Could not read the git revision ${ref}: ${detail}`,
    },
  },
};
