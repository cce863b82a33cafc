// The per-goal CSV: RFC 4180 quoting, CRLF, and no formulas smuggled into a spreadsheet.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { GoalRow, ResolvedSlot, Summary } from '../../src/core/summary.js';
import { formatSummaryCsv } from '../../src/render/summary/csv.js';

const options = { lang: 'en' as const, chalk: new Chalk({ level: 0 }) };
const ja = { code: 'JA', label: { nb: 'Oppnådd', en: 'Achieved' }, score: 1, color: '#1a7f37' };

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

/** The CSV formatter reads only the goal rows; the summary and the plan are not part of its output. */
const input = (goals: GoalRow[]): Parameters<typeof formatSummaryCsv>[0] => ({ summary: {} as Summary, goals, plan: null });
const csv = (...goals: GoalRow[]) => formatSummaryCsv(input(goals), options);
/** The data lines, without the header and the final empty string after the last CRLF. */
const dataLines = (...goals: GoalRow[]) => csv(...goals).split('\r\n').slice(1, -1);
const textCell = (text: string) => {
  const out = csv(row(text));
  const body = out.slice(out.indexOf('\r\n') + 2, -2);
  return body.slice('omrade,omrade.mal,'.length, body.length - ',JA,1'.length);
};

describe('formatSummaryCsv', () => {
  it('writes a header and one CRLF-terminated line per goal', () => {
    expect(csv(row('Lage en plan.'), row('Lage to planer.', { goalId: 'omrade.to' }))).toBe(
      'Area,Goal id,Text,Marks,Score\r\nomrade,omrade.mal,Lage en plan.,JA,1\r\nomrade,omrade.to,Lage to planer.,JA,1\r\n',
    );
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

  it('writes the header in Norwegian with --lang nb', () => {
    const nb = formatSummaryCsv(input([]), { ...options, lang: 'nb' });
    expect(nb).toBe('Område,Mål-id,Tekst,Vurderinger,Score\r\n');
  });
});
