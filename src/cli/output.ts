// Writing what a command produced, shared by report, plan, assess and import: atomic writes with
// messages the user can act on, and the report templates with their errors explained.
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import { cliWords } from '../i18n/cli-words.js';
import { readTemplates, TemplateDirError } from '../io/templates.js';
import { FileChangedError, writeFileAtomic, type AtomicWriteOptions } from '../io/write-atomic.js';
import { TemplateError } from '../render/report/templates.js';
import { UserError } from './exit-codes.js';
import type { Io } from './program.js';

export async function loadTemplates(dir: string | undefined, lang: Lang) {
  try {
    return await readTemplates(dir === undefined ? undefined : path.resolve(dir));
  } catch (error) {
    if (error instanceof TemplateDirError) {
      const cw = cliWords[lang];
      throw new UserError(error.reason === 'missing' ? cw.templateFolderMissing(error.dir) : cw.templateFolderIncomplete(error.dir, error.missing));
    }
    throw error;
  }
}

export function renderOrExplain<T>(render: () => T, lang: Lang): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(cliWords[lang].templateBroken(error.template, error.message));
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
  message = cliWords[lang].wrote(target),
): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(target), content, options);
  } catch (error) {
    if (error instanceof FileChangedError) throw new UserError(cliWords[lang].changedOnDisk(target));
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(cliWords[lang].cannotWrite(target, code));
  }
  if (message !== '') io.err(`${message}\n`);
}
