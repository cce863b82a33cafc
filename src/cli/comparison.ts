// Shared by compare, summary --against and report --against: read the older revision and check
// it, for the analysis to compare with.
import { hasErrors } from '../core/diagnostics.js';
import type { Lang } from '../core/lang.js';
import { loadStrategy } from '../core/load-strategy.js';
import type { StrategyModel } from '../core/model.js';
import { compareWords } from '../i18n/compare-words.js';
import { readRevision, RevisionError } from '../io/revision.js';
import type { CompareInput } from '../render/compare/types.js';
import { printDataErrors, type SoundStrategy } from './data-errors.js';
import { exitCodes, UserError } from './exit-codes.js';
import type { Io, Outcome } from './io.js';

/** An older revision, loaded and sound, and how the user named it. */
export interface OlderRevision {
  before: StrategyModel;
  against: CompareInput['against'];
}

/**
 * Reads and checks the old revision REF. Undefined, with the old revision's errors shown and
 * exit code 1 set, when REF's files have errors.
 */
export async function loadComparison(
  now: SoundStrategy,
  ref: string,
  options: { lang: Lang; color?: boolean },
  io: Io,
  outcome: Outcome,
): Promise<OlderRevision | undefined> {
  const cw = compareWords[options.lang];
  const { dir } = now;
  const revision = await readRevision(ref, dir, io.cwd, io.env).catch((error: unknown) => {
    if (!(error instanceof RevisionError)) throw error;
    const e = cw.errors;
    const messages: Record<RevisionError['reason'], () => string> = {
      dash: () => e.dash(ref),
      neither: () => e.neither(ref, error.detail),
      'no-git': () => e.noGit(ref),
      'not-repo': () => e.notRepo(ref, dir, error.detail),
      'not-in-revision': () => e.notInRevision(error.detail, ref),
      'git-failed': () => e.gitFailed(ref, error.detail),
    };
    throw new UserError(messages[error.reason]());
  });
  const loaded = loadStrategy(revision.folder);
  if (!loaded.model || hasErrors(loaded.diagnostics)) {
    printDataErrors(
      io,
      { diagnostics: loaded.diagnostics, files: revision.folder.files.length },
      options,
      cw.oldRevisionErrors(ref),
    );
    outcome.exitCode = exitCodes.problems;
    return undefined;
  }
  return { before: loaded.model, against: { ref, kind: revision.kind } };
}

/**
 * Reads and checks every older revision of --history, in the order given. Undefined, with the
 * first faulty revision's errors shown and exit code 1 set, when one has errors.
 */
export async function loadHistory(
  now: SoundStrategy,
  refs: readonly string[],
  options: { lang: Lang; color?: boolean },
  io: Io,
  outcome: Outcome,
): Promise<{ ref: string; model: StrategyModel }[] | undefined> {
  const history: { ref: string; model: StrategyModel }[] = [];
  for (const ref of refs) {
    const older = await loadComparison(now, ref, options, io, outcome);
    if (!older) return undefined;
    history.push({ ref, model: older.before });
  }
  return history;
}

/** What --against and --history name, loaded; `stop` when one of them had errors (said, exit code set). */
export type Revisions =
  | { stop: true }
  | { stop: false; older?: OlderRevision; history?: { ref: string; model: StrategyModel }[] };

/** --against and --history of summary and report, each read only when given. */
export async function loadRevisions(
  now: SoundStrategy,
  options: { lang: Lang; color?: boolean; against?: string; history?: string[] },
  io: Io,
  outcome: Outcome,
): Promise<Revisions> {
  const older =
    options.against === undefined ? undefined : await loadComparison(now, options.against, options, io, outcome);
  if (options.against !== undefined && !older) return { stop: true };
  const history =
    options.history === undefined ? undefined : await loadHistory(now, options.history, options, io, outcome);
  if (options.history !== undefined && !history) return { stop: true };
  return { stop: false, ...(older ? { older } : {}), ...(history ? { history } : {}) };
}
