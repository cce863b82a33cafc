import type { Command } from 'commander';
import { diagnosticFormatNames } from '../../render/format-names.js';
import type { ValidateOptions } from '../actions/validate.js';
import { colorOption, dirOption, exampleOption, formatOption, langOption, noColorOption, value } from '../options.js';
import type { Registration } from '../registration.js';

export function registerValidate(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.validate;
  program
    .command('validate')
    .description(w.description)
    .addOption(dirOption(r))
    .addOption(exampleOption(r))
    .addOption(formatOption(r, diagnosticFormatNames, 'stylish'))
    .option('-q, --quiet', w.quiet)
    .option(`--max-warnings ${value(hw.values.n)}`, w.maxWarnings)
    .addOption(langOption(r))
    .addOption(colorOption(r))
    .addOption(noColorOption(r))
    .addHelpText('after', w.after)
    .action(async (options: ValidateOptions) =>
      (await import('../actions/validate.js')).validate(options, io, outcome),
    );
}
