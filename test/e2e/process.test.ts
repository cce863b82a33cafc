// What only a real process shows: the built binary's exit codes, standard input through a real
// pipe, the time zone of the process, a reader that closes the pipe early, and a write killed
// half-way. Everything else the command does is tested in-process (test/helpers/cli.ts `runCli`).
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleModule } from '../helpers/bundle-module.js';
import {
  binPath,
  exampleNotice,
  fixturesDir,
  makeStrategy,
  makeTempDir,
  removeTempDirs,
  repoRoot,
  spawnCli,
} from '../helpers/cli.js';

afterAll(removeTempDirs);

const stackTrace = /\n\s+at /;

describe.concurrent('exit codes of the built binary', () => {
  it('0 for a strategy without problems, and the version', async () => {
    expect(await spawnCli(['validate'])).toEqual({
      exitCode: 0,
      stdout: 'Ingen problemer funnet (13 filer kontrollert).\n',
      stderr: exampleNotice.nb,
    });
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await spawnCli(['--version'])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('1 for problems in the data', async () => {
    const result = await spawnCli(['validate', '--dir', '.', '--format', 'json'], {
      cwd: await makeStrategy('unknown-mark'),
    });
    expect(result.exitCode).toBe(1);
    expect((JSON.parse(result.stdout) as { code: string }[]).map((d) => d.code)).toEqual([
      'mark-unknown',
      'mark-unknown',
    ]);
    expect(result.stderr).toBe('');
  });

  it('2 for a usage mistake and for a folder that is not there, with a message and no stack trace', async () => {
    const usage = await spawnCli(['validate', '--bogus']);
    expect(usage).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'vm-strategy: Ukjent valg «--bogus».\nSe «vm-strategy validate --help».\n',
    });
    const missing = await spawnCli(['summary', '--dir', '/does/not/exist', '--lang', 'en']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^vm-strategy: .*\/does\/not\/exist/);
    expect(missing.stderr).not.toMatch(stackTrace);
    const none = await spawnCli([]);
    expect(none.exitCode).toBe(2);
    expect(none.stdout).toMatch(/^Bruk: vm-strategy/);
  });
});

describe.concurrent('standard input through a pipe', () => {
  it('import - reads the document from it', async () => {
    const work = await makeTempDir();
    const text = await readFile(path.join(fixturesDir, 'import', 'eksempelmuseet.txt'), 'utf8');
    const result = await spawnCli(['import', '-', '--out', 'ut', '--lang', 'en'], { cwd: work, input: text });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Wrote ut: 3 areas, 9 development goals, 9 marks \(2 warnings above\)\.$/m);
    expect((await spawnCli(['validate', '--dir', 'ut'], { cwd: work })).exitCode).toBe(0);
  });

  it('assess --interactive takes one answer a line, and ends when the input does', async () => {
    const dir = await makeStrategy();
    const result = await spawnCli(['assess', '-i', '--area', 'formidling', '--dir', dir, '--lang', 'en'], {
      input: 'TJA\n',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('[1/3] FORMIDLING — formidling.utstillinger');
    expect(result.stdout).toContain('Stopped. 1 assessments changed and saved');
    expect(await readFile(path.join(dir, 'areas', '02-formidling.yaml'), 'utf8')).toMatch(/^ {4}assessment: "TJA"$/m);
  });
});

describe.concurrent('the time zone of the process', () => {
  // fixedEpoch is 2023-06-15T12:00:00Z: already 16 June in New Zealand (UTC+12).
  it('dates the report on the local calendar, for a zone name and for a POSIX TZ rule', async () => {
    expect((await spawnCli(['report'])).stdout).toContain('Laget 15. juni 2023');
    expect((await spawnCli(['report'], { env: { TZ: 'Pacific/Auckland' } })).stdout).toContain('Laget 16. juni 2023');
    // A rule Intl cannot read is left to the process's own local time, which follows it.
    const posix = await spawnCli(['report', '--lang', 'en'], { env: { TZ: 'NZST-12' } });
    expect(posix.stdout).toContain('Generated 16 June 2023');
    expect(posix.stderr).toBe(exampleNotice.en);
  });
});

describe('output piped into a reader that stops early (`| head -3`)', () => {
  it('is not an error: no stack trace, and the command still finishes and exits 0', async () => {
    // assess --interactive writes each prompt on its own; the reader takes the first chunk and
    // closes the pipe, so every later prompt is written to a closed pipe (EPIPE).
    const dir = await makeStrategy();
    const child = spawn(process.execPath, [binPath, 'assess', '--interactive', '--dir', dir, '--lang', 'en'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => {
      child.stdout.destroy();
      // Enter keeps every mark as it is: nothing is written, every prompt is.
      child.stdin.end('\n'.repeat(40));
    });
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
  });
});

describe('an interrupted write', () => {
  it('leaves the old file or the new one, whole, never a mix', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'areas.yaml');
    const oldText = 'old\n'.repeat(500_000);
    const newText = 'new\n'.repeat(500_000);
    const writer = await bundleModule('src/io/write-atomic.ts');
    for (let attempt = 0; attempt < 6; attempt++) {
      await writeFile(file, oldText);
      const child = spawn(process.execPath, [
        '--input-type=module',
        '-e',
        `import { writeFileAtomic } from ${JSON.stringify(writer)}; for (;;) await writeFileAtomic(${JSON.stringify(file)}, ${JSON.stringify('new\n')}.repeat(500000));`,
      ]);
      await new Promise((r) => setTimeout(r, 150 + attempt * 60));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      const now = await readFile(file, 'utf8');
      expect(now === oldText || now === newText, `attempt ${attempt}: ${now.length} characters`).toBe(true);
    }
  });
});
