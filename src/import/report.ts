// How the importer's steps say what they had to guess or could not place: a code of the one
// diagnostics catalogue (src/core/diagnostics.ts), the document's line (0: the document as a
// whole) and the values its words need. The steps never word anything themselves; the command
// does, in the user's language.
import type { Diagnostic, ImportCode } from '../core/diagnostics.js';

export type Report = (code: ImportCode, line: number, args?: Diagnostic['args']) => void;
