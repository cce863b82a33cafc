// GitHub workflow commands: one annotation per diagnostic, with the escaping GitHub requires.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { diagnostic, type Diagnostic } from '../../src/core/diagnostics.js';
import { formatGithub } from '../../src/render/diagnostics/github.js';

const options = { lang: 'en' as const, chalk: new Chalk({ level: 0 }) };
const format = (...diagnostics: Diagnostic[]) => formatGithub({ diagnostics, files: 1 }, options);

describe('formatGithub', () => {
  it('writes ::error with file, line, col and title, then the message and the hint', () => {
    const d = diagnostic(
      'mark-unknown',
      { file: 'areas/01-samlinger.yaml', line: 12, col: 17 },
      { mark: 'JAA', codes: 'JA, NEI', suggestion: 'JA' },
    );
    expect(format(d)).toBe(
      '::error file=areas/01-samlinger.yaml,line=12,col=17,title=vm-strategy mark-unknown::' +
        'Unknown mark «JAA». Did you mean «JA»? Valid marks (scale.yaml): JA, NEI.\n',
    );
  });

  it('writes ::warning for a warning, and leaves out line and col for a whole file', () => {
    const d = diagnostic('file-stray', { file: 'notes.txt', line: 0, col: 0 });
    expect(format(d)).toMatch(/^::warning file=notes\.txt,title=vm-strategy file-stray::The file does not belong/);
  });

  it('escapes %, CR and LF in the message, % first', () => {
    const d = diagnostic('mark-unknown', { file: 'a.yaml', line: 1, col: 1 }, { mark: '50%\r\nJA %0A', codes: 'JA' });
    const line = format(d);
    expect(line).toContain('Unknown mark «50%25%0D%0AJA %250A».');
    // One workflow command: no raw line breaks before the final one.
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toContain('\r');
  });

  it('escapes ":" and "," in property values, but not in the message', () => {
    const d = diagnostic('file-stray', { file: 'C:/strategi, kopi/notes.txt', line: 0, col: 0 });
    const line = format(d);
    expect(line).toMatch(/^::warning file=C%3A\/strategi%2C kopi\/notes\.txt,title=vm-strategy file-stray::/);
    expect(line).toContain('Areas live in areas/NN-<id>.yaml; move or delete the file.');
  });

  it('escapes % and line breaks in file names', () => {
    const d = diagnostic('file-stray', { file: '100%\nnotes.txt', line: 0, col: 0 });
    expect(format(d)).toMatch(/^::warning file=100%25%0Anotes\.txt,title=/);
  });

  it('writes one line per diagnostic and nothing for none', () => {
    const a = diagnostic('file-empty', { file: 'a.yaml', line: 0, col: 0 });
    const b = diagnostic('goal-unassessed', { file: 'b.yaml', line: 3, col: 5 }, { id: 'x.y' });
    expect(format(a, b).split('\n')).toHaveLength(3);
    expect(format()).toBe('');
  });
});
