// `report --format docx` and `plan --format docx`: the Word documents' structure pinned by golden
// outlines (headings, tables by shape, runs by colour — not the bytes, which carry dates and ids),
// what the reader must find in them, and how the command writes them (a default file, `-o -`).
// That they open in a real Word reader is checked with LibreOffice in e2e/docx-libreoffice.test.ts.
import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxOutline, docxParts, docxText } from './helpers/docx-outline.js';
import { run } from '../src/cli/program.js';
import {
  exampleNotice,
  fixturesDir,
  makeStrategy,
  makeTempDir,
  removeTempDirs,
  runCli,
  testIo,
} from './helpers/cli.js';

afterAll(removeTempDirs);

const pinned = { SOURCE_DATE_EPOCH: '1700000000', VM_STRATEGY_REPORT_VERSION: '0.0.0-golden' };
const noStack = /\n\s+at /;
const wordNb = path.join(fixturesDir, 'word-nb');
const wordEn = path.join(fixturesDir, 'word-en');

/** Runs a command that writes a .docx into a fresh folder and returns the file's parts. */
async function writeDocx(
  args: string[],
  env: Record<string, string> = pinned,
): Promise<{ parts: Map<string, string>; stderr: string }> {
  const out = path.join(await makeTempDir(), 'out.docx');
  const result = await runCli([...args, '--format', 'docx', '-o', out], { env });
  expect(result.stderr).not.toMatch(noStack);
  expect(result.exitCode, result.stderr).toBe(0);
  return { parts: docxParts(await readFile(out)), stderr: result.stderr };
}

describe('golden outlines of the Word documents', () => {
  const cases = [
    { name: 'report.word-nb', args: ['report', '--dir', wordNb], what: 'report of test/fixtures/word-nb' },
    { name: 'report.word-en', args: ['report', '--dir', wordEn], what: 'report of test/fixtures/word-en' },
    { name: 'plan.word-nb', args: ['plan', '--dir', wordNb], what: 'plan of test/fixtures/word-nb' },
    { name: 'plan.word-en', args: ['plan', '--dir', wordEn], what: 'plan of test/fixtures/word-en' },
    { name: 'plan.example-nb', args: ['plan', '--example'], what: 'plan of the bundled example' },
  ];
  for (const { name, args, what } of cases) {
    it(`the ${what} matches test/golden/${name}.docx.txt`, async () => {
      const { parts } = await writeDocx(args);
      await expect(docxOutline(parts)).toMatchFileSnapshot(`golden/${name}.docx.txt`);
    });
  }
});

