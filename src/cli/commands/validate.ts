import { Option, type Command } from 'commander';
import { diagnosticFormatNames } from '../../render/format-names.js';
import type { ValidateOptions } from '../actions/validate.js';
import { colorOption, dirOption, exampleOption, langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerValidate(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('validate')
    .description('check the strategy files: YAML, schema, marks, ids, layout')
    .addOption(dirOption())
    .addOption(exampleOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(diagnosticFormatNames).default('stylish'))
    .option('-q, --quiet', 'report errors only; hidden warnings still count for --max-warnings')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
    .addOption(langOption())
    .addOption(colorOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy validate
  $ vm-strategy validate --dir path/to/strategy --max-warnings 0
  $ vm-strategy validate --format github      # annotations in GitHub Actions
  $ vm-strategy validate --format json | jq '.[] | .code'
  $ vm-strategy validate --format sarif > vm-strategy.sarif   # GitHub code scanning

Exit codes: 0 no errors (warnings allowed unless over --max-warnings), 1 errors found,
2 usage or unreadable folder.`,
    )
    .action(async (options: ValidateOptions) => (await import('../actions/validate.js')).validate(options, io, outcome));
}
