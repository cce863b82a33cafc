import { Option, type Command } from 'commander';
import { compareStrategies } from '../../core/compare.js';
import { hasErrors } from '../../core/diagnostics.js';
import type { Lang } from '../../core/lang.js';
import { loadStrategy, type StrategyModel } from '../../core/load-strategy.js';
import { compareWords } from '../../i18n/compare-words.js';
import { readRevision, RevisionError } from '../../io/revision.js';
import { resolveStrategyDir } from '../../io/strategy-dir.js';
import { compareFormats, type CompareFormat, type CompareInput } from '../../render/compare/index.js';
import { diagnosticFormats } from '../../render/diagnostics/index.js';
import { makeChalk } from '../color.js';
import { loadSoundModel } from '../data-errors.js';
import { exitCodes, UserError } from '../exit-codes.js';
import { colorOption, dirOption, langOption, type Io, type Outcome } from '../program.js';

interface CompareOptions {
  against: string;
  dir?: string;
  format: CompareFormat;
  lang: Lang;
  color?: boolean;
}

/** The --against option of compare, summary and report. */
export const againstOption = (description = 'compare with an older revision: a folder, or a git tag, branch or commit') =>
  new Option('--against <ref>', description);

export function registerCompare(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('compare')
    .description('what changed since an older revision: scores then and now, and every goal that moved')
    .addOption(againstOption().makeOptionMandatory())
    .addOption(dirOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(compareFormats)).default('table'))
    .addOption(langOption())
    .addOption(colorOption())
    .addHelpText(
      'after',
      `
REF is a folder (an older copy of the strategy) or a git revision of the repository the strategy
folder is in. A folder wins when REF is both. A git revision is read from git's object store:
the working tree, the index and HEAD are never touched.

Examples:
  $ vm-strategy compare --against v2021                  # a tag
  $ vm-strategy compare --against HEAD~3 --format md     # three commits ago, as Markdown
  $ vm-strategy compare --against ../strategi-2021       # an older copy in a folder
  $ vm-strategy compare --against v2021 --format json | jq .counts

Exit codes: 0 ok, 1 the strategy files (now or in REF) have errors, 2 usage, or REF is neither
a folder nor a git revision.`,
    )
    .action(async (options: CompareOptions) => {
      const model = await loadSoundModel(options, io, outcome);
      if (!model) return;
      const input = await loadComparison(model, options.against, options, io, outcome);
      if (!input) return;
      io.out(compareFormats[options.format](input, { lang: options.lang, chalk: makeChalk(options.color) }));
    });
}

/**
 * Reads and checks the old revision REF and compares the current strategy with it. Undefined,
 * with the old revision's errors shown and exit code 1 set, when REF's files have errors.
 */
export async function loadComparison(
  now: StrategyModel,
  ref: string,
  options: { dir?: string; lang: Lang; color?: boolean },
  io: Io,
  outcome: Outcome,
): Promise<CompareInput | undefined> {
  const cw = compareWords[options.lang];
  const dir = resolveStrategyDir(options.dir);
  const revision = await readRevision(ref, dir).catch((error: unknown) => {
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
    const chalk = makeChalk(options.color, process.stderr);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    io.err(diagnosticFormats.stylish({ diagnostics: errors, files: revision.folder.files.length }, { lang: options.lang, chalk }));
    io.err(`${cw.oldRevisionErrors(ref)}\n`);
    outcome.exitCode = exitCodes.problems;
    return undefined;
  }
  return { comparison: compareStrategies(loaded.model, now), against: { ref, kind: revision.kind } };
}
