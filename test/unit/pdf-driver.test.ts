// playwright-core is an optional peer dependency: only its absence is "not installed"; anything
// else that goes wrong while importing it stays the error it is.
import { describe, expect, it } from 'vitest';
import { loadPlaywright, PdfDriverMissingError } from '../../src/io/pdf.js';

const notFound = (message: string) => Object.assign(new Error(message), { code: 'ERR_MODULE_NOT_FOUND' });

describe('loadPlaywright', () => {
  it('says playwright-core is missing when Node cannot find the package', async () => {
    const load = () =>
      Promise.reject(
        notFound(
          "Cannot find package 'playwright-core' imported from /app/node_modules/vm-strategy/dist/bundle/cli.js",
        ),
      );
    await expect(loadPlaywright(load)).rejects.toBeInstanceOf(PdfDriverMissingError);
  });

  it('passes on a broken install of it (a file of its own missing) as it is', async () => {
    const broken = notFound(
      "Cannot find module '/app/node_modules/playwright-core/lib/server/index.js' imported from /app/node_modules/playwright-core/index.mjs",
    );
    await expect(loadPlaywright(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('gives the module when it is there', async () => {
    const playwright = await loadPlaywright();
    expect(typeof playwright.chromium.launch).toBe('function');
  });
});
