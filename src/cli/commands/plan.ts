import type { Command } from 'commander';
import { planFormatNames } from '../../render/format-names.js';
import type { PlanOptions } from '../actions/plan.js';
import { colorOption, dirOption, exampleOption, formatOption, langOption, noColorOption, value } from '../options.js';
import type { Registration } from '../registration.js';

export function registerPlan(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.plan;
  program
    .command('plan')
    .description(w.description)
    .addOption(dirOption(r))
    .addOption(exampleOption(r))
    .option(`--from ${value(hw.values.year)}`, w.from)
    .option(`--years ${value(hw.values.n)}`, w.years)
    .addOption(formatOption(r, planFormatNames, 'md'))
    .option(`-o, --output ${value(hw.values.file)}`, w.output)
    .addOption(langOption(r))
    .option(`--template ${value(hw.values.folder)}`, w.template)
    .addOption(colorOption(r))
    .addOption(noColorOption(r))
    .addHelpText('after', w.after)
    .action(async (options: PlanOptions) => (await import('../actions/plan.js')).plan(options, io, outcome));
}
