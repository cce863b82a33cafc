import type { Command } from 'commander';
import type { InitOptions } from '../actions/init.js';
import { langOption } from '../options.js';
import type { Io, Outcome } from '../program.js';

export function registerInit(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('init')
    .description('make a new strategy folder to fill in: strategy, scale, an example area, a plan, schemas')
    .argument('<dir>', 'the folder to make (must be empty or not exist yet)')
    .option('--org <name>', 'the organisation\'s name')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy init strategy --org "NTNU Vitenskapsmuseet"
  $ vm-strategy init my-strategy --org "Example Museum" --lang en
  $ vm-strategy validate --dir my-strategy

Writes strategy.yaml, scale.yaml (the default scale), areas/01-<id>.yaml with one example goal,
an empty action plan plans/<from>-<to>.yaml, the JSON Schemas in schemas/ and a README.md. The
texts are placeholders in the chosen language; the period starts this year. Every YAML file starts
with a modeline for VS Code's YAML extension. A folder that is not empty is never touched.
Exit codes: 0 made, 2 the folder is not empty or cannot be written.`,
    )
    .action(async (dir: string, options: InitOptions) => (await import('../actions/init.js')).init(dir, options, io, outcome));
}
