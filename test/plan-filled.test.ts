// Numbers a board can trust: a measure counts toward a plan's coverage only when it is filled in
// (a title of its own, an owner, a deadline). Run through the built command, on strategies written
// here (the minimal Norwegian fixture and a small English strategy), never only the bundled one.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStrategy, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';
import { englishStrategy } from './helpers/strategies.js';

afterAll(removeTempDirs);

const noStack = /\n\s+at /;
const section = (text: string, from: string, to: string) => {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf(to, start));
};

interface Diagnostic {
  code: string;
  file: string;
  line: number;
  col: number;
  message: string;
}

async function validate(dir: string, ...extra: string[]): Promise<{ exitCode: number | null; list: Diagnostic[] }> {
  const result = await runCli(['validate', '--dir', '.', '--format', 'json', ...extra], { cwd: dir });
  expect(result.stderr).not.toMatch(noStack);
  return { exitCode: result.exitCode, list: JSON.parse(result.stdout) as Diagnostic[] };
}

async function summaryPlan(dir: string): Promise<Record<string, unknown>> {
  const result = await runCli(['summary', '--dir', '.', '--format', 'json'], { cwd: dir });
  expect(result.exitCode).toBe(0);
  return (JSON.parse(result.stdout) as { plan: Record<string, unknown> }).plan;
}

