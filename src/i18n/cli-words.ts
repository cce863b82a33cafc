// The commands' own messages about files, browsers and option values, in each language: what
// went wrong and what to do. (Help and commander's usage errors are in help-words.ts; each
// command's messages about its data in its own words file.)
import type { Lang } from '../core/lang.js';
import type { AssessEditReason } from '../core/assess-edit.js';
import type { PlanEditReason } from '../core/plan-edit.js';
import type { NotAFileKind } from '../core/source.js';

export interface CliWords {
  wrote: (file: string) => string;
  changedOnDisk: (file: string) => string;
  cannotWrite: (file: string, code: string) => string;
  cannotRead: (file: string, code: string) => string;
  /** A path where a device, pipe, socket or folder stands: never written, never replaced. */
  notAFile: (file: string, kind: NotAFileKind) => string;
  hardLinks: (file: string, links: number) => string;
  linkLoop: (file: string) => string;
  locked: (file: string, lock: string) => string;
  /** A file read for an update that is too large, or not UTF-8. */
  tooLarge: (file: string, size: number) => string;
  templateUnreadable: (dir: string, file: string, detail: string) => string;
  /** An option that takes a whole number within bounds. */
  wholeNumber: (option: string, min: number, max: number, raw: string) => string;
  maxWarnings: (raw: string) => string;
  templateFolderMissing: (dir: string) => string;
  templateFolderIncomplete: (dir: string, missing: string[]) => string;
  templateBroken: (template: string, detail: string) => string;
  /** A stylesheet holding `</style`, which would end the page's style element early. */
  styleEndTag: (template: string) => string;
  chromePathMissing: (path: string) => string;
  noChromium: string;
  browserFailed: (path: string, detail: string) => string;
  installChromium: string;
  /** playwright-core, which PDF needs, is not installed. */
  noPdfDriver: string;
  /** A strategy too large for a Word document to be made in memory. */
  docxTooLarge: (goals: number, max: number) => string;
  planEdit: Record<PlanEditReason, (file: string) => string>;
  assessEdit: Record<AssessEditReason, (file: string, detail: string) => string>;
}

