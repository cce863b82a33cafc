import path from 'node:path';
import { AssessEditError, setAssessment, type AssessmentChange } from '../../core/assess-edit.js';
import { allTargets, currentAssessment, findTarget, ownerOfSlot, type AssessTarget } from '../../core/assess-target.js';
import type { Lang } from '../../core/lang.js';
import type { StrategyModel } from '../../core/model.js';
import { markOf, noteOf, resolveMark, suggestMark } from '../../core/scale.js';
import { splitBom } from '../../core/yaml-source.js';
import { assessWords, type AssessWords } from '../../i18n/assess-words.js';
import { cliWords } from '../../i18n/cli-words.js';
import { words } from '../../i18n/words.js';
import { explainWriteError } from '../output.js';
import { terminalMessage } from '../../render/escape.js';
import { updateFileAtomic } from '../../io/write-atomic.js';
import { maxFileBytes } from '../../core/source.js';
import { exitCodes, UserError } from '../exit-codes.js';
import { loadFromDisk } from '../load.js';
import { printDataErrors } from '../data-errors.js';
import type { Io, Outcome } from '../io.js';
import { lineReader } from '../lines.js';

export interface AssessOptions {
  dir?: string;
  clause?: string;
  note?: string;
  by?: string;
  interactive?: boolean;
  area?: string;
  lang: Lang;
  color?: boolean;
}

export async function assess(
  id: string | undefined,
  mark: string | undefined,
  options: AssessOptions,
  given: Io,
  outcome: Outcome,
): Promise<void> {
  const aw = assessWords[options.lang];
  // Everything assess prints is a message with goal texts, notes and marks from the files in it:
  // escaped for the terminal like stderr is.
  const io: Io = { ...given, out: (text) => given.out(typeof text === 'string' ? terminalMessage(text) : text) };
  if (options.interactive) {
    if (id !== undefined) throw new UserError(aw.interactiveNoArgs);
  } else if (id === undefined || mark === undefined) {
    throw new UserError(aw.needArgs);
  }
  const loaded = await loadFromDisk(options, io);
  if (!loaded.model) {
    printDataErrors(io, loaded, options, words[options.lang].dataErrors);
    outcome.exitCode = exitCodes.problems;
    return;
  }
  const session = { model: loaded.model, dir: loaded.dir, lang: options.lang, io, aw };
  if (options.interactive) await interactive(session, options.area);
  else await assessOnce(session, id!, mark!, options);
}

interface Session {
  model: StrategyModel;
  dir: string;
  lang: Lang;
  io: Io;
  aw: AssessWords;
}

async function assessOnce(s: Session, id: string, rawMark: string, options: AssessOptions): Promise<void> {
  const targets = allTargets(s.model, words[s.lang].vision);
  const found = findTarget(targets, id);
  if (!('target' in found)) throw new UserError(s.aw.unknownId(id, found.suggestion));
  const target = found.target;
  const clause = clauseNumber(s, target, options.clause);
  const code = markCode(s, rawMark);
  const before = currentAssessment(target, clause);
  const change: AssessmentChange = {
    mark: keepWritten(s, markOf(before), code),
    ...(options.note !== undefined ? { note: options.note === '' ? null : options.note } : {}),
    ...(options.by !== undefined ? { by: options.by } : {}),
  };
  const saved = await save(s, target, clause, change);
  s.io.out(`${s.aw.saved(label(target, clause, s.aw), markOf(before), code, saved ? target.display : undefined)}\n`);
}

function clauseNumber(s: Session, target: AssessTarget, raw: string | undefined): number | undefined {
  const count = target.slots.length;
  if (!target.clauseWise) {
    if (raw !== undefined && raw !== '1') throw new UserError(s.aw.noClauses(target.id));
    return undefined;
  }
  if (raw === undefined) {
    if (count === 1) return 1;
    throw new UserError(s.aw.clauseNeeded(target.id, count));
  }
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > count)
    throw new UserError(s.aw.badClause(target.id, raw, count));
  return Number(raw);
}

function markCode(s: Session, raw: string): string {
  const mark = resolveMark(s.model.scale, raw);
  if (mark) return mark.code;
  throw new UserError(unknownMark(s, raw));
}

const unknownMark = (s: Session, raw: string) =>
  s.aw.unknownMark(raw, suggestMark(s.model.scale, raw), s.model.scale.scale.marks.map((m) => m.code).join(', '));

/** The same mark as written stays as written ("Nei" is NEI): the file changes only where the value does. */
const keepWritten = (s: Session, written: string | undefined, code: string) =>
  written !== undefined && resolveMark(s.model.scale, written)?.code === code ? written : code;

const label = (t: AssessTarget, clause: number | undefined, aw: AssessWords) =>
  t.clauseWise && t.slots.length > 1 ? `${t.id} ${aw.clause(clause ?? 1)}` : t.id;

