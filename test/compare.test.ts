// `vm-strategy compare` and `--against` in summary and report: against an older copy in a folder,
// and against git revisions of a real temporary repository, which must be left exactly as it was.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/core/analyse.js';
import { movementOf } from '../src/core/compare.js';
import { loadStrategy } from '../src/core/load-strategy.js';
import type { StrategyModel } from '../src/core/model.js';
import { readStrategyFolder } from '../src/io/read-folder.js';
import { makeStrategy, makeTempDir, minimalDir, removeTempDirs, runCli, scrubPaths } from './helpers/cli.js';

afterAll(removeTempDirs);

const noStack = /\n\s+at /;

/** Replaces `from` by `to` in a file of a strategy folder; the text must be there. */
async function change(dir: string, file: string, from: string, to: string): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  await writeFile(target, text.replace(from, to));
}

/**
 * The old revision: the minimal strategy with samlinger.magasin at NEI (JA now), the exhibitions
 * at JA (JA? now), a goal that is removed later, and the online goal under its old id.
 */
async function oldRevision(dir: string): Promise<void> {
  await change(dir, 'areas/01-samlinger.yaml', 'assessment: "JA"', 'assessment: "NEI"');
  await change(
    dir,
    'areas/01-samlinger.yaml',
    '  - id: samlinger.digitalisering',
    '  - id: samlinger.fjernet\n    text: Et mål som er tatt ut.\n    assessment: TJA\n  - id: samlinger.digitalisering',
  );
  await change(dir, 'areas/02-formidling.yaml', 'assessment: "JA?"', 'assessment: "JA"');
}

/**
 * The current revision: the minimal strategy with a new goal, and the online goal under a new id
 * with the same text and a better mark.
 */
async function newRevision(dir: string): Promise<void> {
  await change(dir, 'areas/02-formidling.yaml', 'id: formidling.digital-formidling', 'id: formidling.nett');
  await change(dir, 'areas/02-formidling.yaml', 'assessment: ja / nei', 'assessment: JA');
  await change(
    dir,
    'areas/02-formidling.yaml',
    '  - id: formidling.skoletilbud',
    '  - id: formidling.omvisninger\n    text: Tilby omvisninger på engelsk.\n    assessment: NEI\n  - id: formidling.skoletilbud',
  );
}

async function folders(): Promise<{ now: string; old: string }> {
  const old = await makeStrategy();
  await oldRevision(old);
  const now = await makeStrategy();
  await newRevision(now);
  return { now, old };
}

async function model(dir: string): Promise<StrategyModel> {
  const loaded = loadStrategy(await readStrategyFolder(dir, dir));
  if (!loaded.model) throw new Error(`${dir} does not load`);
  return loaded.model;
}

/** The comparison the analysis makes of `now` with the older revision `old`. */
const compareStrategies = (old: StrategyModel, now: StrategyModel) =>
  analyse(now, { today: '2023-06-15', comparison: { before: old } }).comparison;