describe('what a reader finds in the Word report', () => {
  it('the title with the organisation and period, the scores, the marks as coloured badges and the area tables', async () => {
    const { parts } = await writeDocx(['report', '--dir', wordNb]);
    const outline = docxOutline(parts);
    expect(outline).toContain('Title: Revisjonsrapport – Strategi 2021–2026');
    expect(outline).toContain('Subtitle: Fjordmuseet · Periode 2021–2026');
    expect(outline).toContain('Heading1 (new page): BÅTSAMLINGEN');
    // A badge is its code as text, on the mark's colour, in the colour chosen for contrast.
    expect(outline).toContain('[\u00a0NEI+\u00a0 fg=FFFFFF bg=A63A1C] Ikke oppnådd, på vei');
    // A goal marked clause by clause keeps each mark beside its clause.
    expect(outline).toContain(
      'Sette i stand naustet [\u00a0JA\u00a0 fg=FFFFFF bg=1A7F37] og bygge et nytt verksted. [\u00a0NEI\u00a0 fg=FFFFFF bg=B42318]',
    );
    const text = docxText(parts);
    for (const words of [
      'Samlet score',
      'Det som henger etter',
      'Merknad: Utkastet er på høring. (vurdert av Kari Nordmann)',
      'Kommentar (Ola Nordmann): Styret vil se planen før sommeren.',
      'Vurderingsskalaen',
    ]) {
      expect(text).toContain(words);
    }
    // The Markdown introduction is read, not shown as Markdown: bold, a list and the link's address.
    expect(text).toContain('Båtsamlingen er kjernen i museet. Vi skal:');
    expect(text).toContain('Se Kulturrådets veileder (https://www.kulturradet.no/).');
    expect(outline).toContain('ListParagraph (bullet): registrere alle båtene digitalt;');
    expect(text).not.toMatch(/\*\*|\]\(/);
  });

  it('a strategy of areas and goals alone (test/fixtures/areas-only): no vision section, row or part label', async () => {
    const { parts } = await writeDocx(['report', '--dir', path.join(fixturesDir, 'areas-only')]);
    const outline = docxOutline(parts);
    expect(outline).toContain('Title: Revisjonsrapport – Plan 2024–2027');
    expect(outline).not.toContain('Målbildet');
    expect(outline).not.toMatch(/Del \d/);
    expect(outline).toMatch(/^P: Score for området: /m);
  });

  it('speaks English with --lang en, or when the strategy says language: en', async () => {
    const { parts } = await writeDocx(['report', '--dir', wordEn]);
    const text = docxText(parts);
    expect(text).toContain('Revision report – Strategy 2022–2027');
    expect(text).toContain('What lags behind');
    expect(text).toContain('Overall score');
    expect(text).not.toContain('Samlet score');
    const nbOfEnglish = docxText((await writeDocx(['report', '--dir', wordEn, '--lang', 'nb'])).parts);
    expect(nbOfEnglish).toContain('Samlet score');
    // The strategy's own text is never translated.
    expect(nbOfEnglish).toContain('Repair the lantern room.');
  });

  it('the bundled example opens with the EKSEMPEL banner, and its measures say they are examples', async () => {
    const { parts, stderr } = await writeDocx(['report', '--example']);
    expect(stderr).toContain(exampleNotice.nb.trim());
    const outline = docxOutline(parts);
    expect(outline).toMatch(/^P \(box FFF4CE\): EKSEMPEL Laget fra eksempelstrategien/m);
    expect(docxText(parts)).toContain('Tiltakene er eksempler fra eksempelstrategien');
  });
});

describe('page one of the Word report, as in the HTML and Markdown reports (test/fixtures/board)', () => {
  // 4 December 2025, in the middle of the period 2024–2027: one measure is five months late.
  const board = { SOURCE_DATE_EPOCH: '1764806400', TZ: 'UTC' };
  const inProgress = path.join(fixturesDir, 'board', 'nb-in-progress');
  const longTitle = 'FORMIDLING OG UTSTILLINGER MED ET SVÆRT LANGT OMRÅDENAVN SOM MÅ BRYTES PÅ TELEFON';

  it("comes right after the title: scores and time, key messages, each area's status in its word on its colour, for decision, overdue", async () => {
    const outline = docxOutline((await writeDocx(['report', '--dir', inProgress], board)).parts);
    expect(outline).toContain(
      'P: Revisjon 2025 · Laget 4. desember 2025 · vm-strategy 0.1.0\nHeading1: Status og beslutninger\nP: Samlet score: 38 % (I rute) · Målbildet: ingen vurdering · 48 % av strategiperioden 2024–2027 er gått.',
    );
    expect(outline).toContain(
      'ListParagraph (bullet): 1 tiltak har passert fristen; lengst over er «Avtale med skolekontoret» (5 måneder over fristen).',
    );
    expect(outline).toContain(`   | ${longTitle} | [Etter skjema fg=FFFFFF] {bg B42318} | 0 % |`);
    expect(outline).toContain('   | Totalt | [I rute fg=FFFFFF] {bg 0B5CAD} | 38 % |');
    expect(outline).toContain(
      'Heading2: Til beslutning\nP: Mål under terskelen uten et utfylt tiltak i gjeldende tiltaksplan.\n',
    );
    expect(outline).toContain(`ListParagraph (bullet): Museet har en kafé. (${longTitle}, 0 %)`);
    expect(outline).toContain(
      '   | Avtale med skolekontoret | Museumsleder | juni 2025 | startet, 5 måneder over fristen |',
    );
    expect(outline.indexOf('Status og beslutninger')).toBeLessThan(outline.indexOf('Kort oppsummert'));
  });

  it("shows each goal's measures beside it in the area's table: owner, deadline, status and how late", async () => {
    const outline = docxOutline((await writeDocx(['report', '--dir', inProgress], board)).parts);
    expect(outline).toMatch(
      /\| Alle skoleklasser i kommunen besøker museet hvert år\. \/ Tiltak: Avtale med skolekontoret \(Museumsleder, juni 2025, startet, 5 måneder over fristen\) \|/,
    );
  });

  it('--brief: page one and the areas behind with their goals and measures, without the full report', async () => {
    const outline = docxOutline((await writeDocx(['report', '--dir', inProgress, '--brief'], board)).parts);
    expect(outline).toContain('Heading1: Status og beslutninger');
    expect(outline).toContain(`Heading1: Områder etter skjema\nHeading2: ${longTitle} (0 %)`);
    expect(outline).toContain(
      'P: Tiltak: Avtale med skolekontoret (Museumsleder, juni 2025, startet, 5 måneder over fristen)',
    );
    expect(outline).not.toContain('Kort oppsummert');
    expect(outline).not.toContain('Hele samlingen er katalogisert digitalt.');
  });
});

