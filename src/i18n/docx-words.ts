// The words only the Word documents (report and plan as .docx) need, in each language: the page
// numbers of the running footer, the charts' captions and the plan's cells left to fill in.
// Everything else they say comes from the report's and the plan's own catalogues.
import type { Lang } from '../core/lang.js';

export interface DocxWords {
  /** Before the page number in the footer: "Side 3 av 12". */
  page: string;
  /** Between the page number and the number of pages. */
  of: string;
  /** The caption of the bar of all marks: one segment per group, each with its count. */
  distributionCaption: string;
  /** The caption of the score bars: each area's score as a bar, the number beside it. */
  scoreCaption: string;
  /** In an empty cell of the plan, where a field is still to be written. */
  toFill: string;
  /** Above the plan's tables: what the marked cells mean and where the answers go. */
  toFillNote: (marker: string, planFile: string) => string;
}

export const docxWords: Record<Lang, DocxWords> = {
  nb: {
    page: 'Side',
    of: 'av',
    distributionCaption: 'Alle vurderingene, fordelt på gruppene (antall i hver del av stolpen).',
    scoreCaption: 'Scoren for hvert område, for målbildet og totalt (stolpen er scoren, tallet står ved siden av).',
    toFill: 'fylles ut',
    toFillNote: (marker, file) =>
      `Celler merket «${marker}» mangler i planen. Den ansvarlige fyller dem inn her, og de føres deretter inn i ${file}.`,
  },
  en: {
    page: 'Page',
    of: 'of',
    distributionCaption: 'All marks, by group (the count in each part of the bar).',
    scoreCaption: 'The score of each area, of the vision and overall (the bar is the score, the number beside it).',
    toFill: 'to be filled in',
    toFillNote: (marker, file) =>
      `Cells marked "${marker}" are missing from the plan. The owner fills them in here; they are then written into ${file}.`,
  },
};
