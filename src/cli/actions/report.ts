import { BrowserLaunchError, findChromium, htmlToPdf } from '../../io/pdf.js';
import { renderMarkdownReport } from '../../render/report/markdown.js';
import { buildReportView } from '../../render/report/view.js';
import { reportDate, reportVersion } from '../clock.js';
import { loadSoundModel } from '../data-errors.js';
import { UserError } from '../exit-codes.js';
import { checkOutputTarget, emit, loadTemplates, renderOrExplain } from '../output.js';
import type { Io, Outcome } from '../program.js';
import type { Lang } from '../../core/lang.js';
import type { ReportFormat } from '../../render/format-names.js';

const installHint =
  'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable. Or write HTML with --format html and print it to PDF from a browser.';

export interface ReportOptions {
  dir?: string;
  example?: boolean;
  format: ReportFormat;
  output?: string;
  lang: Lang;
  template?: string;
  color?: boolean;
  against?: string;
}

export async function report(options: ReportOptions, io: Io, outcome: Outcome): Promise<void> {
  checkOutputTarget(options.output, options.lang);
  const sound = await loadSoundModel(options, io, outcome);
  if (!sound) return;
  const { model } = sound;
  const compared = options.against === undefined ? undefined : await (await import('../comparison.js')).loadComparison(sound, options.against, options, io, outcome);
  if (options.against !== undefined && !compared) return;
  const view = buildReportView(model, {
    lang: options.lang,
    generated: reportDate(),
    version: reportVersion(),
    example: sound.example,
    ...(compared ? { comparison: compared.comparison, against: compared.against } : {}),
  });
  const { format } = options;
  if (format === 'md') {
    await emit(io, options.output, renderMarkdownReport(view), options.lang);
    return;
  }
  const templates = await loadTemplates(options.template);
  // The HTML renderer (eta, marked, sanitize-html) is loaded only when HTML is asked for.
  const { renderHtmlReport } = await import('../../render/report/html.js');
  const html = renderOrExplain(() => renderHtmlReport(view, templates));
  const target = options.output ?? `report.${format}`;
  if (format === 'html') {
    await emit(io, target, html, options.lang);
    return;
  }
  const chromium = findChromium();
  if (!chromium) {
    throw new UserError(
      process.env.CHROME_PATH
        ? `CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist. ${installHint}`
        : `PDF needs Chromium, and none was found (/usr/bin/chromium). ${installHint}`,
    );
  }
  const pdf = await htmlToPdf(html, chromium).catch((error: unknown) => {
    if (error instanceof BrowserLaunchError) throw new UserError(`Could not start the browser at ${error.executablePath} (${error.message}). ${installHint}`);
    throw error;
  });
  await emit(io, target, pdf, options.lang);
}
