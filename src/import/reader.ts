// The document reader's state while it walks the items once, top to bottom: the draft so far,
// the kind of section the last heading opened, and text after a part heading that waits for the
// area it belongs to.
import type { AreaDraft, DraftDocument, FrontSection, Para, VisionDraft } from './draft.js';
import type { Item } from './lines.js';
import type { Where } from './place.js';
import type { Report } from './report.js';

/** What the last heading opened, and so where the text under it goes. */
export type Mode =
  | { kind: 'preamble' | 'unknown' | 'orphan' }
  | { kind: 'front'; section: FrontSection; where: Where }
  | { kind: 'vision'; vision: VisionDraft }
  | { kind: 'area'; area: AreaDraft };

export interface Reader {
  readonly items: Item[];
  readonly report: Report;
  /** Whether a text holds a mark of the scale. */
  readonly hasMark: (text: string) => boolean;
  readonly doc: DraftDocument;
  mode: Mode;
  /** The part the next area belongs to. */
  part: number;
  seenPart: boolean;
  /** Text after a part heading, before the area it belongs to (or, if none follows, the introduction). */
  pendingOrphans: Para[];
  /** The last item placed in a front section was a sub-heading: the next line is its text, never another heading. */
  lastWasSub: boolean;
}

export function newReader(items: Item[], report: Report, hasMark: (text: string) => boolean): Reader {
  return {
    items,
    report,
    hasMark,
    doc: { introduction: [], areas: [], closing: [], organisations: [], hasParts: false },
    mode: { kind: 'preamble' },
    part: 1,
    seenPart: false,
    pendingOrphans: [],
    lastWasSub: false,
  };
}

/** Text after a part heading that no area follows goes to the introduction. */
export function flushOrphans(r: Reader): void {
  for (const orphan of r.pendingOrphans) if (!orphan.warned) r.report('import-text-after-part', orphan.line);
  r.doc.introduction.push(...r.pendingOrphans);
  r.pendingOrphans = [];
}
