// Why a file given as a Word document (.docx) cannot be read: the codes the docx reader
// (src/import/docx/) reports and the import command words (src/i18n/import-words.ts), so a
// new code without words in both languages does not compile.

/** The parts of a .docx the reader opens; only these are ever unpacked. */
export type DocxPart = 'word/document.xml' | 'word/numbering.xml' | 'word/comments.xml' | 'word/styles.xml';

export type DocxProblem =
  /** Named .docx but not a zip file at all. */
  | { code: 'not-zip' }
  /** An OLE compound file: an old .doc, or a .docx saved with a password (Word encrypts it into one). */
  | { code: 'ole' }
  /** The zip's directory is missing or points past the end of the file: cut off while copied or downloaded. */
  | { code: 'truncated' }
  /** Headers that contradict each other, or compressed data that does not inflate. */
  | { code: 'damaged'; part?: DocxPart }
  /** ZIP64, a compression method other than stored or deflate, or an encrypted entry. */
  | { code: 'unsupported-zip' }
  | { code: 'too-many-entries'; count: number; limit: number }
  /** A part unpacks to more than the limit: counted while inflating, whatever the zip claims. */
  | { code: 'part-too-large'; part: DocxPart; limit: number }
  | { code: 'total-too-large'; limit: number }
  | { code: 'no-document' }
  /** A DTD (<!DOCTYPE …>): Word never writes one, and its entities are never resolved. */
  | { code: 'doctype'; part: DocxPart }
  | { code: 'bad-xml'; part: DocxPart; line: number; col: number };

export type DocxProblemCode = DocxProblem['code'];
