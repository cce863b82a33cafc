// The tool's words for `assess`, in each language.
import type { Lang } from '../core/lang.js';

export interface AssessWords {
  needArgs: string;
  interactiveNoArgs: string;
  unknownId: (id: string, suggestion?: string) => string;
  unknownArea: (area: string, known: string) => string;
  unknownMark: (mark: string, suggestion: string | undefined, codes: string) => string;
  noClauses: (id: string) => string;
  clauseNeeded: (id: string, count: number) => string;
  badClause: (id: string, raw: string, count: number) => string;
  notUtf8: (file: string) => string;
  clause: (n: number) => string;
  saved: (what: string, before: string | undefined, after: string, file: string | undefined) => string;
  savedShort: string;
  now: (mark: string | undefined, note: string | undefined) => string;
  markPrompt: (current: string | undefined) => string;
  notePrompt: (current: string | undefined) => string;
  noteNeedsMark: string;
  done: (n: number) => string;
  stopped: (n: number) => string;
}

export const assessWords: Record<Lang, AssessWords> = {
  nb: {
    needArgs: 'Oppgi målets id og en vurdering (vm-strategy assess ID MARK), eller bruk --interactive.',
    interactiveNoArgs: 'Med --interactive går du gjennom målene ett for ett; oppgi ikke id og vurdering i tillegg.',
    unknownId: (id, s) =>
      `Finner ikke målet «${id}».${s ? ` Mente du «${s}»?` : ''} Se id-ene i areas/*.yaml (eller vision.N for målbildet).`,
    unknownArea: (a, known) => `Ukjent område «${a}». Kjente områder: ${known}.`,
    unknownMark: (m, s, codes) =>
      `Ukjent vurdering «${m}».${s ? ` Mente du «${s}»?` : ''} Gyldige vurderinger: ${codes}.`,
    noClauses: (id) => `«${id}» vurderes som helhet, ikke ledd for ledd; dropp --clause.`,
    clauseNeeded: (id, n) => `«${id}» har ${n} ledd med hver sin vurdering; velg ett med --clause 1–${n}.`,
    badClause: (id, raw, n) => `«${id}» har ${n} ledd; --clause ${raw} finnes ikke (bruk 1–${n}).`,
    notUtf8: (f) => `${f} er ikke gyldig UTF-8; lagre filen som UTF-8 først.`,
    clause: (n) => `ledd ${n}`,
    saved: (what, before, after, file) =>
      file === undefined
        ? `${what}: er allerede ${after}; ingenting endret.`
        : `${what}: ${before ?? 'ikke vurdert'} → ${after} (lagret i ${file})`,
    savedShort: 'Lagret.',
    now: (m, n) => `Nå: ${m ?? 'ikke vurdert'}${n ? ` — merknad: ${n}` : ''}`,
    markPrompt: (c) => `Vurdering${c ? ` [Enter beholder ${c}]` : ''}: `,
    notePrompt: (c) => `Merknad${c ? ' [Enter beholder, «-» fjerner]' : ' [Enter for ingen]'}: `,
    noteNeedsMark: 'En merknad trenger en vurdering; merknaden ble ikke lagret.',
    done: (n) => `Ferdig. ${n} vurderinger endret og lagret.`,
    stopped: (n) => `Avsluttet. ${n} vurderinger endret og lagret; resten er som før.`,
  },
  en: {
    needArgs: 'Give the goal id and a mark (vm-strategy assess ID MARK), or use --interactive.',
    interactiveNoArgs: 'With --interactive you walk through the goals one by one; do not give an id and mark as well.',
    unknownId: (id, s) =>
      `No goal «${id}».${s ? ` Did you mean «${s}»?` : ''} See the ids in areas/*.yaml (or vision.N for the vision).`,
    unknownArea: (a, known) => `Unknown area «${a}». Known areas: ${known}.`,
    unknownMark: (m, s, codes) => `Unknown mark «${m}».${s ? ` Did you mean «${s}»?` : ''} Valid marks: ${codes}.`,
    noClauses: (id) => `«${id}» is assessed as a whole, not clause by clause; leave out --clause.`,
    clauseNeeded: (id, n) => `«${id}» has ${n} clauses with a mark each; choose one with --clause 1–${n}.`,
    badClause: (id, raw, n) => `«${id}» has ${n} clauses; there is no --clause ${raw} (use 1–${n}).`,
    notUtf8: (f) => `${f} is not valid UTF-8; save it as UTF-8 first.`,
    clause: (n) => `clause ${n}`,
    saved: (what, before, after, file) =>
      file === undefined
        ? `${what}: already ${after}; nothing changed.`
        : `${what}: ${before ?? 'not assessed'} → ${after} (saved in ${file})`,
    savedShort: 'Saved.',
    now: (m, n) => `Now: ${m ?? 'not assessed'}${n ? ` — note: ${n}` : ''}`,
    markPrompt: (c) => `Mark${c ? ` [Enter keeps ${c}]` : ''}: `,
    notePrompt: (c) => `Note${c ? ' [Enter keeps, "-" removes]' : ' [Enter for none]'}: `,
    noteNeedsMark: 'A note needs a mark; the note was not saved.',
    done: (n) => `Done. ${n} assessments changed and saved.`,
    stopped: (n) => `Stopped. ${n} assessments changed and saved; the rest are as they were.`,
  },
};
