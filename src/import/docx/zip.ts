// The few parts of a .docx the reader needs, unpacked from the zip's bytes with limits that hold
// whatever the file claims. The central directory is walked here (a few bounds-checked fields);
// DEFLATE is fflate's. The sizes a zip states are never trusted: a bomb states small ones. Each
// part is inflated a small slice at a time and counted as it comes out, so the work and memory
// stop at the limit however far the data would expand.
import { Inflate } from 'fflate';
import type { DocxPart, DocxProblem } from '../../core/docx-problem.js';

export interface ZipLimits {
  /** Entries in the directory: Word writes a dozen or two; a few hundred with many pictures. */
  entries: number;
  /** Bytes one part may unpack to. */
  partBytes: number;
  /** Bytes all parts together may unpack to. */
  totalBytes: number;
}

export const zipLimits: ZipLimits = { entries: 2000, partBytes: 24 * 1024 * 1024, totalBytes: 48 * 1024 * 1024 };

export type Unzipped = { ok: true; parts: Map<DocxPart, Uint8Array> } | { ok: false; problem: DocxProblem };

const localHeader = 0x04034b50;
const centralHeader = 0x02014b50;
const endOfDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65535. */
const endRecordSize = 22;
const maxCommentLength = 0xffff;
/** Compressed bytes given to the inflater at a time: DEFLATE expands at most ~1032 times, so ~4 MB out per slice. */
const slice = 4 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
/** "PK\x03\x04" (a local header) or "PK\x05\x06" (the end record of an empty zip). */
const zipSignatures = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
] as const;
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A zip file by its content: a local header (or the end record of an empty zip) first. */
export const isZip = (bytes: Uint8Array): boolean => zipSignatures.some((signature) => startsWith(bytes, signature));
/** An OLE compound file (an old .doc, or a password-protected .docx). */
export const isOle = (bytes: Uint8Array): boolean => startsWith(bytes, oleSignature);

class Stop {
  constructor(readonly problem: DocxProblem) {}
}

export function unzipParts(bytes: Uint8Array, wanted: readonly DocxPart[], limits: ZipLimits = zipLimits): Unzipped {
  try {
    return { ok: true, parts: unzip(bytes, wanted, limits) };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    throw error;
  }
}

function unzip(bytes: Uint8Array, wanted: readonly DocxPart[], limits: ZipLimits): Map<DocxPart, Uint8Array> {
  if (!isZip(bytes)) throw new Stop(isOle(bytes) ? { code: 'ole' } : { code: 'not-zip' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const inside = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= bytes.length;

  const end = findEndRecord(bytes, view);
  if (end < 0) throw new Stop({ code: 'truncated' });
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (count === 0xffff || directoryStart === 0xffffffff || (end >= 20 && u32(end - 20) === zip64Locator))
    throw new Stop({ code: 'unsupported-zip' });
  if (count > limits.entries) throw new Stop({ code: 'too-many-entries', count, limit: limits.entries });
  if (!inside(directoryStart, directorySize) || directoryStart + directorySize > end)
    throw new Stop({ code: 'truncated' });

  const found = new Map<DocxPart, { method: number; flags: number; size: number; offset: number }>();
  let at = directoryStart;
  for (let k = 0; k < count; k++) {
    if (!inside(at, 46) || u32(at) !== centralHeader) throw new Stop({ code: 'damaged' });
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (!inside(at + 46, nameLength) || next > directoryStart + directorySize) throw new Stop({ code: 'damaged' });
    // The parts looked for are ASCII: bytes compared as Latin-1 match whatever the name's encoding flag says.
    const name = latin1(bytes.subarray(at + 46, at + 46 + nameLength));
    const part = wanted.find((w) => w === name);
    if (part) {
      // Two entries of one name: which one Word would open is not for us to guess.
      if (found.has(part)) throw new Stop({ code: 'damaged', part });
      found.set(part, { flags: u16(at + 8), method: u16(at + 10), size: u32(at + 20), offset: u32(at + 42) });
    }
    at = next;
  }

  const parts = new Map<DocxPart, Uint8Array>();
  let total = 0;
  for (const part of wanted) {
    const entry = found.get(part);
    if (!entry) continue;
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8) || entry.size === 0xffffffff)
      throw new Stop({ code: 'unsupported-zip' });
    if (!inside(entry.offset, 30)) throw new Stop({ code: 'truncated' });
    if (u32(entry.offset) !== localHeader) throw new Stop({ code: 'damaged', part });
    const dataStart = entry.offset + 30 + u16(entry.offset + 26) + u16(entry.offset + 28);
    if (!inside(dataStart, entry.size)) throw new Stop({ code: 'truncated' });
    const data = bytes.subarray(dataStart, dataStart + entry.size);
    const budget = Math.min(limits.partBytes, limits.totalBytes - total);
    const overBudget: DocxProblem =
      budget < limits.partBytes
        ? { code: 'total-too-large', limit: limits.totalBytes }
        : { code: 'part-too-large', part, limit: limits.partBytes };
    const out = entry.method === 0 ? stored(data, budget, overBudget) : inflate(data, budget, overBudget, part);
    total += out.length;
    parts.set(part, out);
  }
  return parts;
}

/** The end-of-directory record, searched backwards over the largest comment a zip may end with. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - endRecordSize - maxCommentLength);
  for (let at = bytes.length - endRecordSize; at >= lowest; at--) {
    // The comment length must reach exactly to the end: a signature inside a comment is not the record.
    if (
      view.getUint32(at, true) === endOfDirectory &&
      at + endRecordSize + view.getUint16(at + 20, true) === bytes.length
    )
      return at;
  }
  return -1;
}

function stored(data: Uint8Array, budget: number, overBudget: DocxProblem): Uint8Array {
  if (data.length > budget) throw new Stop(overBudget);
  return data.slice();
}

function inflate(data: Uint8Array, budget: number, overBudget: DocxProblem, part: DocxPart): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > budget) throw new Stop(overBudget);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let from = 0; from < data.length && !ended; from += slice)
      inflater.push(data.subarray(from, from + slice), from + slice >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof Stop) throw error;
    // fflate's own errors: the data ends too early, or is not DEFLATE.
    throw new Stop({ code: 'damaged', part });
  }
  if (!ended) throw new Stop({ code: 'damaged', part });
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const latin1Decoder = new TextDecoder('latin1');
const latin1 = (bytes: Uint8Array): string => latin1Decoder.decode(bytes);
