import type { Command } from 'commander';
import { compareFormatNames } from '../../render/format-names.js';
import type { CompareOptions } from '../actions/compare.js';
import {
  againstOption,
  colorOption,
  dirOption,
  exampleOption,
  formatOption,
  langOption,
  noColorOption,
} from '../options.js';
import type { Registration } from '../registration.js';

export function registerCompare(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  program
    .command('compare')
    .description(hw.compare.description)
    .addOption(againstOption(r).makeOptionMandatory())
    .addOption(dirOption(r))
    .addOption(exampleOption(r))
    .addOption(formatOption(r, compareFormatNames, 'table'))
    .addOption(langOption(r))
    .addOption(colorOption(r))
    .addOption(noColorOption(r))
    .addHelpText('after', hw.compare.after)
    .action(async (options: CompareOptions) => (await import('../actions/compare.js')).compare(options, io, outcome));
}
