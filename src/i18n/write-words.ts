// Words for what can go wrong when the tool writes a file, in each language.
import type { Lang } from '../core/lang.js';
import type { NotAFileKind } from '../io/read-bounded.js';

export interface WriteWords {
  wrote: (target: string) => string;
  notAFile: (target: string, kind: NotAFileKind) => string;
  hardLinks: (target: string, links: number) => string;
  linkLoop: (target: string) => string;
  locked: (target: string, lock: string) => string;
  changed: (target: string) => string;
  cannotWrite: (target: string, code: string) => string;
  cannotRead: (target: string, detail: string) => string;
}

const kindsNb: Record<NotAFileKind, string> = {
  directory: 'en mappe',
  fifo: 'et navngitt rør (FIFO)',
  socket: 'en socket',
  device: 'en enhetsfil',
};
const kindsEn: Record<NotAFileKind, string> = {
  directory: 'a folder',
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
  device: 'a device file',
};

/** What stands at a path instead of a regular file, in each language ("a named pipe (FIFO)"). */
export const kindWords: Record<Lang, Record<NotAFileKind, string>> = { nb: kindsNb, en: kindsEn };

const tooLarge = /^too-large:(\d+)$/;

export const writeWords: Record<Lang, WriteWords> = {
  nb: {
    wrote: (target) => `Skrev ${target}`,
    notAFile: (target, kind) =>
      `Skriver ikke til ${target}: det er ${kindsNb[kind]}, ikke en vanlig fil, og blir ikke erstattet. Velg en annen fil, eller -o - for standard ut.`,
    hardLinks: (target, links) =>
      `Skriver ikke til ${target}: filen har ${links} harde lenker, og en ny fil ville skilt den fra de andre navnene. Skriv til en annen fil, eller fjern de andre lenkene først.`,
    linkLoop: (target) => `Skriver ikke til ${target}: de symbolske lenkene går i ring.`,
    locked: (target, lock) =>
      `${target} skrives av en annen vm-strategy-kjøring (låsen ${lock}); ingenting er skrevet. Prøv igjen. Går ingen annen kjøring, fjern ${lock}.`,
    changed: (target) => `${target} ble endret på disken mens verktøyet arbeidet; ingenting er skrevet. Kjør kommandoen på nytt.`,
    cannotWrite: (target, code) => `Kan ikke skrive ${target} (${code}).`,
    cannotRead: (target, detail) => {
      const large = tooLarge.exec(detail);
      return large ? `Kan ikke lese ${target}: filen er for stor (${large[1]} byte).` : `Kan ikke lese ${target} (${detail}).`;
    },
  },
  en: {
    wrote: (target) => `Wrote ${target}`,
    notAFile: (target, kind) =>
      `Not writing to ${target}: it is ${kindsEn[kind]}, not a regular file, and is never replaced. Choose another file, or -o - for standard output.`,
    hardLinks: (target, links) =>
      `Not writing to ${target}: the file has ${links} hard links, and a new file would split it from its other names. Write to another file, or remove the other links first.`,
    linkLoop: (target) => `Not writing to ${target}: its symbolic links go round in a loop.`,
    locked: (target, lock) =>
      `${target} is being written by another vm-strategy run (the lock ${lock}); nothing was written. Try again. If no other run is going, remove ${lock}.`,
    changed: (target) => `${target} changed on disk while the tool was working; nothing was written. Run the command again.`,
    cannotWrite: (target, code) => `Cannot write ${target} (${code}).`,
    cannotRead: (target, detail) => {
      const large = tooLarge.exec(detail);
      return large ? `Cannot read ${target}: the file is too large (${large[1]} bytes).` : `Cannot read ${target} (${detail}).`;
    },
  },
};
