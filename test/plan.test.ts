// `vm-strategy plan`: the draft, the plan file that only ever grows, the rules `validate`
// applies to plans, and the plan's progress in `summary` and `report`.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeStrategy, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

const pinned = { SOURCE_DATE_EPOCH: '1700000000' }; // 2023-11-14
const noStack = /\n\s+at /;

/** The goal ids of a Markdown draft, in the order they appear. */
const idsIn = (markdown: string) => [...markdown.matchAll(/id `([a-z0-9.-]+)`/g)].map((m) => m[1]);
const section = (text: string, from: string, to?: string) =>
  text.slice(text.indexOf(from), to ? text.indexOf(to) : undefined);

async function planYaml(
  dir: string,
  file: string,
): Promise<{ measures: { id: string; goals: string[]; status: string }[] }> {
  return parse(await readFile(path.join(dir, file), 'utf8')) as never;
}

describe('drafting from the bundled strategy', () => {
  it('covers 2022–2024 and lists every unmet goal by area, lowest score first', async () => {
    const result = await runCli(['plan', '--dir', 'strategy'], { env: pinned });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('# Tiltaksplan 2022–2024');
    const ids = idsIn(section(result.stdout, '## VÅRE VITENSKAPELIGE SAMLINGER', '## Videreføres'));
    expect(ids).toHaveLength(20);
    // Area by area, in document order; inside an area, lowest score first.
    expect(ids.slice(0, 5)).toEqual([
      'samlinger.effektiv-infrastruktur',
      'formidling.nye-utstillingsarealer',
      'formidling.middelaldermuseum',
      'formidling.digital-deling',
      'formidling.formidlingsaktor-ntnu',
    ]);
    expect(ids.indexOf('arbeidsmiljo.digitaliseringstiltak')).toBeLessThan(ids.indexOf('arbeidsmiljo.ressursstyring'));
    expect(ids.indexOf('arbeidsmiljo.ressursstyring')).toBeLessThan(ids.indexOf('arbeidsmiljo.endringsvilje'));
    expect(ids.some((id) => id?.startsWith('forskning.'))).toBe(false);
    // The achieved goals are kept, briefly, under "Videreføres".
    const keep = section(result.stdout, '## Videreføres');
    expect(keep).toContain('Styrke forskergrupper og rekruttere talenter som kan hevde seg internasjonalt **JA**');
    expect(keep.match(/^- /gm)).toHaveLength(22);
  });

  it('shows the note, the comments and the measures the plan already has', async () => {
    const { stdout } = await runCli(['plan', '--dir', 'strategy'], { env: pinned });
    const entry = section(stdout, '### Være NTNUs vindu', '### Sikre moderne magasiner');
    expect(entry).toContain(
      'Kommentar (Jørn Wroldsen): Må nok i VMs strategi ta inn over oss at NTNU nå er i tre byer!',
    );
    expect(entry).toContain('| Tiltak | Ansvarlig | Frist | Ressurser | Indikator | Status |');
    expect(entry).toContain('EKSEMPEL: Være NTNUs vindu');
    expect(stdout).toContain(
      '20 av 20 mål som ikke er nådd, har minst ett utfylt tiltak (100 %). Tiltak som ikke er fylt ut, teller ikke med.',
    );
    expect(stdout).toContain('20 av 20 tiltak er fylt ut (egen tittel, ansvarlig og frist).');
    // The bundled strategy, however it is reached, is the example: its measures say so.
    expect(stdout).toContain(
      '> **EKSEMPEL** – Tiltakene er eksempler fra eksempelstrategien som følger med vm-strategy, ikke museets vedtatte tiltak.',
    );
    expect(entry).toContain(
      'EKSEMPEL: Være NTNUs vindu midt i Trondheim og en møteplass mellom studenter, forskere og allmenhet *(eksempel)* |',
    );
  });

  it('speaks English and takes another period', async () => {
    const { stdout, exitCode } = await runCli(
      ['plan', '--dir', 'strategy', '--from', '2025', '--years', '2', '--lang', 'en'],
      { env: pinned },
    );
    expect(exitCode).toBe(0);
    expect(stdout).toContain('# Action plan 2025–2026');
    expect(stdout).toContain('## Keep up');
    // No plan file for 2025–2026: every entry has an empty row to fill.
    expect(stdout).not.toContain('EKSEMPEL');
  });

  it('matches the Markdown and YAML snapshots', async () => {
    const md = await runCli(['plan', '--dir', 'strategy', '--from', '2025'], { env: pinned });
    expect(md.stdout).toMatchSnapshot('plan --format md');
    const yaml = await runCli(['plan', '--dir', 'strategy', '--from', '2025', '--format', 'yaml'], { env: pinned });
    expect(yaml.stdout).toMatchSnapshot('plan --format yaml');
  });

  it("writes an HTML plan in the report's look", async () => {
    const out = path.join(await makeTempDir(), 'plan.html');
    const result = await runCli(['plan', '--dir', 'strategy', '--format', 'html', '-o', out], { env: pinned });
    expect(result.exitCode).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<h1>Tiltaksplan 2022–2024</h1>');
    expect(html).toContain('class="badge"');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
  });

  it('rejects a bad --from or --years with exit code 2', async () => {
    for (const args of [
      ['--from', 'next'],
      ['--years', '0'],
      ['--years', '3.5'],
    ]) {
      const result = await runCli(['plan', '--dir', 'strategy', ...args]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(args[0]!);
      expect(result.stderr).not.toMatch(noStack);
    }
  });
});

describe('drafting from a small strategy', () => {
  it('puts unknown marks first, then the lowest score, and the period after the round', async () => {
    const dir = await makeStrategy();
    const { stdout } = await runCli(['plan', '--dir', dir], { env: pinned });
    expect(stdout).toContain('# Tiltaksplan 2023–2024');
    expect(idsIn(section(stdout, '## SAMLINGER', '## Videreføres'))).toEqual([
      'samlinger.digitalisering',
      'samlinger.bevaring',
      'formidling.skoletilbud',
      'formidling.digital-formidling',
    ]);
    expect(section(stdout, '## Videreføres')).toContain('Flytte samlingene til et nytt magasin.');
  });
});

describe('the plan file', () => {
  it('is created as a skeleton that validates, with one warning per measure until it is filled in', async () => {
    const dir = await makeStrategy();
    const result = await runCli(
      ['plan', '--dir', dir, '--format', 'yaml', '-o', path.join(dir, 'plans', '2023-2024.yaml')],
      { env: pinned },
    );
    // The plans folder does not exist yet: the write fails cleanly and says where.
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('plans/2023-2024.yaml');
    expect(result.stderr).not.toMatch(noStack);

    await mkdir(path.join(dir, 'plans'));
    const ok = await runCli(['plan', '--dir', '.', '--format', 'yaml', '-o', 'plans/2023-2024.yaml'], {
      cwd: dir,
      env: pinned,
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.stderr).toBe('Skrev plans/2023-2024.yaml med 4 tiltak.\n');
    const plan = await planYaml(dir, 'plans/2023-2024.yaml');
    expect(plan.measures.map((m) => m.goals[0])).toEqual([
      'samlinger.digitalisering',
      'samlinger.bevaring',
      'formidling.skoletilbud',
      'formidling.digital-formidling',
    ]);
    const validate = await runCli(['validate', '--dir', dir, '--format', 'json']);
    expect(validate.exitCode).toBe(0);
    const codes = (JSON.parse(validate.stdout) as { code: string }[]).map((d) => d.code);
    // One draft, one warning: the draft title says it all (no separate owner, deadline or indicator warnings).
    expect(codes).toEqual(['measure-placeholder', 'measure-placeholder', 'measure-placeholder', 'measure-placeholder']);
    // Inside the strategy's plans/, the new file tells editors where its schema is.
    const written = await readFile(path.join(dir, 'plans', '2023-2024.yaml'), 'utf8');
    expect(written.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
  });

  it('gets no editor modeline when it is written outside the strategy folder (the path to schemas/ would be wrong)', async () => {
    const dir = await makeStrategy();
    const elsewhere = path.join(dir, 'draft.yaml');
    const result = await runCli(['plan', '--dir', dir, '--format', 'yaml', '-o', elsewhere], { env: pinned });
    expect(result.exitCode).toBe(0);
    const written = await readFile(elsewhere, 'utf8');
    expect(written).not.toContain('yaml-language-server');
    expect(written.startsWith('# ')).toBe(true);
  });

  it('grows when a goal newly needs a measure, keeping every byte the user wrote (CRLF, BOM, comments)', async () => {
    const dir = await makeStrategy();
    await mkdir(path.join(dir, 'plans'));
    const userPlan = [
      '\uFEFF# Vår tiltaksplan – skrevet for hånd',
      'period: { from: 2023, to: 2024 }   # to år',
      '',
      'measures:',
      '  # Samlinger',
      '  - id: digitalisering-1',
      '    goals: [samlinger.digitalisering, samlinger.bevaring]',
      "    title: 'Skanne katalogkortene'",
      '    owner: Kari   # avtalt i møtet',
      '    deadline: "2024-06"',
      '    indicator: Andel skannede kort',
      '    status: started',
      '',
      '  - id: skole-1',
      '    goals:',
      '      - formidling.skoletilbud',
      '    title: Skoletilbud for 1.–4. trinn',
      '    owner: Ola',
      '    deadline: 2024',
      '    indicator: Antall klasser',
      '    status: planned',
      '    # notater kommer',
      '# slutt',
      '',
    ].join('\r\n');
    const file = path.join(dir, 'plans', '2023-2024.yaml');
    await writeFile(file, userPlan);

    // Only formidling.digital-formidling lacks a measure.
    const first = await runCli(['plan', '--dir', dir, '--format', 'yaml', '-o', file], { env: pinned });
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toContain('La til 1 tiltak');
    const grown = await readFile(file, 'utf8');
    const insertAt = userPlan.indexOf('# slutt');
    expect(grown.slice(0, insertAt)).toBe(userPlan.slice(0, insertAt));
    expect(grown.slice(grown.length - (userPlan.length - insertAt))).toBe(userPlan.slice(insertAt));
    const added = grown.slice(insertAt, grown.length - (userPlan.length - insertAt));
    expect(added).toContain('  - id: formidling.digital-formidling.tiltak-1\r\n');
    expect(added.replace(/\r\n/g, '')).not.toContain('\n');
    expect(grown.startsWith('\uFEFF')).toBe(true);

    // Again and again: nothing more to add, nothing written.
    const second = await runCli(['plan', '--dir', dir, '--format', 'yaml', '-o', file], { env: pinned });
    expect(second.exitCode).toBe(0);
    expect(second.stderr).toContain('er oppdatert');
    expect(await readFile(file, 'utf8')).toBe(grown);
    expect((await readdir(path.join(dir, 'plans'))).sort()).toEqual(['2023-2024.yaml']);
  });

  it('turns an empty "measures: []" into a list and keeps the comment on that line', async () => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'plan.yaml');
    await writeFile(file, 'period:\n  from: 2023\n  to: 2024\nmeasures: []  # tom\n');
    const result = await runCli(['plan', '--dir', dir, '--format', 'yaml', '-o', file], { env: pinned });
    expect(result.exitCode).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(
      text.startsWith(
        'period:\n  from: 2023\n  to: 2024\nmeasures:  # tom\n  - id: samlinger.digitalisering.tiltak-1\n',
      ),
    ).toBe(true);
    expect((parse(text) as { measures: unknown[] }).measures).toHaveLength(4);
  });

  it('refuses to touch a plan file with errors, and says where they are', async () => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'plan.yaml');
    const broken =
      'period: { from: 2023, to: 2024 }\nmeasures:\n  - id: a\n    goals: [samlinger.bevaring]\n    title: T\n    status: halfway\n';
    await writeFile(file, broken);
    const result = await runCli(['plan', '--dir', dir, '--format', 'yaml', '-o', file], { env: pinned });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('6:13');
    expect(result.stderr).toContain('halfway');
    expect(await readFile(file, 'utf8')).toBe(broken);
  });
});