describe('a plan of untouched drafts (the skeleton straight from plan --format yaml)', () => {
  it('covers nothing: 0 of N filled in, 0 %, never 100 % (nb, the minimal strategy)', async () => {
    const dir = await makeStrategy();
    await mkdir(path.join(dir, 'plans'));
    const drafted = await runCli(['plan', '--dir', '.', '--format', 'yaml', '-o', 'plans/2023-2024.yaml'], {
      cwd: dir,
    });
    expect(drafted.exitCode).toBe(0);
    const yaml = await readFile(path.join(dir, 'plans', '2023-2024.yaml'), 'utf8');
    expect(yaml).toContain('title: "UTKAST – tiltak for: Lage en bevaringsplan for tekstilene."');

    const report = await runCli(['report', '--dir', '.'], { cwd: dir });
    expect(report.exitCode).toBe(0);
    const plan = section(report.stdout, '## Tiltaksplan 2023–2024', '## MÅLBILDET');
    expect(plan).toContain(
      '0 av 4 mål som ikke er nådd, har minst ett utfylt tiltak (0 %). Tiltak som ikke er fylt ut, teller ikke med.',
    );
    expect(plan).toContain('0 av 4 tiltak er fylt ut (egen tittel, ansvarlig og frist).');
    expect(plan).not.toContain('100');
    expect(plan).toContain(
      '### Tiltak som ikke er fylt ut\n\n' +
        '- UTKAST – tiltak for: Digitalisere katalogen og gjøre den tilgjengelig på nett. (`samlinger.digitalisering.tiltak-1`): tittelen er utkastet, ingen ansvarlig, ingen frist\n',
    );
    expect(plan).toContain('### Mål uten utfylt tiltak');
    // A strategy of one's own (Eksempelmuseet is only its name): nothing in it is called an example.
    expect(report.stdout).not.toMatch(/\(eksempel\)|EKSEMPEL/);

    const summary = await runCli(['summary', '--dir', '.'], { cwd: dir });
    // The lines under the table wrap at the terminal's width: read them as one text.
    const text = summary.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Tiltaksplan plans/2023-2024.yaml: 0 av 4 mål som ikke er nådd, har utfylt tiltak (0 %); tiltak som ikke er fylt ut, teller ikke.',
    );
    expect(text).toContain('0 av 4 tiltak er fylt ut (egen tittel, ansvarlig og frist).');
    expect(text).toContain(
      'Ikke fylt ut: formidling.skoletilbud.tiltak-1 (tittelen er utkastet, ingen ansvarlig, ingen frist).',
    );

    const json = await summaryPlan(dir);
    expect(json).toMatchObject({ measures: 4, filled: 0, coverage: { unmetGoals: 4, covered: 0, ratio: 0 } });
    expect(json.unfilled).toEqual([
      {
        id: 'samlinger.digitalisering.tiltak-1',
        title: 'UTKAST – tiltak for: Digitalisere katalogen og gjøre den tilgjengelig på nett.',
        goals: ['samlinger.digitalisering'],
        status: 'planned',
        missing: ['draft-title', 'no-owner', 'no-deadline'],
      },
      {
        id: 'samlinger.bevaring.tiltak-1',
        title: 'UTKAST – tiltak for: Lage en bevaringsplan for tekstilene.',
        goals: ['samlinger.bevaring'],
        status: 'planned',
        missing: ['draft-title', 'no-owner', 'no-deadline'],
      },
      {
        id: 'formidling.skoletilbud.tiltak-1',
        title: 'UTKAST – tiltak for: Utvikle et skoletilbud for alle trinn.',
        goals: ['formidling.skoletilbud'],
        status: 'planned',
        missing: ['draft-title', 'no-owner', 'no-deadline'],
      },
      {
        id: 'formidling.digital-formidling.tiltak-1',
        title: 'UTKAST – tiltak for: Formidle samlingene på nett.',
        goals: ['formidling.digital-formidling'],
        status: 'planned',
        missing: ['draft-title', 'no-owner', 'no-deadline'],
      },
    ]);

    const draft = await runCli(['plan', '--dir', '.'], { cwd: dir });
    expect(draft.stdout).toContain('0 av 4 tiltak er fylt ut');
    expect(draft.stdout).toContain(
      '| UTKAST – tiltak for: Formidle samlingene på nett. *(ikke fylt ut: tittelen er utkastet, ingen ansvarlig, ingen frist)* |  |  |  |  | planlagt |',
    );
    expect(draft.stdout).not.toMatch(/\(eksempel\)|EKSEMPEL/);
  });

  it('gives one warning per draft, so --max-warnings 0 fails until each is written', async () => {
    const dir = await makeStrategy();
    await mkdir(path.join(dir, 'plans'));
    await runCli(['plan', '--dir', '.', '--format', 'yaml', '-o', 'plans/2023-2024.yaml'], { cwd: dir });
    const { exitCode, list } = await validate(dir);
    expect(exitCode).toBe(0);
    expect(list.map((d) => [d.code, `${d.file}:${d.line}:${d.col}`])).toEqual([
      ['measure-placeholder', 'plans/2023-2024.yaml:9:5'],
      ['measure-placeholder', 'plans/2023-2024.yaml:15:5'],
      ['measure-placeholder', 'plans/2023-2024.yaml:21:5'],
      ['measure-placeholder', 'plans/2023-2024.yaml:27:5'],
    ]);
    expect(list[0]!.message).toBe(
      'Tiltaket «samlinger.digitalisering.tiltak-1» er ikke fylt ut: tittelen er fortsatt utkastet. Mangler også: owner, deadline, indicator. Det teller ikke med i planen.',
    );
    expect((await validate(dir, '--max-warnings', '0')).exitCode).toBe(1);
  });

  it('is the same in English, and a draft stays a draft when read in the other language', async () => {
    const dir = await englishStrategy();
    const drafted = await runCli(
      ['plan', '--dir', '.', '--format', 'yaml', '-o', 'plans/2025-2027.yaml', '--lang', 'en'],
      { cwd: dir },
    );
    expect(drafted.stderr).toBe('Wrote plans/2025-2027.yaml with 4 measures.\n');
    expect(await readFile(path.join(dir, 'plans', '2025-2027.yaml'), 'utf8')).toContain(
      'title: "DRAFT – measure for: Put the catalogue online."',
    );

    const en = await runCli(['report', '--dir', '.', '--lang', 'en'], { cwd: dir });
    const plan = section(en.stdout, '## Action plan 2025–2027', '## VISION');
    expect(plan).toContain(
      '0 of 4 goals not yet achieved have at least one filled-in measure (0%). Measures not filled in do not count.',
    );
    expect(plan).toContain('0 of 4 measures are filled in (a title of their own, an owner and a deadline).');
    expect(plan).toContain(
      '- DRAFT – measure for: Teach online. (`learning.online.tiltak-1`): the title is the draft, no owner, no deadline',
    );
    expect(en.stdout).not.toMatch(/example/i);

    // Drafted in English, read in Norwegian: still drafts.
    const nb = await runCli(['report', '--dir', '.'], { cwd: dir });
    expect(nb.stdout).toContain('0 av 4 tiltak er fylt ut');
    const { list } = await validate(dir);
    expect(list.map((d) => d.code)).toEqual([
      'measure-placeholder',
      'measure-placeholder',
      'measure-placeholder',
      'measure-placeholder',
    ]);
  });

  it('recognises drafts written by earlier versions ("Tiltak for: …", "Measure for: …") and any dash or case', async () => {
    const dir = await englishStrategy();
    const measure = (id: string, goal: string, title: string) =>
      `  - id: ${id}\n    goals: [${goal}]\n    title: "${title}"\n    owner: Ann\n    deadline: 2026\n    indicator: Count\n    status: planned\n`;
    await writeFile(
      path.join(dir, 'plans', '2025-2027.yaml'),
      'period: { from: 2025, to: 2027 }\nmeasures:\n' +
        measure('a', 'collections.catalogue', 'Tiltak for: Put the catalogue online.') +
        measure('b', 'collections.loans', 'Measure for: Lend more objects to other museums.') +
        measure('c', 'learning.schools', 'utkast - Tiltak  for: Offer a visit') +
        measure('d', 'learning.online', 'Record ten lessons for the schools'),
    );
    const { list } = await validate(dir);
    expect(list.map((d) => [d.code, d.message])).toEqual([
      [
        'measure-placeholder',
        'Tiltaket «a» er ikke fylt ut: tittelen er fortsatt utkastet. Det teller ikke med i planen.',
      ],
      [
        'measure-placeholder',
        'Tiltaket «b» er ikke fylt ut: tittelen er fortsatt utkastet. Det teller ikke med i planen.',
      ],
      [
        'measure-placeholder',
        'Tiltaket «c» er ikke fylt ut: tittelen er fortsatt utkastet. Det teller ikke med i planen.',
      ],
    ]);
    expect(await summaryPlan(dir)).toMatchObject({ filled: 1, coverage: { unmetGoals: 4, covered: 1, ratio: 0.25 } });
  });
});

