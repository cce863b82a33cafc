// Measure statuses in either language: the words the tool accepts, writes and shows agree.
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/core/lang.js';
import {
  measureStatuses,
  parseStatus,
  statusLanguage,
  statusPattern,
  statusWords,
  writtenStatus,
} from '../../src/core/status.js';
import { planWords } from '../../src/i18n/plan-words.js';

describe('measure statuses', () => {
  it('are written as plan-words shows them, in each language', () => {
    for (const lang of langs)
      for (const status of measureStatuses) expect(writtenStatus(status, lang)).toBe(planWords[lang].statuses[status]);
  });

  it('are read in either language and any letter case, as one canonical value', () => {
    expect(['planned', 'Planlagt', 'PLANLAGT'].map(parseStatus)).toEqual(['planned', 'planned', 'planned']);
    expect(['started', 'startet', 'StArTeT'].map(parseStatus)).toEqual(['started', 'started', 'started']);
    expect(['done', 'fullført', 'Fullført', 'FULLFØRT', 'ferdig', 'Ferdig'].map(parseStatus)).toEqual(
      Array(6).fill('done'),
    );
    expect(['dropped', 'droppet'].map(parseStatus)).toEqual(['dropped', 'dropped']);
    expect(['påbegynt', 'fullfort', ' done', ''].map(parseStatus)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('match the JSON Schema pattern exactly where they parse', () => {
    for (const word of [
      ...statusWords,
      ...statusWords.map((w) => w.toUpperCase()),
      'påbegynt',
      'donee',
      'Done ',
      'ferdi',
    ]) {
      expect(statusPattern.test(word), word).toBe(parseStatus(word) !== undefined);
    }
  });

  it('tell the language a plan file uses: the majority, else none', () => {
    expect(statusLanguage(['started', 'done', 'droppet'])).toBe('en');
    expect(statusLanguage(['Startet', 'ferdig', 'planned'])).toBe('nb');
    expect(statusLanguage(['started', 'startet'])).toBeUndefined();
    expect(statusLanguage([])).toBeUndefined();
    expect(statusLanguage([3, null, 'halfway'])).toBeUndefined();
  });
});
