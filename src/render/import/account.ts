// What `vm-strategy import` read, said after every import on stderr: the areas, goals and vision
// with their marks, the marks by kind, the comments, and every line where a mark-like word was
// not used as a mark. The reader sees what became of the document without opening the YAML.
import type { Lang } from '../../core/lang.js';
import { importWords } from '../../i18n/import-words.js';
import type { ImportAccount } from '../../core/import-account.js';
import { terminalLine } from '../escape.js';

export function formatImportAccount(file: string, account: ImportAccount, lang: Lang): string {
  const w = importWords[lang].account;
  const s = account.stats;
  const parts = [
    w.read(file, s.areas, s.goals, s.marks),
    s.visionStatements > 0 ? w.vision(s.visionStatements, s.visionMarks) : w.noVision,
    w.comments(s.comments),
  ];
  const kinds = Object.entries(s.byMark).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const lines = [
    `${parts.join(', ')}.`,
    kinds.length > 0 ? `${w.byMark}: ${kinds.map(([code, n]) => `${code} ${n}`).join(', ')}.` : w.noMarks,
    account.unused.length > 0
      ? `${w.unused}: ${account.unused.map((u) => w.line(u.line, u.mark)).join(', ')}.`
      : w.noneUnused,
  ];
  // The file name and the marks are the document's: escaped like every message.
  return lines.map((line) => `${terminalLine(line)}\n`).join('');
}
