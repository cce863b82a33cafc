// From a file's bytes to its text: UTF-8 only (a BOM is fine), every encoding problem a diagnostic at
// the place it is, and offsets turned into the positions diagnostics carry. The YAML reader
// (./yaml-source.ts) decodes through here; the importer decodes documents the same way.
import { Buffer, isUtf8 } from 'node:buffer';
import type { LineCounter } from 'yaml';
import { diagnostic, type Diagnostic, type Location } from './diagnostics.js';
import type { SourceFile } from './source.js';

/** Where an offset in a file is, for a diagnostic. */
export function locate(display: string, lines: LineCounter, offset: number): Location {
  const { line, col } = lines.linePos(offset);
  return { file: display, line, col };
}

/**
 * For edits that must give back every byte: the text after a UTF-8 BOM, and the BOM itself
 * (empty when there is none) to put back in front. Undefined when the bytes are not UTF-8.
 */
export function splitBom(bytes: Uint8Array): { bom: string; text: string } | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? { bom: '\uFEFF', text: text.slice(1) } : { bom: '', text };
}

export function decode(file: SourceFile): { text?: string; diagnostics: Diagnostic[] } {
  const whole: Location = { file: file.display, line: 0, col: 0 };
  if ('unreadable' in file) return { diagnostics: [diagnostic('file-unreadable', whole, { reason: file.unreadable })] };
  if ('tooLarge' in file) {
    return { diagnostics: [diagnostic('file-too-large', whole, { size: file.tooLarge, limit: 1024 * 1024 })] };
  }
  const { bytes } = file;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { diagnostics: [diagnostic('file-encoding', whole, { detail: 'UTF-16' })] };
  }
  // isUtf8 is a fast native check; a fatal TextDecoder gives the same answer several times slower.
  const split = splitBom(bytes); // a UTF-8 BOM is accepted and dropped
  if (!split) {
    return {
      diagnostics: [
        diagnostic('file-encoding', invalidUtf8At(file.display, bytes), { detail: 'invalid byte sequence' }),
      ],
    };
  }
  const { text } = split;
  const nul = text.indexOf('\0');
  if (nul >= 0)
    return {
      diagnostics: [diagnostic('file-encoding', textPosition(file.display, text, nul), { detail: 'NUL byte' })],
    };
  return { text, diagnostics: [] };
}

export function textPosition(display: string, text: string, offset: number): Location {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file: display, line, col: offset - before.lastIndexOf('\n') };
}

/**
 * The byte offset of the first malformed UTF-8 sequence (a small validator, for the message only).
 * The second byte's range depends on the first (Unicode, table 3-7 "well-formed UTF-8 byte
 * sequences"): without that, an encoded surrogate (ED A0 80), an overlong form (E0 80 80) or a
 * code point above U+10FFFF (F4 90 80 80) passed here while the decoder refused them, and the
 * diagnostic pointed past the end of the file.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    const second = bytes[i + 1] ?? 0;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}

function invalidUtf8At(display: string, bytes: Uint8Array): Location {
  const offset = firstInvalidByte(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file: display, line, col: offset - lineStart + 1 };
}

/** YAML problems reported per file at most; the rest follow from the first ones. */
