// A template that cannot be compiled or run: a light module, so that commands can explain
// template errors without loading the renderer (eta, marked, …).
export class TemplateError extends Error {
  constructor(
    readonly template: string,
    detail: string,
  ) {
    super(detail);
  }
}