describe('the Word report with --against', () => {
  it('opens with the changes since the old revision, and marks each goal that moved beside it', async () => {
    // The old revision: the same strategy two years earlier, when the registration goal was not met.
    const old = await makeTempDir();
    await cp(wordNb, old, { recursive: true });
    const area = path.join(old, 'areas', '01-batsamlingen.yaml');
    await writeFile(area, (await readFile(area, 'utf8')).replace('assessment: "JA-"', 'assessment: "NEI"'));
    const strategy = path.join(old, 'strategy.yaml');
    await writeFile(strategy, (await readFile(strategy, 'utf8')).replace('round: 2023', 'round: 2021'));
    const { parts } = await writeDocx(['report', '--dir', wordNb, '--against', old]);
    const outline = docxOutline(parts);
    expect(outline).toContain('Heading1: Endringer siden forrige revisjon');
    expect(outline).toMatch(
      / \| Registrere hele båtsamlingen i DigitaltMuseum\. \| BÅTSAMLINGEN \| ↑ forbedret \| NEI \| JA- \|/,
    );
    // In the area's table, the goal that moved carries its arrow and where it came from, in words.
    expect(outline).toContain('| 1. | Registrere hele båtsamlingen i DigitaltMuseum. ↑ fra NEI |');
    expect(outline.indexOf('Endringer siden forrige revisjon')).toBeLessThan(outline.indexOf('Kort oppsummert'));
  });
});

describe('text hostile to a Word document (test/fixtures/word-hostile)', () => {
  it('is written as text: markup escaped, characters XML cannot hold left out, no live link', async () => {
    const { parts } = await writeDocx(['report', '--dir', path.join(fixturesDir, 'word-hostile')]);
    const xml = parts.get('word/document.xml')!;
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/);
    expect(xml).not.toMatch(/<w:hyperlink|javascript:/);
    expect(xml).toContain('FIENDTLIG &lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt;');
    const text = docxText(parts);
    expect(text).toContain('Ring klokka & <w:t>brudd</w:t> "sitat"  slutt');
    expect(text).toContain('Revisjonsrapport – Strategi 2020–2024 <w:p>&amp;');
    // The Markdown link keeps its text; its javascript: address is not shown, let alone followed.
    expect(text).toContain('Klikk her og');
    // A comment's line break is a break in Word.
    expect(docxOutline(parts)).toContain('Kommentar (AB): linje 1⏎linje 2');
  });
});

