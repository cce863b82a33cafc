import { Option, type Command } from 'commander';
import { compareFormatNames } from '../../render/format-names.js';
import type { CompareOptions } from '../actions/compare.js';
import { againstOption, colorOption, dirOption, exampleOption, langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerCompare(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('compare')
    .description('what changed since an older revision: scores then and now, and every goal that moved')
    .addOption(againstOption().makeOptionMandatory())
    .addOption(dirOption())
    .addOption(exampleOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(compareFormatNames).default('table'))
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
    .action(async (options: CompareOptions) => (await import('../actions/compare.js')).compare(options, io, outcome));
}
