import type { Command } from 'commander';
import { reportFormatNames } from '../../render/format-names.js';
import type { ReportOptions } from '../actions/report.js';
import {
  againstOption,
  historyOption,
  colorOption,
  dirOption,
  exampleOption,
  formatOption,
  langOption,
  noColorOption,
  value,
} from '../options.js';
import type { Registration } from '../registration.js';

export function registerReport(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.report;
  program
    .command('report')
    .description(w.description)
    .addOption(dirOption(r))
    .addOption(exampleOption(r))
    .addOption(formatOption(r, reportFormatNames, 'md'))
    .option(`-o, --output ${value(hw.values.file)}`, w.output)
    .addOption(langOption(r))
    .option(`--template ${value(hw.values.folder)}`, w.template)
    .addOption(colorOption(r))
    .addOption(noColorOption(r))
    .addOption(againstOption(r, w.against))
    .addOption(historyOption(r))
    .option('--brief', w.brief)
    .addHelpText('after', w.after)
    .action(async (options: ReportOptions) => (await import('../actions/report.js')).report(options, io, outcome));
}