/** A plan for the minimal strategy with the given measures (YAML text). */
async function strategyWithPlan(
  measures: string,
  name = '2023-2024.yaml',
  period = '{ from: 2023, to: 2024 }',
): Promise<string> {
  const dir = await makeStrategy();
  await mkdir(path.join(dir, 'plans'));
  await writeFile(path.join(dir, 'plans', name), `period: ${period}\nmeasures:\n${measures}`);
  return dir;
}

const measure = (
  id: string,
  goals: string,
  extra = '    owner: Kari\n    deadline: 2024\n    indicator: Antall\n    status: planned\n',
) => `  - id: ${id}\n    goals: [${goals}]\n    title: Et tiltak\n${extra}`;
const allCovered =
  measure('m1', 'samlinger.digitalisering, samlinger.bevaring') +
  measure('m2', 'formidling.skoletilbud, formidling.digital-formidling');

async function codesOf(dir: string, extra: string[] = []) {
  const result = await runCli(['validate', '--dir', dir, '--format', 'json', ...extra]);
  expect(result.stderr).not.toMatch(noStack);
  return {
    exitCode: result.exitCode,
    diagnostics: JSON.parse(result.stdout) as { code: string; file: string; line: number; col: number }[],
  };
}

describe('validate checks plans', () => {
  it('passes a plan that covers every unmet goal, even with --max-warnings 0', async () => {
    const { exitCode, diagnostics } = await codesOf(await strategyWithPlan(allCovered), ['--max-warnings', '0']);
    expect(diagnostics).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('fails --max-warnings 0 exactly when an unmet goal has no live measure', async () => {
    const dropped =
      measure('m1', 'samlinger.digitalisering, samlinger.bevaring') +
      measure('m2', 'formidling.skoletilbud') +
      measure('m3', 'formidling.digital-formidling', '    owner: Kari\n    indicator: Antall\n    status: dropped\n');
    const { exitCode, diagnostics } = await codesOf(await strategyWithPlan(dropped), ['--max-warnings', '0']);
    expect(diagnostics.map((d) => d.code)).toEqual(['goal-without-measure']);
    expect(diagnostics[0]).toMatchObject({
      file: expect.stringMatching(/areas\/02-formidling\.yaml$/),
      line: 12,
      col: 9,
    });
    expect(exitCode).toBe(1);
  });

  it('reports unknown goals (with a suggestion) and duplicate measure ids as errors', async () => {
    const dir = await strategyWithPlan(allCovered + measure('m1', 'samlinger.bevaringx'));
    const { exitCode, diagnostics } = await codesOf(dir);
    expect(exitCode).toBe(1);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['duplicate-id', 'plan-unknown-goal']);
    const result = await runCli(['validate', '--dir', dir, '--lang', 'en']);
    expect(result.stdout).toContain('Did you mean «samlinger.bevaring»?');
  });

  it('warns about deadlines outside the period and measures without owner or indicator', async () => {
    const dir = await strategyWithPlan(
      allCovered + measure('m3', 'samlinger.bevaring', '    deadline: 2030\n    status: started\n'),
    );
    const { exitCode, diagnostics } = await codesOf(dir);
    expect(exitCode).toBe(0);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'measure-missing-indicator',
      'measure-missing-owner',
      'plan-deadline-outside',
    ]);
  });

  it('checks the file name, the deadline format and the status', async () => {
    const bad =
      allCovered +
      measure(
        'm3',
        'samlinger.bevaring',
        '    owner: K\n    indicator: I\n    deadline: "2024-13"\n    status: halfway\n',
      );
    const { exitCode, diagnostics } = await codesOf(await strategyWithPlan(bad, '2023-2025.yaml'));
    expect(exitCode).toBe(1);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['deadline-invalid', 'schema-value']);
    const named = await codesOf(await strategyWithPlan(allCovered, '2023-2025.yaml'));
    expect(named.diagnostics.map((d) => d.code)).toEqual(['plan-file-name']);
  });
});