describe('a partly filled plan', () => {
  // samlinger.digitalisering: m1, filled in. samlinger.bevaring: m2, no deadline. formidling.skoletilbud:
  // m3, a draft with owner and deadline, and m5, done and filled in. formidling.digital-formidling: m4, dropped.
  const partly = [
    'period: { from: 2023, to: 2024 }',
    'measures:',
    '  - id: m1',
    '    goals: [samlinger.digitalisering]',
    '    title: Skanne katalogkortene',
    '    owner: Kari',
    '    deadline: "2024-06"',
    '    indicator: Andel skannede kort',
    '    status: started',
    '  - id: m2',
    '    goals: [samlinger.bevaring]',
    '    title: Skrive bevaringsplanen',
    '    owner: Ola',
    '    indicator: Planen er vedtatt',
    '    status: planned',
    '  - id: m3',
    '    goals: [formidling.skoletilbud]',
    '    title: "UTKAST – tiltak for: Utvikle et skoletilbud for alle trinn."',
    '    owner: Per',
    '    deadline: 2024',
    '    status: planned',
    '  - id: m4',
    '    goals: [formidling.digital-formidling]',
    '    title: "UTKAST – tiltak for: Formidle samlingene på nett."',
    '    status: dropped',
    '  - id: m5',
    '    goals: [formidling.skoletilbud]',
    '    title: Skoledag for 1.–4. trinn',
    '    owner: Per',
    '    deadline: 2023',
    '    status: done',
    '',
  ].join('\n');

  async function partlyFilled(): Promise<string> {
    const dir = await makeStrategy();
    await mkdir(path.join(dir, 'plans'));
    await writeFile(path.join(dir, 'plans', '2023-2024.yaml'), partly);
    return dir;
  }

  it('counts only the filled-in measures, in the JSON contract', async () => {
    expect(await summaryPlan(await partlyFilled())).toEqual({
      file: 'plans/2023-2024.yaml',
      period: { from: 2023, to: 2024 },
      measures: 5,
      filled: 2,
      unfilled: [
        {
          id: 'm2',
          title: 'Skrive bevaringsplanen',
          goals: ['samlinger.bevaring'],
          status: 'planned',
          missing: ['no-deadline'],
        },
        {
          id: 'm3',
          title: 'UTKAST – tiltak for: Utvikle et skoletilbud for alle trinn.',
          goals: ['formidling.skoletilbud'],
          status: 'planned',
          missing: ['draft-title'],
        },
      ],
      coverage: {
        unmetGoals: 4,
        covered: 2,
        ratio: 0.5,
        uncovered: ['samlinger.bevaring', 'formidling.digital-formidling'],
      },
      byStatus: { planned: 2, started: 1, done: 1, dropped: 1 },
      overdue: [],
    });
  });

  it('warns once per omission; a dropped draft and a done measure without an indicator are not warned about', async () => {
    const { exitCode, list } = await validate(await partlyFilled());
    expect(exitCode).toBe(0);
    expect(list.map((d) => [d.code, `${d.file}:${d.line}:${d.col}`, d.message])).toEqual([
      [
        'goal-without-measure',
        'areas/02-formidling.yaml:12:9',
        'Målet «formidling.digital-formidling» er ikke nådd og har ingen tiltak i tiltaksplanen plans/2023-2024.yaml.',
      ],
      [
        'measure-missing-deadline',
        'plans/2023-2024.yaml:10:5',
        'Tiltaket «m2» har ingen frist, og teller ikke med i planen.',
      ],
      [
        'measure-placeholder',
        'plans/2023-2024.yaml:16:5',
        'Tiltaket «m3» er ikke fylt ut: tittelen er fortsatt utkastet. Mangler også: indicator. Det teller ikke med i planen.',
      ],
    ]);
  });

  it('says which measures are not filled in, and why, in the summary, the report and the plan', async () => {
    const dir = await partlyFilled();
    const summary = await runCli(['summary', '--dir', '.', '--format', 'md'], { cwd: dir });
    expect(summary.stdout).toContain(
      'Tiltaksplan plans/2023-2024.yaml: 2 av 4 mål som ikke er nådd, har utfylt tiltak (50 %); tiltak som ikke er fylt ut, teller ikke.  \n',
    );
    expect(summary.stdout).toContain(
      '2 av 4 tiltak er fylt ut (egen tittel, ansvarlig og frist); 1 droppet tiltak er ikke regnet med.  \n',
    );
    expect(summary.stdout).toContain('Ikke fylt ut: m2 (ingen frist).  \nIkke fylt ut: m3 (tittelen er utkastet).  \n');

    const report = await runCli(['report', '--dir', '.', '--lang', 'en'], { cwd: dir });
    const plan = section(report.stdout, '## Action plan 2023–2024', '## MÅLBILDET');
    expect(plan).toContain(
      '2 of 4 goals not yet achieved have at least one filled-in measure (50%). Measures not filled in do not count.',
    );
    expect(plan).toContain(
      '2 of 4 measures are filled in (a title of their own, an owner and a deadline); 1 dropped measure is not counted.',
    );
    expect(plan).toContain(
      '### Measures not filled in\n\n- Skrive bevaringsplanen (`m2`): no deadline\n- UTKAST – tiltak for: Utvikle et skoletilbud for alle trinn. (`m3`): the title is the draft\n\n',
    );
    expect(plan).toContain(
      '### Goals without a filled-in measure\n\n- Lage en bevaringsplan for tekstilene. (`samlinger.bevaring`, SAMLINGER)\n- Formidle samlingene på nett. (`formidling.digital-formidling`, FORMIDLING)\n',
    );

    const html = path.join(dir, 'report.html');
    await runCli(['report', '--dir', '.', '--format', 'html', '-o', html], { cwd: dir });
    const page = await readFile(html, 'utf8');
    expect(page).toContain(
      '<p>2 av 4 tiltak er fylt ut (egen tittel, ansvarlig og frist); 1 droppet tiltak er ikke regnet med.</p>',
    );
    expect(page).toContain('<li>Skrive bevaringsplanen <code class="id">m2</code>: ingen frist</li>');
    expect(page).not.toMatch(/class="example-(tag|banner)"/);

    const draft = await runCli(['plan', '--dir', '.'], { cwd: dir });
    expect(draft.stdout).toContain(
      '| Skrive bevaringsplanen *(ikke fylt ut: ingen frist)* | Ola |  |  | Planen er vedtatt | planlagt |',
    );
    expect(draft.stdout).toContain('| Skoledag for 1.–4. trinn | Per | 2023 |  |  | fullført |');
    // A dropped measure counts for nothing anyway; it is not called unfilled.
    expect(draft.stdout).toContain('| UTKAST – tiltak for: Formidle samlingene på nett. |  |  |  |  | droppet |');
    const planHtml = path.join(dir, 'plan.html');
    await runCli(['plan', '--dir', '.', '--format', 'html', '-o', planHtml], { cwd: dir });
    const planPage = await readFile(planHtml, 'utf8');
    expect(planPage).toContain(
      '<td>Skrive bevaringsplanen <span class="unfilled-tag">(ikke fylt ut: ingen frist)</span></td>',
    );
    expect(planPage).not.toMatch(/class="example-(tag|banner)"/);
  });
});

