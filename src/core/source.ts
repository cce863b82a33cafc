// What the edges hand to the core: a file's bytes, or why they could not be read.
export type SourceFile =
  | { path: string; display: string; bytes: Uint8Array }
  | { path: string; display: string; unreadable: string }
  | { path: string; display: string; tooLarge: number };

/** Files larger than this are refused before they are read: a strategy file is a few KB. */
export const maxFileBytes = 1024 * 1024;
