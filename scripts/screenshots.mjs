// Screenshots for the README (docs/*.png): page one of the HTML report on a desktop, the same
// report on a phone (390 px), and page one of the PDF. Uses the built CLI, Debian's Chromium and
// pdftoppm (poppler-utils). Run: npm run build && node scripts/screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const docs = path.join(root, 'docs');
const work = mkdtempSync(path.join(tmpdir(), 'vm-shots-'));
const env = {
  ...process.env,
  SOURCE_DATE_EPOCH: '1764806400',
  TZ: 'UTC',
  NO_COLOR: '1',
  CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium',
};
const cli = (...args) =>
  execFileSync(process.execPath, [path.join(root, 'bin', 'vm-strategy.js'), ...args], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

const html = path.join(work, 'report.html');
const pdf = path.join(work, 'report.pdf');
cli('report', '--example', '--format', 'html', '-o', html);
cli('report', '--example', '--format', 'pdf', '-o', pdf);

const browser = await chromium.launch({
  executablePath: env.CHROME_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const desktop = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await desktop.goto(pathToFileURL(html).href);
  const board = await desktop.locator('#board').boundingBox();
  await desktop.screenshot({
    path: path.join(docs, 'report-page-one.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1200, height: Math.ceil(board.y + board.height) },
  });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await phone.goto(pathToFileURL(html).href);
  await phone.screenshot({ path: path.join(docs, 'report-phone.png') });
} finally {
  await browser.close();
}
execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(work, 'pdf-page-1')]);
renameSync(path.join(work, 'pdf-page-1.png'), path.join(docs, 'report-pdf-page-1.png'));
rmSync(work, { recursive: true, force: true });
console.log('docs/report-page-one.png, docs/report-phone.png, docs/report-pdf-page-1.png');
