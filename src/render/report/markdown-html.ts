// Markdown fields of the strategy as safe HTML: marked renders, sanitize-html then keeps only
// a small allow-list. Nothing touches the HTML after sanitising.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// A private instance: no global marked options leak in or out.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const policy: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
    'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
  // Only links a reader can follow safely; javascript:, data:, vbscript: and relative tricks go.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside removed script/style elements must not survive as text either.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'form', 'title'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

export function markdownToSafeHtml(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, policy);
}

type Token = { type: string; raw: string; href?: string; text?: string; tokens?: Token[]; items?: Token[] } & Record<string, unknown>;

/** Every token in document order, depth first, leaves and containers alike. */
function* walk(tokens: Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (Array.isArray(token.items)) yield* walk(token.items);
    if (Array.isArray(token.tokens)) yield* walk(token.tokens);
    for (const row of [token.header, ...(Array.isArray(token.rows) ? token.rows : [])]) {
      const cells = Array.isArray(row) ? row : row ? [row] : [];
      for (const cell of cells as { tokens?: Token[] }[]) if (cell?.tokens) yield* walk(cell.tokens);
    }
  }
}

const safeUrl = (href: string) => /^(https?:|mailto:)/i.test(href.trim());

/**
 * A Markdown field made safe for any Markdown viewer while staying Markdown: raw HTML keeps only
 * what the HTML report's allow-list keeps (the same policy), and a link or image whose address is
 * not http(s) or mailto, or an image at all (the allow-list has none), becomes its text. Everything
 * else is left exactly as written. The changes are found with marked's own lexer, so they are the
 * spans a viewer would read as HTML or links.
 */
export function sanitiseMarkdown(markdown: string): string {
  const tokens = marked.lexer(markdown) as unknown as Token[];
  let out = '';
  let cursor = 0;
  // Leaf spans are found in order in the source; text between them (markers, prefixes) is kept.
  for (const token of walk(tokens)) {
    const replacement =
      token.type === 'html'
        ? sanitizeHtml(token.raw, policy)
        : (token.type === 'link' && !safeUrl(token.href ?? '')) || token.type === 'image'
          ? (token.text ?? '').replace(/[[\]]/g, '\\$&')
          : undefined;
    if (replacement === undefined || token.raw === '') continue;
    const at = markdown.indexOf(token.raw, cursor);
    if (at < 0) continue;
    out += markdown.slice(cursor, at) + replacement;
    cursor = at + token.raw.length;
  }
  return out + markdown.slice(cursor);
}