/** What stands at a path instead of a regular file, in each language ("a named pipe (FIFO)"). */
export const kindWords: Record<Lang, Record<NotAFileKind, string>> = {
  nb: { directory: 'en mappe', fifo: 'et navngitt rør (FIFO)', socket: 'en socket', device: 'en enhetsfil' },
  en: { directory: 'a folder', fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device file' },
};

export const cliWords: Record<Lang, CliWords> = {
  nb: {
    wrote: (f) => `Skrev ${f}`,
    changedOnDisk: (f) =>
      `${f} ble endret på disken mens verktøyet arbeidet; ingenting er skrevet. Kjør kommandoen på nytt.`,
    cannotWrite: (f, code) => `Kan ikke skrive ${f} (${code}).`,
    cannotRead: (f, code) => `Kan ikke lese ${f} (${code}).`,
    notAFile: (f, kind) =>
      `Skriver ikke til ${f}: det er ${kindWords.nb[kind]}, ikke en vanlig fil, og blir ikke erstattet. Velg en annen fil, eller -o - for standard ut.`,
    hardLinks: (f, links) =>
      `Skriver ikke til ${f}: filen har ${links} harde lenker, og en ny fil ville skilt den fra de andre navnene. Skriv til en annen fil, eller fjern de andre lenkene først.`,
    linkLoop: (f) => `Skriver ikke til ${f}: de symbolske lenkene går i ring.`,
    locked: (f, lock) =>
      `${f} skrives av en annen vm-strategy-kjøring (låsen ${lock}); ingenting er skrevet. Prøv igjen. Går ingen annen kjøring, fjern ${lock}.`,
    tooLarge: (f, size) => `Kan ikke lese ${f}: filen er for stor (${size} byte).`,
    templateUnreadable: (dir, file, detail) =>
      `Malen ${file} i ${dir} kan ikke leses (${detail}). En mal må være en tekstfil i UTF-8.`,
    wholeNumber: (option, min, max, raw) => `${option} tar et heltall fra ${min} til ${max}, ikke «${raw}».`,
    maxWarnings: (raw) => `--max-warnings tar et heltall fra 0 og oppover, ikke «${raw}».`,
    templateFolderMissing: (dir) =>
      `Malmappen ${dir} finnes ikke. Kopier templates/report/ fra pakken og rediger kopien.`,
    templateFolderIncomplete: (dir, missing) =>
      `Malmappen ${dir} mangler ${missing.join(', ')}. En malmappe trenger alle filene i templates/report/.`,
    templateBroken: (template, detail) => `Malen ${template} har en feil: ${detail}`,
    styleEndTag: (template) =>
      `Malen ${template} har en feil: stilarket kan ikke inneholde «</style», som ville avsluttet sidens stilark for tidlig. Fjern det.`,
    chromePathMissing: (p) => `CHROME_PATH peker på ${p}, som ikke finnes.`,
    noChromium: 'PDF trenger Chromium, og ingen ble funnet (/usr/bin/chromium).',
    browserFailed: (p, detail) => `Kunne ikke starte nettleseren ${p} (${detail}).`,
    installChromium:
      'Installer Chromium (Debian/Ubuntu: sudo apt-get install chromium) eller sett CHROME_PATH til en Chromium- eller Chrome-fil. ' +
      'Eller skriv HTML med --format html og skriv den ut til PDF fra en nettleser.',
    noPdfDriver:
      'PDF trenger pakken playwright-core, og den er ikke installert (den følger ikke med vm-strategy, for den er stor og trengs bare til PDF). ' +
      'Installer den ved siden av vm-strategy: npm install playwright-core (npm install -g playwright-core når vm-strategy er installert globalt). ' +
      'Eller skriv HTML med --format html og skriv den ut til PDF fra en nettleser.',
    docxTooLarge: (goals, max) =>
      `Strategien har ${goals} mål; et Word-dokument lages for høyst ${max}. Bruk --format html eller md, som ikke har noen slik grense.`,
    planEdit: {
      'not-block-list': (f) =>
        `${f}: measures er ikke en blokkliste verktøyet kan legge til i; skriv den som en liste med «- id: …». Ingenting er skrevet.`,
      unsafe: (f) => `${f}: de nye tiltakene kunne ikke legges til uten å endre annet innhold. Ingenting er skrevet.`,
    },
    assessEdit: {
      'yaml-errors': (f) => `${f}: filen har YAML-feil; rett dem først (se vm-strategy validate).`,
      'no-target': (f, at) => `${f}: ingenting å vurdere ved ${at}.`,
      unsafe: (f) => `${f}: endringen kunne ikke gjøres uten å endre annet innhold; ingenting er skrevet.`,
      'flow-remove': (f, key) =>
        `${f}: å fjerne ${key} fra en map på én linje ({ … }) støttes ikke; rediger filen for hånd.`,
      'not-plain': (f, key) => `${f}: verdien av ${key} er ikke ren tekst; rediger filen for hånd.`,
    },
  },
  en: {
    wrote: (f) => `Wrote ${f}`,
    changedOnDisk: (f) =>
      `${f} changed on disk while the tool was working; nothing was written. Run the command again.`,
    cannotWrite: (f, code) => `Cannot write ${f} (${code}).`,
    cannotRead: (f, code) => `Cannot read ${f} (${code}).`,
    notAFile: (f, kind) =>
      `Not writing to ${f}: it is ${kindWords.en[kind]}, not a regular file, and is never replaced. Choose another file, or -o - for standard output.`,
    hardLinks: (f, links) =>
      `Not writing to ${f}: the file has ${links} hard links, and a new file would split it from its other names. Write to another file, or remove the other links first.`,
    linkLoop: (f) => `Not writing to ${f}: its symbolic links go round in a loop.`,
    locked: (f, lock) =>
      `${f} is being written by another vm-strategy run (the lock ${lock}); nothing was written. Try again. If no other run is going, remove ${lock}.`,
    tooLarge: (f, size) => `Cannot read ${f}: the file is too large (${size} bytes).`,
    templateUnreadable: (dir, file, detail) =>
      `The template ${file} in ${dir} cannot be read (${detail}). A template must be a UTF-8 text file.`,
    wholeNumber: (option, min, max, raw) => `${option} takes a whole number from ${min} to ${max}, not «${raw}».`,
    maxWarnings: (raw) => `--max-warnings takes a whole number of 0 or more, not «${raw}».`,
    templateFolderMissing: (dir) =>
      `The template folder ${dir} does not exist. Copy templates/report/ from the package and edit the copy.`,
    templateFolderIncomplete: (dir, missing) =>
      `The template folder ${dir} lacks ${missing.join(', ')}. A template folder needs every file of templates/report/.`,
    templateBroken: (template, detail) => `The template ${template} is broken: ${detail}`,
    styleEndTag: (template) =>
      `The template ${template} is broken: the stylesheet must not contain «</style», which would end the page's stylesheet early. Remove it.`,
    chromePathMissing: (p) => `CHROME_PATH points to ${p}, which does not exist.`,
    noChromium: 'PDF needs Chromium, and none was found (/usr/bin/chromium).',
    browserFailed: (p, detail) => `Could not start the browser at ${p} (${detail}).`,
    installChromium:
      'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable. ' +
      'Or write HTML with --format html and print it to PDF from a browser.',
    noPdfDriver:
      'PDF needs the package playwright-core, and it is not installed (it does not come with vm-strategy, being large and needed for PDF alone). ' +
      'Install it next to vm-strategy: npm install playwright-core (npm install -g playwright-core when vm-strategy is installed globally). ' +
      'Or write HTML with --format html and print it to PDF from a browser.',
    docxTooLarge: (goals, max) =>
      `The strategy has ${goals} goals; a Word document is made for at most ${max}. Use --format html or md, which have no such limit.`,
    planEdit: {
      'not-block-list': (f) =>
        `${f}: measures is not a block list the tool can add to; write it as a list of "- id: …" entries. Nothing was written.`,
      unsafe: (f) => `${f}: the new measures could not be added without changing other content. Nothing was written.`,
    },
    assessEdit: {
      'yaml-errors': (f) => `${f}: the file has YAML errors; fix them first (see vm-strategy validate).`,
      'no-target': (f, at) => `${f}: nothing to assess at ${at}.`,
      unsafe: (f) => `${f}: the edit could not be made without changing other content; nothing was written.`,
      'flow-remove': (f, key) =>
        `${f}: removing ${key} from a one-line map ({ … }) is not supported; edit the file by hand.`,
      'not-plain': (f, key) => `${f}: the value of ${key} is not plain text; edit the file by hand.`,
    },
  },
};
