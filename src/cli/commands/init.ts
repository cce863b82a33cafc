import type { Command } from 'commander';
import type { InitOptions } from '../actions/init.js';
import { langOption, value } from '../options.js';
import type { Registration } from '../registration.js';

export function registerInit(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.init;
  program
    .command('init')
    .description(w.description)
    .argument(value(hw.values.folder), w.dir)
    .option(`--org ${value(hw.values.name)}`, w.org)
    .addOption(langOption(r))
    .addHelpText('after', w.after)
    .action(async (dir: string, options: InitOptions) =>
      (await import('../actions/init.js')).init(dir, options, io, outcome),
    );
}
