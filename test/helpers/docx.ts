// Word files for the tests, written with the `docx` package from a short description: headings,
// paragraphs, bullets and numbered lists as Word makes them (numbering.xml, a Symbol-font bullet
// and "%1." numbers), and reviewers' comments with author, date and the words they are anchored to.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';

export interface DocxComment {
  author: string;
  /** YYYY-MM-DD; written as noon UTC that day. */
  date: string;
  text: string;
  /** The words of the paragraph the comment is anchored to (they must occur in it). */
  on: string;
}

export type Block =
  | { heading: string }
  | { text: string; comments?: DocxComment[] }
  | { bullet: string; comments?: DocxComment[] }
  /** A numbered item; `list` starts the numbering again at 1 for each new value. */
  | { numbered: string; list: number; comments?: DocxComment[] }
  | { blank: true };

/** Builds the .docx of the blocks, in order. */
export async function buildDocx(blocks: readonly Block[]): Promise<Buffer> {
  const comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];
  const children = blocks.map((block) => {
    if ('blank' in block) return new Paragraph({});
    if ('heading' in block)
      return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.heading)] });
    const text = 'text' in block ? block.text : 'bullet' in block ? block.bullet : block.numbered;
    const runs = anchored(text, block.comments ?? [], comments);
    if ('bullet' in block) return new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: runs });
    if ('numbered' in block)
      return new Paragraph({ numbering: { reference: 'numbers', level: 0, instance: block.list }, children: runs });
    return new Paragraph({ children: runs });
  });
  const document = new Document({
    creator: 'vm-strategy tests',
    numbering: {
      config: [
        // Word's own bullet: the Symbol font's private-use dot.
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '\uF0B7', style: { run: { font: 'Symbol' } } }],
        },
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] },
      ],
    },
    comments: { children: comments },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** The paragraph's runs, each comment's words between its range marks and its reference mark after them. */
function anchored(
  text: string,
  list: readonly DocxComment[],
  sink: { id: number; author: string; date: Date; children: Paragraph[] }[],
): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let at = 0;
  for (const comment of [...list].sort((a, b) => text.indexOf(a.on) - text.indexOf(b.on))) {
    const start = text.indexOf(comment.on, at);
    if (start < 0) throw new Error(`"${comment.on}" is not in "${text}" after position ${at}`);
    const id = sink.length;
    sink.push({
      id,
      author: comment.author,
      date: new Date(`${comment.date}T12:00:00Z`),
      children: [new Paragraph({ children: [new TextRun(comment.text)] })],
    });
    if (start > at) runs.push(new TextRun(text.slice(at, start)));
    runs.push(
      new CommentRangeStart(id),
      new TextRun(comment.on),
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    );
    at = start + comment.on.length;
  }
  if (at < text.length || runs.length === 0) runs.push(new TextRun(text.slice(at)));
  return runs;
}
