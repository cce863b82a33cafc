// A named pipe, a device, a socket or a folder where the tool reads or writes a file: refused at
// once with exit 2 and a message, never read for ever, never replaced.
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStrategy, makeTempDir, removeTempDirs, repoRoot } from '../helpers/cli.js';
import { run } from './helpers.js';

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) server.close();
  await removeTempDirs();
});

type Kind = 'fifo' | 'device' | 'socket' | 'folder';
const kinds: Kind[] = process.platform === 'win32' ? ['folder'] : ['fifo', 'device', 'socket', 'folder'];

/** Puts a special file of `kind` at `file`. */
async function place(kind: Kind, file: string): Promise<void> {
  if (kind === 'fifo') execFileSync('mkfifo', [file]);
  else if (kind === 'device') await symlink('/dev/null', file);
  else if (kind === 'folder') await mkdir(file);
  else {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(file, resolve));
  }
}

const what = async (file: string) => {
  const info = await lstat(file);
  return info.isFIFO()
    ? 'fifo'
    : info.isSymbolicLink()
      ? 'link'
      : info.isSocket()
        ? 'socket'
        : info.isDirectory()
          ? 'folder'
          : 'file';
};

let strategy: string;
let work: string;
beforeAll(async () => {
  strategy = await makeStrategy();
  work = await makeTempDir();
});

describe.each(kinds)('a %s', (kind) => {
  const stays = async (file: string) => expect(await what(file)).toBe(kind === 'device' ? 'link' : kind);

  it.for<[string, string[]]>([
    ['report -o', ['report']],
    ['report --format html -o', ['report', '--format', 'html']],
    ['plan -o', ['plan']],
    ['plan --format html -o', ['plan', '--format', 'html']],
    ['plan --format yaml -o', ['plan', '--format', 'yaml']],
  ])('at the path of %s: exit 2, a message, left as it is', async ([_name, args]) => {
    const target = path.join(work, `${kind}-${args.join('-')}.out`);
    await place(kind, target);
    const r = await run([...args, '--dir', strategy, '-o', target, '--lang', 'en'], work);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^vm-strategy: Not writing to .*: it is (a named pipe \(FIFO\)|a device file|a socket|a folder), not a regular file/,
    );
    await stays(target);
  });

  it('where schema --out writes a schema file: exit 2, a message, left as it is', async () => {
    const out = path.join(work, `${kind}-schemas`);
    await mkdir(out);
    const target = path.join(out, 'area.schema.json');
    await place(kind, target);
    const r = await run(['schema', '--out', out, '--lang', 'en'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^vm-strategy: Not writing to .*area\.schema\.json: it is /);
    await stays(target);
  });

  it('as the document of import: exit 2, a message, never read', async () => {
    const doc = path.join(work, `${kind}-doc.txt`);
    await place(kind, doc);
    const r = await run(['import', doc, '--out', path.join(work, `${kind}-never`), '--lang', 'en'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(kind === 'folder' ? 'is a folder' : 'not a regular file, and is not read');
    await stays(doc);
  });

  it('as the --scale of import: exit 2, a message about the scale', async () => {
    const doc = path.join(work, `${kind}-scale-doc.txt`);
    await writeFile(doc, await readFile(path.join(repoRoot, 'test', 'fixtures', 'import', 'eksempelmuseet.txt')));
    const scale = path.join(work, `${kind}-scale.yaml`);
    await place(kind, scale);
    const r = await run(
      ['import', doc, '--out', path.join(work, `${kind}-never2`), '--scale', scale, '--lang', 'en'],
      work,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--scale .* is (a named pipe \(FIFO\)|a device file|a socket|a folder), not a scale file/);
  });

  it('as a template of --template: exit 2, the template named', async () => {
    const templates = path.join(work, `${kind}-templates`);
    execFileSync('cp', ['-r', path.join(repoRoot, 'templates', 'report'), templates]);
    const page = path.join(templates, 'page.eta');
    execFileSync('rm', [page]);
    await place(kind, page);
    const r = await run(
      [
        'report',
        '--dir',
        strategy,
        '--format',
        'html',
        '--template',
        templates,
        '-o',
        path.join(work, `${kind}.html`),
        '--lang',
        'en',
      ],
      work,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('page.eta');
  });
});

describe('-o -', () => {
  it('writes to standard output, for report and plan', async () => {
    const report = await run(['report', '--dir', strategy, '-o', '-'], work);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^# Revisjonsrapport/);
    const html = await run(['report', '--dir', strategy, '--format', 'html', '-o', '-'], work);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    const plan = await run(['plan', '--dir', strategy, '--format', 'yaml', '-o', '-'], work);
    expect(plan.stdout).toContain('measures:');
  });
});
