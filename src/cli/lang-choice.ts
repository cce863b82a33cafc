// Which language the tool speaks, decided before commander parses anything, since its help and
// its own error messages must already be in that language: --lang, then VM_STRATEGY_LANG, then
// the `language` of the strategy the command would use, then nb.
//
// Light on purpose (start-up is benchmarked): no YAML parser and no schema. The strategy's
// `language:` is read with a line scan of strategy.yaml; `validate` checks the real value.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { isLang, type Lang } from '../core/lang.js';
import { maxFileBytes } from '../core/source.js';
import { locateStrategy } from '../io/strategy-dir.js';
import { flagsTakingValues } from './options.js';

/** What the command line says about the language and the strategy folder, read without commander. */
export interface ArgvHints {
  /** The last --lang value, as written (it may be invalid: commander reports that). */
  lang?: string;
  dir?: string;
  example: boolean;
}

/**
 * Scans the arguments as commander will read them: `--lang X`, `--lang=X`, `-d X`, `-dX`,
 * `--dir X`, `--dir=X`, `--example`. The value of every other option that takes one is skipped,
 * so `--note --lang` is a note, not a language; nothing after `--` is an option.
 */
export function scanArgv(argv: readonly string[]): ArgvHints {
  const hints: ArgvHints = { example: false };
  const take = (name: string, value: string | undefined) => {
    if (value === undefined) return;
    if (name === '--lang') hints.lang = value;
    else if (name === '--dir' || name === '-d') hints.dir = value;
  };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq === -1 ? word : word.slice(0, eq);
      if (name === '--example') hints.example = true;
      else if (eq !== -1) take(name, word.slice(eq + 1));
      else if (flagsTakingValues.has(name)) take(name, argv[++i]);
    } else if (word.startsWith('-') && word.length > 1) {
      // Short flags, possibly run together (-qd DIR) or with the value attached (-dDIR).
      for (let j = 1; j < word.length; j++) {
        const flag = `-${word[j]}`;
        if (!flagsTakingValues.has(flag)) continue;
        take(flag, j + 1 < word.length ? word.slice(j + 1) : argv[++i]);
        break;
      }
    }
  }
  return hints;
}

/** The rest of a `language: nb` line from its key on (key unquoted or quoted, value plain or quoted, a comment after). */
const languageLine =
  /(?:language|"language"|'language')[ \t]*:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"]+))[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;

/**
 * The `language` a strategy.yaml's text gives at its top level, if it is one the tool speaks.
 * A scan, not a parse: block scalars and nested maps are indented, so `language` at the start of
 * a line is the top-level key, and the first one counts (a second is a duplicate-key error). A
 * value on the next line (`language:` then `  en`) is not seen: then the language falls back,
 * as for any value this scan cannot read; `validate` checks the real one.
 */
export function languageInText(text: string): Lang | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let at = text.indexOf('language', start); at !== -1; at = text.indexOf('language', at + 8)) {
    const quoted = text[at - 1] === '"' || text[at - 1] === "'";
    const line = quoted ? at - 1 : at;
    if (line !== start && text[line - 1] !== '\n') continue;
    languageLine.lastIndex = line;
    const match = languageLine.exec(text);
    const value = match && (match[1] ?? match[2] ?? match[3]);
    return value && isLang(value) ? value : undefined;
  }
  return undefined;
}

/** The language strategy.yaml in `dir` asks for; undefined when there is none or it cannot be read. */
export function strategyLanguage(dir: string): Lang | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path.join(dir, 'strategy.yaml'), 'r');
    const info = fstatSync(fd);
    // Only a regular file, and only as much as validate would read at all.
    if (!info.isFile() || info.size > maxFileBytes) return undefined;
    const buffer = Buffer.allocUnsafe(info.size);
    const read = readSync(fd, buffer, 0, info.size, 0);
    return languageInText(buffer.toString('utf8', 0, read));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export type LangChoice =
  | { lang: Lang; from: 'option' | 'env' | 'strategy' | 'default' }
  /** VM_STRATEGY_LANG holds something the tool does not speak; `lang` is what to say that in. */
  | { invalidEnv: string; lang: Lang };

/**
 * The language of a run. `--lang` with a value the tool does not speak is passed over here
 * (commander reports it, in the language found next).
 */
export function chooseLang(argv: readonly string[], env: Record<string, string | undefined>, cwd: string): LangChoice {
  const hints = scanArgv(argv);
  if (hints.lang !== undefined && isLang(hints.lang)) return { lang: hints.lang, from: 'option' };
  const fromEnv = env.VM_STRATEGY_LANG;
  const fromStrategy = (): Lang | undefined => {
    try {
      return strategyLanguage(locateStrategy({ dir: hints.dir, example: hints.example }, cwd, env).dir);
    } catch {
      // No strategy found (or two): the command itself says so; the language falls back quietly.
      return undefined;
    }
  };
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isLang(fromEnv)) return { lang: fromEnv, from: 'env' };
    return { invalidEnv: fromEnv, lang: fromStrategy() ?? 'nb' };
  }
  const lang = fromStrategy();
  return lang ? { lang, from: 'strategy' } : { lang: 'nb', from: 'default' };
}
