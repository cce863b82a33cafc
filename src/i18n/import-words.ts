// The tool's words for `vm-strategy import`, in each language: the command's own messages (about
// the files it reads and writes), and the words it writes into the strategy files. What the
// importer finds in a document (a goal without a mark, no vision, …) is diagnostics, worded in
// the one catalogue (src/core/diagnostics.ts). The document's own text is never translated.
import type { DocxProblem, DocxProblemCode } from '../core/docx-problem.js';
import type { Lang } from '../core/lang.js';

/** The words the import writes into the files, in the user's language (the importer's core is handed them). */
export interface ImportedFileWords {
  /** The `no-goals` reason written into an area the document gives no goals: a fact about the source, to be replaced. */
  noGoalsReason: string;
  /** The organisation written into strategy.yaml when the document never names it. */
  defaultOrganisation: string;
  /** The one-line comments at the top of the files written. */
  strategyHeader: (organisation: string, title: string, source: string) => string;
  areaHeader: (title: string, part: number | undefined) => string;
}

export const importedFileWords: Record<Lang, ImportedFileWords> = {
  nb: {
    noGoalsReason: 'Dokumentet strategien ble importert fra, har ingen utviklingsmål for dette området.',
    defaultOrganisation: 'Organisasjonen',
    strategyHeader: (o, t, s) => `Strategi: ${o}, ${t} – importert fra ${s} med vm-strategy import`,
    areaHeader: (t, p) => `Strategiområde: ${t}${p === undefined ? '' : ` (DEL ${p})`}`,
  },
  en: {
    noGoalsReason: 'The document the strategy was imported from has no development goals for this area.',
    defaultOrganisation: 'The organisation',
    strategyHeader: (o, t, s) => `Strategy: ${o}, ${t} – imported from ${s} by vm-strategy import`,
    areaHeader: (t, p) => `Strategy area: ${t}${p === undefined ? '' : ` (DEL ${p})`}`,
  },
};

/** The command's messages about the files it reads and writes. */
export interface ImportWords {
  fileMissing: (file: string) => string;
  fileUnreadable: (file: string, reason: string) => string;
  fileIsFolder: (file: string) => string;
  /** `--scale` names something that is not a scale file. */
  scaleNotAFile: (file: string, kind: string) => string;
  /** The document or scale is a named pipe, device or socket. */
  fileIsSpecial: (file: string, kind: string) => string;
  fileTooLarge: (file: string, size: number, limit: number) => string;
  notUtf8: (file: string, line: number, detail: string) => string;
  outNotFolder: (out: string) => string;
  outNotEmpty: (out: string) => string;
  cannotWrite: (out: string, reason: string) => string;
  scaleUnusable: (file: string) => string;
  invalid: (file: string) => string;
  wrote: (out: string, areas: number, goals: number, marks: number, warnings: number) => string;
  next: (out: string) => string;
  /** Why a Word file (.docx, or a zip by its content) cannot be read: one entry per code, so none is left unworded. */
  docx: { [C in DocxProblemCode]: (file: string, problem: Extract<DocxProblem, { code: C }>) => string };
  /** --scale names neither nb, en nor a file. */
  scaleNames: string;
  /** With --strict: the importer's warnings count as errors. */
  strictFailed: (file: string, count: number) => string;
  /** The account after an import: what was read. */
  account: {
    read: (file: string, areas: number, goals: number, goalMarks: number) => string;
    vision: (statements: number, marks: number) => string;
    noVision: string;
    comments: (n: number) => string;
    byMark: string;
    noMarks: string;
    unused: string;
    line: (line: number, mark: string) => string;
    noneUnused: string;
  };
}

const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;

