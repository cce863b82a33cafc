import { Option, type Command } from 'commander';
import { summaryFormatNames } from '../../render/format-names.js';
import type { SummaryOptions } from '../actions/summary.js';
import { againstOption, colorOption, dirOption, exampleOption, langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerSummary(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('summary')
    .description('completion per area, for the vision and overall')
    .addOption(dirOption())
    .addOption(exampleOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(summaryFormatNames).default('table'))
    .addOption(langOption())
    .addOption(colorOption())
    .addOption(againstOption('also show each score then → now, against an older revision: a folder, or a git tag, branch or commit'))
    .addOption(new Option('--excel', 'with --format csv: for Excel with Norwegian settings (semicolons, decimal commas)'))
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy summary
  $ vm-strategy summary --lang en
  $ vm-strategy summary --format json | jq .overall.score
  $ vm-strategy summary --format csv > goals.csv     # one row per goal
  $ vm-strategy summary --format csv --excel > goals.csv   # for Norwegian Excel
  $ vm-strategy summary --format md >> README.md
  $ vm-strategy summary --against v2021           # a then → now column, against a git tag
  $ vm-strategy summary --against v2021 --format json | jq .comparison.overall

CSV: columns area_id, goal_id, goal_text, marks, score (0–1), the same in every
language; --against adds status, marks_before, score_before. UTF-8 with a byte
order mark, CRLF line ends. --excel: semicolons and decimal commas, so that Excel
with Norwegian settings opens the file right on a double-click.

The table is as wide as the terminal (else COLUMNS, else 80 columns).

Exit codes: 0 ok, 1 the strategy files (or those of --against) have errors (they are listed on stderr),
2 usage, or --against is neither a folder nor a git revision.`,
    )
    .action(async (options: SummaryOptions) => (await import('../actions/summary.js')).summary(options, io, outcome));
}
