// The board pack (issue 14) in real Chromium: no horizontal scrolling at 390 px, page one of the
// PDF holds the status per area and the key messages, no heading ends a PDF page, --brief is at
// most 4 A4 pages for the bundled strategy, and axe finds nothing serious. With the bundled
// strategy and with strategies written for this test (test/fixtures/board/): one in Norwegian in
// progress whose vision is not assessed, one in English whose period has ended. The PDF's text
// is read back page by page with pdftotext (poppler-utils).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, countPdfPages, haveChromium, inCi, launchChromium } from '../helpers/browser.js';
import { fixturesDir, makeTempDir, removeTempDirs, spawnCli } from '../helpers/cli.js';

const timeout = 120_000;
// 4 December 2025: the bundled strategy's period (2018–2025) has not quite ended, the Norwegian one is in progress.
const env = { SOURCE_DATE_EPOCH: '1764806400', TZ: 'UTC', NO_COLOR: '1', CHROME_PATH: chromiumPath };
const havePdfToText = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some((p) => existsSync(p));
const board = (name: string) => path.join(fixturesDir, 'board', name);

afterAll(removeTempDirs);

interface Case {
  name: string;
  args: string[];
  lang: 'nb' | 'en';
}

const cases: Case[] = [
  { name: 'the bundled strategy', args: ['--example'], lang: 'nb' },
  { name: 'the bundled strategy, --brief', args: ['--example', '--brief'], lang: 'nb' },
  { name: 'a strategy in progress without a vision score (nb)', args: ['--dir', board('nb-in-progress')], lang: 'nb' },
  { name: 'a strategy whose period has ended (en)', args: ['--dir', board('en-ended'), '--lang', 'en'], lang: 'en' },
];

async function writeReport(args: string[], format: 'html' | 'pdf'): Promise<string> {
  const file = path.join(await makeTempDir(), `report.${format}`);
  const result = await spawnCli(['report', ...args, '--format', format, '-o', file], { env });
  expect(result.exitCode, result.stderr).toBe(0);
  return file;
}

/** The text of each page of a PDF, white space folded. */
function pdfPages(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }),
  );
}
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!haveChromium && !inCi)('the board pack in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)(
    '$name: nothing is wider than a 390 px phone, page one comes first, and axe finds nothing serious',
    async ({ args, lang }) => {
      const file = await writeReport(args, 'html');
      const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect(widths.scroll, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(widths.inner);
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map((e) => e.outerHTML.slice(0, 120)),
        );
        expect(wide, 'elements reaching past the right edge').toEqual([]);
        // Page one comes first in <main>, with a status in words beside every area.
        expect(await page.locator('main > section').first().getAttribute('id')).toBe('board');
        const statuses = await page.locator('table.standing tbody tr:not(.total) .status').allTextContents();
        expect(statuses.length).toBeGreaterThan(0);
        const words =
          lang === 'nb'
            ? ['Oppnådd', 'I rute', 'Etter skjema', 'Ikke vurdert']
            : ['Achieved', 'On track', 'Behind', 'Not assessed'];
        for (const s of statuses) expect(words).toContain(s);
        const messages = await page.locator('#board .messages li').count();
        expect(messages).toBeGreaterThanOrEqual(2);
        expect(messages).toBeLessThanOrEqual(5);
        // Every score bar carries its number as text.
        for (const text of await page.locator('svg.score-bar text').allTextContents())
          expect(text).toMatch(/^\d+ ?%$|–|not assessed|ingen vurdering/);
        const axe = await new AxeBuilder({ page }).analyze();
        const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );

  it(
    'says the period has ended, and shows an unassessed vision as such',
    async () => {
      const ended = await writeReport(['--dir', board('en-ended'), '--lang', 'en'], 'html');
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(ended).href);
        expect(fold(await page.locator('#board .time').innerText())).toBe(
          'The strategy period is over (it ended in 2021).',
        );
        expect(await page.locator('#board .messages li').allInnerTexts()).toContain(
          'The period ended in 2021; the overall score at its end is 50%.',
        );
        const inProgress = await writeReport(['--dir', board('nb-in-progress')], 'html');
        await page.goto(pathToFileURL(inProgress).href);
        expect(fold(await page.locator('#board .time').innerText())).toBe(
          '48 % av strategiperioden 2024–2027 er gått.',
        );
        expect(fold(await page.locator('#board .headline').innerText())).toContain('Målbildet: ingen vurdering');
        // The measure beside its goal, with how late it is; the goal without one is for decision.
        expect(fold(await page.locator('#formidling\\.skole table.goal-measures').innerText())).toContain(
          'Avtale med skolekontoret Museumsleder juni 2025 startet, 5 måneder over fristen',
        );
        expect(await page.locator('#board .decisions li').allInnerTexts()).toEqual([
          'Utstillingene finnes også på nett. (FORMIDLING OG UTSTILLINGER MED ET SVÆRT LANGT OMRÅDENAVN SOM MÅ BRYTES PÅ TELEFON, –)',
          'Museet har en kafé. (FORMIDLING OG UTSTILLINGER MED ET SVÆRT LANGT OMRÅDENAVN SOM MÅ BRYTES PÅ TELEFON, 0 %)',
        ]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );

  it(
    'report --history: the score at each revision as a table and a step chart per area, with text alternatives',
    async () => {
      const dir = await makeTempDir();
      const old = path.join(dir, 'v2022');
      await cp(board('nb-in-progress'), old, { recursive: true });
      const area = path.join(old, 'areas', '01-samlinger.yaml');
      await writeFile(area, (await readFile(area, 'utf8')).replace('assessment: JA,', 'assessment: NEI,'));
      const file = await writeReport(['--dir', board('nb-in-progress'), '--history', old], 'html');
      const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
      try {
        await page.goto(pathToFileURL(file).href);
        const rows = await page
          .locator('table.history tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll('th, td.num')].map((c) => c.textContent!.trim())),
          );
        expect(rows[0]).toEqual(['SAMLINGENE VÅRE', '25 %', '75 %']);
        expect(await page.locator('table.history svg.history-chart').first().getAttribute('aria-label')).toBe(
          'SAMLINGENE VÅRE: 25 %, 75 %',
        );
        expect(await page.locator('#board .messages li').allInnerTexts()).toContain(
          'SAMLINGENE VÅRE har gått fram 50 pp siden revisjon 2025.',
        );
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      } finally {
        await page.close();
      }
    },
    timeout,
  );
});

