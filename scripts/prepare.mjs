// The `prepare` script: builds dist/ after `npm install` / `npm ci` here, before `npm pack`, and when
// npm installs the tool from a git URL (it clones the repository, installs its dependencies, runs
// `prepare` and packs the result).
//
// One npm bug needs working around (npm/cli#8440, still open with npm 11): `npm install -g git+…`
// prepares the clone with the global flag and prefix inherited from the outer install, so the
// clone's devDependencies (esbuild and every library it bundles) are never installed and the build
// fails. pre-commit installs `language: node` hooks exactly that way. When any of them is missing,
// they are installed here first, into the clone, without those inherited settings.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

// npm sets npm_execpath for the scripts it runs; call the same npm, not whichever is on PATH (the
// flags below are npm's, so another package manager's npm_execpath is not used).
const execPath = process.env.npm_execpath ?? '';
const npm = /[\\/]npm-cli\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : ['npm'];

function npmRun(args, env) {
  const result = spawnSync(npm[0], [...npm.slice(1), ...args], {
    stdio: 'inherit',
    env,
    shell: npm.length === 1 && process.platform === 'win32',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The package has no runtime dependencies: what the tool uses is bundled, so the build needs them all.
const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!Object.keys(devDependencies).every((name) => existsSync(`node_modules/${name}/package.json`))) {
  const env = { ...process.env };
  // Also --allow-scripts, which npm refuses in an install that is not global (and which this one,
  // with --ignore-scripts, does not need).
  for (const name of Object.keys(env)) {
    if (/^npm_config_(global|location|prefix|allow_scripts)$/i.test(name)) delete env[name];
  }
  process.stderr.write(
    'vm-strategy: the build tools (devDependencies) are not installed here; installing them before the build.\n',
  );
  // --ignore-scripts: this script is not run again from inside that install.
  npmRun(['install', '--no-save', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], env);
}
npmRun(['run', 'build'], process.env);
