// Messages that used to mislead, each in both languages: what is wrong, where, and what to do.
import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStrategy, makeTempDir, removeTempDirs, repoRoot, runCli } from './helpers/cli.js';

afterAll(removeTempDirs);

const diagnosticsOf = async (dir: string, lang: string) =>
  JSON.parse((await runCli(['validate', '--dir', dir, '--format', 'json', '--lang', lang])).stdout) as {
    code: string;
    message: string;
    hint: string;
  }[];

describe('messages that say what is really wrong', () => {
  it('threshold: .inf is called infinite, not "a number, but is a number"', async () => {
    const dir = await makeStrategy();
    const scale = path.join(dir, 'scale.yaml');
    await writeFile(scale, (await readFile(scale, 'utf8')).replace(/^threshold: .*$/m, 'threshold: .inf'));
    const [nb] = await diagnosticsOf(dir, 'nb');
    expect(nb).toMatchObject({
      code: 'schema-type',
      message: '«threshold» skal være et tall, men er uendelig (.inf).',
      hint: 'Skriv et vanlig tall.',
    });
    const [en] = await diagnosticsOf(dir, 'en');
    expect(en).toMatchObject({
      code: 'schema-type',
      message: '«threshold» must be a number, but is infinite (.inf).',
      hint: 'Write an ordinary number.',
    });
  });

  it('a YAML syntax error is explained in Norwegian too (the parser only speaks English)', async () => {
    const dir = await makeStrategy();
    await writeFile(
      path.join(dir, 'areas', '02-formidling.yaml'),
      'id: formidling\ntitle: "FORMIDLING\npart: 2\ngoals: []\n',
    );
    const nb = (await diagnosticsOf(dir, 'nb')).find((d) => d.code === 'yaml-syntax')!;
    expect(nb.message).toMatch(/^YAML-syntaksfeil: [a-zæøå]/);
    expect(nb.message).not.toMatch(/Missing|quote|flow|implicit/i);
    const en = (await diagnosticsOf(dir, 'en')).find((d) => d.code === 'yaml-syntax')!;
    expect(en.message).toMatch(/^YAML syntax error: /);
  });

  it('a template that throws is named, not the page that included it', async () => {
    const templates = path.join(await makeTempDir(), 'maler');
    await cp(path.join(repoRoot, 'templates', 'report'), templates, { recursive: true });
    const title = path.join(templates, 'title.eta');
    await writeFile(title, `<% throw new Error("boom") %>\n${await readFile(title, 'utf8')}`);
    const out = path.join(templates, 'r.html');
    const nb = await runCli([
      'report',
      '--dir',
      await makeStrategy(),
      '--format',
      'html',
      '--template',
      templates,
      '-o',
      out,
    ]);
    expect(nb).toEqual({ exitCode: 2, stdout: '', stderr: 'vm-strategy: Malen title.eta har en feil: boom\n' });
    const en = await runCli([
      'report',
      '--dir',
      await makeStrategy(),
      '--format',
      'html',
      '--template',
      templates,
      '-o',
      out,
      '--lang',
      'en',
    ]);
    expect(en.stderr).toBe('vm-strategy: The template title.eta is broken: boom\n');
  });

  it("a stylesheet that would end the page's <style> early is explained in the user's language", async () => {
    const templates = path.join(await makeTempDir(), 'maler');
    await cp(path.join(repoRoot, 'templates', 'report'), templates, { recursive: true });
    await writeFile(path.join(templates, 'styles.css'), `body { color: black }\n</style><script>alert(1)</script>\n`);
    const out = path.join(templates, 'r.html');
    const nb = await runCli([
      'report',
      '--dir',
      await makeStrategy(),
      '--format',
      'html',
      '--template',
      templates,
      '-o',
      out,
    ]);
    expect(nb).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'vm-strategy: Malen styles.css har en feil: stilarket kan ikke inneholde «</style», som ville avsluttet sidens stilark for tidlig. Fjern det.\n',
    });
    const en = await runCli([
      'report',
      '--dir',
      await makeStrategy(),
      '--format',
      'html',
      '--template',
      templates,
      '-o',
      out,
      '--lang',
      'en',
    ]);
    expect(en.stderr).toBe(
      "vm-strategy: The template styles.css is broken: the stylesheet must not contain «</style», which would end the page's stylesheet early. Remove it.\n",
    );
  });

  it('a file that is not UTF-8 is explained in Norwegian too (the decoder names the problem in English)', async () => {
    const dir = await makeStrategy();
    await writeFile(
      path.join(dir, 'areas', '02-formidling.yaml'),
      Buffer.from('id: formidling\ntitle: "FORMIDLING \xe6"\n', 'latin1'),
    );
    const [nb] = (await diagnosticsOf(dir, 'nb')).filter((d) => d.code === 'file-encoding');
    expect(nb).toMatchObject({ message: 'Filen er ikke gyldig UTF-8 (ugyldig bytesekvens).' });
    const [en] = (await diagnosticsOf(dir, 'en')).filter((d) => d.code === 'file-encoding');
    expect(en).toMatchObject({ message: 'The file is not valid UTF-8 (invalid byte sequence).' });
  });

  it('import --scale naming a folder talks about the scale, not the document', async () => {
    const work = await makeTempDir();
    const doc = path.join(work, 'doc.txt');
    await writeFile(doc, await readFile(path.join(repoRoot, 'test', 'fixtures', 'import', 'eksempelmuseet.txt')));
    const nb = await runCli(['import', doc, '--out', path.join(work, 'ut'), '--scale', work]);
    expect(nb.exitCode).toBe(2);
    expect(nb.stderr).toBe(
      `vm-strategy: --scale ${work} er en mappe, ikke en skalafil. Oppgi en YAML-fil som scale.yaml, eller la være å bruke --scale.\n`,
    );
    const en = await runCli(['import', doc, '--out', path.join(work, 'ut'), '--scale', work, '--lang', 'en']);
    expect(en.stderr).toBe(
      `vm-strategy: --scale ${work} is a folder, not a scale file. Give a YAML file like scale.yaml, or leave out --scale.\n`,
    );
  });

  it('import reads the document from standard input with "-", with the same size limit', async () => {
    const work = await makeTempDir();
    const text = await readFile(path.join(repoRoot, 'test', 'fixtures', 'import', 'eksempelmuseet.txt'), 'utf8');
    const ok = await runCli(['import', '-', '--out', 'ut'], { cwd: work, input: text });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect((await runCli(['validate', '--dir', 'ut'], { cwd: work })).exitCode).toBe(0);
    const big = await runCli(['import', '-', '--out', 'ut2', '--lang', 'en'], {
      cwd: work,
      input: 'x'.repeat(5 * 1024 * 1024 + 1),
    });
    expect(big.exitCode).toBe(2);
    expect(big.stderr).toMatch(/^vm-strategy: - is 5242881 bytes; the limit is 5242880 bytes\./);
  });

  it('an import that would write a file validate refuses (over 1 MiB) writes nothing', async () => {
    const work = await makeTempDir();
    const base = await readFile(path.join(repoRoot, 'test', 'fixtures', 'import', 'eksempelmuseet.txt'), 'utf8');
    // One area's text made huge: the import's own check (the loader's, as validate has it) refuses it.
    const huge = base.replace(/(\nSAMLINGENE\n)/, `$1${'Lang tekst om samlingene. '.repeat(45_000)}\n`);
    const result = await runCli(['import', '-', '--out', 'ut', '--lang', 'en'], { cwd: work, input: huge });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('file-too-large');
    expect(execFileSync('ls', ['-A', work]).toString()).toBe('');
  });
});
