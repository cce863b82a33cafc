import { BrowserLaunchError, findChromium, htmlToPdf, loadPlaywright, PdfDriverMissingError } from '../../io/pdf.js';
import { renderMarkdownReport } from '../../render/report/markdown.js';
import { buildReportView } from '../../render/report/view.js';
import { analyse } from '../../core/analyse.js';
import { reportDate, reportVersion } from '../clock.js';
import { loadSoundModel } from '../data-errors.js';
import { UserError } from '../exit-codes.js';
import { checkOutputTarget, emit, loadTemplates, renderOrExplain } from '../output.js';
import type { Io, Outcome } from '../io.js';
import type { Lang } from '../../core/lang.js';
import { cliWords } from '../../i18n/cli-words.js';
import type { ReportFormat } from '../../render/format-names.js';

export interface ReportOptions {
  dir?: string;
  example?: boolean;
  format: ReportFormat;
  output?: string;
  lang: Lang;
  template?: string;
  color?: boolean;
  against?: string;
  history?: string[];
  brief?: boolean;
}

export async function report(options: ReportOptions, io: Io, outcome: Outcome): Promise<void> {
  checkOutputTarget(io, options.output, options.lang);
  const sound = await loadSoundModel(options, io, outcome);
  if (!sound) return;
  const { model } = sound;
  const revisions = await (await import('../comparison.js')).loadRevisions(sound, options, io, outcome);
  if (revisions.stop) return;
  const { older, history } = revisions;
  const today = reportDate(io);
  const analysis = analyse(model, {
    today,
    ...(older ? { comparison: { before: older.before } } : {}),
    ...(history ? { history } : {}),
  });
  const view = buildReportView(model, analysis, {
    lang: options.lang,
    generated: today,
    version: reportVersion(io.env),
    example: sound.example,
    brief: options.brief === true,
    ...(older ? { against: older.against } : {}),
  });
  const { format } = options;
  if (format === 'md') {
    await emit(io, options.output, renderMarkdownReport(view), options.lang);
    return;
  }
  if (format === 'docx') {
    // The Word renderer and the docx library are loaded only when Word is asked for.
    const [{ renderDocxReport }, { checkDocxSize, packDocx }] = await Promise.all([
      import('../../render/report/docx.js'),
      import('../docx.js'),
    ]);
    checkDocxSize(view.summary.overall.goals, options.lang);
    await emit(io, options.output ?? 'report.docx', await packDocx(renderDocxReport(view)), options.lang);
    return;
  }
  const templates = await loadTemplates(io, options.template, options.lang);
  // The HTML renderer (eta, marked, sanitize-html) is loaded only when HTML is asked for.
  const { renderHtmlReport } = await import('../../render/report/html.js');
  const html = renderOrExplain(() => renderHtmlReport(view, templates), options.lang);
  const target = options.output ?? `report.${format}`;
  if (format === 'html') {
    await emit(io, target, html, options.lang);
    return;
  }
  const cw = cliWords[options.lang];
  // The driver first: without it, no browser on the machine would help.
  const playwright = await loadPlaywright().catch((error: unknown) => {
    if (error instanceof PdfDriverMissingError) throw new UserError(cw.noPdfDriver);
    throw error;
  });
  const chromium = findChromium(io.env);
  if (!chromium) {
    const chromePath = io.env.CHROME_PATH;
    throw new UserError(`${chromePath ? cw.chromePathMissing(chromePath) : cw.noChromium} ${cw.installChromium}`);
  }
  const pdf = await htmlToPdf(
    html,
    chromium,
    playwright,
    io.env,
    `${view.w.documentTitle(view.meta.title)} – ${view.meta.organisation}`,
  ).catch((error: unknown) => {
    if (error instanceof BrowserLaunchError)
      throw new UserError(`${cw.browserFailed(error.executablePath, error.message)} ${cw.installChromium}`);
    throw error;
  });
  await emit(io, target, pdf, options.lang);
}
