// Writing what a command produced, shared by report, plan, assess and import: atomic writes with
// messages the user can act on, and the report templates with their errors explained.
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import { cliWords } from '../i18n/cli-words.js';
import { readTemplates, TemplateDirError } from '../io/templates.js';
import {
  FileChangedError,
  FileLockedError,
  UnreadableTargetError,
  UnsafeTargetError,
  checkWritable,
  writeFileAtomic,
  type AtomicWriteOptions,
} from '../io/write-atomic.js';
import { TemplateError } from '../render/report/templates.js';
import { UserError } from './exit-codes.js';
import type { Io } from './io.js';

/** The report templates: the bundled ones, or those in the --template folder (relative to the working folder). */
export async function loadTemplates(io: Pick<Io, 'cwd'>, dir: string | undefined, lang: Lang) {
  try {
    return await readTemplates(dir === undefined ? undefined : path.resolve(io.cwd, dir));
  } catch (error) {
    if (error instanceof TemplateDirError) {
      const cw = cliWords[lang];
      throw new UserError(
        error.reason === 'missing'
          ? cw.templateFolderMissing(error.dir)
          : error.reason === 'unreadable'
            ? cw.templateUnreadable(error.dir, error.missing[0]!, error.missing[1]!)
            : cw.templateFolderIncomplete(error.dir, error.missing),
      );
    }
    throw error;
  }
}

export function renderOrExplain<T>(render: () => T, lang: Lang): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof TemplateError) {
      const cw = cliWords[lang];
      throw new UserError(
        error.reason === 'style-end-tag'
          ? cw.styleEndTag(error.template)
          : cw.templateBroken(error.template, error.message),
      );
    }
    throw error;
  }
}

/** A write failure as the user's message: what is at the path, who holds it, what to do. */
export function explainWriteError(error: unknown, target: string, lang: Lang): UserError {
  const ww = cliWords[lang];
  if (error instanceof UserError) return error;
  if (error instanceof FileChangedError) return new UserError(ww.changedOnDisk(target));
  if (error instanceof FileLockedError) return new UserError(ww.locked(target, error.lock));
  if (error instanceof UnreadableTargetError) {
    const { problem } = error;
    return new UserError('size' in problem ? ww.tooLarge(target, problem.size) : ww.cannotRead(target, problem.code));
  }
  if (error instanceof UnsafeTargetError) {
    const { reason } = error;
    return new UserError(
      'kind' in reason
        ? ww.notAFile(target, reason.kind)
        : 'hardLinks' in reason
          ? ww.hardLinks(target, reason.hardLinks)
          : ww.linkLoop(target),
    );
  }
  return new UserError(ww.cannotWrite(target, (error as NodeJS.ErrnoException).code ?? String(error)));
}

/**
 * The file a write under a folder failed on, by the user's path: `shown` is the folder as they
 * wrote it, `abs` the same folder from the working folder. A file outside it keeps its own path.
 */
export function shownPath(target: string | undefined, shown: string, abs: string): string | undefined {
  if (target === undefined) return undefined;
  const rel = path.relative(abs, target);
  return rel.startsWith('..') || path.isAbsolute(rel) ? target : path.join(shown, rel);
}

/** `-o -`: the output goes to standard output. */
export const isStdout = (target: string | undefined) => target === '-';

/**
 * Refuses, before any work is done, an -o path where a device, a named pipe, a socket or a
 * folder stands (or a file with hard links): such a path is never replaced.
 */
export function checkOutputTarget(io: Pick<Io, 'cwd'>, target: string | undefined, lang: Lang): void {
  if (target === undefined || isStdout(target)) return;
  try {
    checkWritable(path.resolve(io.cwd, target));
  } catch (error) {
    throw explainWriteError(error, target, lang);
  }
}

/** Writes what a command made to its -o file (atomically, said on stderr), or to standard output with `-o -` or no -o. */
export async function emit(
  io: Io,
  target: string | undefined,
  content: string | Uint8Array,
  lang: Lang,
): Promise<void> {
  if (target === undefined || isStdout(target)) io.out(content);
  else await writeOutput(io, target, content, lang);
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
    await writeFileAtomic(path.resolve(io.cwd, target), content, options);
  } catch (error) {
    throw explainWriteError(error, target, lang);
  }
  if (message !== '') io.err(`${message}\n`);
}
