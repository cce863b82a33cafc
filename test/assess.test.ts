// `vm-strategy assess`: one value changes and nothing else, through the real command, for
// files written in every style people use; the interactive mode driven through stdin.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyChange, setAssessment } from '../src/core/assess-edit.js';
import { FileChangedError, writeFileAtomic } from '../src/io/write-atomic.js';
import { makeStrategy, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);
const noStack = /\n\s+at /;

/** An area file in the given style, for a strategy folder made from the minimal fixture. */
async function strategyWithArea(areaText: string | Uint8Array): Promise<{ dir: string; file: string }> {
  const dir = await makeStrategy();
  const file = path.join(dir, 'areas', '01-samlinger.yaml');
  await writeFile(file, areaText);
  return { dir, file };
}

const styled = [
  '\uFEFF# Område: SAMLINGER – skrevet i Windows',
  'id: samlinger',
  "title: 'SAMLINGER'",
  'part: 2',
  '',
  'goals:',
  '  # det første målet',
  '  - id: samlinger.magasin',
  '    text: "Flytte samlingene til et nytt magasin."   # vedtatt 2019',
  "    assessment: 'JA'     # fra revisjonen",
  '',
  '  - {id: samlinger.flyt, text: Et mål i flytstil, assessment: NEI}',
  '  - id: samlinger.digitalisering',
  '    clauses:',
  '      - text: Digitalisere katalogen',
  '        assessment:',
  '          mark: JA-',
  '          note: "Halvveis"',
  '      - text: og gjøre den tilgjengelig på nett.',
  '  - id: samlinger.bevaring',
  '    text: >-',
  '      Lage en bevaringsplan',
  '      for tekstilene.',
  '    tags: [tekstil, 12]',
  '',
].join('\r\n');

describe('assess changes one value and nothing else', () => {
  it('keeps the quoting, comment, BOM and CRLF of a single mark', async () => {
    const { dir, file } = await strategyWithArea(styled);
    const result = await runCli(['assess', 'samlinger.magasin', 'nei+', '--dir', dir]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('samlinger.magasin: JA → NEI+');
    expect(await readFile(file, 'utf8')).toBe(
      styled.replace("assessment: 'JA'     # fra", "assessment: 'NEI+'     # fra"),
    );
  });

  it('edits a flow-style goal in place', async () => {
    const { dir, file } = await strategyWithArea(styled);
    const result = await runCli(['assess', 'samlinger.flyt', 'TJA', '--dir', dir]);
    expect(result.exitCode).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(styled.replace('assessment: NEI}', 'assessment: TJA}'));
  });

  it('sets the mark of one clause, keeping its note, and adds a mark where there was none', async () => {
    const { dir, file } = await strategyWithArea(styled);
    expect(
      (await runCli(['assess', 'samlinger.digitalisering', 'JA', '--clause', '1', '--by', 'Kari', '--dir', dir]))
        .exitCode,
    ).toBe(0);
    let expected = styled.replace(
      '          mark: JA-\r\n          note: "Halvveis"\r\n',
      '          mark: JA\r\n          note: "Halvveis"\r\n          by: Kari\r\n',
    );
    expect(await readFile(file, 'utf8')).toBe(expected);
    expect(
      (await runCli(['assess', 'samlinger.digitalisering', 'vet ikke', '--clause', '2', '--dir', dir])).exitCode,
    ).toBe(0);
    expected = expected.replace(
      '      - text: og gjøre den tilgjengelig på nett.\r\n',
      '      - text: og gjøre den tilgjengelig på nett.\r\n        assessment: "VET IKKE"\r\n',
    );
    expect(await readFile(file, 'utf8')).toBe(expected);
  });

  it('adds the mark after a folded text and before the tags', async () => {
    const { dir, file } = await strategyWithArea(styled);
    expect(
      (await runCli(['assess', 'samlinger.bevaring', 'JA?', '--note', 'Planen: vedtatt', '--dir', dir])).exitCode,
    ).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(
      styled.replace(
        '      for tekstilene.\r\n',
        '      for tekstilene.\r\n    assessment: { mark: "JA?", note: "Planen: vedtatt" }\r\n',
      ),
    );
    // Still a sound file: the only remark left is the clause that was never assessed.
    const check = await runCli(['validate', '--dir', dir, '--format', 'json']);
    expect((JSON.parse(check.stdout) as { code: string }[]).map((d) => d.code)).toEqual(['goal-unassessed']);
  });

  it('leaves the file alone when the mark is already there, as written', async () => {
    const { dir, file } = await strategyWithArea(styled);
    const result = await runCli(['assess', 'samlinger.magasin', 'ja', '--dir', dir]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('ingenting endret');
    expect(await readFile(file, 'utf8')).toBe(styled);
  });

  it('assesses a clause of the vision in strategy.yaml', async () => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'strategy.yaml');
    const before = await readFile(file, 'utf8');
    const result = await runCli(['assess', 'vision.1', 'NEI+', '--clause', '2', '--dir', dir]);
    expect(result.exitCode).toBe(0);
    const after = await readFile(file, 'utf8');
    expect(after).toBe(
      before.replace(
        'og brukes daglig i forskning.\n          assessment: "NEI"',
        'og brukes daglig i forskning.\n          assessment: "NEI+"',
      ),
    );
  });
});

