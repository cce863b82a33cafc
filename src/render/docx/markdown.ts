// The strategy's Markdown fields (introductions, narrative texts) as Word paragraphs: marked's
// lexer reads the Markdown, and each block becomes a paragraph, heading, bullet or table of its
// own. Nothing is ever run or followed: raw HTML keeps only its text, and a link becomes its text
// with its address in brackets (http, https and mailto only), never a live hyperlink.
import { Marked, type Token, type Tokens } from 'marked';
import type { Paragraph, ParagraphChild, Table } from 'docx';
import { bullet, columns, gap, heading, para, runs, table } from './parts.js';

const marked = new Marked({ gfm: true, breaks: false, async: false });

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  font?: string;
}

const readableLink = /^(https?:|mailto:)/i;
const tagless = (html: string) => html.replace(/<[^>]*>/g, '');

function inline(tokens: Token[] | undefined, style: InlineStyle = {}): ParagraphChild[] {
  return (tokens ?? []).flatMap((token): ParagraphChild[] => {
    switch (token.type) {
      case 'strong':
        return inline(token.tokens, { ...style, bold: true });
      case 'em':
        return inline(token.tokens, { ...style, italics: true });
      case 'del':
        return inline(token.tokens, { ...style, strike: true });
      case 'codespan':
        return runs(token.text, { ...style, font: 'Consolas' });
      case 'br':
        return runs('\n', style);
      case 'link': {
        const text = inline(token.tokens, style);
        const href = String(token.href);
        return readableLink.test(href) && tagless(token.text) !== href ? [...text, ...runs(` (${href})`, style)] : text;
      }
      case 'image':
        return runs(token.text, style);
      case 'html':
        return runs(tagless(token.text), style);
      case 'text':
        return token.tokens ? inline(token.tokens, style) : runs(token.text, style);
      default:
        return runs((token as { text?: string }).text ?? token.raw, style);
    }
  });
}

function block(token: Token): (Paragraph | Table)[] {
  switch (token.type) {
    case 'space':
    case 'hr':
      return [];
    case 'heading':
      // Inside an area (a level-2 heading), a field's own headings sit below the goals' level.
      return [heading(3, inline(token.tokens))];
    case 'list':
      // Each item is a bullet of its own text; a list nested in it follows as bullets too.
      return (token as Tokens.List).items.flatMap((item) => [
        bullet(paragraphChildren(item)),
        ...item.tokens.filter((t) => t.type !== 'text' && t.type !== 'paragraph').flatMap(block),
      ]);
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(block);
    case 'code':
      return [para(runs(token.text, { font: 'Consolas' }))];
    case 'table': {
      const t = token as Tokens.Table;
      const width = columns(...t.header.map(() => 1));
      return [
        table(
          t.header.map((c) => ({ content: inline(c.tokens, { bold: true }) })),
          t.rows.map((r) => r.map((c) => ({ content: inline(c.tokens) }))),
          width,
        ),
        gap(),
      ];
    }
    case 'html':
      return tagless(token.text).trim() === '' ? [] : [para(runs(tagless(token.text).trim()))];
    case 'paragraph':
    case 'text':
      return [para(inline((token as Tokens.Paragraph).tokens ?? []))];
    default:
      return [para(runs(token.raw))];
  }
}

/** A list item's own text (its first paragraph), for the bullet. */
function paragraphChildren(item: Tokens.ListItem): ParagraphChild[] {
  const first = item.tokens.find((t) => t.type === 'text' || t.type === 'paragraph') as Tokens.Text | undefined;
  return first ? inline(first.tokens ?? [first]) : [];
}

/** A Markdown field as the paragraphs (and tables) of a Word document. */
export function markdownBlocks(markdown: string): (Paragraph | Table)[] {
  return marked.lexer(markdown).flatMap(block);
}
