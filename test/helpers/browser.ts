// Helpers for tests that open the report in a real, locally installed Chromium (never a downloaded one).
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromiumArgs } from '../../src/io/pdf.js';

/** The browser the tests use: CHROME_PATH when set, else Debian's chromium. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);

/** CI=true (GitHub Actions, GitLab, ...); `CI=false` or `CI=0` count as not set. */
export const inCi = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());

/**
 * Flags for a headless run as root on a machine without outside network (see /work/shared/craft.md and
 * src/io/pdf.ts). Without the background-networking flags Chromium keeps trying to reach Google's hosts.
 * `launch` gives every run a fresh, empty user-data-dir of its own.
 */
export const chromiumFlags = chromiumArgs;

export const missingChromiumMessage =
  `Chromium was not found at ${chromiumPath}. The browser tests need a local Chromium: ` +
  'install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome executable. ' +
  'Never run `npx playwright install`.';

/** Starts headless Chromium with the flags above. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

/** Number of pages in a PDF: page objects (`/Type /Page`, not `/Pages`), else the page tree's largest `/Count`. */
export function countPdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pageObjects = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  if (pageObjects > 0) return pageObjects;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? Math.max(...counts) : 0;
}
