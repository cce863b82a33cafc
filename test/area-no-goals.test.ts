// An area without goals is an error unless it says why (`no-goals`): otherwise it drops out of
// every count without a trace. Through the built command, in Norwegian and English.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeStrategy, makeTempDir, removeTempDirs, runCli } from './helpers/cli.js';
import { englishStrategy } from './helpers/strategies.js';

afterAll(removeTempDirs);

interface Diagnostic {
  code: string;
  file: string;
  line: number;
  col: number;
  message: string;
  hint: string;
}

const validate = async (dir: string, ...extra: string[]) => {
  const result = await runCli(['validate', '--dir', '.', '--format', 'json', ...extra], { cwd: dir });
  return { exitCode: result.exitCode, list: JSON.parse(result.stdout) as Diagnostic[] };
};

const reason = 'Området beskriver hvordan vi arbeider; målene står under samlinger og formidling.';
const area = (extra: string) =>
  `id: samarbeid\ntitle: SAMARBEID\npart: 3\ntext: Museet samarbeider med skoler.\ngoals: []\n${extra}`;

describe('an area without goals', () => {
  it('is an error with its place and a hint, unless it says why (nb)', async () => {
    const dir = await makeStrategy();
    const file = path.join(dir, 'areas', '03-samarbeid.yaml');
    await writeFile(file, area(''));
    const { exitCode, list } = await validate(dir);
    expect(exitCode).toBe(1);
    expect(list).toEqual([
      {
        code: 'area-no-goals',
        severity: 'error',
        file: 'areas/03-samarbeid.yaml',
        line: 5,
        col: 8,
        message: 'Området «samarbeid» har ingen mål.',
        hint: 'Legg til mål under goals; eller, hvis området med vilje er uten mål, skriv hvorfor i no-goals: "<grunn>".',
      },
    ]);
    // Nothing is summarised or reported while an area silently has no goals.
    expect((await runCli(['summary', '--dir', '.'], { cwd: dir })).exitCode).toBe(1);
    expect((await runCli(['report', '--dir', '.'], { cwd: dir })).exitCode).toBe(1);

    await writeFile(file, area(`no-goals: ${reason}\n`));
    expect(await validate(dir, '--max-warnings', '0')).toEqual({ exitCode: 0, list: [] });
  });

  it('on purpose is shown with its reason in the report, and counts no goals', async () => {
    const dir = await makeStrategy();
    await writeFile(path.join(dir, 'areas', '03-samarbeid.yaml'), area(`no-goals: ${reason}\n`));
    const md = await runCli(['report', '--dir', '.'], { cwd: dir });
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain(`## SAMARBEID\n\n*Del 3* · Score for området: **–**`);
    expect(md.stdout).toContain(`### Utviklingsmål\n\n*Ingen utviklingsmål:* ${reason}\n`);

    const out = path.join(dir, 'report.html');
    expect((await runCli(['report', '--dir', '.', '--format', 'html', '-o', out], { cwd: dir })).exitCode).toBe(0);
    const html = await readFile(out, 'utf8');
    const section = html.slice(
      html.indexOf('<section class="area" id="area-samarbeid"'),
      html.indexOf('</section>', html.indexOf('id="area-samarbeid"')),
    );
    expect(section).toContain(`<p class="no-goals"><em>Ingen utviklingsmål:</em> ${reason}</p>`);
    expect(section).not.toContain('<ol class="goals">');

    const json = JSON.parse((await runCli(['summary', '--dir', '.', '--format', 'json'], { cwd: dir })).stdout) as {
      overall: { goals: number };
      areas: { id: string; goals: number; score: number | null }[];
    };
    expect(json.overall.goals).toBe(6);
    expect(json.areas.find((a) => a.id === 'samarbeid')).toMatchObject({ goals: 0, score: null });
  });

  it('speaks English too, and a reason left beside goals is a warning', async () => {
    const dir = await englishStrategy();
    const file = path.join(dir, 'areas', '03-partners.yaml');
    await writeFile(file, 'id: partners\ntitle: PARTNERS\npart: 3\ngoals: []\n');
    const missing = await runCli(['validate', '--dir', '.', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(missing.exitCode).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject([
      {
        code: 'area-no-goals',
        file: 'areas/03-partners.yaml',
        line: 4,
        col: 8,
        message: 'The area «partners» has no goals.',
        hint: 'Add goals under goals; or, if the area has none on purpose, say why in no-goals: "<reason>".',
      },
    ]);

    await writeFile(
      file,
      'id: partners\ntitle: PARTNERS\npart: 3\ngoals: []\nno-goals: How we work with others; the goals are in the other areas.\n',
    );
    const report = await runCli(['report', '--dir', '.', '--lang', 'en'], { cwd: dir });
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toContain(
      '### Development goals\n\n*No development goals:* How we work with others; the goals are in the other areas.\n',
    );

    const learning = path.join(dir, 'areas', '02-learning.yaml');
    await writeFile(learning, `${await readFile(learning, 'utf8')}no-goals: None yet.\n`);
    const stale = await runCli(['validate', '--dir', '.', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(stale.exitCode).toBe(0);
    expect(JSON.parse(stale.stdout)).toMatchObject([
      {
        code: 'area-no-goals-unused',
        file: 'areas/02-learning.yaml',
        line: 7,
        col: 11,
        message: 'The area «learning» says it has no goals (no-goals), but has 2.',
      },
    ]);
  });
});

describe('import', () => {
  it('writes an area the document gives no goals with goals: [] and a no-goals reason that says so, and it validates', async () => {
    const dir = await makeTempDir();
    const source = await readFile(path.join(fixturesDir, 'import', 'eksempelmuseet.txt'), 'utf8');
    await writeFile(
      path.join(dir, 'doc.txt'),
      source.replace(/^DEL 3$/m, 'DEL 3\nSAMARBEID\nMuseet samarbeider med skoler og kommuner.\n'),
    );
    const result = await runCli(['import', 'doc.txt', '--out', 'strategi'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(
      /doc\.txt:\d+: advarsel: Området «SAMARBEID» har ingen utviklingsmål; no-goals i områdefilen sier det\./,
    );
    const written = await readFile(path.join(dir, 'strategi', 'areas', '03-samarbeid.yaml'), 'utf8');
    expect(written).toContain(
      'goals: []\nno-goals: Dokumentet strategien ble importert fra, har ingen utviklingsmål for dette området.\n',
    );
    const { exitCode, list } = await validate(path.join(dir, 'strategi'));
    expect(exitCode).toBe(0);
    expect(list.map((d) => d.code)).not.toContain('area-no-goals');
  });
});
