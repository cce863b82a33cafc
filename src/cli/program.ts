// The command-line surface: commander wiring only. Each command is described in commands/ and
// does its work in actions/, which is loaded only when that command runs, so `--help` or
// `validate` never load the renderers, the importer or the browser bridge.
import { terminalMessage } from '../render/escape.js';
import { CommanderError, type Command } from 'commander';
import type { Lang } from '../core/lang.js';
import { helpWords } from '../i18n/help-words.js';
import { exitCodes, UserError } from './exit-codes.js';
import { LocalCommand } from './help.js';
import type { Io, Outcome } from './io.js';
import { chooseLang } from './lang-choice.js';
import type { Registration } from './registration.js';
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

/** The command line in `lang`: help, descriptions and commander's own errors in its words. */
export function buildProgram(io: Io, outcome: Outcome, lang: Lang): Command {
  const hw = helpWords[lang];
  const c = hw.commander;
  const program = new LocalCommand('vm-strategy', hw)
    .description(hw.program.description)
    .version(version, '-V, --version', c.version)
    .helpOption('-h, --help', c.help)
    .helpCommand(`help [${hw.values.command}]`, c.helpCommand)
    // commander would ask the process for the terminal's width and colours; the run's Io answers
    // (80 columns unless it is a terminal, as commander's own default).
    // The help is never coloured (LocalHelp styles no text), so it need not ask about colours.
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80),
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns ? io.stderr.columns : 80),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride()
    .addHelpText('after', hw.program.after);
  // Subcommands inherit the output, the help option and command, and exitOverride.
  const r: Registration = { hw, lang, io, outcome };
  registerValidate(program, r);
  registerSummary(program, r);
  registerReport(program, r);
  registerPlan(program, r);
  registerCompare(program, r);
  registerAssess(program, r);
  registerInit(program, r);
  registerSchema(program, r);
  registerCompletion(program, r);
  registerImport(program, r);
  return program;
}

/** Runs the CLI and returns the exit code; never throws for a user's mistake. */
export async function run(argv: string[], given: Io): Promise<number> {
  const outcome: Outcome = { exitCode: exitCodes.ok };
  // Everything on stderr is a message (never data to pipe on): no control character from a path,
  // a mark or an option value reaches the terminal raw, whichever code path wrote it.
  const io: Io = { ...given, err: (text) => given.err(terminalMessage(text)) };
  // The language is chosen before commander reads anything: its help and errors are in it.
  const choice = chooseLang(argv, io.env, io.cwd);
  // The hidden __complete runs inside the user's shell while they type: it never shows an error.
  if ('invalidEnv' in choice && argv[0] !== '__complete') {
    io.err(`vm-strategy: ${helpWords[choice.lang].errors.envLang(choice.invalidEnv)}\n`);
    return exitCodes.usage;
  }
  const program = buildProgram(io, outcome, choice.lang);
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
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return exitCodes.ok;
      }
      // commander has already printed its message; usage mistakes are exit code 2.
      return exitCodes.usage;
    }
    if (error instanceof UserError) {
      io.err(`vm-strategy: ${error.message}\n`);
      return error.exitCode;
    }
    const detail =
      error instanceof Error ? ((io.env.VM_STRATEGY_DEBUG ? error.stack : undefined) ?? error.message) : String(error);
    io.err(`vm-strategy: ${helpWords[choice.lang].errors.internalError(detail)}\n`);
    return exitCodes.usage;
  }
}