/**
 * Reads the file as it is now, makes the one edit and writes it atomically, all under the file's
 * lock, so runs that assess other goals of the same file at the same time apply in turn and none
 * is lost. Returns false when the file already said exactly this.
 */
async function save(
  s: Session,
  target: AssessTarget,
  clause: number | undefined,
  change: AssessmentChange,
): Promise<boolean> {
  const file = path.join(s.dir, target.file);
  try {
    return await updateFileAtomic(file, maxFileBytes, (bytes) => {
      if (bytes === null) throw new UserError(cliWords[s.lang].cannotRead(target.display, 'ENOENT'));
      const split = splitBom(bytes);
      if (!split) throw new UserError(s.aw.notUtf8(target.display));
      const { bom, text } = split;
      let edited: string;
      try {
        edited = setAssessment(text, ownerOfSlot(target, clause), change);
      } catch (error) {
        if (error instanceof AssessEditError)
          throw new UserError(cliWords[s.lang].assessEdit[error.reason](target.display, error.detail));
        throw error;
      }
      return edited === text ? { result: false } : { content: bom + edited, result: true };
    });
  } catch (error) {
    throw explainWriteError(error, target.display, s.lang);
  }
}

/** One answer a line, from a terminal or a pipe; lines typed ahead are kept, not lost. */
function answers(io: Io) {
  const lines = lineReader(io.stdin);
  return {
    async ask(prompt: string): Promise<string | undefined> {
      io.out(prompt);
      const line = await lines.next();
      if (line === undefined) return undefined;
      // A terminal shows what was typed and the Enter after it; a pipe shows nothing.
      if (!io.stdin.isTTY) io.out('\n');
      return line.trim();
    },
    close: () => lines.close(),
  };
}

async function interactive(s: Session, area: string | undefined): Promise<void> {
  const all = allTargets(s.model, words[s.lang].vision);
  const areaIds = [...s.model.areas.map((a) => a.area.id), 'vision'];
  if (area !== undefined && !areaIds.includes(area)) throw new UserError(s.aw.unknownArea(area, areaIds.join(', ')));
  const targets = all.filter((t) =>
    area === undefined ? t.kind === 'goal' : area === 'vision' ? t.kind === 'vision' : t.areaId === area,
  );
  const steps = targets.flatMap((t) =>
    t.slots.map((slot) => ({ target: t, clause: t.clauseWise ? slot.clause : undefined, slot })),
  );
  const reader = answers(s.io);
  let changed = 0;
  try {
    for (const [i, step] of steps.entries()) {
      const { target, clause, slot } = step;
      const current = slot.assessment;
      s.io.out(`\n[${i + 1}/${steps.length}] ${target.areaTitle} — ${label(target, clause, s.aw)}\n${slot.text}\n`);
      s.io.out(`${s.aw.now(describe(s, markOf(current)), noteOf(current))}\n`);
      let code: string | undefined;
      for (;;) {
        const answer = await reader.ask(s.aw.markPrompt(markOf(current)));
        if (answer === undefined) return finish(s, changed, true);
        if (answer === '') {
          code = markOf(current);
          break;
        }
        const mark = resolveMark(s.model.scale, answer);
        if (mark) {
          code = keepWritten(s, markOf(current), mark.code);
          break;
        }
        s.io.out(`${unknownMark(s, answer)}\n`);
      }
      const noteAnswer = await reader.ask(s.aw.notePrompt(noteOf(current)));
      if (noteAnswer === undefined && code === markOf(current)) return finish(s, changed, true);
      const note = noteAnswer === undefined || noteAnswer === '' ? undefined : noteAnswer === '-' ? null : noteAnswer;
      if (code === undefined) {
        if (note !== undefined) s.io.out(`${s.aw.noteNeedsMark}\n`);
        if (noteAnswer === undefined) return finish(s, changed, true);
        continue;
      }
      if (code === markOf(current) && note === undefined) {
        if (noteAnswer === undefined) return finish(s, changed, true);
        continue;
      }
      const saved = await save(s, target, clause, { mark: code, ...(note !== undefined ? { note } : {}) });
      if (saved) {
        changed++;
        s.io.out(`${s.aw.savedShort}\n`);
      }
      if (noteAnswer === undefined) return finish(s, changed, true);
    }
    finish(s, changed, false);
  } finally {
    reader.close();
  }
}

function describe(s: Session, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const mark = resolveMark(s.model.scale, raw);
  return mark ? `${mark.code} (${mark.label[s.lang]})` : raw;
}

function finish(s: Session, changed: number, stopped: boolean): void {
  s.io.out(`\n${stopped ? s.aw.stopped(changed) : s.aw.done(changed)}\n`);
}
