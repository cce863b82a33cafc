// The tool used in another repository, as the README tells people to: the tarball from `npm pack`
// installed as a dev dependency into a separate git repository whose strategy the installed tool made
// with `init`; and the pre-commit hook, installed the way pre-commit installs `language: node` hooks.
import { execFile } from 'node:child_process';
import { copyFile, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, repoRoot } from '../../helpers/cli.js';
import { checkoutCopy, git } from '../../helpers/checkout.js';

afterAll(removeTempDirs);

const npmEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
};
const areaFile = 'strategy/areas/01-eksempel.yaml';

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and reports its exit code instead of throwing on a non-zero one. */
function exec(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = npmEnv,
  timeout = 60_000,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ exitCode: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** Breaks the user's area file with an unknown mark, runs `check`, and puts the file back. */
async function whileBroken(repo: string, check: () => Promise<void>): Promise<void> {
  const file = path.join(repo, areaFile);
  const text = await readFile(file, 'utf8');
  expect(text).toContain('mark: "JA"');
  await writeFile(file, text.replace('mark: "JA"', 'mark: "JAA"'));
  try {
    await check();
  } finally {
    await git(repo, 'checkout', '--', areaFile);
  }
}

/** The user's git repository: the tarball, the tool installed from it, and a strategy made by the tool. */
let repo: string;
let tarballName: string;

beforeAll(async () => {
  const packDir = await makeTempDir();
  // dist/ is built by `npm test` (pretest) or `npm run build`; --ignore-scripts packs it as it is.
  const packed = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], repoRoot);
  expect(packed.exitCode, packed.stderr).toBe(0);
  tarballName = (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename;

  repo = await makeTempDir();
  await git(repo, 'init', '-q');
  await writeFile(path.join(repo, 'package.json'), '{ "name": "ringve-strategi", "private": true }\n');
  await writeFile(path.join(repo, '.gitignore'), 'node_modules/\n');
  await copyFile(path.join(packDir, tarballName), path.join(repo, tarballName));
  // As the README says: `npm i -D ./vm-strategy-X.tgz`. The dependencies are in the npm cache after
  // this repository's own `npm ci`: prefer it over the network.
  const installed = await exec('npm', ['install', '--prefer-offline', '-D', `./${tarballName}`], repo, npmEnv, 240_000);
  expect(installed.exitCode, installed.stderr).toBe(0);
  const made = await exec(
    'npx',
    ['--no-install', 'vm-strategy', 'init', 'strategy', '--org', 'Ringve musikkmuseum'],
    repo,
  );
  expect(made.exitCode, made.stderr).toBe(0);
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '--no-gpg-sign', '-m', 'Ringve musikkmuseum: strategy made by vm-strategy init');
}, 300_000);

describe('installed from the tarball into another git repository', () => {
  const vm = (args: string[]) => exec('npx', ['--no-install', 'vm-strategy', ...args], repo);

  it('is a dev dependency, and `npx vm-strategy` runs the installed copy, not this repository', async () => {
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies).toEqual({ 'vm-strategy': `file:${tarballName}` });
    const bin = await realpath(path.join(repo, 'node_modules', '.bin', 'vm-strategy'));
    expect(bin).toBe(path.join(await realpath(repo), 'node_modules', 'vm-strategy', 'bin', 'vm-strategy.js'));
    const version = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect((await vm(['--version'])).stdout.trim()).toBe(version.version);
  });

  it('passes the strategy `init` made, from the repository root, with --dir strategy and without --dir', async () => {
    for (const dirArgs of [['--dir', 'strategy'], []]) {
      const result = await vm(['validate', '--format', 'json', ...dirArgs]);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual([]);
    }
    // Without --dir it is the user's ./strategy that is read, not the strategy bundled with the package.
    const summary = await vm(['summary', '--format', 'json']);
    expect(summary.exitCode, summary.stderr).toBe(0);
    expect((JSON.parse(summary.stdout) as { strategy: { organisation: string } }).strategy.organisation).toBe(
      'Ringve musikkmuseum',
    );
  });

  it("fails with exit 1 on an unknown mark, naming the user's file, with --dir strategy and without --dir", async () => {
    await whileBroken(repo, async () => {
      for (const dirArgs of [['--dir', 'strategy'], []]) {
        const result = await vm(['validate', ...dirArgs]);
        expect(result.exitCode, `${dirArgs.join(' ')}: ${result.stderr}`).toBe(1);
        expect(result.stdout).toContain(areaFile);
        expect(result.stdout).toMatch(/11:25 +feil +Ukjent vurdering «JAA»/);
        const json = await vm(['validate', '--format', 'json', ...dirArgs]);
        expect(json.exitCode).toBe(1);
        expect(JSON.parse(json.stdout)).toContainEqual(
          expect.objectContaining({ code: 'mark-unknown', severity: 'error', file: areaFile, line: 11, col: 25 }),
        );
      }
    });
  });
});

