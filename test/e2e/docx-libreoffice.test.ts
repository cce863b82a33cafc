// The Word documents open in a real Word reader: LibreOffice (Debian's libreoffice-writer-nogui,
// `soffice`) converts each .docx, headless and with a private profile, to text and to PDF, and the
// text a reader needs must be there — area names, goals, marks, measures, the cells left to fill
// in. Without soffice the tests skip on a developer machine and fail in CI (.ci/run installs it).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPdfPages, inCi } from '../helpers/browser.js';
import { fixturesDir, makeTempDir, removeTempDirs, spawnCli } from '../helpers/cli.js';

afterAll(removeTempDirs);

const soffice = process.env.SOFFICE_PATH || 'soffice';
const haveSoffice = spawnSync(soffice, ['--version'], { stdio: 'ignore' }).status === 0;
const missing = `LibreOffice (${soffice}) was not found: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set SOFFICE_PATH.`;
if (!haveSoffice)
  console.warn(
    inCi ? `docx-libreoffice: ${missing} CI is set, so these tests fail.` : `docx-libreoffice: skipping. ${missing}`,
  );

const pinned = { SOURCE_DATE_EPOCH: '1686830400' };
const documents = {
  'report-nb': ['report', '--dir', path.join(fixturesDir, 'word-nb')],
  'plan-nb': ['plan', '--dir', path.join(fixturesDir, 'word-nb')],
  'report-en': ['report', '--dir', path.join(fixturesDir, 'word-en')],
  'plan-en': ['plan', '--dir', path.join(fixturesDir, 'word-en')],
  'report-example': ['report', '--example', '--lang', 'en'],
  'plan-example': ['plan', '--example'],
  'report-hostile': ['report', '--dir', path.join(fixturesDir, 'word-hostile')],
} as const;
type Name = keyof typeof documents;

/** What LibreOffice read out of each document, as plain text. */
const texts = new Map<Name, string>();
let outDir = '';

/** One soffice run converts many files: each start costs seconds. A private profile keeps it from the user's. */
function convert(files: string[], to: string): void {
  const profile = path.join(outDir, 'lo-profile');
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    {
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
}

describe.skipIf(!haveSoffice && !inCi)('the Word documents in LibreOffice', () => {
  beforeAll(async () => {
    outDir = await makeTempDir();
    const files: string[] = [];
    for (const [name, args] of Object.entries(documents)) {
      const file = path.join(outDir, `${name}.docx`);
      const result = await spawnCli([...args, '--format', 'docx', '-o', file], { env: pinned });
      expect(result.exitCode, result.stderr).toBe(0);
      files.push(file);
    }
    convert(files, 'txt:Text (encoded):UTF8');
    for (const name of Object.keys(documents) as Name[])
      texts.set(name, await readFile(path.join(outDir, `${name}.txt`), 'utf8'));
  }, 240_000);

  it('the Norwegian report: title, page one, areas, goals, marks with their meaning, notes, the plan and the scale', () => {
    const text = texts.get('report-nb')!;
    for (const words of [
      'Revisjonsrapport – Strategi 2021–2026',
      'Fjordmuseet · Periode 2021–2026',
      'BÅTSAMLINGEN',
      'PUBLIKUM',
      'Registrere hele båtsamlingen i DigitaltMuseum.',
      'NEI+',
      'Ikke oppnådd, på vei',
      'Utkastet er på høring.',
      'Sluttføre bevaringsplanen etter høringen',
      'Vurderingsskalaen',
      'Samlet score: 58 %',
      // Page one.
      'Status og beslutninger',
      'Samlet score: 58 % (I rute) · Målbildet: 50 %',
      'Etter skjema',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('the Norwegian plan: each unmet goal with its measures, and "fylles ut" where the plan lacks a field', () => {
    const text = texts.get('plan-nb')!;
    expect(text).toContain('Tiltaksplan 2024–2026');
    expect(text).toContain('Søke Sparebankstiftelsen om midler til verkstedet');
    expect(text).toContain('Driftsleder');
    expect(text).toContain('Bygge opp et lag av frivillige båtbyggere.');
    // The measure without an owner and indicator, and the goal without any measure (four cells).
    expect(text.match(/fylles ut/g)?.length).toBeGreaterThanOrEqual(2 + 4 + 3);
  });

  it('the English documents speak English and keep the strategy text as written', () => {
    const report = texts.get('report-en')!;
    expect(report).toContain('Revision report – Strategy 2022–2027');
    expect(report).toContain('THE TOWER');
    expect(report).toContain('Open the gallery to visitors');
    expect(report).toContain('NOT MET');
    expect(report).toContain('Not met');
    const plan = texts.get('plan-en')!;
    expect(plan).toContain('Action plan 2025–2026');
    expect(plan).toContain('Hire a second guide for school visits');
    expect(plan).toContain('to be filled in');
  });

  it('the bundled example says it is one, in the report and the plan', () => {
    expect(texts.get('report-example')!).toContain('EXAMPLE');
    expect(texts.get('report-example')!).toContain('VÅRE VITENSKAPELIGE SAMLINGER');
    expect(texts.get('plan-example')!).toContain('EKSEMPEL');
    expect(texts.get('plan-example')!).toContain('Tiltaksplan 2022–2024');
  });

  it('a document made from hostile text opens, and shows that text as written', () => {
    const text = texts.get('report-hostile')!;
    expect(text).toContain('FIENDTLIG <b>&amp;</b> ]]>');
    expect(text).toContain('Ring klokka & <w:t>brudd</w:t> "sitat"');
  });

  it('converts to a PDF: front matter, then each of the two areas on a page of its own', async () => {
    convert([path.join(outDir, 'report-nb.docx')], 'pdf');
    const pdf = await readFile(path.join(outDir, 'report-nb.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Two pages of front matter (at a glance, what lags, the plan, the vision), then one page per area: the
    // two short areas would share the second page's end without their page breaks.
    expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
