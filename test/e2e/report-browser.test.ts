// `vm-strategy report` in a real browser: the HTML report opened from disk in headless Chromium
// (no errors, no requests, the right language and headings, no scripts, no serious accessibility
// problems), and the PDF written through the same browser. Uses a local Chromium only (see
// test/helpers/browser.ts); without one the tests skip on a developer machine and fail in CI.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// The named export: the package's types describe the default export as the CommonJS module under NodeNext.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  chromiumPath,
  countPdfPages,
  haveChromium,
  inCi,
  launchChromium,
  missingChromiumMessage,
} from '../helpers/browser.js';
import { makeTempDir, removeTempDirs, repoRoot, spawnCli } from '../helpers/cli.js';

const timeout = 60_000;
const pinned = { SOURCE_DATE_EPOCH: '1700000000', NO_COLOR: '1' };
const noStack = /\n\s+at /;
const screenshotPath = path.join(repoRoot, 'test-output', 'report.png');

afterAll(removeTempDirs);

if (!haveChromium) {
  console.warn(
    inCi
      ? `report-browser: ${missingChromiumMessage} CI is set, so the browser tests fail.`
      : `report-browser: skipping the browser and PDF tests. ${missingChromiumMessage}`,
  );
}
/** Skip without a browser, except in CI, where a missing browser must be a failure. */
const skipWithoutBrowser = !haveChromium && !inCi;

/** The `title:` of every area file of the bundled strategy, in file order. */
async function areaTitles(): Promise<string[]> {
  const dir = path.join(repoRoot, 'strategy', 'areas');
  const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  const titles: string[] = [];
  for (const file of files) {
    const area = parse(await readFile(path.join(dir, file), 'utf8')) as { title?: unknown };
    if (typeof area.title !== 'string') throw new Error(`strategy/areas/${file} has no title`);
    titles.push(area.title);
  }
  return titles;
}

interface OpenedReport {
  page: Page;
  context: BrowserContext;
  url: string;
  consoleErrors: string[];
  pageErrors: string[];
  /** Every request other than the report file itself and data: URLs. */
  strayRequests: string[];
}

