import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { jsonSchemaFiles } from '../../core/json-schema.js';
import type { Lang } from '../../core/lang.js';
import { toolingWords } from '../../i18n/tooling-words.js';
import { writeTree } from '../../io/write-tree.js';
import { UserError } from '../exit-codes.js';
import { langOption, type Io, type Outcome } from '../program.js';

interface SchemaOptions {
  out: string;
  lang: Lang;
}

/** Where `schema` writes without --out: ./schemas, as `report` writes report.html in the current folder. */
export const defaultSchemaOut = 'schemas';

export function registerSchema(program: Command, io: Io, _outcome: Outcome): void {
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
    .action(async (options: SchemaOptions) => {
      const tw = toolingWords[options.lang];
      const out = options.out;
      const info = await stat(out).catch(() => undefined);
      if (info && !info.isDirectory()) throw new UserError(tw.notAFolder(out));
      const files = jsonSchemaFiles();
      try {
        await writeTree(out, files.map((f) => ({ path: f.name, text: f.text })));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UserError(tw.cannotWrite(path.normalize(out), code));
      }
      io.err(`${tw.schemaWrote(path.normalize(out), files.map((f) => f.name))}\n`);
    });
}
