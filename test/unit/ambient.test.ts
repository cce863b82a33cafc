// The command sees the world only through its Io (src/cli/io.ts), which src/cli/main.ts makes from
// the process. Anything else that reads `process` (its folder, its environment, its streams) or the
// clock would make a run depend on the process it happens to run in, and the in-process tests
// (test/helpers/cli.ts `runCli`) would not see what a user sees.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const src = path.join(repoRoot, 'src');
const files = (readdirSync(src, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => path.relative(src, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
  .sort();

/** The process edge. */
const edge = 'cli/main.ts';
/** src/io/ may ask the system about processes (who owns a lock, who this process runs as), never about configuration. */
const processFacts = /^process\.(pid|kill|getuid|getgid)\b/;

/** Each use of `process` (outside comments) as `file:line: text`, and each import of node:process. */
function uses(file: string, pattern: RegExp): string[] {
  const found: string[] = [];
  readFileSync(path.join(src, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
      for (const match of code.matchAll(pattern)) found.push(`${file}:${i + 1}: ${match[0]}`);
    });
  return found;
}

describe('only src/cli/main.ts touches the process', () => {
  it('finds the files it checks', () => {
    expect(files).toContain(edge);
    expect(files.filter((f) => f.startsWith('io/')).length).toBeGreaterThan(5);
  });

  it('no `process.` outside src/cli/main.ts and src/io/, and no node:process anywhere but there', () => {
    const found = files
      .filter((f) => f !== edge && !f.startsWith('io/'))
      .flatMap((f) => uses(f, /\bprocess\.[A-Za-z_$]+|['"]node:process['"]|\bglobalThis\.process\b/g));
    expect(found).toEqual([]);
  });

  it('src/io/ asks `process` only who it is (pid, uid, gid) and whether another process lives (kill 0)', () => {
    const found = files
      .filter((f) => f.startsWith('io/'))
      .flatMap((f) => uses(f, /\bprocess\.[A-Za-z_$]+|['"]node:process['"]/g))
      .filter((use) => !processFacts.test(use.slice(use.lastIndexOf(': ') + 2)));
    expect(found).toEqual([]);
  });

  it('reads the clock only through the Io: no `new Date()` or `Date.now()` outside main.ts (src/io/ times its lock waits)', () => {
    const found = files
      .filter((f) => f !== edge && !f.startsWith('io/'))
      .flatMap((f) => uses(f, /\bnew Date\(\s*\)|\bDate\.now\(/g));
    expect(found).toEqual([]);
  });
});