describe('the Word plan leaves room for the owners', () => {
  it('marks every missing owner, deadline and indicator, and gives a goal without a measure a row to fill in', async () => {
    const { parts } = await writeDocx(['plan', '--dir', wordNb]);
    const outline = docxOutline(parts);
    const toFill = 'fylles ut {bg FFF8C5}';
    // A measure without an owner or indicator: those two cells are to be filled in, the deadline is there.
    expect(outline).toContain(
      `R| Sluttføre bevaringsplanen etter høringen (ikke fylt ut: ingen ansvarlig) | ${toFill} | 2025 |  | ${toFill} | planlagt |`,
    );
    // A filled-in measure has no cell to fill in.
    expect(outline).toContain(
      '  | Søke Sparebankstiftelsen om midler til verkstedet | Driftsleder | september 2024 | 0,5 årsverk | Søknad sendt | startet |',
    );
    // The unassessed goal has no measure: one roomy row to write one in.
    const frivillige = outline.slice(outline.indexOf('Heading2: Bygge opp et lag av frivillige båtbyggere.'));
    expect(frivillige).toMatch(
      new RegExp(
        `^  R\\| ${escapeRegExp(toFill)} \\| ${escapeRegExp(toFill)} \\| ${escapeRegExp(toFill)} \\|  \\| ${escapeRegExp(toFill)} \\|  \\|$`,
        'm',
      ),
    );
    expect(docxText(parts)).toContain('Celler merket «fylles ut» mangler i planen.');
    expect(outline).toContain('Title: Tiltaksplan 2024–2026');
    expect(outline).toContain('Subtitle: Fjordmuseet · Strategi 2021–2026');
  });

  it('in English: "to be filled in", and a done measure is not asked for an indicator', async () => {
    const { parts } = await writeDocx(['plan', '--dir', wordEn]);
    const outline = docxOutline(parts);
    expect(outline).toContain(
      'R| Get a quote for a lift (not filled in: no deadline) | Director | to be filled in {bg FFF8C5} |  | Quote received | started |',
    );
    expect(docxText(parts)).toContain('Cells marked "to be filled in" are missing from the plan.');
  });
});

describe('writing the Word files', () => {
  it('without -o writes report.docx and plan.docx in the working folder, and says so', async () => {
    const cwd = await makeTempDir();
    const report = await runCli(['report', '--dir', wordNb, '--format', 'docx'], { cwd, env: pinned });
    expect(report).toMatchObject({ exitCode: 0, stdout: '', stderr: 'Skrev report.docx\n' });
    const plan = await runCli(['plan', '--dir', wordNb, '--format', 'docx'], { cwd, env: pinned });
    expect(plan).toMatchObject({ exitCode: 0, stdout: '', stderr: 'Skrev plan.docx\n' });
    for (const file of ['report.docx', 'plan.docx'])
      expect((await stat(path.join(cwd, file))).size).toBeGreaterThan(5000);
  });

  it('-o - writes the document to standard output as bytes', async () => {
    // Through the Io, not runCli, which reads standard output as text: these are bytes.
    const out: Buffer[] = [];
    const exitCode = await run(
      ['plan', '--dir', wordEn, '--format', 'docx', '-o', '-'],
      testIo({ env: pinned }, (bytes) => out.push(bytes)),
    );
    expect(exitCode).toBe(0);
    const stdout = Buffer.concat(out);
    // A zip file, and a Word document in it.
    expect(stdout.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
    expect(docxText(docxParts(stdout))).toContain('Action plan 2025–2026');
  });

  it('a strategy of more than 5,000 goals is refused with exit 2 and the formats that have no limit', async () => {
    const dir = await makeStrategy();
    const goals = Array.from(
      { length: 5000 },
      (_, i) => `  - { id: mange.mal-${i}, text: Mål ${i}., assessment: "NEI" }`,
    );
    await writeFile(
      path.join(dir, 'areas', '03-mange.yaml'),
      ['id: mange', 'title: MANGE', 'part: 2', 'goals:', ...goals, ''].join('\n'),
    );
    const cwd = await makeTempDir();
    for (const command of ['report', 'plan']) {
      const result = await runCli([command, '--dir', dir, '--format', 'docx', '--lang', 'en'], { cwd, env: pinned });
      expect(result).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr).toContain(
        'The strategy has 5006 goals; a Word document is made for at most 5000. Use --format html or md',
      );
      expect(result.stderr).not.toMatch(noStack);
    }
    await expect(stat(path.join(cwd, 'report.docx'))).rejects.toThrow();
  });

  it('a strategy with errors writes nothing and exits 1', async () => {
    const cwd = await makeTempDir();
    const result = await runCli(['report', '--dir', await makeStrategy('unknown-mark'), '--format', 'docx'], {
      cwd,
      env: pinned,
    });
    expect(result.stderr).not.toMatch(noStack);
    expect(result.exitCode).toBe(1);
    await expect(stat(path.join(cwd, 'report.docx'))).rejects.toThrow();
  });
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
