// The Word document around the content: A4 with 2 cm margins, the language of the tool's words
// (so Word checks spelling in it), the document's title in a running header and "Side 3 av 12"
// in the footer, and the core properties a file browser shows.
import { AlignmentType, Document, Footer, Header, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { Lang } from '../../core/lang.js';
import { docxWords } from '../../i18n/docx-words.js';
import { tableTextStyle, xmlSafe } from './parts.js';

/** The language tag Word uses for proofing and hyphenation. */
const languageTags: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

export interface DocumentSpec {
  lang: Lang;
  /** The running header and the file's title property. */
  title: string;
  /** The file's subject property: the organisation and the strategy. */
  subject: string;
  children: FileChild[];
}

const cm = (n: number) => Math.round((n / 2.54) * 1440);

export function wordDocument(spec: DocumentSpec): Document {
  const dw = docxWords[spec.lang];
  const small = { size: 18, color: '57606A' };
  return new Document({
    title: xmlSafe(spec.title),
    subject: xmlSafe(spec.subject),
    creator: 'vm-strategy',
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: languageTags[spec.lang] } },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { size: 44, bold: true, color: '1F2328' }, paragraph: { spacing: { after: 60 } } },
        heading1: {
          run: { size: 32, bold: true, color: '1F2328' },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { size: 26, bold: true, color: '1F2328' },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading3: {
          run: { size: 23, bold: true, color: '1F2328' },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          run: { size: 26, color: '57606A' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: tableTextStyle,
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 19 },
          paragraph: { spacing: { before: 20, after: 20 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: cm(2), bottom: cm(2), left: cm(2), right: cm(2) },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ ...small, text: xmlSafe(spec.title) })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    ...small,
                    children: [`${dw.page} `, PageNumber.CURRENT, ` ${dw.of} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: spec.children,
      },
    ],
  });
}
