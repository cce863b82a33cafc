// The summary and compare tables fit the terminal they are printed in: never a line wider than
// it, at 80, 100 and 160 columns, in both languages, with and without --against, for the
// bundled strategy and for one with long titles; and every number still shown.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalWidth } from '../src/cli/terminal.js';
import { percentText } from '../src/i18n/format.js';
import { fitColumns, renderColumns, terminalText, wrapText } from '../src/render/terminal.js';
import { exampleNotice, makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

/** Lines wider than `width` columns, as string-width measures them (æøå one column each). */
const tooWide = (text: string, width: number) => text.split('\n').filter((line) => stringWidth(line) > width);

describe('wrapping text for a terminal', () => {
  it('breaks at spaces, counting æøå as one column', () => {
    const lines = wrapText('VÅR UTDANNING OG VÅRT LÆRINGSMILJØ', 16);
    expect(lines).toEqual(['VÅR UTDANNING OG', 'VÅRT', 'LÆRINGSMILJØ']);
  });

  it('indents continuation lines by the hang', () => {
    expect(wrapText('VÅR UTDANNING OG VÅRT LÆRINGSMILJØ', 16, 2)).toEqual([
      'VÅR UTDANNING OG',
      '  VÅRT',
      '  LÆRINGSMILJØ',
    ]);
  });

  it('never parts a number from its unit', () => {
    for (let width = 8; width < 30; width++) {
      for (const line of wrapText('Tiltaksplan: 20 av 20 mål har tiltak (100 %), endring +21 pp.', width)) {
        expect(line).not.toMatch(/^\s*(%|pp)/);
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('breaks a word wider than the line between characters, never wider than the line', () => {
    const lines = wrapText('Forskningsinfrastrukturutviklingsprosjektporteføljen er stor', 12, 2);
    expect(lines.join('').replace(/\s/g, '')).toBe('Forskningsinfrastrukturutviklingsprosjektporteføljenerstor');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(12);
  });

  it('shows control characters from the data as spaces, so they cannot move the cursor or colour the terminal', () => {
    expect(terminalText('Mål\u001b[2J\u001b[31mrødt\r\nneste\u0007')).toBe('Mål\\x1b[2J\\x1b[31mrødt neste\\x07');
  });

  it('makes the columns that may wrap narrower, and says when even that is not enough', () => {
    const columns = [
      { head: 'Mål', min: 10 },
      { head: 'Score', align: 'right' as const },
    ];
    const rows = [{ cells: ['Lage en plan for samlingene og for magasinene', '56 %'] }];
    const fit = fitColumns(columns, rows, 30);
    expect(fit).toEqual({ widths: [23, 5], fits: true });
    const lines = renderColumns(columns, rows, fit.widths);
    expect(lines).toEqual([
      'Mål                      Score',
      '───────────────────────  ─────',
      'Lage en plan for          56 %',
      'samlingene og for',
      'magasinene',
    ]);
    expect(fitColumns(columns, rows, 15).fits).toBe(false);
  });
});

describe('the width of the terminal', () => {
  it("is the terminal's columns on a terminal, else COLUMNS, else 80", () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '100' })).toBe(132);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth({}, {})).toBe(80);
    expect(terminalWidth({}, { COLUMNS: 'wide' })).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 0 }, {})).toBe(80);
  });
});

