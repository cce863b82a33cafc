// The report templates an organisation can replace (--template DIR): their names and the set as
// read. Shared by the edge that reads them (src/io/templates.ts) and the renderer that runs them.
export const templateNames = [
  'page',
  'title',
  'board',
  'score-bar',
  'history',
  'changes',
  'glance',
  'lagging',
  'plan-progress',
  'vision',
  'area',
  'scale',
  'badge',
  'bar',
  'clauses',
  'measures',
  'plan',
] as const;
export type TemplateName = (typeof templateNames)[number];

export interface Templates {
  /** Where they came from, for error messages. */
  origin: string;
  files: Record<TemplateName, string>;
  css: string;
}
