import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { BrowserLaunchError, findChromium, htmlToPdf } from '../../io/pdf.js';
import { readTemplates, TemplateDirError } from '../../io/templates.js';
import { FileChangedError, writeFileAtomic, type AtomicWriteOptions } from '../../io/write-atomic.js';
import { TemplateError } from '../../render/report/templates.js';
import { renderMarkdownReport } from '../../render/report/markdown.js';
import { buildReportView } from '../../render/report/view.js';
import { UserError } from '../exit-codes.js';
import { colorOption, dirOption, langOption, type Io, type Outcome } from '../program.js';
import { loadSoundModel } from '../data-errors.js';
import { reportDate, reportVersion } from '../clock.js';
import { againstOption, loadComparison } from './compare.js';

const reportFormats = ['md', 'html', 'pdf'] as const;

const installHint =
  'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable. Or write HTML with --format html and print it to PDF from a browser.';
type ReportFormat = (typeof reportFormats)[number];

interface ReportOptions {
  dir?: string;
  format: ReportFormat;
  output?: string;
  lang: Lang;
  template?: string;
  color?: boolean;
  against?: string;
}

export function registerReport(program: Command, io: Io, outcome: Outcome): void {
  program
    .command('report')
    .description('the revision-meeting report: Markdown, HTML or PDF')
    .addOption(dirOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(reportFormats).default('md'))
    .option('-o, --output <file>', 'write to this file (md: default stdout; html/pdf: default report.html / report.pdf)')
    .addOption(langOption())
    .option('--template <folder>', 'use the HTML templates in this folder (a copy of templates/report/)')
    .addOption(colorOption())
    .addOption(againstOption('open with the changes since an older revision (a folder, or a git tag, branch or commit) and mark each goal that moved'))
    .addHelpText(
      'after',
      `
Examples:
  $ vm-strategy report > report.md
  $ vm-strategy report --format html -o report.html
  $ vm-strategy report --format pdf -o report.pdf --lang en
  $ vm-strategy report --format html --template my-templates/ -o report.html
  $ vm-strategy report --against v2021 --format html -o report.html   # with the changes since the tag v2021

PDF needs a locally installed Chromium: /usr/bin/chromium (Debian: apt-get install chromium),
or the path in CHROME_PATH. Nothing is downloaded.
Environment: SOURCE_DATE_EPOCH fixes the date shown in the report (reproducible output).

Exit codes: 0 written, 1 the strategy files (or those of --against) have errors (nothing is written),
2 usage, a missing template or browser, or --against is neither a folder nor a git revision.`,
    )
    .action(async (options: ReportOptions) => {
      const model = await loadSoundModel(options, io, outcome);
      if (!model) return;
      const compared = options.against === undefined ? undefined : await loadComparison(model, options.against, options, io, outcome);
      if (options.against !== undefined && !compared) return;
      const view = buildReportView(model, {
        lang: options.lang,
        generated: reportDate(),
        version: reportVersion(),
        ...(compared ? { comparison: compared.comparison, against: compared.against } : {}),
      });
      const { format } = options;
      if (format === 'md') {
        const markdown = renderMarkdownReport(view);
        if (options.output === undefined) io.out(markdown);
        else await writeOutput(io, options.output, markdown, options.lang);
        return;
      }
      const templates = await loadTemplates(options.template);
      // The HTML renderer (eta, marked, sanitize-html) is loaded only when HTML is asked for.
      const { renderHtmlReport } = await import('../../render/report/html.js');
      const html = renderOrExplain(() => renderHtmlReport(view, templates));
      const target = options.output ?? `report.${format}`;
      if (format === 'html') {
        await writeOutput(io, target, html, options.lang);
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
      await writeOutput(io, target, pdf, options.lang);
    });
}

export async function loadTemplates(dir: string | undefined) {
  try {
    return await readTemplates(dir === undefined ? undefined : path.resolve(dir));
  } catch (error) {
    if (error instanceof TemplateDirError) {
      throw new UserError(
        error.reason === 'missing'
          ? `The template folder ${error.dir} does not exist. Copy templates/report/ from the package and edit the copy.`
          : `The template folder ${error.dir} lacks ${error.missing.join(', ')}. A template folder needs every file of templates/report/.`,
      );
    }
    throw error;
  }
}

export function renderOrExplain<T>(render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`The template ${error.template} is broken: ${error.message}`);
    throw error;
  }
}

/** Writes a file atomically and says so on stderr; any failure is the user's to fix, not a crash. */
export async function writeOutput(
  io: Io,
  target: string,
  content: string | Uint8Array,
  lang: Lang,
  options: AtomicWriteOptions = {},
  message = lang === 'nb' ? `Skrev ${target}` : `Wrote ${target}`,
): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(target), content, options);
  } catch (error) {
    if (error instanceof FileChangedError) {
      throw new UserError(
        lang === 'nb'
          ? `${target} ble endret på disken mens verktøyet arbeidet; ingenting er skrevet. Kjør kommandoen på nytt.`
          : `${target} changed on disk while the tool was working; nothing was written. Run the command again.`,
      );
    }
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(lang === 'nb' ? `Kan ikke skrive ${target} (${code}).` : `Cannot write ${target} (${code}).`);
  }
  if (message !== "") io.err(`${message}\n`);
}
