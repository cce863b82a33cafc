import type { Command } from 'commander';
import type { SchemaOptions } from '../actions/schema.js';
import { dirOption, exampleOption, langOption, value } from '../options.js';
import type { Registration } from '../registration.js';

/** Where `schema` writes without --out: ./schemas, as `report` writes report.html in the current folder. */
export const defaultSchemaOut = 'schemas';

export function registerSchema(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.schema;
  program
    .command('schema')
    .description(w.description)
    .option(`--out ${value(hw.values.folder)}`, w.out, defaultSchemaOut)
    .addOption(dirOption(r))
    .addOption(exampleOption(r))
    .addOption(langOption(r))
    .addHelpText('after', w.after)
    .action(async (options: SchemaOptions) => (await import('../actions/schema.js')).schema(options, io, outcome));
}
