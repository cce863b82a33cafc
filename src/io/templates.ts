// Reads the report templates: the bundled set, or an organisation's own folder (--template).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateNames, type TemplateName, type Templates } from '../render/report/templates.js';

export const bundledTemplateDir = fileURLToPath(new URL('../../templates/report', import.meta.url));

export class TemplateDirError extends Error {
  constructor(
    readonly reason: 'missing' | 'incomplete',
    readonly dir: string,
    readonly missing: string[] = [],
  ) {
    super(reason);
  }
}

export async function readTemplates(dir: string = bundledTemplateDir): Promise<Templates> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new TemplateDirError('missing', dir);
  const wanted = [...templateNames.map((n) => `${n}.eta`), 'styles.css'];
  const contents = await Promise.all(wanted.map((file) => readFile(path.join(dir, file), 'utf8').catch(() => undefined)));
  const missing = wanted.filter((_, i) => contents[i] === undefined);
  if (missing.length > 0) throw new TemplateDirError('incomplete', dir, missing);
  const files = Object.fromEntries(templateNames.map((n, i) => [n, contents[i]!])) as Record<TemplateName, string>;
  return { origin: dir, files, css: contents[contents.length - 1]! };
}
