import { Option, type Command } from 'commander';
import { importFormatNames } from '../../render/format-names.js';
import type { ImportOptions } from '../actions/import.js';
import { colorOption, langOption, noColorOption, value } from '../options.js';
import type { Registration } from '../registration.js';

export function registerImport(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.import;
  program
    .command('import')
    .description(w.description)
    .argument(value(hw.values.file), w.file)
    .requiredOption(`-o, --out ${value(hw.values.folder)}`, w.out)
    .option('--force', w.force)
    .option(`--scale ${value(hw.values.file)}`, w.scale)
    .option('--strict', w.strict)
    .addOption(new Option(`-f, --format ${value(hw.values.format)}`, w.format).choices(importFormatNames))
    .addOption(langOption(r))
    .addOption(colorOption(r))
    .addOption(noColorOption(r))
    .addHelpText('after', w.after)
    .action(async (file: string, options: ImportOptions) =>
      (await import('../actions/import.js')).importDocument(file, options, io, outcome),
    );
}
