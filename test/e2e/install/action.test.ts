// The GitHub Action (action.yml) run the way GitHub runs a composite action: each step's `run:` script,
// exactly as written, in `bash --noprofile --norc -eo pipefail`, with GITHUB_ACTION_PATH and the step's
// `env:` (inputs substituted), in the working directory of a user's repository that holds only a
// strategy folder. `uses:` steps are not run; what they would get is recorded and checked.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, repoRoot, runCli } from '../../helpers/cli.js';
import { checkoutCopy, git } from '../../helpers/checkout.js';

afterAll(removeTempDirs);

interface Step {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const actionText = await readFile(path.join(repoRoot, 'action.yml'), 'utf8');
const action = parse(actionText) as Action;
const steps = action.runs.steps;
const inputNames = Object.keys(action.inputs);
const areaFile = 'strategy/areas/01-eksempel.yaml';

/** Every input with its value: the given one, else the default; an input the action lacks is a test error. */
function withDefaults(given: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(given))
    if (!inputNames.includes(name)) throw new Error(`action.yml has no input ${name}`);
  return Object.fromEntries(inputNames.map((name) => [name, given[name] ?? action.inputs[name]!.default ?? '']));
}

/** `${{ inputs.NAME }}` replaced by the input's value; any other expression is not something this runner knows. */
function expand(text: string, inputs: Record<string, string>): string {
  const out = text.replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in inputs)) throw new Error(`action.yml uses an undeclared input: ${name}`);
    return inputs[name]!;
  });
  if (out.includes('${{')) throw new Error(`an expression this test cannot evaluate: ${text}`);
  return out;
}

/** The `if:` conditions the action uses: `inputs.NAME != ''`, joined by `&&`. */
function holds(condition: string, inputs: Record<string, string>): boolean {
  return condition.split('&&').every((part) => {
    const match = /^\s*inputs\.([A-Za-z0-9_-]+)\s*!=\s*''\s*$/.exec(part);
    if (!match || !(match[1]! in inputs)) throw new Error(`an if: this test cannot evaluate: ${condition}`);
    return inputs[match[1]!] !== '';
  });
}

interface StepResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one `run:` step as GitHub's runner does for `shell: bash`. */
async function runStep(
  step: Step,
  inputs: Record<string, string>,
  actionPath: string,
  workspace: string,
  extraEnv: Record<string, string> = {},
): Promise<StepResult> {
  const scriptDir = await makeTempDir();
  const script = path.join(scriptDir, `${step.id}.sh`);
  await writeFile(script, step.run!);
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: process.env.HOME ?? scriptDir,
    ...(process.env.npm_config_cache ? { npm_config_cache: process.env.npm_config_cache } : {}),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: actionPath,
    RUNNER_TEMP: scriptDir,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = expand(value, inputs);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        exitCode: code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

interface ActionRun {
  /** The exit code of the step that failed, else 0. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The ids of the steps that ran (or, for `uses:`, would have run). */
  ran: string[];
  /** What each `uses:` step that would have run gets. */
  uses: { uses: string; with: Record<string, string> }[];
}

/** The whole action: steps in order, each only when its `if:` holds and no step before it failed. */
async function runAction(
  given: Record<string, string>,
  workspace: string,
  actionPath = repoRoot,
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const inputs = withDefaults(given);
  const result: ActionRun = { exitCode: 0, stdout: '', stderr: '', ran: [], uses: [] };
  for (const step of steps) {
    if (step.if !== undefined && !holds(step.if, inputs)) continue;
    result.ran.push(step.id!);
    if (step.uses !== undefined) {
      result.uses.push({
        uses: step.uses,
        with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), inputs)])),
      });
      continue;
    }
    const { exitCode, stdout, stderr } = await runStep(step, inputs, actionPath, workspace, extraEnv);
    result.stdout += stdout;
    result.stderr += stderr;
    if (exitCode !== 0) {
      result.exitCode = exitCode;
      break;
    }
  }
  return result;
}

/** A user's repository: a git repository holding only a strategy folder made by `vm-strategy init`. */
async function userRepo(change?: (area: string) => string): Promise<string> {
  const dir = await makeTempDir();
  await git(dir, 'init', '-q');
  const made = await runCli(['init', 'strategy', '--org', 'Ringve musikkmuseum'], { cwd: dir });
  expect(made.exitCode, made.stderr).toBe(0);
  if (change) {
    const file = path.join(dir, areaFile);
    const before = await readFile(file, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    await writeFile(file, after);
  }
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '--no-gpg-sign', '-m', 'strategy');
  return dir;
}

