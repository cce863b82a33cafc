// The terminal's column count for text: the one-column shortcut for Latin-1 text must say what
// string-width says, or tables would be laid out a column off.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/terminal.js';

describe('textWidth', () => {
  it('counts every Latin-1 character, dash, box-drawing and block character as string-width does (the soft hyphen is none)', () => {
    for (let code = 0x20; code <= 0xff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(textWidth(text), `U+${code.toString(16).padStart(4, '0')}`).toBe(stringWidth(text));
    }
    for (const code of [0x2013, 0x2014, ...Array.from({ length: 0x25a0 - 0x2500 }, (_, i) => 0x2500 + i)]) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(textWidth(text), `U+${code.toString(16)}`).toBe(stringWidth(text));
    }
    expect(textWidth('OMRÅDE 1 · 56 %')).toBe(15);
    expect(textWidth('──── █████░░░ – ')).toBe(16);
    expect(textWidth('del\u00advis')).toBe(6);
  });

  it('leaves wide, combining and coloured text to string-width', () => {
    expect(textWidth('日本')).toBe(4);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('\u001b[31mrød\u001b[39m')).toBe(3);
  });
});
