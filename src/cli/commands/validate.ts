import { Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { diagnosticFormats, type DiagnosticFormat } from '../../render/diagnostics/index.js';
import { words } from '../../i18n/words.js';
import { makeChalk } from '../color.js';
import { exitCodes, UserError } from '../exit-codes.js';
import { loadFromDisk } from '../load.js';
import { colorOption, dirOption, langOption, type Io, type Outcome } from '../program.js';
import { version } from '../version.js';

interface ValidateOptions {
  dir?: string;
  format: DiagnosticFormat;
  quiet?: boolean;
  maxWarnings?: string;
  lang: Lang;
  color?: boolean;
}

export function registerValidate(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('validate')
    .description('check the strategy files: YAML, schema, marks, ids, layout')
    .addOption(dirOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(diagnosticFormats)).default('stylish'))
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
    .action(async (options: ValidateOptions) => {
      const maxWarnings = parseMaxWarnings(options.maxWarnings, options.lang);
      const loaded = await loadFromDisk(options.dir, options.lang);
      const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning').length;
      const errors = loaded.diagnostics.length - warnings;
      const shown = options.quiet ? loaded.diagnostics.filter((d) => d.severity === 'error') : loaded.diagnostics;
      const chalk = makeChalk(options.color);
      io.out(diagnosticFormats[options.format]({ diagnostics: shown, files: loaded.files, hiddenWarnings: shown.length === loaded.diagnostics.length ? 0 : warnings }, { lang: options.lang, chalk, version }));
      if (errors > 0) {
        outcome.exitCode = exitCodes.problems;
      } else if (maxWarnings !== undefined && warnings > maxWarnings) {
        io.err(`${words[options.lang].tooManyWarnings(warnings, maxWarnings)}\n`);
        outcome.exitCode = exitCodes.problems;
      }
    });
}

function parseMaxWarnings(raw: string | undefined, lang: Lang): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new UserError(lang === 'nb' ? `--max-warnings tar et heltall fra 0 og oppover, ikke «${raw}».` : `--max-warnings takes a whole number of 0 or more, not «${raw}».`);
  }
  return Number(raw);
}
