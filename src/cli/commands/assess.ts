import type { Command } from 'commander';
import type { AssessOptions } from '../actions/assess.js';
import { colorOption, dirOption, langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerAssess(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('assess')
    .description('record an assessment (a mark) for a goal or a vision clause, keeping the file as it was')
    .argument('[id]', 'goal id (e.g. forskning.internasjonalt-samarbeid) or vision statement id (e.g. vision.3)')
    .argument('[mark]', 'a mark from the scale (e.g. JA, JA-, NEI+, "Vet ikke")')
    .addOption(dirOption())
    .option('--clause <n>', 'which clause (1, 2, …) of a goal or vision statement assessed clause by clause')
    .option('--note <text>', 'a note on the assessment (an empty text removes it)')
    .option('--by <name>', 'who made the assessment')
    .option('-i, --interactive', 'walk through the goals one by one, as in a meeting')
    .option('--area <id>', 'with --interactive: only this area (or "vision")')
    .addOption(langOption())
    .addOption(colorOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy assess samlinger.effektiv-infrastruktur NEI+
  $ vm-strategy assess formidling.pedagogiske-opplegg JA --note "Tiltak på Ringve er iverksatt" --by "Revisjonsgruppen"
  $ vm-strategy assess forskning.internasjonalt-samarbeid JA --clause 2
  $ vm-strategy assess vision.8 JA --clause 1
  $ vm-strategy assess --interactive --area formidling
  $ printf 'JA\\n\\nNEI+\\nStartet i høst\\n' | vm-strategy assess --interactive --area samlinger

Only the assessment changes: comments, blank lines, key order, quoting, a BOM and CRLF line ends
stay as they were. The write is atomic and refused if the file changed on disk meanwhile.
Interactive: Enter keeps the current mark or note, "-" removes the note; every answer is saved at
once, so stopping half-way (Ctrl-C, end of input) loses nothing already answered.
Exit codes: 0 saved or unchanged, 1 the strategy files have errors, 2 usage (unknown id or mark).`,
    )
    .action(async (id: string | undefined, mark: string | undefined, options: AssessOptions) => (await import('../actions/assess.js')).assess(id, mark, options, io, outcome));
}
