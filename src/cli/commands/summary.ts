import { Option, type Command } from 'commander';
import { summaryFormatNames } from '../../render/format-names.js';
import type { SummaryOptions } from '../actions/summary.js';
import {
  againstOption,
  historyOption,
  colorOption,
  dirOption,
  exampleOption,
  formatOption,
  langOption,
  noColorOption,
} from '../options.js';
import type { Registration } from '../registration.js';

export function registerSummary(program: Command, r: Registration): void {
  const { hw, io, outcome } = r;
  const w = hw.summary;
  program
    .command('summary')
    .description(w.description)
    .addOption(dirOption(r))
    .addOption(exampleOption(r))
    .addOption(formatOption(r, summaryFormatNames, 'table'))
    .addOption(langOption(r))
    .addOption(colorOption(r))
    .addOption(noColorOption(r))
    .addOption(againstOption(r, w.against))
    .addOption(historyOption(r))
    .addOption(new Option('--excel', w.excel))
    .addHelpText('after', w.after)
    .action(async (options: SummaryOptions) => (await import('../actions/summary.js')).summary(options, io, outcome));
}
