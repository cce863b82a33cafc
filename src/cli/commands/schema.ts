import type { Command } from 'commander';
import type { SchemaOptions } from '../actions/schema.js';
import { langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export const defaultSchemaOut = 'schemas';

export function registerSchema(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('schema')
    .description('write JSON Schemas (draft-07) of the strategy files, for editors and other tools')
    .option('--out <folder>', 'folder to write strategy/area/scale/plan.schema.json to (made if missing)', defaultSchemaOut)
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy schema                          # ./schemas/*.schema.json
  $ vm-strategy schema --out strategy/schemas   # next to the strategy's files

The schemas are made from the same rules validate uses, so they never disagree; a few rules that
JSON Schema cannot express (a goal has text or clauses, not both) are left to validate.
Point a YAML file at its schema with a first line such as
  # yaml-language-server: $schema=schemas/strategy.schema.json
and VS Code's YAML extension checks the file while you type. Existing schema files are replaced.
Exit codes: 0 written, 2 the folder cannot be written.`,
    )
    .action(async (options: SchemaOptions) => (await import('../actions/schema.js')).schema(options, io, outcome));
}