describe('the comparison of two revisions', () => {
  it('matches goals by id, then by text, and judges every goal by its mean score', async () => {
    const { now, old } = await folders();
    const c = compareStrategies(await model(old), await model(now));
    const byId = new Map(c.goals.map((g) => [g.id, g]));
    expect(byId.get('samlinger.magasin')).toMatchObject({
      status: 'improved',
      before: { marks: 'NEI', score: 0 },
      after: { marks: 'JA', score: 1 },
    });
    expect(byId.get('formidling.utstillinger')).toMatchObject({
      status: 'declined',
      before: { marks: 'JA' },
      after: { marks: 'JA?' },
    });
    expect(byId.get('formidling.nett')).toMatchObject({
      status: 'renamed',
      oldId: 'formidling.digital-formidling',
      movement: 'improved',
      before: { marks: 'JA/NEI', score: 0.6 },
      after: { marks: 'JA', score: 1 },
    });
    expect(byId.get('formidling.omvisninger')).toMatchObject({
      status: 'new',
      movement: null,
      before: null,
      after: { marks: 'NEI', score: 0 },
    });
    expect(byId.get('samlinger.fjernet')).toMatchObject({
      status: 'removed',
      area: 'samlinger',
      before: { marks: 'TJA' },
      after: null,
    });
    expect(byId.get('samlinger.digitalisering')).toMatchObject({ status: 'unchanged', before: { marks: 'JA-; NEI' } });
    // Removed goals come last; the others in the current document order.
    expect(c.goals.map((g) => g.id).at(-1)).toBe('samlinger.fjernet');
    expect(c.counts).toEqual({ improved: 2, declined: 1, unchanged: 3, new: 1, removed: 1, renamed: 1 });
    expect(c.areas.map((a) => [a.id, a.status])).toEqual([
      ['samlinger', 'changed'],
      ['formidling', 'changed'],
    ]);
    expect(c.vision).toEqual({ before: 0.55, after: 0.55, change: 0 });
  });

  it('ranks no score below any score', () => {
    expect(movementOf(null, 0)).toBe('improved');
    expect(movementOf(0.5, null)).toBe('declined');
    expect(movementOf(null, null)).toBe('unchanged');
    expect(movementOf(0.6, 0.6)).toBe('unchanged');
    expect(movementOf(0.6, 0.5)).toBe('declined');
  });

  it('reports areas that came and went', async () => {
    const old = await makeStrategy();
    const now = await makeStrategy();
    await cp(path.join(now, 'areas', '02-formidling.yaml'), path.join(now, 'areas', '03-forskning.yaml'));
    await change(
      now,
      'areas/03-forskning.yaml',
      'id: formidling\ntitle: FORMIDLING',
      'id: forskning\ntitle: FORSKNING',
    );
    for (const id of ['utstillinger', 'skoletilbud', 'digital-formidling'])
      await change(now, 'areas/03-forskning.yaml', `formidling.${id}`, `forskning.${id}`);
    await change(now, 'areas/03-forskning.yaml', 'Lage to nye', 'Lage tre nye');
    await change(now, 'areas/03-forskning.yaml', 'Utvikle et skoletilbud', 'Utvikle et forskningstilbud');
    await change(now, 'areas/03-forskning.yaml', 'Formidle samlingene', 'Publisere forskningen');
    const c = compareStrategies(await model(old), await model(now));
    expect(c.areas.map((a) => [a.id, a.status, a.change])).toEqual([
      ['samlinger', 'changed', 0],
      ['formidling', 'changed', 0],
      ['forskning', 'new', null],
    ]);
    expect(c.counts.new).toBe(3);
  });
});

