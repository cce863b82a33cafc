// The names of the report templates and their errors: a light module, so that commands can
// read templates and explain template errors without loading the renderer (eta, marked, …).
export const templateNames = ['page', 'title', 'changes', 'glance', 'lagging', 'plan-progress', 'vision', 'area', 'scale', 'badge', 'bar', 'clauses', 'plan'] as const;
export type TemplateName = (typeof templateNames)[number];

export interface Templates {
  /** Where they came from, for error messages. */
  origin: string;
  files: Record<TemplateName, string>;
  css: string;
}

export class TemplateError extends Error {
  constructor(
    readonly template: string,
    /** The template engine's own words (English), shown as they are: they name the fault precisely. */
    detail: string,
    /** A fault the tool itself found, which the command words in the user's language. */
    readonly reason?: 'style-end-tag',
  ) {
    super(detail);
  }
}
