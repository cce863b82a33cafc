// The report command's options, apart from its action so that describing the command loads nothing.
import type { Lang } from '../../core/lang.js';

export const reportFormats = ['md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface ReportOptions {
  dir?: string;
  format: ReportFormat;
  output?: string;
  lang: Lang;
  template?: string;
  color?: boolean;
  against?: string;
}
