// The command-line surface: commander wiring only. Each command is described in commands/ and
// does its work in actions/, which is loaded only when that command runs, so `--help` or
// `validate` never load the renderers, the importer or the browser bridge.
import { Command, CommanderError } from 'commander';
import { exitCodes, UserError } from './exit-codes.js';
import { registerAssess } from './commands/assess.js';
import { registerCompare } from './commands/compare.js';
import { registerCompletion } from './commands/completion.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerPlan } from './commands/plan.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerSummary } from './commands/summary.js';
import { registerValidate } from './commands/validate.js';
import { version } from './version.js';

export interface Io {
  /** Standard output; bytes only for `report --format pdf -o -`. */
  out: (text: string | Uint8Array) => void;
  err: (text: string) => void;
}

/** What a command's action reports back: its exit code. */
export interface Outcome {
  exitCode: number;
}

export function buildProgram(io: Io, outcome: Outcome): Command {
  const program = new Command('vm-strategy')
    .description('Keep a strategy as YAML files: check them, measure progress, write reports and action plans.')
    .version(version, '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy validate                      check the strategy found from this folder upwards
  $ vm-strategy summary --example             try the tool on the bundled example strategy
  $ vm-strategy summary --lang en             completion per area, in English
  $ vm-strategy validate --format github      annotations for GitHub Actions
  $ vm-strategy report --format html -o report.html   the revision-meeting report
  $ vm-strategy plan --format yaml -o strategy/plans/2022-2024.yaml
  $ vm-strategy assess --interactive --area forskning  record marks in a meeting
  $ vm-strategy compare --against v2021               what moved since the last revision
  $ vm-strategy import eksport.txt --out strategy     from the Word text export
  $ vm-strategy init ny-strategi --org "Eksempelmuseet"

Exit codes: 0 ok, 1 problems in the data, 2 unusable input or usage.`,
    );
  registerValidate(program, io, outcome);
  registerSummary(program, io, outcome);
  registerReport(program, io, outcome);
  registerPlan(program, io, outcome);
  registerCompare(program, io, outcome);
  registerAssess(program, io, outcome);
  registerInit(program, io, outcome);
  registerSchema(program, io, outcome);
  registerCompletion(program, io, outcome);
  registerImport(program, io, outcome);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

/** Runs the CLI and returns the exit code; never throws for a user's mistake. */
export async function run(argv: string[], io: Io): Promise<number> {
  const outcome: Outcome = { exitCode: exitCodes.ok };
  const program = buildProgram(io, outcome);
  if (argv.length === 0) {
    // No command is a usage mistake: show what there is, on stdout, and say so with the exit code.
    io.out(program.helpInformation());
    return exitCodes.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return exitCodes.ok;
      }
      // commander has already printed its message; usage mistakes are exit code 2.
      return exitCodes.usage;
    }
    if (error instanceof UserError) {
      io.err(`vm-strategy: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (process.env.VM_STRATEGY_DEBUG ? error.stack : error.message) : String(error);
    io.err(`vm-strategy: internal error: ${detail}\nThis is a bug; please report it with the command you ran (VM_STRATEGY_DEBUG=1 shows the stack).\n`);
    return exitCodes.usage;
  }
}
