// Writing what a command produced, shared by report, plan, assess and import: atomic writes with
// messages the user can act on, and the report templates with their errors explained.
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import { readTemplates, TemplateDirError } from '../io/templates.js';
import { FileChangedError, writeFileAtomic, type AtomicWriteOptions } from '../io/write-atomic.js';
import { TemplateError } from '../render/report/templates.js';
import { UserError } from './exit-codes.js';
import type { Io } from './program.js';

export async function loadTemplates(dir: string | undefined) {
  try {
    return await readTemplates(dir === undefined ? undefined : path.resolve(dir));
  } catch (error) {
    if (error instanceof TemplateDirError) {
      throw new UserError(
        error.reason === 'missing'
          ? `The template folder ${error.dir} does not exist. Copy templates/report/ from the package and edit the copy.`
          : `The template folder ${error.dir} lacks ${error.missing.join(', ')}. A template folder needs every file of templates/report/.`,
      );
    }
    throw error;
  }
}

export function renderOrExplain<T>(render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`The template ${error.template} is broken: ${error.message}`);
    throw error;
  }
}

/** Writes a file atomically and says so on stderr; any failure is the user's to fix, not a crash. */
export async function writeOutput(
  io: Io,
  target: string,
  content: string | Uint8Array,
  lang: Lang,
  options: AtomicWriteOptions = {},
  message = lang === 'nb' ? `Skrev ${target}` : `Wrote ${target}`,
): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(target), content, options);
  } catch (error) {
    if (error instanceof FileChangedError) {
      throw new UserError(
        lang === 'nb'
          ? `${target} ble endret på disken mens verktøyet arbeidet; ingenting er skrevet. Kjør kommandoen på nytt.`
          : `${target} changed on disk while the tool was working; nothing was written. Run the command again.`,
      );
    }
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(lang === 'nb' ? `Kan ikke skrive ${target} (${code}).` : `Cannot write ${target} (${code}).`);
  }
  if (message !== '') io.err(`${message}\n`);
}
