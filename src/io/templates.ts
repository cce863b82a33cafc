// Reads the report templates: the bundled set, or an organisation's own folder (--template).
import { stat } from 'node:fs/promises';
import { readBounded } from './read-bounded.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateNames, type TemplateName, type Templates } from '../core/report-templates.js';

export const bundledTemplateDir = fileURLToPath(new URL('../../templates/report', import.meta.url));

export class TemplateDirError extends Error {
  constructor(
    readonly reason: 'missing' | 'incomplete' | 'unreadable',
    readonly dir: string,
    /** The files missing ('incomplete'), or the one that cannot be read and why ('unreadable': [file, detail]). */
    readonly missing: string[] = [],
  ) {
    super(reason);
  }
}

/** A template is a small text file; a larger one is the wrong file. */
const maxTemplateBytes = 1024 * 1024;

export async function readTemplates(dir: string = bundledTemplateDir): Promise<Templates> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new TemplateDirError('missing', dir);
  const wanted = [...templateNames.map((n) => `${n}.eta`), 'styles.css'];
  // Only regular files, with a byte limit: a named pipe or a link to /dev/zero in the folder ends at once.
  const reads = wanted.map((file) => readBounded(path.join(dir, file), maxTemplateBytes));
  const missing = wanted.filter((_, i) => {
    const read = reads[i]!;
    return !read.ok && read.reason === 'error' && read.code === 'ENOENT';
  });
  if (missing.length > 0) throw new TemplateDirError('incomplete', dir, missing);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const contents = reads.map((read, i) => {
    const file = wanted[i]!;
    if (!read.ok) {
      const detail =
        read.reason === 'too-large' ? `too-large:${read.size}` : read.reason === 'not-a-file' ? read.kind : read.code;
      throw new TemplateDirError('unreadable', dir, [file, detail]);
    }
    try {
      return decoder.decode(read.bytes);
    } catch {
      throw new TemplateDirError('unreadable', dir, [file, 'not-utf8']);
    }
  });
  const files = Object.fromEntries(templateNames.map((n, i) => [n, contents[i]!])) as Record<TemplateName, string>;
  return { origin: dir, files, css: contents[contents.length - 1]! };
}
