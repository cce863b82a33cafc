import type { Command } from 'commander';
import type { AssessOptions } from '../actions/assess.js';
import { colorOption, dirOption, langOption, noColorOption, value } from '../options.js';
import type { Registration } from '../registration.js';

export function registerAssess(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.assess;
  const v = hw.values;
  program
    .command('assess')
    .description(w.description)
    .argument(`[${v.id}]`, w.id)
    .argument(`[${v.mark}]`, w.mark)
    .addOption(dirOption(r))
    .option(`--clause ${value(v.n)}`, w.clause)
    .option(`--note ${value(v.text)}`, w.note)
    .option(`--by ${value(v.name)}`, w.by)
    .option('-i, --interactive', w.interactive)
    .option(`--area ${value(v.id)}`, w.area)
    .addOption(langOption(r))
    .addOption(colorOption(r))
    .addOption(noColorOption(r))
    .addHelpText('after', w.after)
    .action(async (id: string | undefined, mark: string | undefined, options: AssessOptions) =>
      (await import('../actions/assess.js')).assess(id, mark, options, io, outcome),
    );
}
