import { Option, type Command } from 'commander';
import { planFormatNames } from '../../render/format-names.js';
import type { PlanOptions } from '../actions/plan.js';
import { colorOption, dirOption, exampleOption, langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerPlan(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('plan')
    .description('draft the action plan (tiltaksplan) from the goals not yet achieved')
    .addOption(dirOption())
    .addOption(exampleOption())
    .option('--from <year>', 'first year of the plan (default: the year after the revision round)')
    .option('--years <n>', 'years the plan covers (default: horizon in strategy.yaml)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(planFormatNames).default('md'))
    .option('-o, --output <file>', 'write to this file; with --format yaml an existing plan file is updated, never rewritten')
    .addOption(langOption())
    .option('--template <folder>', 'HTML templates (a copy of templates/report/)')
    .addOption(colorOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy plan                                   # the draft as Markdown
  $ vm-strategy plan --format html -o tiltaksplan.html
  $ vm-strategy plan --format yaml -o strategy/plans/2022-2024.yaml   # safe to run again and again
  $ vm-strategy plan --from 2025 --years 2 --lang en

With --format yaml -o FILE on an existing plan, measures are added for goals that have none;
everything already in the file (comments and formatting included) stays as it was.
Exit codes: 0 ok, 1 the strategy or the plan file has errors (nothing is written), 2 usage.`,
    )
    .action(async (options: PlanOptions) => (await import('../actions/plan.js')).plan(options, io, outcome));
}