interface Hook {
  id: string;
  name: string;
  description: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  files: string;
  minimum_pre_commit_version?: string;
}

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  let hooks: Hook[];
  beforeAll(async () => {
    hooks = parse(await readFile(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  });

  it("is one node hook that runs `vm-strategy validate` once per commit that touches the strategy's YAML", async () => {
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(Object.keys(hook).sort()).toEqual([
      'description',
      'entry',
      'files',
      'id',
      'language',
      'minimum_pre_commit_version',
      'name',
      'pass_filenames',
    ]);
    expect(hook).toMatchObject({ id: 'vm-strategy-validate', language: 'node', pass_filenames: false });
    // Older pre-commit versions cannot build a node hook that has a prepare script (see the file).
    expect(hook.minimum_pre_commit_version).toBe('4.6.2');
    const [command, ...args] = hook.entry.split(/\s+/);
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(Object.keys(pkg.bin)).toContain(command);
    expect(args).toEqual(['validate']);
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook.files);
    for (const changed of [
      areaFile,
      'strategy/strategy.yaml',
      'strategy/scale.yaml',
      'strategy/plans/2027-2029.yaml',
      'strategy/areas/02-ny.yml',
    ]) {
      expect(files.test(changed), changed).toBe(true);
    }
    for (const unrelated of [
      'README.md',
      'src/strategy.yaml',
      'docs/strategy/areas/01-a.yaml',
      'strategy/README.md',
      '.github/workflows/strategy.yaml',
    ]) {
      expect(files.test(unrelated), unrelated).toBe(false);
    }
  });

  it("is the hook the README's .pre-commit-config.yaml asks for", async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const config = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .find((block) => block.startsWith('repos:\n'));
    const { repos } = parse(config!) as { repos: { rev: string; hooks: { id: string }[] }[] };
    expect(repos[0]!.hooks.map((h) => h.id)).toEqual([hooks[0]!.id]);
    expect(readme).toContain(`pre-commit](https://pre-commit.com) ${hooks[0]!.minimum_pre_commit_version} or later`);
  });

  it("installs the way pre-commit 4.6.2 installs node hooks (npm install -g git+file://…), and its entry checks the user's strategy", async () => {
    const hookRepo = await checkoutCopy({ commit: true });
    const envDir = await makeTempDir();
    const env = { ...npmEnv, NPM_CONFIG_PREFIX: envDir, npm_config_prefix: envDir, npm_config_prefer_offline: 'true' };
    // pre-commit's own command (pre_commit/languages/node.py); the clone's prepare script has to build
    // the tool although npm leaves out its devDependencies there (npm/cli#8440).
    const installed = await exec(
      'npm',
      ['install', '--allow-git=root', '--install-links', '-g', `git+file://${hookRepo}`],
      hookRepo,
      env,
      280_000,
    );
    expect(installed.exitCode, installed.stderr).toBe(0);
    const [command, ...args] = hooks[0]!.entry.split(/\s+/);
    const hookEnv = { ...npmEnv, PATH: `${path.join(envDir, 'bin')}${path.delimiter}${process.env.PATH}` };
    const clean = await exec(command!, args, repo, hookEnv);
    expect(clean.exitCode, clean.stdout + clean.stderr).toBe(0);
    await whileBroken(repo, async () => {
      const broken = await exec(command!, args, repo, hookEnv);
      expect(broken.exitCode).toBe(1);
      expect(broken.stdout).toContain(areaFile);
      expect(broken.stdout).toContain('«JAA»');
    });
    // It was the globally installed copy that ran.
    expect(await realpath(path.join(envDir, 'bin', command!))).toBe(
      path.join(await realpath(envDir), 'lib', 'node_modules', 'vm-strategy', 'bin', 'vm-strategy.js'),
    );
  }, 300_000);
});
