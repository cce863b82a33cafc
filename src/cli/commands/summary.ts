import { Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { goalRows, summarise } from '../../core/summary.js';
import { hasErrors } from '../../core/diagnostics.js';
import { summaryFormats, type SummaryFormat } from '../../render/summary/index.js';
import { printDataErrors } from '../data-errors.js';
import { makeChalk } from '../color.js';
import { exitCodes } from '../exit-codes.js';
import { loadFromDisk } from '../load.js';
import { colorOption, dirOption, langOption, type Io, type Outcome } from '../program.js';

interface SummaryOptions {
  dir?: string;
  format: SummaryFormat;
  lang: Lang;
  color?: boolean;
}

export function registerSummary(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('summary')
    .description('completion per area, for the vision and overall')
    .addOption(dirOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(summaryFormats)).default('table'))
    .addOption(langOption())
    .addOption(colorOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy summary
  $ vm-strategy summary --lang en
  $ vm-strategy summary --format json | jq .overall.score
  $ vm-strategy summary --format csv > goals.csv     # one row per goal
  $ vm-strategy summary --format md >> README.md

Exit codes: 0 ok, 1 the strategy files have errors (they are listed on stderr), 2 usage.`,
    )
    .action(async (options: SummaryOptions) => {
      const loaded = await loadFromDisk(options.dir, options.lang);
      if (!loaded.model || hasErrors(loaded.diagnostics)) {
        // A summary of broken data would mislead: show what is wrong instead, as validate does.
        printDataErrors(io, loaded, options.lang, makeChalk(options.color, process.stderr));
        outcome.exitCode = exitCodes.problems;
        return;
      }
      const input = { summary: summarise(loaded.model), goals: goalRows(loaded.model) };
      io.out(summaryFormats[options.format](input, { lang: options.lang, chalk: makeChalk(options.color) }));
    });
}
