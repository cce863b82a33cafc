import { Option, type Command } from 'commander';
import { reportFormatNames } from '../../render/format-names.js';
import type { ReportOptions } from '../actions/report.js';
import { againstOption, colorOption, dirOption, exampleOption, langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerReport(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('report')
    .description('the revision-meeting report: Markdown, HTML or PDF')
    .addOption(dirOption())
    .addOption(exampleOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(reportFormatNames).default('md'))
    .option('-o, --output <file>', 'write to this file (md: default stdout; html/pdf: default report.html / report.pdf)')
    .addOption(langOption())
    .option('--template <folder>', 'use the HTML templates in this folder (a copy of templates/report/)')
    .addOption(colorOption())
    .addOption(againstOption('open with the changes since an older revision (a folder, or a git tag, branch or commit) and mark each goal that moved'))
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy report > report.md
  $ vm-strategy report --format html -o report.html
  $ vm-strategy report --format pdf -o report.pdf --lang en
  $ vm-strategy report --format html --template my-templates/ -o report.html
  $ vm-strategy report --against v2021 --format html -o report.html   # with the changes since the tag v2021

PDF needs a locally installed Chromium: /usr/bin/chromium (Debian: apt-get install chromium),
or the path in CHROME_PATH. Nothing is downloaded.
Environment: SOURCE_DATE_EPOCH fixes the date shown in the report (reproducible output).

Exit codes: 0 written, 1 the strategy files (or those of --against) have errors (nothing is written),
2 usage, a missing template or browser, or --against is neither a folder nor a git revision.`,
    )
    .action(async (options: ReportOptions) => (await import('../actions/report.js')).report(options, io, outcome));
}