describe('compare against a folder', () => {
  let dirs: { now: string; old: string };
  beforeAll(async () => {
    dirs = await folders();
  });
  const scrub = (text: string) => scrubPaths(text, { [dirs.old]: '<old>', [dirs.now]: '<now>' });

  it('prints a table of scores then and now and every goal that changed', async () => {
    const result = await runCli(['compare', '--dir', dirs.now, '--against', dirs.old]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const out = scrub(result.stdout);
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('Endringer siden forrige revisjon');
    expect(out).toContain('Sammenlignet med mappen <old> (revisjon 2022 → 2022)');
    const lines = out.split('\n');
    const line = (start: string) => lines.find((l) => l.startsWith(start))!.replace(/\s+/g, ' ');
    expect(line('SAMLINGER')).toBe('SAMLINGER 35 % 56 % +21 pp');
    expect(line('FORMIDLING')).toBe('FORMIDLING 80 % 62 % -18 pp');
    expect(line('Målbildet')).toBe('Målbildet 55 % 55 % 0 pp');
    expect(line('Totalt')).toMatch(/^Totalt \d+ % \d+ % [+-]?\d+ pp$/);
    // Each goal by its text, with status and marks beside it, and its id on the line under it.
    const goal = (id: string) => {
      const at = lines.findIndex((l) => l === `  ${id}` || l.startsWith(`  ${id},`));
      expect(at, id).toBeGreaterThan(0);
      return lines[at - 1]!.replace(/\s+/g, ' ');
    };
    expect(goal('samlinger.magasin')).toBe('Flytte samlingene til et nytt magasin. ↑ forbedret NEI JA');
    expect(goal('formidling.utstillinger')).toBe('Lage to nye utstillinger. ↓ svekket JA JA?');
    expect(goal('formidling.nett')).toBe('Formidle samlingene på nett. ny id, ↑ forbedret JA/NEI JA');
    expect(out.replace(/\s+/g, ' ')).toContain('formidling.nett, tidligere formidling.digital-formidling');
    expect(goal('formidling.omvisninger')).toBe('Tilby omvisninger på engelsk. nytt – NEI');
    expect(goal('samlinger.fjernet')).toBe('Et mål som er tatt ut. fjernet TJA –');
    expect(out).not.toContain('samlinger.digitalisering'); // unchanged goals are only counted
    expect(out).toContain('Mål: forbedret 2 · svekket 1 · uendret 3 · nytt 1 · fjernet 1 · ny id 1');
  });

  it('prints Markdown', async () => {
    const result = await runCli(['compare', '--dir', dirs.now, '--against', dirs.old, '--format', 'md']);
    expect(result.exitCode).toBe(0);
    expect(scrub(result.stdout)).toMatchSnapshot();
  });

  it('prints Markdown in English', async () => {
    const result = await runCli([
      'compare',
      '--dir',
      dirs.now,
      '--against',
      dirs.old,
      '--format',
      'md',
      '--lang',
      'en',
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('## Changes since the last revision');
    expect(result.stdout).toContain(
      '| Lage to nye utstillinger. (`formidling.utstillinger`) | FORMIDLING | ↓ declined | JA | JA? |',
    );
  });

  it('prints the documented JSON', async () => {
    const result = await runCli(['compare', '--dir', dirs.now, '--against', dirs.old, '--format', 'json']);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(scrub(result.stdout)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['against', 'rounds', 'overall', 'vision', 'areas', 'goals', 'counts']);
    expect(json.against).toEqual({ ref: '<old>', kind: 'folder' });
    // The text as printed, so that the order of the fields is part of the snapshot too.
    expect(scrub(result.stdout)).toMatchSnapshot();
  });

  it("says when the old revision has errors, as the old revision's", async () => {
    const broken = await makeStrategy('unknown-mark');
    const result = await runCli(['compare', '--dir', dirs.now, '--against', broken]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('mark-unknown');
    expect(result.stderr).toContain(`Forrige revisjon (${broken}) har feil i strategifilene`);
    expect(result.stderr).not.toMatch(noStack);
  });

  it('refuses a REF that starts with "-", in both spellings', async () => {
    for (const args of [['--against', '-x'], ['--against=--upload-pack=touch /tmp/pwned']]) {
      const result = await runCli(['compare', '--dir', dirs.now, ...args, '--lang', 'en']);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('cannot start with "-"');
      expect(result.stderr).not.toMatch(noStack);
    }
  });

  it('needs --against', async () => {
    const result = await runCli(['compare', '--dir', dirs.now]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--against');
  });

  it('explains a REF that is no folder when the strategy is not in a git repository', async () => {
    const result = await runCli(['compare', '--dir', dirs.now, '--against', 'v2021', '--lang', 'en']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--against v2021: not a folder, and the strategy folder');
    expect(result.stderr).toContain('is not in a git repository');
    expect(result.stderr).not.toMatch(noStack);
  });
});

describe('compare against git revisions', () => {
  let repo: string;
  let strategy: string;
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@t',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'init.defaultBranch=main',
        ...args,
      ],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      },
    );
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };

  beforeAll(async () => {
    repo = await makeTempDir();
    strategy = path.join(repo, 'docs', 'strategi');
    git('init', '-q');
    await writeFile(path.join(repo, 'README.md'), 'Før strategien.\n');
    commit('before the strategy');
    git('tag', 'before');
    await mkdir(path.dirname(strategy), { recursive: true });
    await cp(minimalDir, strategy, { recursive: true });
    await change(strategy, 'areas/01-samlinger.yaml', 'assessment: "JA"', 'assessment: "JAA"');
    commit('a broken strategy');
    git('tag', 'broken');
    await cp(minimalDir, strategy, { recursive: true });
    await oldRevision(strategy);
    commit('revision 1');
    git('tag', 'v1');
    await cp(minimalDir, strategy, { recursive: true });
    await newRevision(strategy);
    commit('revision 2');
    // Work in progress that must survive: a change, a staged change and an untracked file.
    await writeFile(
      path.join(strategy, 'areas', '01-samlinger.yaml'),
      `${await readFile(path.join(strategy, 'areas', '01-samlinger.yaml'), 'utf8')}# arbeid pågår\n`,
    );
    await writeFile(path.join(repo, 'README.md'), 'Staged.\n');
    git('add', 'README.md');
    await writeFile(path.join(repo, 'notater.txt'), 'ikke lagt til\n');
  });

  it('reads a tag and HEAD~1 without touching the working tree or the index', async () => {
    const status = git('status', '--porcelain');
    const head = git('rev-parse', 'HEAD');
    const index = await readFile(path.join(repo, '.git', 'index'));
    const folder = await folders();
    const fromFolder = JSON.parse(
      (await runCli(['compare', '--dir', folder.now, '--against', folder.old, '--format', 'json'])).stdout,
    ) as Record<string, unknown>;

    for (const ref of ['v1', 'HEAD~1']) {
      const result = await runCli(['compare', '--dir', strategy, '--against', ref, '--format', 'json']);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const json = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(json.against).toEqual({ ref, kind: 'git' });
      // The same comparison as between the two folders.
      expect({ ...json, against: undefined }).toEqual({ ...fromFolder, against: undefined });
    }
    const table = await runCli(['compare', '--dir', strategy, '--against', 'v1'], { cwd: repo });
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('Sammenlignet med git-revisjonen v1 (revisjon 2022 → 2022)');

    // The index first: `git status` itself may refresh it.
    expect(await readFile(path.join(repo, '.git', 'index'))).toEqual(index);
    expect(git('status', '--porcelain')).toBe(status);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(await readFile(path.join(strategy, 'areas', '01-samlinger.yaml'), 'utf8')).toContain('# arbeid pågår');
  });

  it('reads a commit by its hash, from inside the strategy folder', async () => {
    const hash = git('rev-parse', 'v1').trim();
    const result = await runCli(['compare', '--against', hash.slice(0, 10), '--format', 'json', '--dir', '.'], {
      cwd: strategy,
    });
    expect(result.exitCode).toBe(0);
    expect((JSON.parse(result.stdout) as { counts: unknown }).counts).toEqual({
      improved: 2,
      declined: 1,
      unchanged: 3,
      new: 1,
      removed: 1,
      renamed: 1,
    });
  });

  it('prefers a folder when REF is both a folder and a revision', async () => {
    const cwd = await makeTempDir();
    await cp(strategy, path.join(cwd, 'v1'), { recursive: true });
    const result = await runCli(['compare', '--dir', strategy, '--against', 'v1', '--format', 'json'], { cwd });
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as { against: unknown; counts: { unchanged: number } };
    expect(json.against).toEqual({ ref: 'v1', kind: 'folder' });
    expect(json.counts.unchanged).toBe(7);
  });

  it('refuses an unknown revision with exit code 2', async () => {
    const result = await runCli(['compare', '--dir', strategy, '--against', 'v9', '--lang', 'en']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`--against v9: not a folder and not a git revision in ${repo}`);
    expect(result.stderr).not.toMatch(noStack);
  });

  it('refuses a revision without the strategy folder', async () => {
    const result = await runCli(['compare', '--dir', strategy, '--against', 'before', '--lang', 'en']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('The strategy folder docs/strategi does not exist in the git revision before');
  });

  it("shows the errors of a broken revision as that revision's, with exit code 1", async () => {
    const result = await runCli(['compare', '--dir', strategy, '--against', 'broken']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken:docs/strategi/areas/01-samlinger.yaml');
    expect(result.stderr).toContain('mark-unknown');
    expect(result.stderr).toContain('Forrige revisjon (broken) har feil i strategifilene');
    expect(result.stderr).not.toMatch(noStack);
  });
});

describe('summary --against', () => {
  it('adds a then → now column, a line, and `comparison` in JSON', async () => {
    const { now, old } = await folders();
    const plain = JSON.parse((await runCli(['summary', '--dir', now, '--format', 'json'])).stdout) as Record<
      string,
      unknown
    >;
    const json = JSON.parse(
      (await runCli(['summary', '--dir', now, '--format', 'json', '--against', old])).stdout,
    ) as Record<string, unknown>;
    const compared = JSON.parse(
      (await runCli(['compare', '--dir', now, '--format', 'json', '--against', old])).stdout,
    ) as unknown;
    // Additive: every existing field as it was, and the comparison as `compare` prints it.
    expect({ ...json, comparison: undefined }).toEqual({ ...plain, comparison: undefined });
    expect(json.comparison).toEqual(compared);

    const table = await runCli(['summary', '--dir', now, '--against', old]);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('Forrige → nå');
    expect(table.stdout.split('\n').find((l) => l.startsWith('SAMLINGER'))).toMatch(/ 35 % → 56 % \(\+21 pp\)$/);
    expect(table.stdout).toContain('Mål: forbedret 2 · svekket 1');

    const md = await runCli(['summary', '--dir', now, '--against', old, '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toContain('| Then → now |');
    expect(md.stdout).toContain('| 80% → 62% (-18 pp) |');
  });

  it('leaves the summary as it was without --against', async () => {
    const dir = await makeStrategy();
    const result = await runCli(['summary', '--dir', dir]);
    expect(result.stdout).not.toContain('→');
  });
});

describe('report --against', () => {
  let dirs: { now: string; old: string };
  beforeAll(async () => {
    dirs = await folders();
  });

  it('opens the Markdown report with the changes and marks each goal that moved', async () => {
    const result = await runCli(['report', '--dir', dirs.now, '--against', dirs.old]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const md = result.stdout;
    const changes = md.indexOf('## Endringer siden forrige revisjon');
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThan(md.indexOf('## Kort oppsummert'));
    expect(md).toContain('Samlet score: **');
    expect(md).toContain(
      '| Flytte samlingene til et nytt magasin. (`samlinger.magasin`) | SAMLINGER | ↑ forbedret | NEI | JA |',
    );
    expect(md).toContain('- Tilby omvisninger på engelsk. (`formidling.omvisninger`, FORMIDLING)');
    expect(md).toContain('- Et mål som er tatt ut. (`samlinger.fjernet`, SAMLINGER)');
    expect(md).toContain(
      '- Formidle samlingene på nett. (`formidling.digital-formidling` → `formidling.nett`, FORMIDLING)',
    );
    // Beside the goals in the area sections.
    expect(md).toContain('1. Flytte samlingene til et nytt magasin. **JA** ↑ fra NEI\n');
    expect(md).toContain('1. Lage to nye utstillinger. **JA?** ↓ fra JA\n');
    expect(md).toMatch(/\d\. Formidle samlingene på nett\. \*\*JA\*\* ↑ fra JA\/NEI\n/);
    expect(md).toMatch(/\d\. Digitalisere katalogen \*\*JA-\*\* og gjøre den tilgjengelig på nett\. \*\*NEI\*\*\n/);
  });

  it('has the section and arrows with text alternatives in HTML', async () => {
    const out = path.join(await makeTempDir(), 'r.html');
    const result = await runCli([
      'report',
      '--dir',
      dirs.now,
      '--against',
      dirs.old,
      '--format',
      'html',
      '-o',
      out,
      '--lang',
      'en',
    ]);
    expect(result.exitCode).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<h2 id="changes-h">Changes since the last revision</h2>');
    expect(html.indexOf('id="changes"')).toBeLessThan(html.indexOf('id="glance"'));
    expect(html).toContain('<a href="#changes">Changes since the last revision</a>');
    expect(html).toContain(
      '<span class="moved up" title="Improved from NEI" aria-hidden="true">↑ from NEI</span><span class="sr-only">Improved from NEI</span>',
    );
    expect(html).toContain(
      '<span class="moved down" title="Declined from JA" aria-hidden="true">↓ from JA</span><span class="sr-only">Declined from JA</span>',
    );
    expect(html).toMatch(/\.sr-only \{/);
  });

  it('escapes the REF and the strategy text', async () => {
    const cwd = await makeTempDir();
    const ref = '<b>gammel</b>';
    await cp(dirs.old, path.join(cwd, ref), { recursive: true });
    const out = path.join(cwd, 'r.html');
    const result = await runCli(['report', '--dir', dirs.now, '--against', ref, '--format', 'html', '-o', out], {
      cwd,
    });
    expect(result.exitCode).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('Sammenlignet med mappen &lt;b&gt;gammel&lt;/b&gt;');
    expect(html).not.toContain('<b>gammel</b>');
  });
});
