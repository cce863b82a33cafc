import { Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { goalRows, summarise } from '../../core/summary.js';
import { currentPlan, planProgress } from '../../core/plan.js';
import { reportDate } from '../clock.js';
import { summaryFormats, type SummaryFormat } from '../../render/summary/index.js';
import { loadSoundModel } from '../data-errors.js';
import { makeChalk } from '../color.js';
import { colorOption, dirOption, langOption, type Io, type Outcome } from '../program.js';
import { againstOption, loadComparison } from './compare.js';

interface SummaryOptions {
  dir?: string;
  format: SummaryFormat;
  lang: Lang;
  color?: boolean;
  against?: string;
}

export function registerSummary(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('summary')
    .description('completion per area, for the vision and overall')
    .addOption(dirOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(summaryFormats)).default('table'))
    .addOption(langOption())
    .addOption(colorOption())
    .addOption(againstOption('also show each score then → now, against an older revision: a folder, or a git tag, branch or commit'))
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy summary
  $ vm-strategy summary --lang en
  $ vm-strategy summary --format json | jq .overall.score
  $ vm-strategy summary --format csv > goals.csv     # one row per goal
  $ vm-strategy summary --format md >> README.md
  $ vm-strategy summary --against v2021           # a then → now column, against a git tag
  $ vm-strategy summary --against v2021 --format json | jq .comparison.overall

Exit codes: 0 ok, 1 the strategy files (or those of --against) have errors (they are listed on stderr),
2 usage, or --against is neither a folder nor a git revision.`,
    )
    .action(async (options: SummaryOptions) => {
      const model = await loadSoundModel(options, io, outcome);
      if (!model) return;
      const comparison = options.against === undefined ? undefined : await loadComparison(model, options.against, options, io, outcome);
      if (options.against !== undefined && !comparison) return;
      const current = currentPlan(model);
      const input = {
        summary: summarise(model),
        goals: goalRows(model),
        plan: current ? planProgress(model, current, reportDate()) : null,
        ...(comparison ? { comparison } : {}),
      };
      io.out(summaryFormats[options.format](input, { lang: options.lang, chalk: makeChalk(options.color) }));
    });
}
