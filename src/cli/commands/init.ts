import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { toolingWords, nextSteps } from '../../i18n/tooling-words.js';
import { bundledStrategyDir } from '../../io/strategy-dir.js';
import { writeTree } from '../../io/write-tree.js';
import { scaffoldFiles } from '../../render/scaffold.js';
import { reportDate } from '../clock.js';
import { UserError } from '../exit-codes.js';
import { langOption, type Io, type Outcome } from '../program.js';

interface InitOptions {
  org?: string;
  lang: Lang;
}

/** A path as it can be pasted into a shell command. */
const forShell = (p: string) => (/^[A-Za-z0-9_@%+=:,./~-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

export function registerInit(program: Command, io: Io, _outcome: Outcome): void {
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
    .action(async (dir: string, options: InitOptions) => {
      const tw = toolingWords[options.lang];
      if (options.org !== undefined && options.org.trim() === '') throw new UserError(tw.initBadOrg);
      const info = await stat(dir).catch(() => undefined);
      if (info) {
        if (!info.isDirectory()) throw new UserError(tw.notAFolder(dir));
        const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
          throw new UserError(tw.cannotWrite(dir, error.code ?? String(error)));
        });
        if (entries.length > 0) throw new UserError(tw.initNotEmpty(dir));
      }
      const scaleText = await readFile(path.join(bundledStrategyDir, 'scale.yaml'), 'utf8');
      const files = scaffoldFiles({
        lang: options.lang,
        ...(options.org !== undefined ? { organisation: options.org.trim() } : {}),
        year: Number(reportDate().slice(0, 4)),
        scaleText,
        dirForCommands: forShell(dir),
      });
      try {
        await writeTree(dir, files, { cleanUp: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UserError(tw.cannotWrite(dir, code));
      }
      io.err(`${tw.initDone(dir, files.map((f) => f.path), nextSteps[options.lang](forShell(dir)))}\n`);
    });
}