describe.skipIf((!haveChromium || !havePdfToText) && !inCi)('the board pack on paper', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });

  /** The area titles, key messages and headings of the HTML report the PDF was printed from. */
  async function shown(args: string[]) {
    const html = await writeReport(args, 'html');
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(html).href);
      return {
        areas: (await page.locator('table.standing tbody tr:not(.total) th').allInnerTexts()).map(fold),
        statuses: (await page.locator('table.standing tbody tr:not(.total) .status').allInnerTexts()).map(fold),
        messages: (await page.locator('#board .messages li').allInnerTexts()).map(fold),
        headings: (await page.locator('main h2, main h3').allTextContents()).map(fold),
      };
    } finally {
      await page.close();
    }
  }

  it.each(cases.filter((c) => !c.args.includes('--brief')))(
    '$name: page one holds the status per area and the key messages, and no page ends on a heading',
    async ({ args }) => {
      const expected = await shown(args);
      const pdf = await writeReport(args, 'pdf');
      const pages = pdfPages(pdf, countPdfPages(await readFile(pdf)));
      const one = fold(pages[0]!);
      // A title that wraps in its table cell comes out of the PDF with the next cell between its words.
      for (const title of expected.areas)
        for (const word of title.split(' ')) expect(one, `page one names ${title}`).toContain(word);
      for (const status of new Set(expected.statuses)) expect(one).toContain(status);
      for (const message of expected.messages) expect(one, 'page one holds the key message').toContain(message);
      pages.forEach((text, i) => {
        const lines = text
          .split('\n')
          .map(fold)
          .filter((l) => l !== '');
        const last = lines[lines.length - 1] ?? '';
        const stranded = expected.headings.filter((h) => last.length >= 3 && h.endsWith(last));
        expect(stranded, `page ${i + 1} ends on a heading: ${last}`).toEqual([]);
      });
      // The running header: the report's title and the page number on every page.
      for (const [i, text] of pages.entries()) expect(fold(text)).toMatch(new RegExp(`${i + 1} ?/ ?${pages.length}`));
    },
    timeout,
  );

  it(
    '--brief is at most 4 A4 pages for the bundled strategy, in either language',
    async () => {
      for (const lang of ['nb', 'en']) {
        const pdf = await writeReport(['--example', '--brief', '--lang', lang], 'pdf');
        const count = countPdfPages(await readFile(pdf));
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
      }
    },
    timeout,
  );
});

// The full report is longer than the brief one: the brief is not the full report cut short by accident.
describe.skipIf(!haveChromium && !inCi)('the full PDF', () => {
  it(
    'is longer than the brief one, and keeps the full goal list',
    async () => {
      const full = await writeReport(['--example'], 'pdf');
      const brief = await writeReport(['--example', '--brief'], 'pdf');
      expect(countPdfPages(await readFile(full))).toBeGreaterThan(countPdfPages(await readFile(brief)));
    },
    timeout,
  );
});
