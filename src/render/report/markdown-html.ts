// Markdown fields of the strategy as safe HTML: marked renders, sanitize-html then keeps only
// a small allow-list. Nothing touches the HTML after sanitising.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { controlsShown } from '../escape.js';

// A private instance: no global marked options leak in or out.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
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

type Token = { type: string; raw: string; href?: string; text?: string; tokens?: Token[]; items?: Token[] } & Record<
  string,
  unknown
>;

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

/** A Markdown field (an introduction, a narrative) as it goes into a Markdown report: sanitised, no control characters. */
export const markdownField = (markdown: string) => sanitiseMarkdown(controlsShown(markdown.replace(/\r\n?/g, '\n')));

/**
 * A Markdown field made safe for any Markdown viewer while staying Markdown: raw HTML keeps only
 * what the HTML report's allow-list keeps (the same policy), and a link or image whose address is
 * not http(s) or mailto, or an image at all (the allow-list has none), becomes its text. Everything
 * else is left exactly as written. The changes are found with marked's own lexer, so they are the
 * spans a viewer would read as HTML or links.
 */
export function sanitiseMarkdown(markdown: string): string {
  // Removing a span can join what was around it into a new one (`<scr<script>ipt>` leaves
  // `<script>`): repeat until nothing changes. Each pass only removes, so this ends; the bound is
  // for safety, and past it every `<` is escaped.
  // Each pass also starts the field at the margin: an indented first line read alone is code, but
  // after a list in the report it would continue the list. At the margin, the field reads the same
  // alone and in place, so what the sanitiser judged is what a viewer shows.
  let current = markdown.replace(/^\s+/, '');
  for (let pass = 0; pass < 8; pass++) {
    const next = sanitiseOnce(current).replace(/^\s+/, '');
    if (next === current) return closeFence(next);
    current = next;
  }
  return closeFence(inert(current));
}

/**
 * A fenced code block left open runs, in the report, over everything after the field until some
 * later fence closes it, and what follows that fence is read as Markdown again. Alone, the field
 * is code to its end; a closing fence keeps it so in place.
 */
function closeFence(markdown: string): string {
  const tokens = marked.lexer(markdown) as unknown as Token[];
  const last = tokens.filter((t) => t.type !== 'space').at(-1);
  if (last?.type !== 'code' || last.codeBlockStyle === 'indented') return markdown;
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(last.raw)?.[1];
  if (!open) return markdown;
  const closed = new RegExp(`\\n {0,3}${open[0] === '`' ? '`' : '~'}{${open.length},}[ \\t]*\\n?$`).test(last.raw);
  return closed ? markdown : `${markdown.replace(/\n?$/, '\n')}${open}\n`;
}

/** Markdown with no HTML and no links left: every `<` an entity, every link's `](` and `]:` broken. */
const inert = (markdown: string) => markdown.replace(/</g, '&lt;').replace(/\]([(:[])/g, ']\\$1');

function sanitiseOnce(markdown: string): string {
  const tokens = marked.lexer(markdown) as unknown as Token[];
  let out = '';
  let cursor = 0;
  // Leaf spans are found in order in the source; text between them (markers, prefixes) is kept.
  for (const token of walk(tokens)) {
    const replacement =
      token.type === 'html'
        ? sanitizeHtml(token.raw, policy)
        : // An indented code block is code only where the field stands alone: after a list in the
          // report it can read as a paragraph of the list, HTML and all. Its `<` cannot open a tag.
          token.type === 'code' && token.codeBlockStyle === 'indented' && token.raw.includes('<')
          ? token.raw.replace(/</g, '&lt;')
          : // A link definition is global: it can give a link in another field of the report its
            // address. One with an unsafe address becomes plain text.
            token.type === 'def' && !safeUrl(token.href ?? '')
            ? `\\${token.raw}`
            : (token.type === 'link' && !safeUrl(token.href ?? '')) || token.type === 'image'
              ? (token.text ?? '').replace(/[[\]]/g, '\\$&')
              : undefined;
    if (replacement === undefined || token.raw === '') continue;
    const at = markdown.indexOf(token.raw, cursor);
    // A span the lexer saw but the source does not hold as such: sanitise nothing by guesswork,
    // make the whole field inert instead (no tag can open, no link can form).
    if (at < 0) return inert(markdown);
    out += markdown.slice(cursor, at) + replacement;
    cursor = at + token.raw.length;
  }
  return out + markdown.slice(cursor);
}
