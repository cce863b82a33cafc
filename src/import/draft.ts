// The document as the reader drafts it (src/import/document.ts), before the builder
// (src/import/build.ts) turns it into a strategy: sections, areas and their lists, each part
// with the source line it starts on, for warnings.
import type { Item } from './lines.js';

export interface Para {
  text: string;
  line: number;
  gapBefore: boolean;
  /** A Markdown list built from bullets: the next bullet joins it. */
  list?: boolean;
  /** Already reported as text the importer could not place. */
  warned?: boolean;
}

export interface TitledList {
  title: string;
  line: number;
  items: Item[];
}

export interface SubSection {
  title: string;
  line: number;
  paras: Para[];
}

export interface FrontSection {
  title: string;
  line: number;
  paras: Para[];
  subs: SubSection[];
}

export interface VisionDraft {
  title: string;
  line: number;
  subtitle?: string;
  statements: Item[];
}

export interface AreaDraft {
  title: string;
  line: number;
  part: number;
  /** Text before the first goal list. */
  intro: Para[];
  pillars?: TitledList;
  lists: TitledList[];
  goals: Item[];
  /** Text after the first goal list. */
  text: Para[];
  seenGoals: boolean;
  /** Index in `text` after the last goal list or titled list: only text after it can be the closing. */
  structureEnd: number;
}

export interface DraftDocument {
  /** A heading in capitals that opens the document and names the strategy ("STRATEGI 2020–2030"). */
  title?: string;
  titleLine?: number;
  introduction: Para[];
  mission?: FrontSection;
  challenges?: FrontSection;
  vision?: VisionDraft;
  areas: AreaDraft[];
  closing: Para[];
  /** "<organisation> skal:" lines, in order. */
  organisations: string[];
  /** The document has part headings (DEL 2, PART II): only then do areas get a part. */
  hasParts: boolean;
}
