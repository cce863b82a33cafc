// What the edges hand to the core: a file's bytes, or why they could not be read.
export type SourceFile =
  | { path: string; display: string; bytes: Uint8Array }
  | { path: string; display: string; unreadable: string }
  | { path: string; display: string; tooLarge: number };

/** What stands at a path instead of a regular file: such a path is never read nor replaced. */
export type NotAFileKind = 'directory' | 'fifo' | 'socket' | 'device';

/** Files larger than this are refused before they are read: a strategy file is a few KB. */
export const maxFileBytes = 1024 * 1024;

/** A strategy folder as the edge read it: what loadStrategy gets. */
export interface StrategyFolder {
  /** Display path of the folder itself, for diagnostics about missing files. */
  display: string;
  /** The YAML files, read (or with the reason they could not be). Paths are relative, '/'-separated. */
  files: SourceFile[];
  /** Every other file found, by relative path and display path; never read. */
  others: { path: string; display: string }[];
}