const unknownMark = (text: string) => text.replace('mark: "JA"', 'mark: "JAA"');
/** Without its mark, the example goal gives two warnings: not assessed, and no measure in the plan. */
const twoWarnings = (text: string) => text.replace(/^ *assessment:.*\n/m, '');

const annotations = (stdout: string) =>
  stdout.split('\n').filter((line) => line.startsWith('::error') || line.startsWith('::warning'));

describe('action.yml', () => {
  it('is a composite action whose scripts take their inputs only through env', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.name).toBe('vm-strategy');
    expect(inputNames.sort()).toEqual(['dir', 'lang', 'max-warnings', 'report', 'report-artifact']);
    for (const name of inputNames) {
      expect(action.inputs[name]!.default, `the default of ${name}: empty means not given`).toBe('');
      expect(action.inputs[name]!.description.length).toBeGreaterThan(20);
    }
    const used = new Set<string>();
    for (const step of steps) {
      expect(step.id, `a step without id: ${step.name}`).toMatch(/^[a-z-]+$/);
      if (step.uses !== undefined) {
        expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
        continue;
      }
      expect(step.shell).toBe('bash');
      expect(step.run, `${step.id} has \${{ }} inside run:`).not.toContain('${{');
      for (const [name, value] of Object.entries(step.env ?? {})) {
        const match = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value);
        expect(match, `${step.id}: env ${name} is not exactly one input`).not.toBeNull();
        expect(name).toBe(`INPUT_${match![1]!.toUpperCase().replace(/-/g, '_')}`);
        used.add(match![1]!);
      }
      // The tool is reached through the action's own folder, never through PATH or npx.
      expect(step.run).not.toMatch(/\bnpx\b|^\s*vm-strategy\b/m);
    }
    expect([...used].sort()).toEqual([...inputNames].sort());
    expect(steps.find((s) => s.id === 'validate')!.run).toContain('validate --format github');
  });

  it('is shown in the README with the inputs it has, after setup-node with Node.js 24', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('\n## Using it in another repository\n'),
      readme.indexOf('\n## The bundled strategy'),
    );
    expect(section.length).toBeGreaterThan(1000);
    expect([...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort()).toEqual([...inputNames].sort());
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const workflow = parse(blocks.find((block) => block.includes('/vm-strategy@'))!) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const jobSteps = Object.values(workflow.jobs)[0]!.steps;
    const uses = jobSteps.findIndex((step) => step.uses?.includes('/vm-strategy@'));
    expect(Object.keys(jobSteps[uses]!.with!).every((name) => inputNames.includes(name))).toBe(true);
    const setupNode = jobSteps.findIndex((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode).toBeGreaterThanOrEqual(0);
    expect(setupNode).toBeLessThan(uses);
    expect(jobSteps[setupNode]!.with).toEqual({ 'node-version': 24 });
  });

  it("fails on a broken strategy with an annotation on the user's file (dir given, and not given)", async () => {
    const repo = await userRepo(unknownMark);
    for (const dir of ['strategy', '']) {
      const run = await runAction({ dir }, repo);
      expect(run.exitCode, run.stderr).toBe(1);
      expect(run.ran).toEqual(['install', 'validate']);
      expect(annotations(run.stdout).filter((line) => line.startsWith('::error'))).toEqual([
        expect.stringMatching(
          new RegExp(`^::error file=${areaFile},line=11,col=25,title=vm-strategy mark-unknown::Ukjent vurdering «JAA»`),
        ),
      ]);
    }
  });

  it('passes a clean strategy, writes nothing and uploads nothing unless asked', async () => {
    const repo = await userRepo();
    const run = await runAction({ dir: 'strategy', 'max-warnings': '0' }, repo);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.ran).toEqual(['install', 'validate']);
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(/^vm-strategy \d+\.\d+\.\d+ on Node\.js v\d+/m);
    expect(await git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('honours max-warnings: no limit when empty, exit 1 over the limit, exit 2 for a value that is no number', async () => {
    const repo = await userRepo(twoWarnings);
    const none = await runAction({ dir: 'strategy' }, repo);
    expect(none.exitCode).toBe(0);
    expect(annotations(none.stdout)).toHaveLength(2);
    expect(annotations(none.stdout).every((line) => line.startsWith(`::warning file=${areaFile},`))).toBe(true);
    expect((await runAction({ dir: 'strategy', 'max-warnings': '2' }, repo)).exitCode).toBe(0);
    const over = await runAction({ dir: 'strategy', 'max-warnings': '1' }, repo);
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toContain('--max-warnings');
    const bad = await runAction({ dir: 'strategy', 'max-warnings': 'ingen' }, repo);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('«ingen»');
  });

  it('speaks English with lang: en', async () => {
    const repo = await userRepo(unknownMark);
    const run = await runAction({ lang: 'en' }, repo);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::Unknown mark «JAA»');
  });

  it('writes the HTML report after a clean check and uploads it when asked', async () => {
    const repo = await userRepo();
    const run = await runAction(
      { dir: 'strategy', report: 'rapport.html', 'report-artifact': 'strategirapport' },
      repo,
      repoRoot,
      { SOURCE_DATE_EPOCH: '1686830400' },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.ran).toEqual(['install', 'validate', 'report', 'upload']);
    const html = await readFile(path.join(repo, 'rapport.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Ringve musikkmuseum');
    expect(run.uses).toEqual([
      {
        uses: expect.stringMatching(/^actions\/upload-artifact@v\d+$/),
        with: { name: 'strategirapport', path: 'rapport.html', 'if-no-files-found': 'error' },
      },
    ]);

    const withoutUpload = await runAction({ dir: 'strategy', report: 'report-2.html' }, repo);
    expect(withoutUpload.ran).toEqual(['install', 'validate', 'report']);
    expect(existsSync(path.join(repo, 'report-2.html'))).toBe(true);
  });

  it('writes no report when the check fails', async () => {
    const repo = await userRepo(unknownMark);
    const run = await runAction({ report: 'rapport.html', 'report-artifact': 'strategirapport' }, repo);
    expect(run.exitCode).toBe(1);
    expect(run.ran).toEqual(['install', 'validate']);
    expect(existsSync(path.join(repo, 'rapport.html'))).toBe(false);
  });

  it('refuses report-artifact without report, before installing anything', async () => {
    const repo = await userRepo();
    const run = await runAction({ 'report-artifact': 'strategirapport' }, repo);
    expect(run.exitCode).toBe(2);
    expect(run.ran).toEqual(['install']);
    expect(run.stdout).toMatch(/^::error title=vm-strategy::report-artifact is set but report is not/m);
  });

  it('passes inputs as data, never as shell code or options', async () => {
    const repo = await userRepo();
    for (const dir of [
      '$(touch pwned)',
      '"; touch pwned; echo "',
      '`touch pwned`',
      '--version',
      'strategy --max-warnings=0',
    ]) {
      const run = await runAction({ dir }, repo);
      expect(run.exitCode, dir).toBe(2);
      expect(run.stdout, dir).not.toMatch(/^\d+\.\d+\.\d+$/m);
      expect(run.stderr, dir).toContain(dir);
    }
    const reported = await runAction({ report: '$(touch pwned).html' }, repo);
    expect(reported.exitCode, reported.stderr).toBe(0);
    expect(existsSync(path.join(repo, '$(touch pwned).html'))).toBe(true);
    expect(existsSync(path.join(repo, 'pwned'))).toBe(false);
  });

  it("says which Node.js it needs when the runner's is too old, and installs nothing", async () => {
    const tooNew = await makeTempDir();
    await writeFile(
      path.join(tooNew, 'package.json'),
      JSON.stringify({ name: 'vm-strategy', engines: { node: '>=99.0' } }),
    );
    const run = await runAction({}, await userRepo(), tooNew);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain(
      `::error title=vm-strategy::vm-strategy needs Node.js >=99.0, and this runner has ${process.version}.`,
    );
    expect(existsSync(path.join(tooNew, 'node_modules'))).toBe(false);
  });

  it('installs itself with npm ci in a fresh checkout of its folder (no dist/) and then checks', async () => {
    const actionPath = await checkoutCopy();
    expect(existsSync(path.join(actionPath, 'dist'))).toBe(false);
    const repo = await userRepo(unknownMark);
    // The dependencies are in the npm cache after this repository's own `npm ci`: prefer it over the network.
    const run = await runAction({ dir: 'strategy' }, repo, actionPath, {
      npm_config_prefer_offline: 'true',
      npm_config_update_notifier: 'false',
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('::group::npm ci in');
    expect(existsSync(path.join(actionPath, 'dist', 'bundle', 'cli.js'))).toBe(true);
    expect(annotations(run.stdout).filter((line) => line.startsWith('::error'))).toEqual([
      expect.stringContaining(`::error file=${areaFile},line=11,col=25,`),
    ]);
    // Used a second time in the same job, it finds itself built.
    const again = await runAction({ dir: 'strategy' }, repo, actionPath);
    expect(again.stdout).toContain('already installed');
    expect(again.exitCode).toBe(1);
  }, 300_000);
});
