// One escaping function per kind of output. Every text that comes from the strategy's files (or
// from a document, a path, an option) passes through the one for the output it goes to, so a
// title holding `ESC ]52;…` or `<img onerror=…>` reads as the characters it is, and does nothing.

/**
 * Control characters that a terminal, a log viewer or a text editor would act on: C0 (but line
 * feed), DEL, C1, and the Unicode controls that reorder or hide text (bidirectional overrides and
 * isolates, used to make code read differently from how it runs).
 */
const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, but tab, line feed and carriage return: for text whose line ends mean something (CSV). */
const controlsButLineEnds =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, but tab and line feed: multi-line text (a Markdown field). */
const controlsButTabAndLf = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Text for a terminal: every control character shown as a visible escape (`\x1b`, `\u202e`), a tab
 * as a space. Line feeds stay (tables wrap on them). Apply before colouring, never after.
 */
export function terminalText(text: string): string {
  return text.replace(controls, (c) => (c === '\t' ? ' ' : visible(c)));
}

/**
 * A message for standard error, where the tool's own words meet values from the user (paths,
 * marks, option values): every control character is shown as an escape, but the colour codes
 * the tool itself adds (SGR: ESC [ … m) and line feeds pass. Renderers escape data before
 * colouring it, so the only colour codes left are the tool's.
 */
export function terminalMessage(text: string): string {
  return text.replace(
    /(\u001b\[[0-9;]*m)|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (match, sgr: string | undefined) => sgr ?? (match === '\t' ? ' ' : visible(match)),
  );
}

/** Control characters shown as escapes, tabs and line feeds kept (CRLF made LF): multi-line text such as a Markdown field. */
export const controlsShown = (text: string) => text.replace(/\r\n/g, '\n').replace(controlsButTabAndLf, visible);

/** One line of terminal text: line breaks become spaces too. */
export const terminalLine = (text: string) => terminalText(text.replace(/\r?\n/g, ' '));

/** Escape what Markdown would otherwise interpret in one line of plain text. */
export function markdownText(text: string): string {
  return (
    terminalText(text.replace(/\r?\n/g, ' '))
      // '!' needs no escape: an image needs '![', and '[' is escaped.
      .replace(/([\\`*_{}[\]|~])/g, '\\$1')
      // Entities, not backslashes, for HTML's own characters: a backslash can be taken into a
      // GFM autolink before it (`https://x\<img…`), an entity cannot.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/^([#+-]|\d+\.)/, '\\$1')
  );
}

/** Inline code that shows any text as written: the fence is longer than any run of backticks inside. */
export function markdownCode(text: string): string {
  const flat = terminalText(text.replace(/\r?\n/g, ' '));
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A CSV cell (RFC 4180 quoting). A leading `= + - @ TAB CR` would make a spreadsheet run the cell
 * as a formula: it gets an apostrophe. Control characters other than line ends are shown as
 * escapes, as in the terminal, since a CSV is read with `cat` as often as in a spreadsheet.
 */
export function csvCell(value: string, separator = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const shown = safe.replace(controlsButLineEnds, visible);
  return shown.includes(separator) || /["\r\n]/.test(shown) ? `"${shown.replace(/"/g, '""')}"` : shown;
}

/**
 * GitHub workflow commands (`::error file=…::message`): data escapes %, CR and LF, so that nothing
 * in it can end the command or start another; property values also ':' and ','. Other control
 * characters are shown as escapes first, so none reaches the log raw.
 */
export const githubData = (s: string) =>
  s
    .replace(controlsButLineEnds, visible)
    .replace(/\t/g, ' ')
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
export const githubProperty = (s: string) => githubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