/** Writes the HTML report with the built CLI and opens it from disk in a fresh browser context. */
async function openReport(browser: Browser, lang: 'nb' | 'en'): Promise<OpenedReport> {
  const file = path.join(await makeTempDir(), 'report.html');
  const result = await spawnCli(['report', '--format', 'html', '-o', file, '--lang', lang], { env: pinned });
  expect(result.stderr, 'stderr of report --format html').not.toMatch(noStack);
  expect(result.exitCode, `report --format html failed:\n${result.stderr}`).toBe(0);

  const url = pathToFileURL(file).href;
  const context = await browser.newContext();
  const opened: OpenedReport = {
    page: undefined as unknown as Page,
    context,
    url,
    consoleErrors: [],
    pageErrors: [],
    strayRequests: [],
  };
  // On the context, so requests of any page or frame count, not only the main one.
  context.on('request', (request) => {
    const u = request.url();
    if (u !== url && !u.startsWith('data:'))
      opened.strayRequests.push(`${request.method()} ${u} (${request.resourceType()})`);
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location();
      opened.consoleErrors.push(`${msg.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => opened.pageErrors.push(String(error)));
  await page.goto(url, { waitUntil: 'load' });
  opened.page = page;
  return opened;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** Axe violations as text a person can act on: rule, impact, what to fix, and each element. */
function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => {
          const summary = (n.failureSummary ?? '').replace(/\n/g, '\n        ');
          return `    - ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 300)}\n        ${summary}`;
        })
        .join('\n');
      const more = v.nodes.length > 10 ? `\n    ... and ${v.nodes.length - 10} more elements` : '';
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

describe.skipIf(skipWithoutBrowser)('the HTML report in headless Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(missingChromiumMessage);
    browser = await launchChromium();
  }, timeout);

  afterAll(async () => {
    await browser?.close();
  }, timeout);

  it(
    'loads without errors or requests, in Norwegian, with every section, and passes axe',
    async () => {
      const report = await openReport(browser!, 'nb');
      const { page } = report;
      try {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');

        // Headings by their text in the DOM (textContent), so CSS text-transform cannot hide a change.
        const h1 = await page.locator('h1').allTextContents();
        expect(h1.length, 'the page has an h1').toBeGreaterThanOrEqual(1);
        expect(h1[0]?.trim()).not.toBe('');
        const headings = (await page.locator('h2, h3').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
        for (const title of ['Kort oppsummert', 'Det som henger etter', 'Vurderingsskalaen', ...(await areaTitles())]) {
          expect(headings, `a heading "${title}"`).toContain(title);
        }

        const csp = await page.locator('meta[http-equiv="Content-Security-Policy" i]').getAttribute('content');
        expect(csp, 'a CSP meta tag').toBeTruthy();
        expect(csp).toMatch(/default-src 'none'/);
        expect(await page.evaluate(() => document.scripts.length), 'no <script> elements').toBe(0);

        await mkdir(path.dirname(screenshotPath), { recursive: true });
        await page.screenshot({ path: screenshotPath, fullPage: true });
        console.log(`report-browser: screenshot of the report in ${path.relative(repoRoot, screenshotPath)}`);

        // Before axe runs: its script is ours, not the report's.
        expect(report.consoleErrors, 'console errors').toEqual([]);
        expect(report.pageErrors, 'page errors').toEqual([]);
        expect(report.strayRequests, 'requests other than the report file').toEqual([]);

        const axe = await new AxeBuilder({ page }).analyze();
        const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const minor = axe.violations.filter((v) => !bad.includes(v));
        if (minor.length > 0) console.log(`report-browser: minor/moderate axe findings:\n${describeViolations(minor)}`);
        expect(bad.length, `axe found serious or critical problems:\n\n${describeViolations(bad)}\n`).toBe(0);
      } finally {
        await report.context.close();
      }
    },
    timeout,
  );

  it(
    'is in English with --lang en, also without errors or requests',
    async () => {
      const report = await openReport(browser!, 'en');
      try {
        expect(await report.page.evaluate(() => document.documentElement.lang)).toBe('en');
        const headings = (await report.page.locator('h2').allTextContents()).map((t) => t.trim());
        expect(headings).toContain('At a glance');
        expect(headings).toContain('What lags behind');
        expect(headings).not.toContain('Kort oppsummert');
        expect(await report.page.evaluate(() => document.scripts.length)).toBe(0);
        expect(report.consoleErrors, 'console errors').toEqual([]);
        expect(report.pageErrors, 'page errors').toEqual([]);
        expect(report.strayRequests, 'requests other than the report file').toEqual([]);
      } finally {
        await report.context.close();
      }
    },
    timeout,
  );
});

describe.skipIf(skipWithoutBrowser)('the PDF report', () => {
  beforeAll(() => {
    if (!haveChromium) throw new Error(missingChromiumMessage);
  });

  it(
    'writes a PDF of one page or more through the local Chromium',
    async () => {
      const file = path.join(await makeTempDir(), 'report.pdf');
      const result = await spawnCli(['report', '--format', 'pdf', '-o', file], {
        env: { ...pinned, CHROME_PATH: chromiumPath },
      });
      expect(result.stderr).not.toMatch(noStack);
      expect(result.exitCode, `report --format pdf failed:\n${result.stderr}`).toBe(0);
      const pdf = await readFile(file);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(1);
    },
    timeout,
  );
});

/** Replaces `from` by `to` in a file of a strategy folder; the text must be there. */
async function change(dir: string, file: string, from: string, to: string): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  await writeFile(target, text.replace(from, to));
}

describe.skipIf(!haveChromium && !inCi)('report --against in headless Chromium', () => {
  it('has no serious accessibility problems, and the arrows read as words', async () => {
    const dir = await makeTempDir();
    const old = path.join(dir, 'old');
    await cp(path.join(repoRoot, 'strategy'), old, { recursive: true });
    // An older revision of the bundled strategy: some marks lower, some higher.
    await change(old, 'areas/01-samlinger.yaml', 'assessment: "JA"', 'assessment: "NEI"');
    await change(old, 'areas/01-samlinger.yaml', 'assessment: "NEI"\n', 'assessment: "JA"\n');
    const out = path.join(dir, 'report.html');
    const result = await spawnCli(['report', '--against', old, '--format', 'html', '-o', out], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
      expect(await page.locator('#changes h2').textContent()).toBe('Endringer siden forrige revisjon');
      const alternatives = await page.locator('.goal .sr-only').allTextContents();
      expect(alternatives.length).toBeGreaterThan(0);
      for (const text of alternatives) expect(text).toMatch(/^(Forbedret|Svekket) fra \S/);
      const axe = await new AxeBuilder({ page }).analyze();
      const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
