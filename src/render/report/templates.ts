// A template that cannot be compiled or run: a light module, so that commands can explain
// template errors without loading the renderer (eta, marked, …).
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
