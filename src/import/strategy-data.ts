// The strategy's data as the importer builds it, in the key order the files are written in, and
// what building it needs: types of their own so that the builder (./build.ts) stays one job.
import type { ImportedFileWords } from '../i18n/import-words.js';
import type { Item } from './lines.js';
import type { MarkFinder } from './marks.js';
import type { Report } from './report.js';
import type { ImportStats } from '../core/import-account.js';

export type Assessment = string | { mark: string; note: string };
export interface ClauseData {
  text: string;
  assessment?: Assessment;
}
export interface CommentData {
  author: string;
  date?: string;
  text: string;
  anchor?: string;
}
export interface GoalData {
  id: string;
  text?: string;
  assessment?: Assessment;
  clauses?: ClauseData[];
  comments?: CommentData[];
}

export interface AreaData {
  id: string;
  title: string;
  part?: number;
  introduction?: string;
  pillars?: { title: string; items: string[] };
  goals: GoalData[];
  'no-goals'?: string;
  lists?: { title: string; items: string[] }[];
  text?: string;
}

export interface StrategyData {
  organisation: string;
  title: string;
  period: { from: number; to: number };
  round: number;
  horizon: number;
  introduction?: string;
  mission?: {
    title: string;
    text: string;
    general?: { title: string; text: string };
    special?: { title: string; text: string };
  };
  challenges?: { title: string; introduction?: string; items: { id: string; title: string; text: string }[] };
  vision?: {
    title: string;
    subtitle?: string;
    statements: { id: string; clauses: ClauseData[]; comments?: CommentData[] }[];
  };
  closing?: string;
}

export interface Built {
  /** Undefined when the document lacks a section the format needs (reported as an error). */
  strategy?: StrategyData;
  areas: AreaData[];
  stats: ImportStats;
}

export interface BuildContext {
  marks: MarkFinder;
  /** What the importer writes where the document says nothing (the default organisation, the no-goals reason). */
  words: ImportedFileWords;
  /** The document's text, for the period, round, horizon and the organisation's spelling. */
  fullText: string;
  defaultYear: number;
  report: Report;
  /** The document has part headings: only then do areas get a part. */
  hasParts: boolean;
  /** The goals and vision statements read, whose marks count as marks: filled in while building. */
  used: Set<Item>;
}
