// Word documents at the edge: the size they are made for, and packing a document into the bytes
// of a .docx file (a zip of XML parts). The renderers build the document as data and never
// serialise it themselves.
import { Packer, type Document } from 'docx';
import type { Lang } from '../core/lang.js';
import { cliWords } from '../i18n/cli-words.js';
import { UserError } from './exit-codes.js';

/**
 * The docx library holds the whole document as objects before it writes a byte: measured, a plan
 * of 5,000 goals took 28 s and 670 MB, and one of 50,000 ran out of memory. A strategy larger
 * than this gets a clear refusal (exit 2) and the formats that have no such limit.
 */
const maxDocxGoals = 5000;

export function checkDocxSize(goals: number, lang: Lang): void {
  if (goals > maxDocxGoals) throw new UserError(cliWords[lang].docxTooLarge(goals, maxDocxGoals));
}

export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