describe("the bundled example plan is never shown as anyone's own", () => {
  it("marks its measures as examples in the plan (Markdown and HTML) and in the report's plan section", async () => {
    const md = await runCli(['plan', '--example']);
    expect(md.stdout).toContain(
      '> **EKSEMPEL** – Tiltakene er eksempler fra eksempelstrategien som følger med vm-strategy, ikke museets vedtatte tiltak.',
    );
    expect(md.stdout).toContain('| EKSEMPEL: Utvikle et middelaldermuseum *(eksempel)* |');
    const out = path.join(await makeTempDir(), 'plan.html');
    await runCli(['plan', '--example', '--format', 'html', '-o', out, '--lang', 'en']);
    const html = await readFile(out, 'utf8');
    expect(html).toContain(
      '<strong>EXAMPLE</strong> – These measures are examples from the example strategy bundled with vm-strategy',
    );
    expect(html).toContain('EKSEMPEL: Utvikle et middelaldermuseum <span class="example-tag">(example)</span>');
    const report = await runCli(['report', '--example', '--lang', 'en']);
    expect(section(report.stdout, '## Action plan 2022–2024', '## MÅLBILDET')).toContain(
      '> **EXAMPLE** – These measures are examples from the example strategy bundled with vm-strategy, not measures the museum has decided on.',
    );
  });
});