describe('assess refuses what it cannot do safely', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown mark, with a suggestion', ['samlinger.magasin', 'Nie'], /Mente du «NEI»\?/],
    ['an unknown goal, with a suggestion', ['samlinger.magasn', 'JA'], /Mente du «samlinger.magasin»\?/],
    ['a clause-wise goal without --clause', ['samlinger.digitalisering', 'JA'], /--clause 1–2/],
    ['a clause that does not exist', ['samlinger.digitalisering', 'JA', '--clause', '3'], /--clause 3/],
    ['--clause on a goal assessed as a whole', ['samlinger.magasin', 'JA', '--clause', '2'], /--clause/],
    ['no mark', ['samlinger.magasin'], /ID MARK/],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}: exit 2, file unchanged`, async () => {
      const dir = await makeStrategy();
      const file = path.join(dir, 'areas', '01-samlinger.yaml');
      const before = await readFile(file, 'utf8');
      const result = await runCli(['assess', ...args, '--dir', dir]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(noStack);
      expect(await readFile(file, 'utf8')).toBe(before);
    });
  }

  it('refuses to write over a file that changed on disk since it was read', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'a.yaml');
    await writeFile(file, 'first');
    const read = new Uint8Array(await readFile(file));
    await writeFile(file, 'someone else saved this meanwhile');
    await expect(writeFileAtomic(file, 'ours', { expect: read })).rejects.toBeInstanceOf(FileChangedError);
    expect(await readFile(file, 'utf8')).toBe('someone else saved this meanwhile');
    expect(await readdir(dir)).toEqual(['a.yaml']);
  });
});

describe('assess --interactive', () => {
  it('walks the goals of an area and saves each answer at once', async () => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'areas', '01-samlinger.yaml');
    const before = await readFile(file, 'utf8');
    // magasin: NEI, no note; digitalisering 1: a typo, then JA with a note; digitalisering 2: keep;
    // bevaring: input ends before it is answered.
    const input = 'NEI\n\nJAx\nJA\nNettsiden er oppe\n\n\n';
    const result = await runCli(['assess', '--interactive', '--area', 'samlinger', '--dir', dir], { input });
    expect(result.stderr).not.toMatch(noStack);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('[1/4] SAMLINGER — samlinger.magasin');
    expect(result.stdout).toContain('Ukjent vurdering «JAx». Mente du «JA»?');
    expect(result.stdout).toContain('2 vurderinger endret og lagret');
    expect(await readFile(file, 'utf8')).toBe(
      before
        .replace(
          'assessment: "JA"\n  - id: samlinger.digitalisering',
          'assessment: "NEI"\n  - id: samlinger.digitalisering',
        )
        .replace('assessment: "JA-"', 'assessment: { mark: "JA", note: Nettsiden er oppe }'),
    );
  });

  it('keeps what was answered when the input stops half-way', async () => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'areas', '02-formidling.yaml');
    const result = await runCli(['assess', '-i', '--area', 'formidling', '--dir', dir, '--lang', 'en'], {
      input: 'TJA\n',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Stopped. 1 assessments changed and saved');
    const goals = (parse(await readFile(file, 'utf8')) as { goals: { assessment: unknown }[] }).goals;
    expect(goals.map((g) => g.assessment)).toEqual(['TJA', 'Vet ikke', 'ja / nei']);
  });

  it('rejects an unknown area', async () => {
    const result = await runCli(['assess', '-i', '--area', 'nope', '--dir', await makeStrategy()], { input: '' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('samlinger, formidling, vision');
  });
});

// Generated files: any mix of comment, quoting and line-end styles; any mark and note.
const quote = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => JSON.stringify(s),
  (s) => `'${s.replace(/'/g, "''")}'`,
);
const comment = fc.constantFrom('', '   # kommentar', ' # «merk»: ja');
const goalFile = fc.record({
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  header: comment,
  goals: fc.array(
    fc.record({
      text: fc.stringMatching(/^[A-Za-zæøåÆØÅ][A-Za-zæøåÆØÅ ,.]{0,30}[a-z.]$/),
      mark: fc.option(fc.constantFrom('JA', 'NEI', 'JA-', 'Vet ikke', 'tja')),
      quote,
      comment,
      blank: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});

describe('property: setAssessment', () => {
  it('changes the one assessment, and every other line stays as it was', () => {
    fc.assert(
      fc.property(
        goalFile,
        fc.nat(),
        fc.constantFrom('JA', 'NEI+', 'JA--', 'VET IKKE'),
        fc.option(fc.stringMatching(/^[A-Za-z0-9æøå :#'"-]{1,20}$/).filter((s) => s.trim() === s && s.length > 0)),
        (file, pick, mark, note) => {
          const lines = [`#${file.header}`, 'goals:'];
          for (const g of file.goals) {
            lines.push(`  - id: g`, `    text: ${g.quote(g.text)}${g.comment}`);
            if (g.mark !== null) lines.push(`    assessment: ${g.quote(g.mark)}${g.comment}`);
            if (g.blank) lines.push('');
          }
          const text = lines.join(file.eol) + file.eol;
          const index = pick % file.goals.length;
          const out = setAssessment(text, ['goals', index], { mark, ...(note !== null ? { note } : {}) });
          const before = parse(text) as { goals: { assessment?: unknown }[] };
          const after = parse(out) as { goals: { assessment?: unknown }[] };
          const old = file.goals[index]!.mark ?? undefined;
          expect(after.goals[index]!.assessment).toEqual(
            applyChange(old, { mark, ...(note !== null ? { note } : {}) }),
          );
          after.goals.forEach((g, i) => {
            if (i !== index) expect(g).toEqual(before.goals[i]);
          });
          // Lines: the old text and the new one differ in one line at most (a changed or added one).
          const a = text.split(file.eol);
          const b = out.split(file.eol);
          const changed = b.filter((line) => !a.includes(line));
          expect(changed.length).toBeLessThanOrEqual(1);
          expect(a.filter((line) => !b.includes(line)).length).toBeLessThanOrEqual(1);
          if (file.eol === '\n') expect(out).not.toContain('\r');
          else expect(out.replace(/\r\n/g, '')).not.toContain('\n');
        },
      ),
      { numRuns: 300 },
    );
  });
});
