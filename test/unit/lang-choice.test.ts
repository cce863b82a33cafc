// Choosing the language before commander runs: the scan of the arguments and of strategy.yaml.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseLang, languageInText, scanArgv } from '../../src/cli/lang-choice.js';
import { makeTempDir, removeTempDirs } from '../helpers/cli.js';

afterAll(removeTempDirs);

describe('scanArgv', () => {
  it.for<[string[], { lang?: string; dir?: string; example?: boolean }]>([
    [['validate', '--lang', 'en'], { lang: 'en' }],
    [['validate', '--lang=en'], { lang: 'en' }],
    [['--lang', 'de', 'validate', '--lang', 'en'], { lang: 'en' }],
    [['validate', '-d', 'x'], { dir: 'x' }],
    [['validate', '-dx'], { dir: 'x' }],
    [['validate', '--dir=x'], { dir: 'x' }],
    [['validate', '-qd', 'x'], { dir: 'x' }],
    [['validate', '--example'], { example: true }],
    // The value of another option is not a --lang or a --dir, as commander reads it.
    [['assess', 'a', 'JA', '--note', '--lang', 'en'], {}],
    [['report', '-o', '--dir', '--format', 'md'], {}],
    [['plan', '-fo', '--lang'], {}],
    // Nothing after -- is an option.
    [['validate', '--', '--lang', 'en'], {}],
    [['validate', '--lang'], {}],
  ])('%j', ([argv, expected]) => {
    expect(scanArgv(argv)).toEqual({ example: false, ...expected });
  });
});

describe('languageInText', () => {
  it.for<[string, string | undefined]>([
    ['organisation: X\nlanguage: en\n', 'en'],
    ['\uFEFFlanguage: nb\r\ntitle: T\r\n', 'nb'],
    ['language: "en"   # the tool speaks English\n', 'en'],
    ["'language': 'en'\n", 'en'],
    ['---\nlanguage: en\n...\n', 'en'],
    ['language:en\n', undefined],
    ['language: de\n', undefined],
    ['language: EN\n', undefined],
    ['language: en, nb\n', undefined],
    ['mission:\n  language: en\n', undefined],
    ['introduction: |\n  language: en\n', undefined],
    ['# language: en\n', undefined],
    ['', undefined],
  ])('%j → %s', ([text, expected]) => {
    expect(languageInText(text)).toBe(expected);
  });
});

describe('chooseLang', () => {
  it('--lang, then VM_STRATEGY_LANG, then the strategy (found as the command finds it), then nb', async () => {
    const repo = await makeTempDir();
    await mkdir(path.join(repo, '.git'));
    await mkdir(path.join(repo, 'strategi'));
    await writeFile(path.join(repo, 'strategi', 'strategy.yaml'), 'organisation: X\nlanguage: en\n');
    const inside = path.join(repo, 'strategi');
    expect(chooseLang(['validate'], {}, inside)).toEqual({ lang: 'en', from: 'strategy' });
    expect(chooseLang(['validate'], {}, repo)).toEqual({ lang: 'en', from: 'strategy' });
    expect(chooseLang(['validate', '--lang', 'nb'], {}, repo)).toEqual({ lang: 'nb', from: 'option' });
    expect(chooseLang(['validate'], { VM_STRATEGY_LANG: 'nb' }, repo)).toEqual({ lang: 'nb', from: 'env' });
    expect(chooseLang(['validate'], { VM_STRATEGY_LANG: 'xx' }, repo)).toEqual({ invalidEnv: 'xx', lang: 'en' });
    expect(chooseLang(['validate', '--lang', 'de'], {}, repo)).toEqual({ lang: 'en', from: 'strategy' });
    const empty = await makeTempDir();
    await mkdir(path.join(empty, '.git'));
    expect(chooseLang(['validate'], {}, empty)).toEqual({ lang: 'nb', from: 'default' });
    expect(chooseLang(['validate', '--dir', inside], {}, empty)).toEqual({ lang: 'en', from: 'strategy' });
    expect(chooseLang(['validate'], { VM_STRATEGY_DIR: inside }, empty)).toEqual({ lang: 'en', from: 'strategy' });
    expect(chooseLang(['validate', '--dir', path.join(empty, 'missing')], {}, empty)).toEqual({
      lang: 'nb',
      from: 'default',
    });
  });
});