/** The minimal strategy with long area titles, a long organisation name and long goal texts. */
async function longTitles(): Promise<string> {
  const dir = await makeStrategy();
  const edit = async (file: string, from: string, to: string) => {
    const target = path.join(dir, file);
    const text = await readFile(target, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
    await writeFile(target, text.replace(from, to));
  };
  await edit(
    'strategy.yaml',
    'organisation: Eksempelmuseet',
    'organisation: Det kongelige norske eksempelmuseet for kunst, kultur- og naturhistorie i Nord-Trøndelag',
  );
  await edit(
    'areas/01-samlinger.yaml',
    'title: SAMLINGER',
    'title: "VÅRE VITENSKAPELIGE SAMLINGER, SOM VI SKAL BEVARE, FORSKE PÅ OG FORMIDLE TIL ALLE SOM ØNSKER DET"',
  );
  await edit(
    'areas/02-formidling.yaml',
    'title: FORMIDLING',
    'title: FORMIDLINGSINFRASTRUKTURUTVIKLINGSPROSJEKTPORTEFØLJEN',
  );
  await edit(
    'areas/01-samlinger.yaml',
    'text: Flytte samlingene til et nytt magasin.',
    'text: Flytte samlingene til et nytt magasin med klimakontroll, sikring og plass til vekst i minst tretti år, og gjøre dem tilgjengelige for forskere fra hele verden.',
  );
  return dir;
}

/** An older copy of a strategy folder with one mark lower, so that compare has a goal to list. */
async function olderCopy(dir: string, file: string, from: string, to: string): Promise<string> {
  const old = await makeTempDir();
  await cp(dir, old, { recursive: true });
  const target = path.join(old, file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
  await writeFile(target, text.replace(from, to));
  return old;
}

const widths = [80, 100, 160] as const;
const langs = ['nb', 'en'] as const;

describe.concurrent('tables fit the terminal', () => {
  const strategies: Record<string, { dir: string; old: string }> = {};
  beforeAll(async () => {
    const bundled = path.join(repoRoot, 'strategy');
    strategies.bundled = {
      dir: bundled,
      old: await olderCopy(
        bundled,
        'areas/02-forskning.yaml',
        'internasjonalt\n    assessment: "JA"',
        'internasjonalt\n    assessment: "NEI"',
      ),
    };
    const long = await longTitles();
    strategies['long titles'] = {
      dir: long,
      old: await olderCopy(long, 'areas/01-samlinger.yaml', 'assessment: "JA"', 'assessment: "NEI"'),
    };
  });

  const cases = ['bundled', 'long titles'].flatMap((strategy) =>
    widths.flatMap((width) =>
      langs.flatMap((lang) => [false, true].map((against) => ({ strategy, width, lang, against }))),
    ),
  );

  it.for(cases)(
    'summary: $strategy, $width columns, $lang, against: $against',
    async ({ strategy, width, lang, against }, { expect }) => {
      const { dir, old } = strategies[strategy]!;
      const args = ['summary', '--dir', dir, '--lang', lang, ...(against ? ['--against', old] : [])];
      const result = await runCli(args, { env: { COLUMNS: String(width) } });
      expect(result.stderr).toBe(strategy === 'bundled' ? exampleNotice[lang as 'nb' | 'en'] : '');
      expect(result.exitCode).toBe(0);
      expect(tooWide(result.stdout, width)).toEqual([]);

      // Every number of every row is still there: the counts in order, then the score.
      const json = JSON.parse((await runCli(['summary', '--dir', dir, '--format', 'json'])).stdout) as {
        areas: {
          goals: number;
          marks: number;
          unassessed: number;
          groups: Record<string, number>;
          score: number | null;
        }[];
        overall: {
          goals: number;
          marks: number;
          unassessed: number;
          groups: Record<string, number>;
          score: number | null;
        };
      };
      for (const row of [...json.areas, json.overall]) {
        const g = row.groups;
        const counts = [row.goals, row.marks, g.achieved, g.partial, g.not, g.unknown, row.unassessed].join('\\s+');
        // Rows with the same counts (two areas may have them) are told apart by the score.
        const lines = result.stdout.split('\n').filter((l) => new RegExp(`\\s${counts}(\\s|$)`).test(l));
        expect(
          lines.some((l) => l.includes(percentText(row.score, lang))),
          `a line with ${counts} and the score`,
        ).toBe(true);
      }
    },
  );

  it.for(cases.filter((c) => c.against))(
    'compare: $strategy, $width columns, $lang',
    async ({ strategy, width, lang }, { expect }) => {
      const { dir, old } = strategies[strategy]!;
      const result = await runCli(['compare', '--dir', dir, '--against', old, '--lang', lang], {
        env: { COLUMNS: String(width) },
      });
      expect(result.stderr).toBe(strategy === 'bundled' ? exampleNotice[lang as 'nb' | 'en'] : '');
      expect(result.exitCode).toBe(0);
      expect(tooWide(result.stdout, width)).toEqual([]);
    },
  );
});

describe('what a narrow terminal shows', () => {
  it('drops only the bar at 80 columns, keeps every count, and shows the bar when there is room', async () => {
    const narrow = await runCli(['summary'], { env: { COLUMNS: '80' } });
    expect(narrow.stdout).not.toContain('█');
    expect(narrow.stdout).toContain('Uvurd.');
    expect(
      narrow.stdout
        .split('\n')
        .find((l) => l.startsWith('Totalt'))!
        .split(/\s+/),
    ).toEqual(['Totalt', '42', '44', '24', '4', '16', '0', '0', '56', '%']);
    const wide = await runCli(['summary'], { env: { COLUMNS: '160' } });
    expect(wide.stdout).toContain('Vurderinger');
    expect(wide.stdout.split('\n').find((l) => l.startsWith('Totalt'))).toMatch(/56 % {2}██████░░░░$/);
  });

  it('wraps a long area title under itself, indented, with its numbers on the first line', async () => {
    const result = await runCli(['summary', '--dir', await longTitles(), '--lang', 'en'], { env: { COLUMNS: '80' } });
    const lines = result.stdout.split('\n');
    const first = lines.findIndex((l) => l.startsWith('VÅRE VITENSKAPELIGE'));
    expect(lines[first]).toMatch(/\s3\s+4\s+2\s+1\s+1\s+0\s+0\s+56%$/);
    expect(lines[first + 1]).toMatch(/^ {2}\S/);
  });

  it('shows the text of each changed goal in compare, wrapped, with its id under it', async () => {
    const dir = await longTitles();
    const old = await olderCopy(dir, 'areas/01-samlinger.yaml', 'assessment: "JA"', 'assessment: "NEI"');
    const result = await runCli(['compare', '--dir', dir, '--against', old], { env: { COLUMNS: '80' } });
    const lines = result.stdout.split('\n');
    const first = lines.findIndex((l) => l.startsWith('Flytte samlingene til et nytt magasin'));
    expect(lines[first]).toMatch(/↑ forbedret\s+NEI\s+JA$/);
    const rest = lines.slice(first, lines.indexOf('', first));
    expect(rest.join(' ').replace(/\s+/g, ' ')).toContain(
      'plass til vekst i minst tretti år, og gjøre dem tilgjengelige for forskere fra hele verden.',
    );
    expect(rest.at(-1)).toBe('  samlinger.magasin');
  });

  it('keeps colour out of the width: a coloured table is as wide as a plain one', async () => {
    const coloured = await runCli(['summary'], { env: { COLUMNS: '100', NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    expect(tooWide(coloured.stdout, 100)).toEqual([]);
    const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
    expect(strip(coloured.stdout)).toBe((await runCli(['summary'], { env: { COLUMNS: '100' } })).stdout);
  });
});

describe('the renderer is pure: the width is an option', () => {
  it('renders at the width it is given', async () => {
    const { formatSummaryTable } = await import('../src/render/summary/table.js');
    const { analyse } = await import('../src/core/analyse.js');
    const { loadStrategy } = await import('../src/core/load-strategy.js');
    const { readStrategyFolder } = await import('../src/io/read-folder.js');
    const model = loadStrategy(await readStrategyFolder(path.join(repoRoot, 'strategy'), repoRoot)).model!;
    const input = { analysis: analyse(model, { today: '2023-06-15' }) };
    for (const width of [80, 120, 200]) {
      const text = formatSummaryTable(input, { lang: 'nb', chalk: new Chalk({ level: 0 }), width });
      expect(tooWide(text, width)).toEqual([]);
    }
  });
});
