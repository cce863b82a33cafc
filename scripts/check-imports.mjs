// The shape of src/: no import cycle (type-only imports included), and no import against the
// layering. Run before the tests (package.json `pretest`), so CI fails on a new one; `--count` prints the numbers only (for the bench).
//
//   cli     → io, render, import, i18n, core      (the edge: commands, options, the terminal)
//   io      → core                                 (the disk, git, the browser)
//   render  → i18n, core                           (pure: data to text)
//   import  → i18n, core                           (pure: a document to a strategy)
//   i18n    → core                                 (words)
//   core    → core                                 (the model, rules, analysis)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const src = path.join(root, 'src');

const allowed = {
  cli: ['cli', 'io', 'render', 'import', 'i18n', 'core'],
  io: ['io', 'core'],
  render: ['render', 'i18n', 'core'],
  import: ['import', 'i18n', 'core'],
  i18n: ['i18n', 'core'],
  core: ['core'],
};

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

const rel = (abs) => path.relative(src, abs).split(path.sep).join('/');
const layerOf = (file) => file.split('/')[0];

/** Every relative import and re-export of a file (static, dynamic, type-only), as files under src/. */
function importsOf(abs) {
  const text = readFileSync(abs, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => rel(path.resolve(path.dirname(abs), s.replace(/\.js$/, '.ts'))));
}

const graph = new Map(files(src).map((abs) => [rel(abs), importsOf(abs)]));

const violations = [];
for (const [file, deps] of graph) {
  for (const dep of deps) {
    if (!graph.has(dep)) violations.push(`${file}: imports ${dep}, which does not exist`);
    else if (!allowed[layerOf(file)]?.includes(layerOf(dep)))
      violations.push(`${file}: ${layerOf(file)} may not import ${layerOf(dep)} (${dep})`);
  }
}

// Cycles as madge counts them: each back edge a depth-first walk meets closes one.
const cycles = [];
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const dep of graph.get(file) ?? []) {
    if (!graph.has(dep)) continue;
    if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
    else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);

/** Groups of files that import each other, directly or round about (Tarjan's strongly connected components). */
function tangles() {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const path = [];
  const groups = [];
  const connect = (file) => {
    index.set(file, next);
    low.set(file, next++);
    path.push(file);
    onStack.add(file);
    for (const dep of graph.get(file) ?? []) {
      if (!graph.has(dep)) continue;
      if (!index.has(dep)) {
        connect(dep);
        low.set(file, Math.min(low.get(file), low.get(dep)));
      } else if (onStack.has(dep)) low.set(file, Math.min(low.get(file), index.get(dep)));
    }
    if (low.get(file) === index.get(file)) {
      const group = [];
      let member;
      do {
        member = path.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return groups;
}

if (process.argv.includes('--count')) {
  process.stdout.write(
    `${JSON.stringify({ cycles: cycles.length, tangles: tangles().length, violations: violations.length })}\n`,
  );
} else {
  for (const cycle of cycles) process.stderr.write(`cycle: ${cycle.join(' → ')}\n`);
  for (const v of violations) process.stderr.write(`layering: ${v}\n`);
  if (cycles.length + violations.length > 0) {
    process.stderr.write(
      `${cycles.length} import cycle(s) in ${tangles().length} group(s) of files, ${violations.length} layering violation(s) in src/.\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`src/: ${graph.size} files, no import cycle, no import against the layering.\n`);
  }
}