describe('plan progress in summary and report', () => {
  const mixed =
    measure(
      'm1',
      'samlinger.digitalisering',
      '    owner: Kari\n    indicator: I\n    deadline: "2023-06"\n    status: started\n',
    ) +
    measure('m2', 'samlinger.bevaring', '    owner: Ola\n    indicator: I\n    deadline: 2023\n    status: done\n') +
    measure(
      'm3',
      'formidling.skoletilbud',
      '    owner: Per\n    indicator: I\n    deadline: 2024\n    status: planned\n',
    );

  it('adds a plan object to the JSON contract: coverage, measures by status, overdue', async () => {
    const dir = await strategyWithPlan(mixed);
    const result = await runCli(['summary', '--dir', dir, '--format', 'json'], { env: pinned });
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as { plan: unknown; overall: { goals: number } };
    expect(json.overall.goals).toBe(6);
    expect(json.plan).toEqual({
      file: expect.stringMatching(/plans\/2023-2024\.yaml$/),
      period: { from: 2023, to: 2024 },
      measures: 3,
      filled: 3,
      unfilled: [],
      coverage: { unmetGoals: 4, covered: 3, ratio: 0.75, uncovered: ['formidling.digital-formidling'] },
      byStatus: { planned: 1, started: 1, done: 1, dropped: 0 },
      // 2023-11-14: June 2023 has passed for the started measure; the done one is not overdue.
      overdue: [{ id: 'm1', title: 'Et tiltak', deadline: '2023-06', owner: 'Kari' }],
    });
  });

  it('is null in the JSON when the strategy keeps no plans', async () => {
    const result = await runCli(['summary', '--dir', await makeStrategy(), '--format', 'json']);
    expect((JSON.parse(result.stdout) as { plan: unknown }).plan).toBeNull();
  });

  it('shows in the summary table and in the report', async () => {
    const dir = await strategyWithPlan(mixed);
    const table = await runCli(['summary', '--dir', dir, '--lang', 'en'], { env: pinned });
    // The lines under the table wrap at the terminal's width (80 here): read them as one text.
    const text = table.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(
      '3 of 4 goals not yet achieved have filled-in measures (75%); measures not filled in do not count.',
    );
    expect(text).toContain('3 of 3 measures are filled in (a title of their own, an owner and a deadline).');
    expect(text).toContain('Measures: planned 1, started 1, done 1, dropped 0. Overdue: 1.');
    const report = await runCli(['report', '--dir', dir], { env: pinned });
    const plan = section(report.stdout, '## Tiltaksplan 2023–2024', '## MÅLBILDET');
    expect(plan).toContain(
      '3 av 4 mål som ikke er nådd, har minst ett utfylt tiltak (75 %). Tiltak som ikke er fylt ut, teller ikke med.',
    );
    expect(plan).not.toContain('eksempel');
    expect(plan).toContain('| Et tiltak (`m1`) | Kari | juni 2023 |');
    expect(plan).toContain('- Formidle samlingene på nett. (`formidling.digital-formidling`, FORMIDLING)');
  });
});

