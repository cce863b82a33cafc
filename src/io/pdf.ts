// PDF through a locally installed Chromium, driven by playwright-core. Nothing is downloaded:
// without a browser on the machine the command stops and says how to install one.
// playwright-core is an optional peer dependency (14 MB for one output format): the user installs
// it next to vm-strategy, and without it the command stops and says so.
import { existsSync } from 'node:fs';

/** The title goes into Chromium's header template, which is HTML. */
const headerText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Playwright = typeof import('playwright-core');

/** playwright-core is not installed where the tool can import it from. */
export class PdfDriverMissingError extends Error {
  constructor() {
    super('playwright-core is not installed');
  }
}

/**
 * playwright-core, imported from where the user installed it. `load` is the import itself,
 * replaceable so that a test can stand in for a machine without it.
 */
export async function loadPlaywright(
  load: () => Promise<Playwright> = () => import('playwright-core'),
): Promise<Playwright> {
  try {
    return await load();
  } catch (error) {
    // Only the package itself missing: a broken install of it is a different problem, said as such.
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === 'ERR_MODULE_NOT_FOUND' && String(message).includes("'playwright-core'"))
      throw new PdfDriverMissingError();
    throw error;
  }
}

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** CHROME_PATH when set (and it must exist), else the first known Chromium path that exists. */
export function findChromium(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return candidates.find((p) => existsSync(p));
}

/** Flags for a headless run as root in a closed network (see README, "PDF"). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser at the given path would not start: a user's setup problem, not a bug. */
export class BrowserLaunchError extends Error {
  constructor(
    readonly executablePath: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** The HTML as a PDF, printed by the browser at `executablePath`, started with the run's environment `env`. */
export async function htmlToPdf(
  html: string,
  executablePath: string,
  { chromium }: Playwright,
  env: Readonly<Record<string, string | undefined>>,
  title = '',
): Promise<Uint8Array> {
  const browser = await chromium
    .launch({ executablePath, args: chromiumArgs, headless: true, env })
    .catch((error: unknown) => {
      // Playwright's launch log is long and coloured; the first line says what went wrong.
      const first =
        (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0] ?? '';
      throw new BrowserLaunchError(executablePath, first.trim());
    });
  try {
    const page = await browser.newPage();
    // The report is self-contained; refuse any request so a PDF never depends on the network.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      // The running header: the report's title on every page, and the page number beside it.
      headerTemplate: `<div style="font-size:8px;width:100%;margin:0 14mm;display:flex;justify-content:space-between;color:#57606a;"><span>${headerText(title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      footerTemplate: '<div></div>',
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
