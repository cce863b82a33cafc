// The per-goal CSV: stable machine column names, a BOM, RFC 4180 quoting, CRLF, no formulas
// smuggled into a spreadsheet; and the --excel dialect, read back by a real CSV parser.
import { Chalk } from 'chalk';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analyse.js';
import type { GoalRow, ResolvedSlot } from '../../src/core/model.js';
import { formatSummaryCsv } from '../../src/render/summary/csv.js';

const options = { lang: 'en' as const, chalk: new Chalk({ level: 0 }) };
const ja = { code: 'JA', label: { nb: 'Oppnådd', en: 'Achieved' }, score: 1, color: '#1a7f37' };
const bom = '\uFEFF';

const row = (text: string, extra: Partial<GoalRow> = {}): GoalRow => ({
  areaId: 'omrade',
  areaTitle: 'OMRÅDE',
  goalId: 'omrade.mal',
  text,
  slots: [{ text, path: ['assessment'], written: 'ja', mark: ja }],
  score: 1,
  assessed: true,
  ...extra,
});

/** The CSV formatter reads only the goal rows; the rest of the analysis is not part of its output. */
const input = (goals: GoalRow[]): Parameters<typeof formatSummaryCsv>[0] => ({
  analysis: { goals } as Partial<Analysis> as Analysis,
});
const csv = (...goals: GoalRow[]) => formatSummaryCsv(input(goals), options);
/** The data lines, without the BOM, the header and the final empty string after the last CRLF. */
const dataLines = (...goals: GoalRow[]) =>
  csv(...goals)
    .split('\r\n')
    .slice(1, -1);
const textCell = (text: string) => {
  const out = csv(row(text));
  const body = out.slice(out.indexOf('\r\n') + 2, -2);
  return body.slice('omrade,omrade.mal,'.length, body.length - ',JA,1'.length);
};

describe('formatSummaryCsv', () => {
  it('starts with a BOM and a header of machine names, then one CRLF-terminated line per goal', () => {
    expect(csv(row('Lage en plan.'), row('Lage to planer.', { goalId: 'omrade.to' }))).toBe(
      `${bom}area_id,goal_id,goal_text,marks,score\r\nomrade,omrade.mal,Lage en plan.,JA,1\r\nomrade,omrade.to,Lage to planer.,JA,1\r\n`,
    );
  });

  it('has the same header in every language', () => {
    const nb = formatSummaryCsv(input([]), { ...options, lang: 'nb' });
    const en = formatSummaryCsv(input([]), { ...options, lang: 'en' });
    expect(nb).toBe(`${bom}area_id,goal_id,goal_text,marks,score\r\n`);
    expect(en).toBe(nb);
  });

  it('leaves plain text unquoted', () => {
    expect(textCell('Lage en plan for æøå')).toBe('Lage en plan for æøå');
  });

  it('quotes a cell with a comma', () => {
    expect(textCell('Samle, bevare og formidle')).toBe('"Samle, bevare og formidle"');
  });

  it('quotes a cell with a quote and doubles the quote', () => {
    expect(textCell('Prosjektet "Fjord"')).toBe('"Prosjektet ""Fjord"""');
  });

  it('quotes a cell with a line break (LF or CRLF) and keeps the break', () => {
    expect(textCell('Linje en\nlinje to')).toBe('"Linje en\nlinje to"');
    expect(textCell('Linje en\r\nlinje to')).toBe('"Linje en\r\nlinje to"');
  });

  it.each(['=', '+', '-', '@'])('puts an apostrophe before a cell starting with %s', (start) => {
    expect(textCell(`${start}HYPERLINK("http://x")`)).toBe(`"'${start}HYPERLINK(""http://x"")"`);
    expect(textCell(`${start}1`)).toBe(`'${start}1`);
  });

  it('puts an apostrophe before a cell starting with a tab or CR', () => {
    expect(textCell('\t=1')).toBe("'\t=1");
    expect(textCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves =, +, - and @ inside a cell alone', () => {
    expect(textCell('1 + 1 = 2 @ e-post')).toBe('1 + 1 = 2 @ e-post');
  });

  it('guards the id columns as well as the text', () => {
    expect(dataLines(row('Tekst', { areaId: '=cmd', goalId: '@sum' }))).toEqual(["'=cmd,'@sum,Tekst,JA,1"]);
  });

  it('joins the marks of clauses with "; ", keeps an unknown mark as written and leaves no score empty', () => {
    const slots: ResolvedSlot[] = [
      { text: 'a', clause: 1, path: [], written: 'ja', mark: ja },
      { text: 'b', clause: 2, path: [], written: 'Kanskje' },
      { text: 'c', clause: 3, path: [] },
    ];
    expect(dataLines(row('a b c', { slots, score: null }))).toEqual(['omrade,omrade.mal,a b c,JA; Kanskje,']);
    expect(dataLines(row('a', { score: 0.375 }))).toEqual(['omrade,omrade.mal,a,JA,0.375']);
  });
});

describe('formatSummaryCsv for Norwegian Excel (--excel)', () => {
  const excel = (...goals: GoalRow[]) => formatSummaryCsv(input(goals), { ...options, excel: true });

  it('separates with semicolons, writes decimal commas, and keeps the BOM and CRLF', () => {
    expect(excel(row('Samle, bevare', { score: 0.375 }))).toBe(
      `${bom}area_id;goal_id;goal_text;marks;score\r\nomrade;omrade.mal;Samle, bevare;JA;0,375\r\n`,
    );
  });

  it('quotes a cell with a semicolon (the marks of clauses among them)', () => {
    const slots: ResolvedSlot[] = [
      { text: 'a', clause: 1, path: [], written: 'ja', mark: ja },
      { text: 'b', clause: 2, path: [], written: 'ja', mark: ja },
    ];
    expect(excel(row('Først; så', { slots })).split('\r\n')[1]).toBe('omrade;omrade.mal;"Først; så";"JA; JA";1');
  });
});

describe('read back by a CSV parser', () => {
  // Every character that could break a row or a column, and a formula.
  const texts = [
    'Bevare æøå ÆØÅ, og formidle dem',
    'Prosjektet "Fjord" i år',
    'Først dette; så dette',
    'Linje en\r\nlinje to\nlinje tre',
    '=HYPERLINK("http://x")',
    '-1',
  ];
  const goals = texts.map((text, i) => row(text, { goalId: `omrade.mal-${i}`, score: i === 0 ? 0.375 : 1 }));

  it.each([
    ['plain', false, ','],
    ['--excel', true, ';'],
  ] as const)('%s: every cell comes back as written', (_name, excel, delimiter) => {
    const text = formatSummaryCsv(input(goals), { ...options, excel });
    expect(text.startsWith(bom)).toBe(true);
    const records = parse(text, { bom: true, delimiter, columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    expect(Object.keys(records[0]!)).toEqual(['area_id', 'goal_id', 'goal_text', 'marks', 'score']);
    // A formula comes back with the apostrophe that keeps a spreadsheet from running it.
    expect(records.map((r) => r.goal_text)).toEqual(texts.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t)));
    expect(records.map((r) => r.goal_id)).toEqual(texts.map((_, i) => `omrade.mal-${i}`));
    expect(records[0]!.score).toBe(excel ? '0,375' : '0.375');
  });
});