describe('statuses in English or Norwegian', () => {
  // Each goal that needs a measure has one, written in Norwegian, in several letter cases.
  const norwegian =
    measure(
      'm1',
      'samlinger.digitalisering',
      '    owner: Kari\n    indicator: I\n    deadline: "2023-06"\n    status: Startet\n',
    ) +
    measure(
      'm2',
      'samlinger.bevaring',
      '    owner: Ola\n    indicator: I\n    deadline: 2024\n    status: planlagt\n',
    ) +
    measure(
      'm3',
      'formidling.skoletilbud',
      '    owner: Per\n    indicator: I\n    deadline: 2023\n    status: FULLFØRT\n',
    ) +
    measure(
      'm4',
      'formidling.digital-formidling',
      '    owner: Per\n    indicator: I\n    deadline: 2023\n    status: ferdig\n',
    );

  it('a plan written in Norwegian validates without a problem', async () => {
    const result = await runCli(['validate', '--dir', await strategyWithPlan(norwegian), '--max-warnings', '0']);
    expect(result).toEqual({ exitCode: 0, stdout: 'Ingen problemer funnet (5 filer kontrollert).\n', stderr: '' });
  });

  it('summary, report and plan show each status in the output language; JSON keeps the canonical keys', async () => {
    const dir = await strategyWithPlan(norwegian);
    const nb = await runCli(['summary', '--dir', dir], { env: pinned });
    expect(nb.stdout).toContain('Tiltak: planlagt 1, startet 1, fullført 2, droppet 0. Forfalt: 1.');
    const en = await runCli(['summary', '--dir', dir, '--lang', 'en'], { env: pinned });
    expect(en.stdout).toContain('Measures: planned 1, started 1, done 2, dropped 0. Overdue: 1.');
    const json = JSON.parse((await runCli(['summary', '--dir', dir, '--format', 'json'], { env: pinned })).stdout) as {
      plan: { byStatus: unknown };
    };
    expect(json.plan.byStatus).toEqual({ planned: 1, started: 1, done: 2, dropped: 0 });
    const report = await runCli(['report', '--dir', dir, '--lang', 'en'], { env: pinned });
    expect(report.stdout).toContain('| done | 2 |');
    expect(report.stdout).not.toMatch(/ferdig|FULLFØRT|Startet/);
    const plan = await runCli(['plan', '--dir', dir], { env: pinned });
    expect(plan.stdout).toContain('| Et tiltak | Kari | juni 2023 |  | I | startet |');
    expect(plan.stdout).toContain('| Et tiltak | Per | 2023 |  | I | fullført |');
  });

  it('a status in neither language is a schema error, with a did-you-mean when one is close', async () => {
    const dir = await strategyWithPlan(
      measure('m1', 'samlinger.digitalisering', '    status: påbegynt\n') +
        measure('m2', 'samlinger.bevaring', '    status: startd\n'),
    );
    const json = await codesOf(dir);
    expect(json.exitCode).toBe(1);
    expect(json.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual([
      'schema-value 6:13',
      'schema-value 10:13',
    ]);
    const stylish = await runCli(['validate', '--dir', dir]);
    expect(stylish.exitCode).toBe(1);
    expect(stylish.stdout).toContain('«measures[0].status» har en ugyldig verdi «påbegynt».  schema-value');
    expect(stylish.stdout).toContain(
      '«measures[1].status» har en ugyldig verdi «startd». Mente du «started»?  schema-value',
    );
    expect(stylish.stdout).toContain(
      '→ Tillatt: planned, started, done, dropped, planlagt, startet, fullført, ferdig, droppet.',
    );
    const english = await runCli(['validate', '--dir', dir, '--lang', 'en']);
    expect(english.stdout).toContain('«measures[0].status» has an invalid value «påbegynt».  schema-value');
  });

  const statusesOf = async (file: string) =>
    (parse(await readFile(file, 'utf8')) as { measures: { status: string }[] }).measures.map((m) => m.status);

  it('a new plan file gets its statuses in the output language, as its titles and notes are', async () => {
    const dir = await makeStrategy();
    const nb = path.join(dir, 'nb.yaml');
    expect((await runCli(['plan', '--dir', dir, '--format', 'yaml', '-o', nb], { env: pinned })).exitCode).toBe(0);
    expect(await statusesOf(nb)).toEqual(['planlagt', 'planlagt', 'planlagt', 'planlagt']);
    expect(await readFile(nb, 'utf8')).toContain(
      '# status: planlagt | startet | fullført | droppet (eller på engelsk: planned | started | done | dropped).',
    );
    const en = path.join(dir, 'en.yaml');
    expect(
      (await runCli(['plan', '--dir', dir, '--format', 'yaml', '-o', en, '--lang', 'en'], { env: pinned })).exitCode,
    ).toBe(0);
    expect(await statusesOf(en)).toEqual(['planned', 'planned', 'planned', 'planned']);
    // Both validate as plan files of the strategy.
    await mkdir(path.join(dir, 'plans'));
    await writeFile(path.join(dir, 'plans', '2023-2024.yaml'), await readFile(nb));
    expect((await codesOf(dir)).exitCode).toBe(0);
  });

  it('a plan file that grows keeps the language its statuses are written in, whatever the output language', async () => {
    const english = await strategyWithPlan(
      measure('m1', 'samlinger.digitalisering, samlinger.bevaring', '    status: started\n'),
    );
    const englishFile = path.join(english, 'plans', '2023-2024.yaml');
    expect(
      (await runCli(['plan', '--dir', english, '--format', 'yaml', '-o', englishFile], { env: pinned })).exitCode,
    ).toBe(0);
    expect(await statusesOf(englishFile)).toEqual(['started', 'planned', 'planned']);

    const norwegianDir = await strategyWithPlan(
      measure('m1', 'samlinger.digitalisering, samlinger.bevaring', '    status: Startet\n'),
    );
    const norwegianFile = path.join(norwegianDir, 'plans', '2023-2024.yaml');
    const grown = await runCli(
      ['plan', '--dir', norwegianDir, '--format', 'yaml', '-o', norwegianFile, '--lang', 'en'],
      { env: pinned },
    );
    expect(grown).toMatchObject({ exitCode: 0, stderr: expect.stringContaining('Added 2 measures') });
    expect(await statusesOf(norwegianFile)).toEqual(['Startet', 'planlagt', 'planlagt']);
  });
});