export const importWords: Record<Lang, ImportWords> = {
  nb: {
    fileMissing: (f) => `Finner ikke filen ${f}.`,
    fileUnreadable: (f, r) => `Kan ikke lese ${f} (${r}).`,
    fileIsFolder: (f) =>
      `${f} er en mappe; oppgi dokumentet som en Word-fil (.docx) eller en tekstfil (eksportert fra Word som ren tekst, UTF-8).`,
    scaleNotAFile: (f, k) =>
      `--scale ${f} er ${k}, ikke en skalafil. Oppgi en YAML-fil som scale.yaml, eller la være å bruke --scale.`,
    fileIsSpecial: (f, k) =>
      `${f} er ${k}, ikke en vanlig fil, og blir ikke lest. Oppgi dokumentet som en fil, eller bruk «-» for standard inn.`,
    fileTooLarge: (f, s, l) => `${f} er ${s} byte; grensen er ${l} byte. Er dette riktig fil?`,
    notUtf8: (f, l, d) =>
      `${f} er ikke UTF-8 (${d}, linje ${l}). Lagre dokumentet på nytt fra Word som ren tekst med koding UTF-8.`,
    outNotFolder: (o) => `${o} finnes og er ikke en mappe. Oppgi en ny eller tom mappe med --out.`,
    outNotEmpty: (o) =>
      `Mappen ${o} er ikke tom; ingenting er skrevet. Oppgi en ny eller tom mappe, eller bruk --force for å skrive strategifilene over det som ligger der.`,
    cannotWrite: (o, r) => `Kan ikke skrive til ${o} (${r}); ingenting er skrevet.`,
    scaleUnusable: (f) => `Skalaen i ${f} har feil (se over); rett den, eller la være å bruke --scale.`,
    invalid: (f) => `${f} gir ikke en gyldig strategi; ingenting er skrevet.`,
    wrote: (o, a, g, m, w) =>
      `Skrev ${o}: ${a} ${a === 1 ? 'område' : 'områder'}, ${g} utviklingsmål, ${m} ${m === 1 ? 'vurdering' : 'vurderinger'}${w > 0 ? ` (${w} ${w === 1 ? 'advarsel' : 'advarsler'} over)` : ''}.`,
    next: (o) => `Neste steg: vm-strategy validate --dir ${o}`,
    docx: {
      'not-zip': (f) =>
        `${f} er ikke et Word-dokument: en .docx-fil er en zip-fil, og denne er det ikke. Lagre dokumentet fra Word som .docx, eller eksporter det som ren tekst (UTF-8).`,
      ole: (f) =>
        `${f} er et gammelt Word-dokument (.doc) eller en passordbeskyttet .docx, og kan ikke leses. Lagre det fra Word som .docx uten passord.`,
      truncated: (f) =>
        `${f} er ufullstendig: zip-filen slutter før innholdsfortegnelsen sin (avbrutt kopiering eller nedlasting?). Lagre dokumentet på nytt fra Word.`,
      damaged: (f, p) =>
        `${f} er skadet${p.part ? ` (delen ${p.part} kan ikke pakkes ut)` : ' (zip-filens overskrifter motsier hverandre)'}. Åpne det i Word, lagre det på nytt som .docx, og importer igjen.`,
      'unsupported-zip': (f) =>
        `${f} er pakket på en måte Word ikke bruker (ZIP64, kryptering eller en annen komprimering enn deflate). Lagre dokumentet på nytt fra Word som .docx.`,
      'too-many-entries': (f, p) =>
        `${f} har ${p.count} filer i zip-filen; grensen er ${p.limit}. Et Word-dokument har noen få dusin; er dette riktig fil?`,
      'part-too-large': (f, p) =>
        `${f}: delen ${p.part} pakkes ut til mer enn ${mib(p.limit)} og blir ikke lest (en zip-bombe, eller ikke et strategidokument).`,
      'total-too-large': (f, p) =>
        `${f}: delene som leses, pakkes ut til mer enn ${mib(p.limit)} til sammen og blir ikke lest (en zip-bombe, eller ikke et strategidokument).`,
      'no-document': (f) =>
        `${f} er en zip-fil, men ikke et Word-dokument: word/document.xml mangler. Lagre dokumentet fra Word som .docx.`,
      doctype: (f, p) =>
        `${f}: ${p.part} har en DTD (<!DOCTYPE …>), som Word aldri skriver; dokumentet blir ikke lest. Lagre det på nytt fra Word som .docx.`,
      'bad-xml': (f, p) =>
        `${f}: ${p.part} er ikke gyldig XML (linje ${p.line}, kolonne ${p.col}). Åpne dokumentet i Word, lagre det på nytt som .docx, og importer igjen.`,
    },
    scaleNames: '--scale tar nb (den norske skalaen), en (den engelske) eller en skalafil.',
    strictFailed: (f, n) =>
      `--strict: ${n} ${n === 1 ? 'gjetning eller ubrukt linje' : 'gjetninger eller ubrukte linjer'} i ${f} (se over) teller som feil; ingenting er skrevet.`,
    account: {
      read: (f, a, g, m) =>
        `Lest fra ${f}: ${a} ${a === 1 ? 'område' : 'områder'}, ${g} utviklingsmål med ${m} ${m === 1 ? 'vurdering' : 'vurderinger'}`,
      vision: (s, m) => `målbildet med ${s} utsagn og ${m} ${m === 1 ? 'vurdering' : 'vurderinger'}`,
      noVision: 'intet målbilde',
      comments: (n) => `${n} ${n === 1 ? 'kommentar' : 'kommentarer'}`,
      byMark: 'Vurderinger etter slag',
      noMarks: 'Ingen vurderinger funnet.',
      unused: 'Vurderingsord som ikke er brukt som vurdering',
      line: (l, m) => `linje ${l} («${m}»)`,
      noneUnused: 'Ingen vurderingsord står ubrukt.',
    },
  },
  en: {
    fileMissing: (f) => `Cannot find the file ${f}.`,
    fileUnreadable: (f, r) => `Cannot read ${f} (${r}).`,
    fileIsFolder: (f) =>
      `${f} is a folder; give the document as a Word file (.docx) or a text file (exported from Word as plain text, UTF-8).`,
    scaleNotAFile: (f, k) =>
      `--scale ${f} is ${k}, not a scale file. Give a YAML file like scale.yaml, or leave out --scale.`,
    fileIsSpecial: (f, k) =>
      `${f} is ${k}, not a regular file, and is not read. Give the document as a file, or "-" for standard input.`,
    fileTooLarge: (f, s, l) => `${f} is ${s} bytes; the limit is ${l} bytes. Is this the right file?`,
    notUtf8: (f, l, d) =>
      `${f} is not UTF-8 (${d}, line ${l}). Save the document again from Word as plain text with the encoding UTF-8.`,
    outNotFolder: (o) => `${o} exists and is not a folder. Give a new or empty folder with --out.`,
    outNotEmpty: (o) =>
      `The folder ${o} is not empty; nothing was written. Give a new or empty folder, or use --force to write the strategy files over what is there.`,
    cannotWrite: (o, r) => `Cannot write to ${o} (${r}); nothing was written.`,
    scaleUnusable: (f) => `The scale in ${f} has errors (see above); fix it, or leave out --scale.`,
    invalid: (f) => `${f} does not yield a valid strategy; nothing was written.`,
    wrote: (o, a, g, m, w) =>
      `Wrote ${o}: ${a} ${a === 1 ? 'area' : 'areas'}, ${g} development ${g === 1 ? 'goal' : 'goals'}, ${m} ${m === 1 ? 'mark' : 'marks'}${w > 0 ? ` (${w} ${w === 1 ? 'warning' : 'warnings'} above)` : ''}.`,
    next: (o) => `Next: vm-strategy validate --dir ${o}`,
    docx: {
      'not-zip': (f) =>
        `${f} is not a Word document: a .docx file is a zip file, and this one is not. Save the document from Word as .docx, or export it as plain text (UTF-8).`,
      ole: (f) =>
        `${f} is an old Word document (.doc) or a password-protected .docx, and cannot be read. Save it from Word as .docx without a password.`,
      truncated: (f) =>
        `${f} is incomplete: the zip file ends before its directory (an interrupted copy or download?). Save the document from Word again.`,
      damaged: (f, p) =>
        `${f} is damaged${p.part ? ` (the part ${p.part} cannot be unpacked)` : ' (the zip headers contradict each other)'}. Open it in Word, save it again as .docx, and import again.`,
      'unsupported-zip': (f) =>
        `${f} is packed in a way Word does not use (ZIP64, encryption, or a compression other than deflate). Save the document from Word again as .docx.`,
      'too-many-entries': (f, p) =>
        `${f} has ${p.count} files in its zip; the limit is ${p.limit}. A Word document has a few dozen; is this the right file?`,
      'part-too-large': (f, p) =>
        `${f}: the part ${p.part} unpacks to more than ${mib(p.limit)} and is not read (a zip bomb, or not a strategy document).`,
      'total-too-large': (f, p) =>
        `${f}: the parts read unpack to more than ${mib(p.limit)} together and are not read (a zip bomb, or not a strategy document).`,
      'no-document': (f) =>
        `${f} is a zip file but not a Word document: word/document.xml is missing. Save the document from Word as .docx.`,
      doctype: (f, p) =>
        `${f}: ${p.part} has a DTD (<!DOCTYPE …>), which Word never writes; the document is not read. Save it from Word again as .docx.`,
      'bad-xml': (f, p) =>
        `${f}: ${p.part} is not well-formed XML (line ${p.line}, column ${p.col}). Open the document in Word, save it again as .docx, and import again.`,
    },
    scaleNames: '--scale takes nb (the Norwegian scale), en (the English one) or a scale file.',
    strictFailed: (f, n) =>
      `--strict: ${n} ${n === 1 ? 'guess or unused line' : 'guesses or unused lines'} in ${f} (see above) count as errors; nothing was written.`,
    account: {
      read: (f, a, g, m) =>
        `Read from ${f}: ${a} ${a === 1 ? 'area' : 'areas'}, ${g} development ${g === 1 ? 'goal' : 'goals'} with ${m} ${m === 1 ? 'mark' : 'marks'}`,
      vision: (s, m) =>
        `a vision of ${s} ${s === 1 ? 'statement' : 'statements'} with ${m} ${m === 1 ? 'mark' : 'marks'}`,
      noVision: 'no vision',
      comments: (n) => `${n} ${n === 1 ? 'comment' : 'comments'}`,
      byMark: 'Marks by kind',
      noMarks: 'No marks found.',
      unused: 'Mark-like words not used as marks',
      line: (l, m) => `line ${l} ("${m}")`,
      noneUnused: 'No mark-like word was left unused.',
    },
  },
};
