import type { Command } from 'commander';
import type { ImportOptions } from '../actions/import.js';
import { colorOption, langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerImport(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('import')
    .description('turn an annotated strategy document (plain text exported from Word) into a strategy folder')
    .argument('<file>', 'the document, as UTF-8 plain text')
    .requiredOption('-o, --out <folder>', 'the strategy folder to create (must not exist, or be empty)')
    .option('--force', 'write into a folder that is not empty: replaces strategy.yaml, scale.yaml, areas/ and schemas/, keeps other files')
    .option('--scale <file>', 'the assessment scale to find marks with (default: the bundled strategy/scale.yaml)')
    .addOption(langOption())
    .addOption(colorOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy import strategi.txt --out strategy
  $ vm-strategy import strategi.txt --out strategy --force          # replace an earlier import
  $ vm-strategy import strategy.txt --out strategy --lang en
  $ vm-strategy import strategi.txt --out strategy --scale my-scale.yaml
  $ vm-strategy import strategi.txt --out strategy && vm-strategy validate --dir strategy

The document is read by its shape: headings in capitals, "… ER TUFTET PÅ … PILARER:",
UTVIKLINGSMÅL with "<organisation> skal:" and bulleted goals, DEL 2 / DEL 3, MÅLBILDET,
marks after each clause (any code or alias of the scale, any letter case), notes after a
mark, and reviewer comments exported as a tab and "Comment by NAME: text".
Whatever it cannot place is kept as text and reported as a warning with its line number.

Exit codes: 0 written (warnings allowed), 1 the document does not yield a valid strategy
(nothing is written), 2 usage: a missing or unreadable file, not UTF-8, --out not empty.`,
    )
    .action(async (file: string, options: ImportOptions) => (await import('../actions/import.js')).importDocument(file, options, io, outcome));
}
