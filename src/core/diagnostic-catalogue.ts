// The words of the one catalogue of diagnostics: for each stable code its severity, a title, and
// its message and hint in both languages, so a new code without words fails to compile. A table of
// words, exempt from the file-length limit (biome.json) as the other catalogues are; the functions
// that make and word diagnostics are in ./diagnostics.ts.
import type { Lang } from './lang.js';

export type Severity = 'error' | 'warning';

export type Args = Record<string, string | number>;
type Words = (a: Args) => string;

export interface CatalogueEntry {
  severity: Severity;
  /** A short name of the problem, without its particulars (SARIF rules, lists of codes). */
  title: Record<Lang, string>;
  message: Record<Lang, Words>;
  hint: Record<Lang, Words>;
}

const q = (s: string | number | undefined) => `«${s ?? ''}»`;

/** Names of the kinds of value zod reports, as a reader of the YAML file would say them. */
const kinds: Record<string, Record<Lang, string>> = {
  string: { nb: 'tekst', en: 'text' },
  number: { nb: 'et tall', en: 'a number' },
  int: { nb: 'et heltall', en: 'a whole number' },
  boolean: { nb: 'en sannhetsverdi (true/false)', en: 'a boolean (true/false)' },
  object: { nb: 'et objekt med nøkler', en: 'an object with keys' },
  array: { nb: 'en liste', en: 'a list' },
  null: { nb: 'tom (null)', en: 'empty (null)' },
  mark: { nb: 'en vurdering (tekst) eller {mark, note, by}', en: 'a mark (text) or {mark, note, by}' },
  'number-or-text': { nb: 'et tall eller tekst', en: 'a number or text' },
  'infinite-number': { nb: 'uendelig (.inf)', en: 'infinite (.inf)' },
  'not-a-number': { nb: '«ikke et tall» (.nan)', en: '"not a number" (.nan)' },
};
const kind = (name: string | number | undefined, lang: Lang) => kinds[String(name)]?.[lang] ?? String(name);
/**
 * What the YAML parser's problems mean, in Norwegian, by the parser's own code: its messages are
 * English only. The English message keeps the parser's own words, which are precise.
 */
const yamlProblemsNb: Record<string, string> = {
  ALIAS_PROPS: 'et alias kan ikke ha anker eller tagg',
  BAD_ALIAS: 'et alias som ikke peker på noe',
  BAD_DIRECTIVE: 'et ukjent direktiv (linje som begynner med %)',
  BAD_DQ_ESCAPE: 'en ugyldig escape-sekvens (\\…) i tekst i doble anførselstegn',
  BAD_INDENT: 'feil innrykk',
  BAD_PROP_ORDER: 'anker og tagg står i feil rekkefølge',
  BAD_SCALAR_START: 'en verdi kan ikke begynne med dette tegnet uten anførselstegn',
  BLOCK_AS_IMPLICIT_KEY: 'en blokk kan ikke være nøkkel',
  BLOCK_IN_FLOW: 'en blokk inne i […] eller {…}',
  IMPOSSIBLE: 'en intern feil i YAML-leseren',
  KEY_OVER_1024_CHARS: 'en nøkkel på over 1024 tegn',
  MISSING_CHAR: 'et tegn mangler (et avsluttende anførselstegn, ] eller })',
  MULTILINE_IMPLICIT_KEY: 'en nøkkel over flere linjer; mangler det et kolon eller et innrykk?',
  MULTIPLE_ANCHORS: 'flere ankre på samme verdi',
  MULTIPLE_TAGS: 'flere tagger på samme verdi',
  NON_STRING_KEY: 'en nøkkel som ikke er tekst',
  RESOURCE_EXHAUSTION: 'dokumentet bruker for mye ressurser',
  UNEXPECTED_TOKEN: 'et tegn på et sted der det ikke kan stå',
  BAD_COLLECTION_TYPE: 'en samling av feil slag',
  'too-deep': 'for dypt nøstet (mer enn 64 nivåer)',
};
const yamlProblem: Record<Lang, Words> = {
  nb: (a) => yamlProblemsNb[String(a.problem)] ?? String(a.detail),
  en: (a) => String(a.detail),
};

/** What the UTF-8 check found, by the `detail` the decoder reports (src/core/yaml-source.ts). */
const encodingProblems: Record<string, Record<Lang, string>> = {
  'UTF-16': { nb: 'UTF-16', en: 'UTF-16' },
  'invalid byte sequence': { nb: 'ugyldig bytesekvens', en: 'invalid byte sequence' },
  'NUL byte': { nb: 'NUL-byte', en: 'NUL byte' },
};
/** The decoder's finding in words; the import command says it about a document. */
export const encodingProblem = (detail: string | number | undefined, lang: Lang): string =>
  encodingProblems[String(detail)]?.[lang] ?? String(detail);

const didYouMean: Record<Lang, Words> = {
  nb: (a) => (a.suggestion ? ` Mente du ${q(a.suggestion)}?` : ''),
  en: (a) => (a.suggestion ? ` Did you mean ${q(a.suggestion)}?` : ''),
};

/** Where the importer put text the format has no place for: the `where` of its diagnostics. */
export type ImportPlace = 'introduction' | 'area-introduction' | 'area-text' | 'mission' | 'challenges';
const places: Record<ImportPlace, Record<Lang, Words>> = {
  introduction: { nb: () => 'strategiens introduction', en: () => 'the strategy introduction' },
  'area-introduction': { nb: (a) => `innledningen til ${q(a.area)}`, en: (a) => `the introduction of ${q(a.area)}` },
  'area-text': { nb: (a) => `teksten til ${q(a.area)}`, en: (a) => `the text of ${q(a.area)}` },
  mission: { nb: () => 'teksten til samfunnsoppdraget', en: () => 'the mission text' },
  challenges: { nb: () => 'teksten til utfordringsbildet', en: () => 'the challenges text' },
};
const place: Record<Lang, Words> = {
  nb: (a) => places[a.where as ImportPlace]?.nb(a) ?? String(a.where),
  en: (a) => places[a.where as ImportPlace]?.en(a) ?? String(a.where),
};
/** A document's text in a message, shortened: the line number says where the rest is. */
const short = (s: string | number | undefined, max = 60) => {
  const text = String(s ?? '');
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
};
/** What to do about text the importer kept where it could. */
const movedHint: Record<Lang, string> = {
  nb: 'Flytt teksten dit den hører hjemme i YAML-filene, eller rett dokumentet og importer på nytt.',
  en: 'Move the text to where it belongs in the YAML files, or fix the document and import again.',
};

export const catalogue = {
  'file-missing': {
    severity: 'error',
    title: { nb: 'En påkrevd fil mangler', en: 'A required file is missing' },
    message: { nb: (a) => `Filen ${q(a.name)} mangler.`, en: (a) => `The file ${q(a.name)} is missing.` },
    hint: {
      nb: () => 'En strategimappe trenger strategy.yaml, scale.yaml og areas/NN-<id>.yaml.',
      en: () => 'A strategy folder needs strategy.yaml, scale.yaml and areas/NN-<id>.yaml.',
    },
  },
  'file-unreadable': {
    severity: 'error',
    title: { nb: 'Filen kan ikke leses', en: 'The file cannot be read' },
    message: { nb: (a) => `Filen kan ikke leses (${a.reason}).`, en: (a) => `The file cannot be read (${a.reason}).` },
    hint: {
      nb: () => 'Sjekk filrettighetene og at stien ikke er en lenkeløkke.',
      en: () => 'Check the file permissions and that the path is not a link loop.',
    },
  },
  'file-too-large': {
    severity: 'error',
    title: { nb: 'Filen er for stor', en: 'The file is too large' },
    message: {
      nb: (a) => `Filen er ${a.size} byte; grensen er ${a.limit} byte.`,
      en: (a) => `The file is ${a.size} bytes; the limit is ${a.limit} bytes.`,
    },
    hint: { nb: () => 'Del innholdet på flere filer.', en: () => 'Split the content over several files.' },
  },
  'file-encoding': {
    severity: 'error',
    title: { nb: 'Filen er ikke UTF-8', en: 'The file is not UTF-8' },
    message: {
      nb: (a) => `Filen er ikke gyldig UTF-8 (${encodingProblem(a.detail, 'nb')}).`,
      en: (a) => `The file is not valid UTF-8 (${encodingProblem(a.detail, 'en')}).`,
    },
    hint: { nb: () => 'Lagre filen som UTF-8 i editoren.', en: () => 'Save the file as UTF-8 in your editor.' },
  },
  'file-empty': {
    severity: 'error',
    title: { nb: 'Filen er tom', en: 'The file is empty' },
    message: { nb: () => 'Filen er tom.', en: () => 'The file is empty.' },
    hint: { nb: () => 'Fyll inn innholdet eller slett filen.', en: () => 'Fill in the content or delete the file.' },
  },
  'file-line-ends': {
    severity: 'error',
    title: { nb: 'Linjeskift bare med CR', en: 'Line ends of CR alone' },
    message: {
      nb: () => 'Filen skiller linjene med CR alene (gammel Mac-stil), som YAML-leseren ikke ser som linjeskift.',
      en: () =>
        'The file ends its lines with CR alone (old Mac style), which the YAML reader does not take as line ends.',
    },
    hint: {
      nb: () => 'Lagre filen med vanlige linjeskift (LF eller CRLF) i editoren.',
      en: () => 'Save the file with ordinary line ends (LF or CRLF) in your editor.',
    },
  },
  'file-stray': {
    severity: 'warning',
    title: { nb: 'Filen hører ikke til i mappen', en: 'The file does not belong in the folder' },
    message: {
      nb: () => 'Filen hører ikke til i strategimappen og blir ikke lest.',
      en: () => 'The file does not belong in the strategy folder and is not read.',
    },
    hint: {
      nb: () => 'Områder ligger i areas/NN-<id>.yaml; flytt eller slett filen.',
      en: () => 'Areas live in areas/NN-<id>.yaml; move or delete the file.',
    },
  },
  'area-file-name': {
    severity: 'error',
    title: { nb: 'Områdefilen har feil navn', en: 'The area file has the wrong name' },
    message: {
      nb: (a) => `Filnavnet passer ikke med området: ventet ${q(a.expected)}.`,
      en: (a) => `The file name does not match the area: expected ${q(a.expected)}.`,
    },
    hint: {
      nb: () => 'Kall filen NN-<id>.yaml, der NN gir rekkefølgen og <id> er områdets id.',
      en: () => 'Name the file NN-<id>.yaml, where NN gives the order and <id> is the area id.',
    },
  },
  'yaml-syntax': {
    severity: 'error',
    title: { nb: 'YAML-syntaksfeil', en: 'YAML syntax error' },
    message: {
      nb: (a) => `YAML-syntaksfeil: ${yamlProblem.nb(a)}.`,
      en: (a) => `YAML syntax error: ${yamlProblem.en(a)}`,
    },
    hint: { nb: () => 'Rett opp syntaksen på dette stedet.', en: () => 'Fix the syntax at this place.' },
  },
  'yaml-tab-indentation': {
    severity: 'error',
    title: { nb: 'Tabulator som innrykk', en: 'A tab used as indentation' },
    message: { nb: () => 'Tabulator brukt som innrykk.', en: () => 'A tab is used as indentation.' },
    hint: { nb: () => 'YAML krever mellomrom som innrykk.', en: () => 'YAML needs spaces for indentation.' },
  },
  'yaml-duplicate-key': {
    severity: 'error',
    title: { nb: 'Samme nøkkel to ganger', en: 'The same key twice' },
    message: { nb: (a) => `Nøkkelen ${q(a.key)} står to ganger.`, en: (a) => `The key ${q(a.key)} appears twice.` },
    hint: { nb: () => 'Slett eller slå sammen den ene.', en: () => 'Remove or merge one of them.' },
  },
  'yaml-version': {
    severity: 'error',
    title: { nb: '%YAML 1.1-direktiv', en: 'A %YAML 1.1 directive' },
    message: {
      nb: (a) => `YAML-direktivet %YAML ${a.version} er ikke tillatt.`,
      en: (a) => `The directive %YAML ${a.version} is not allowed.`,
    },
    hint: {
      nb: () => 'Slett direktivet: i YAML 1.1 blir NO og yes til sannhetsverdier.',
      en: () => 'Remove the directive: in YAML 1.1, NO and yes turn into booleans.',
    },
  },
  'yaml-alias': {
    severity: 'error',
    title: { nb: 'Anker eller alias', en: 'An anchor or alias' },
    message: {
      nb: () => 'Ankere og aliaser (&, *) er ikke tillatt.',
      en: () => 'Anchors and aliases (&, *) are not allowed.',
    },
    hint: { nb: () => 'Skriv verdien ut der den brukes.', en: () => 'Write the value out where it is used.' },
  },
  'yaml-merge-key': {
    severity: 'error',
    title: { nb: 'Flettenøkkel <<', en: 'A << merge key' },
    message: { nb: () => 'Flettenøkkelen «<<» er ikke tillatt.', en: () => 'The merge key «<<» is not allowed.' },
    hint: { nb: () => 'Skriv nøklene ut i stedet.', en: () => 'Write the keys out instead.' },
  },
  'yaml-tag': {
    severity: 'error',
    title: { nb: 'Ukjent YAML-tagg', en: 'An unknown YAML tag' },
    message: { nb: (a) => `Ukjent YAML-tagg ${q(a.tag)}.`, en: (a) => `Unknown YAML tag ${q(a.tag)}.` },
    hint: {
      nb: () => 'Fjern taggen; verdier er vanlig tekst, tall eller lister.',
      en: () => 'Remove the tag; values are plain text, numbers or lists.',
    },
  },
  'yaml-multiple-documents': {
    severity: 'error',
    title: { nb: 'Flere YAML-dokumenter i én fil', en: 'More than one YAML document in a file' },
    message: {
      nb: () => 'Filen inneholder flere YAML-dokumenter.',
      en: () => 'The file holds several YAML documents.',
    },
    hint: {
      nb: () => 'Fjern «---»-skillet; ett dokument per fil.',
      en: () => 'Remove the «---» separator; one document per file.',
    },
  },
  'schema-unknown-key': {
    severity: 'error',
    title: { nb: 'Ukjent nøkkel', en: 'An unknown key' },
    message: {
      nb: (a) => `Ukjent nøkkel ${q(a.key)}.${didYouMean.nb(a)}`,
      en: (a) => `Unknown key ${q(a.key)}.${didYouMean.en(a)}`,
    },
    hint: { nb: (a) => `Tillatte nøkler her: ${a.allowed}.`, en: (a) => `Keys allowed here: ${a.allowed}.` },
  },
  'schema-missing-key': {
    severity: 'error',
    title: { nb: 'En påkrevd nøkkel mangler', en: 'A required key is missing' },
    message: { nb: (a) => `Nøkkelen ${q(a.key)} mangler.`, en: (a) => `The key ${q(a.key)} is missing.` },
    hint: {
      nb: (a) => `Legg til ${q(a.key)} (${kind(a.expected, 'nb')}).`,
      en: (a) => `Add ${q(a.key)} (${kind(a.expected, 'en')}).`,
    },
  },
  'schema-type': {
    severity: 'error',
    title: { nb: 'Verdi av feil slag', en: 'A value of the wrong kind' },
    message: {
      nb: (a) => `${q(a.path)} skal være ${kind(a.expected, 'nb')}, men er ${kind(a.received, 'nb')}.`,
      en: (a) => `${q(a.path)} must be ${kind(a.expected, 'en')}, but is ${kind(a.received, 'en')}.`,
    },
    hint: {
      nb: (a) =>
        a.received === 'infinite-number' || a.received === 'not-a-number'
          ? 'Skriv et vanlig tall.'
          : 'Sett tekst i anførselstegn hvis YAML leser den som tall eller sannhetsverdi.',
      en: (a) =>
        a.received === 'infinite-number' || a.received === 'not-a-number'
          ? 'Write an ordinary number.'
          : 'Put text in quotes if YAML reads it as a number or boolean.',
    },
  },
  'schema-range': {
    severity: 'error',
    title: { nb: 'Tall eller liste utenfor grensene', en: 'A number or list outside its bounds' },
    message: {
      nb: (a) =>
        a.origin === 'array'
          ? `${q(a.path)} må ha ${a.bound === 'min' ? 'minst' : 'høyst'} ${a.limit} element.`
          : `${q(a.path)} må være ${a.bound === 'min' ? 'minst' : 'høyst'} ${a.limit}${a.exclusive ? ' (grensen ikke medregnet)' : ''}.`,
      en: (a) =>
        a.origin === 'array'
          ? `${q(a.path)} must have ${a.bound === 'min' ? 'at least' : 'at most'} ${a.limit} entries.`
          : `${q(a.path)} must be ${a.bound === 'min' ? 'at least' : 'at most'} ${a.limit}${a.exclusive ? ' (exclusive)' : ''}.`,
    },
    hint: { nb: () => 'Se README for filformatet.', en: () => 'See the README for the file format.' },
  },
  'schema-value': {
    severity: 'error',
    title: { nb: 'Ugyldig verdi', en: 'An invalid value' },
    message: {
      nb: (a) => `${q(a.path)} har en ugyldig verdi ${q(a.value)}.${didYouMean.nb(a)}`,
      en: (a) => `${q(a.path)} has an invalid value ${q(a.value)}.${didYouMean.en(a)}`,
    },
    hint: { nb: (a) => `Tillatt: ${a.allowed}.`, en: (a) => `Allowed: ${a.allowed}.` },
  },
  'id-invalid': {
    severity: 'error',
    title: { nb: 'Ugyldig id', en: 'An invalid id' },
    message: { nb: (a) => `Id-en ${q(a.id)} er ugyldig.`, en: (a) => `The id ${q(a.id)} is not valid.` },
    hint: {
      nb: () =>
        'Bruk små bokstaver a–z, sifre og «-», med «.» mellom delene (f.eks. forskning.internasjonalt-samarbeid).',
      en: () =>
        "Use lower-case letters a–z, digits and '-', with '.' between parts (e.g. forskning.internasjonalt-samarbeid).",
    },
  },
  'color-invalid': {
    severity: 'error',
    title: { nb: 'Ugyldig farge i skalaen', en: 'An invalid scale colour' },
    message: { nb: (a) => `Fargen ${q(a.value)} er ugyldig.`, en: (a) => `The colour ${q(a.value)} is not valid.` },
    hint: {
      nb: () => 'Skriv fargen som #rrggbb, f.eks. "#1a7f37".',
      en: () => 'Write the colour as #rrggbb, e.g. "#1a7f37".',
    },
  },
  'text-empty': {
    severity: 'error',
    title: { nb: 'Tom tekst', en: 'An empty text' },
    message: { nb: (a) => `${q(a.path)} er tom.`, en: (a) => `${q(a.path)} is empty.` },
    hint: { nb: () => 'Skriv inn teksten eller fjern feltet.', en: () => 'Write the text or remove the field.' },
  },
  'goal-shape': {
    severity: 'error',
    title: { nb: 'Mål med både text og clauses', en: 'A goal with both text and clauses' },
    message: {
      nb: () => 'Et mål har enten text og assessment, eller clauses – ikke begge.',
      en: () => 'A goal has either text and assessment, or clauses – not both.',
    },
    hint: {
      nb: () => 'Bruk clauses når målet vurderes ledd for ledd.',
      en: () => 'Use clauses when the goal is assessed clause by clause.',
    },
  },
  'mark-unknown': {
    severity: 'error',
    title: { nb: 'Vurdering som ikke står i skalaen', en: 'A mark that is not on the scale' },
    message: {
      nb: (a) => `Ukjent vurdering ${q(a.mark)}.${didYouMean.nb(a)}`,
      en: (a) => `Unknown mark ${q(a.mark)}.${didYouMean.en(a)}`,
    },
    hint: {
      nb: (a) => `Gyldige vurderinger (scale.yaml): ${a.codes}.`,
      en: (a) => `Valid marks (scale.yaml): ${a.codes}.`,
    },
  },
  'duplicate-id': {
    severity: 'error',
    title: { nb: 'Id brukt to ganger', en: 'An id used twice' },
    message: {
      nb: (a) => `Id-en ${q(a.id)} er allerede brukt i ${a.other}.`,
      en: (a) => `The id ${q(a.id)} is already used at ${a.other}.`,
    },
    hint: { nb: () => 'Id-er må være unike i hele strategien.', en: () => 'Ids must be unique across the strategy.' },
  },
  'goal-unassessed': {
    severity: 'warning',
    title: { nb: 'Mål uten vurdering', en: 'A goal without a mark' },
    message: {
      nb: (a) => `Målet ${q(a.id)} er ikke vurdert.`,
      en: (a) => `The goal ${q(a.id)} is not assessed.`,
    },
    hint: {
      nb: () => 'Legg til assessment med en vurdering fra skalaen.',
      en: () => 'Add an assessment with a mark from the scale.',
    },
  },
  'scale-duplicate-mark': {
    severity: 'error',
    title: { nb: 'Vurdering definert to ganger i skalaen', en: 'A mark defined twice in the scale' },
    message: {
      nb: (a) => `Vurderingen ${q(a.mark)} er definert to ganger i skalaen (også i ${q(a.other)}).`,
      en: (a) => `The mark ${q(a.mark)} is defined twice in the scale (also in ${q(a.other)}).`,
    },
    hint: {
      nb: () => 'Koder og alias sammenlignes uten hensyn til store og små bokstaver; gjør dem unike.',
      en: () => 'Codes and aliases are compared ignoring case; make them unique.',
    },
  },
  'deadline-invalid': {
    severity: 'error',
    title: { nb: 'Ugyldig frist', en: 'An invalid deadline' },
    message: { nb: (a) => `Fristen ${q(a.value)} er ugyldig.`, en: (a) => `The deadline ${q(a.value)} is not valid.` },
    hint: {
      nb: () => 'Skriv et årstall (2023) eller år og måned ("2023-06").',
      en: () => 'Write a year (2023) or a year and month ("2023-06").',
    },
  },
  'plan-file-name': {
    severity: 'error',
    title: { nb: 'Planfilen har feil navn', en: 'The plan file has the wrong name' },
    message: {
      nb: (a) => `Filnavnet passer ikke med planperioden: ventet ${q(a.expected)}.`,
      en: (a) => `The file name does not match the plan period: expected ${q(a.expected)}.`,
    },
    hint: {
      nb: () => 'En tiltaksplan heter plans/<fra>-<til>.yaml.',
      en: () => 'An action plan is named plans/<from>-<to>.yaml.',
    },
  },
  'plan-unknown-goal': {
    severity: 'error',
    title: { nb: 'Tiltak for et ukjent mål', en: 'A measure for an unknown goal' },
    message: {
      nb: (a) => `Tiltaket viser til et ukjent mål ${q(a.goal)}.${didYouMean.nb(a)}`,
      en: (a) => `The measure refers to an unknown goal ${q(a.goal)}.${didYouMean.en(a)}`,
    },
    hint: { nb: () => 'Bruk id-en til et mål i areas/*.yaml.', en: () => 'Use the id of a goal in areas/*.yaml.' },
  },
  'plan-deadline-outside': {
    severity: 'warning',
    title: { nb: 'Frist utenfor planperioden', en: 'A deadline outside the plan period' },
    message: {
      nb: (a) => `Fristen ${q(a.deadline)} ligger utenfor planperioden ${a.from}–${a.to}.`,
      en: (a) => `The deadline ${q(a.deadline)} is outside the plan period ${a.from}–${a.to}.`,
    },
    hint: {
      nb: () => 'Flytt fristen inn i perioden, eller flytt tiltaket til neste plan.',
      en: () => 'Move the deadline into the period, or move the measure to the next plan.',
    },
  },
  'measure-placeholder': {
    severity: 'warning',
    title: { nb: 'Tiltak som fortsatt er et utkast', en: 'A measure that is still a draft' },
    message: {
      nb: (a) =>
        `Tiltaket ${q(a.id)} er ikke fylt ut: tittelen er fortsatt utkastet.${a.missing ? ` Mangler også: ${a.missing}.` : ''} Det teller ikke med i planen.`,
      en: (a) =>
        `The measure ${q(a.id)} is not filled in: its title is still the draft.${a.missing ? ` Also missing: ${a.missing}.` : ''} It does not count in the plan.`,
    },
    hint: {
      nb: () =>
        'Skriv tiltaket i title (i stedet for «UTKAST – tiltak for: …»), og fyll inn owner, deadline og indicator.',
      en: () =>
        'Write the measure as its title (instead of "DRAFT – measure for: …"), and fill in owner, deadline and indicator.',
    },
  },
  'measure-missing-owner': {
    severity: 'warning',
    title: { nb: 'Tiltak uten ansvarlig', en: 'A measure without an owner' },
    message: {
      nb: (a) => `Tiltaket ${q(a.id)} har ingen ansvarlig, og teller ikke med i planen.`,
      en: (a) => `The measure ${q(a.id)} has no owner, and does not count in the plan.`,
    },
    hint: { nb: () => 'Legg til owner: hvem som har ansvaret.', en: () => 'Add owner: who is responsible.' },
  },
  'measure-missing-deadline': {
    severity: 'warning',
    title: { nb: 'Tiltak uten frist', en: 'A measure without a deadline' },
    message: {
      nb: (a) => `Tiltaket ${q(a.id)} har ingen frist, og teller ikke med i planen.`,
      en: (a) => `The measure ${q(a.id)} has no deadline, and does not count in the plan.`,
    },
    hint: {
      nb: () => 'Legg til deadline: et år (2024) eller år og måned ("2024-06").',
      en: () => 'Add deadline: a year (2024) or a year and month ("2024-06").',
    },
  },
  'measure-missing-indicator': {
    severity: 'warning',
    title: { nb: 'Tiltak uten indikator', en: 'A measure without an indicator' },
    message: {
      nb: (a) => `Tiltaket ${q(a.id)} har ingen indikator.`,
      en: (a) => `The measure ${q(a.id)} has no indicator.`,
    },
    hint: {
      nb: () => 'Legg til indicator: hvordan vi vet at tiltaket virker.',
      en: () => 'Add indicator: how we will know it worked.',
    },
  },
  'goal-without-measure': {
    severity: 'warning',
    title: { nb: 'Mål som ikke er nådd, uten tiltak', en: 'An unmet goal without a measure' },
    message: {
      nb: (a) => `Målet ${q(a.id)} er ikke nådd og har ingen tiltak i tiltaksplanen ${a.plan}.`,
      en: (a) => `The goal ${q(a.id)} is not achieved and has no measure in the action plan ${a.plan}.`,
    },
    hint: {
      nb: () => 'Legg til et tiltak (vm-strategy plan --format yaml -o <planfil> lager et utkast).',
      en: () => 'Add a measure (vm-strategy plan --format yaml -o <plan file> drafts one).',
    },
  },
  'area-no-goals': {
    severity: 'error',
    title: { nb: 'Område uten mål', en: 'An area without goals' },
    message: {
      nb: (a) => `Området ${q(a.id)} har ingen mål.`,
      en: (a) => `The area ${q(a.id)} has no goals.`,
    },
    hint: {
      nb: () =>
        'Legg til mål under goals; eller, hvis området med vilje er uten mål, skriv hvorfor i no-goals: "<grunn>".',
      en: () => 'Add goals under goals; or, if the area has none on purpose, say why in no-goals: "<reason>".',
    },
  },
  'area-no-goals-unused': {
    severity: 'warning',
    title: { nb: 'no-goals i et område som har mål', en: 'no-goals in an area that has goals' },
    message: {
      nb: (a) => `Området ${q(a.id)} sier at det er uten mål (no-goals), men har ${a.goals} mål.`,
      en: (a) => `The area ${q(a.id)} says it has no goals (no-goals), but has ${a.goals}.`,
    },
    hint: { nb: () => 'Fjern no-goals, eller fjern målene.', en: () => 'Remove no-goals, or remove the goals.' },
  },
  'no-areas': {
    severity: 'error',
    title: { nb: 'Ingen områder', en: 'No areas' },
    message: { nb: () => 'Strategien har ingen områder.', en: () => 'The strategy has no areas.' },
    hint: {
      nb: () => 'Legg til minst én fil areas/NN-<id>.yaml.',
      en: () => 'Add at least one file areas/NN-<id>.yaml.',
    },
  },
  // --- vm-strategy import: what the importer had to guess or could not place in a document ---
  // Their place is the document and its line (0: the document as a whole). The document's own
  // text is quoted as it is, long texts shortened: the line says where the rest is.
  'import-text-before-area': {
    severity: 'warning',
    title: { nb: 'Tekst mellom en DEL-overskrift og et område', en: 'Text between a part heading and an area' },
    message: {
      nb: (a) =>
        `Teksten står mellom en DEL-overskrift og neste område; den er lagt først i innledningen til ${q(a.area)}.`,
      en: (a) =>
        `The text stands between a DEL (part) heading and the next area; it was put first in the introduction of ${q(a.area)}.`,
    },
    hint: { nb: () => movedHint.nb, en: () => movedHint.en },
  },
  'import-text-after-part': {
    severity: 'warning',
    title: { nb: 'Tekst etter en DEL-overskrift uten område', en: 'Text after a part heading with no area' },
    message: {
      nb: () =>
        'Teksten står etter en DEL-overskrift, men ikke foran noe område; den er lagt i strategiens introduction.',
      en: () =>
        'The text follows a DEL (part) heading but comes before no area; it was put in the strategy introduction.',
    },
    hint: { nb: () => movedHint.nb, en: () => movedHint.en },
  },
  'import-unknown-section': {
    severity: 'warning',
    title: { nb: 'En overskrift som ikke er en kjent del', en: 'A heading that is no known section' },
    message: {
      nb: (a) =>
        `Overskriften ${q(a.heading)} er ikke samfunnsoppdrag, utfordringsbilde, målbilde eller et område med utviklingsmål; overskriften og teksten er lagt i strategiens introduction.`,
      en: (a) =>
        `The heading ${q(a.heading)} is not the mission, the challenges, the vision or an area with development goals; the heading and its text were put in the strategy introduction.`,
    },
    hint: {
      nb: () =>
        'Er det et område, sett det etter en DEL-overskrift eller gi det utviklingsmål i dokumentet, og importer på nytt.',
      en: () =>
        'If it is an area, put it after a DEL (part) heading or give it development goals in the document, and import again.',
    },
  },
  'import-part-title': {
    severity: 'warning',
    title: { nb: 'DEL-overskrift med tittel', en: 'A part heading with a title' },
    message: {
      nb: (a) =>
        `DEL-overskriften har en tittel (${q(short(a.title))}) som formatet ikke har plass til; den er lagt i teksten til neste område.`,
      en: (a) =>
        `The DEL (part) heading has a title (${q(short(a.title))}) the format has no place for; it was put in the text of the next area.`,
    },
    hint: {
      nb: () => 'Flytt tittelen dit den hører hjemme, eller slett den.',
      en: () => 'Move the title to where it belongs, or delete it.',
    },
  },
  'import-list-without-lead-in': {
    severity: 'warning',
    title: { nb: 'Punktliste uten innledende linje', en: 'A bulleted list without a lead-in line' },
    message: {
      nb: () =>
        'Punktlisten har ingen innledende linje som slutter med kolon, så den kan ikke bli en navngitt liste; den er lagt i områdets tekst som en Markdown-liste.',
      en: () =>
        'The bulleted list has no lead-in line ending in a colon, so it cannot become a titled list; it was put in the area text as a Markdown list.',
    },
    hint: {
      nb: () =>
        'Skal den være en navngitt liste (lists), skriv en linje som slutter med kolon over punktene i dokumentet, og importer på nytt.',
      en: () =>
        'For a titled list (lists), write a line ending in a colon above the bullets in the document, and import again.',
    },
  },
  'import-lead-in-not-organisation': {
    severity: 'warning',
    title: {
      nb: 'Linje før målene som ikke er «<organisasjon> skal:»',
      en: 'A line before the goals that is not "<organisation> skal:"',
    },
    message: {
      nb: (a) =>
        `Linjen ${q(short(a.text))} før utviklingsmålene er ikke på formen «<organisasjon> skal:»; den er lagt i områdets tekst.`,
      en: (a) =>
        `The line ${q(short(a.text))} before the development goals is not of the form "<organisation> skal:"; it was put in the area text.`,
    },
    hint: {
      nb: () => 'Skal linjen åpne målene, skriv den som «<organisasjon> skal:» i dokumentet, og importer på nytt.',
      en: () => 'If the line opens the goals, write it as "<organisation> skal:" in the document, and import again.',
    },
  },
  'import-pillars-without-items': {
    severity: 'warning',
    title: { nb: 'Pilaroverskrift uten punktliste', en: 'A pillar heading without a bulleted list' },
    message: {
      nb: (a) => `Pilaroverskriften ${q(short(a.heading))} følges ikke av en punktliste; den er lagt i områdets tekst.`,
      en: (a) =>
        `The pillar heading ${q(short(a.heading))} is not followed by a bulleted list; it was put in the area text.`,
    },
    hint: {
      nb: () => 'Skriv pilarene som en punktliste rett under overskriften i dokumentet, og importer på nytt.',
      en: () => 'Write the pillars as a bulleted list right under the heading in the document, and import again.',
    },
  },
  'import-goals-without-items': {
    severity: 'warning',
    title: { nb: 'Måloverskrift uten punktliste', en: 'A goals heading without a bulleted list' },
    message: {
      nb: (a) =>
        `Måloverskriften ${q(a.heading)} følges ikke av en punktliste med mål; teksten etter er lagt i områdets tekst.`,
      en: (a) =>
        `The goals heading ${q(a.heading)} is not followed by a bulleted list of goals; the text after it was put in the area text.`,
    },
    hint: {
      nb: () => 'Skriv målene som en punktliste under «<organisasjon> skal:» i dokumentet, og importer på nytt.',
      en: () => 'Write the goals as a bulleted list under "<organisation> skal:" in the document, and import again.',
    },
  },
  'import-area-without-goals': {
    severity: 'warning',
    title: { nb: 'Område uten utviklingsmål', en: 'An area without development goals' },
    message: {
      nb: (a) => `Området ${q(a.area)} har ingen utviklingsmål; no-goals i områdefilen sier det.`,
      en: (a) => `The area ${q(a.area)} has no development goals; no-goals in the area file says so.`,
    },
    hint: {
      nb: () => 'Legg til mål, eller skriv hvorfor området er uten.',
      en: () => 'Add goals, or say why it has none.',
    },
  },
  'import-closing-section': {
    severity: 'warning',
    title: {
      nb: 'Overskrift etter siste område, lagt i avslutningen',
      en: 'A heading after the last area, put in the closing',
    },
    message: {
      nb: (a) =>
        `Overskriften ${q(a.heading)} står etter siste område og har bare tekst; overskriften og teksten er lagt i closing (avslutningen).`,
      en: (a) =>
        `The heading ${q(a.heading)} follows the last area and has only text; the heading and its text were put in the closing.`,
    },
    hint: {
      nb: () => 'Er det et område, gi det utviklingsmål i dokumentet, og importer på nytt.',
      en: () => 'If it is an area, give it development goals in the document, and import again.',
    },
  },
  'import-goal-without-mark': {
    severity: 'warning',
    title: { nb: 'Utviklingsmål uten vurdering', en: 'A development goal without a mark' },
    message: {
      nb: (a) => `Utviklingsmålet ${q(short(a.goal))} har ingen vurdering fra skalaen.`,
      en: (a) => `The development goal ${q(short(a.goal))} has no mark from the scale.`,
    },
    hint: {
      nb: () =>
        'Står det en vurdering som skalaen ikke har, legg den til i en kopi av scale.yaml og importer på nytt med --scale.',
      en: () => 'If it carries a mark the scale lacks, add it to a copy of scale.yaml and import again with --scale.',
    },
  },
  'import-clause-without-mark': {
    severity: 'warning',
    title: { nb: 'Tekst etter siste vurdering i et mål', en: "Text after a goal's last mark" },
    message: {
      nb: (a) =>
        `Teksten ${q(short(a.text))} etter siste vurdering i utviklingsmålet er lagt inn som en egen del uten vurdering.`,
      en: (a) =>
        `The text ${q(short(a.text))} after the goal's last mark was kept as a clause of its own, without a mark.`,
    },
    hint: {
      nb: () => 'Er teksten en merknad til vurderingen, flytt den til note; ellers gi delen en vurdering.',
      en: () => 'If the text is a note on the mark, move it to note; else give the clause a mark.',
    },
  },
  'import-mark-after-mark': {
    severity: 'warning',
    title: { nb: 'To vurderinger etter hverandre', en: 'Two marks in a row' },
    message: {
      nb: (a) =>
        `Vurderingen ${q(a.mark)} følger rett etter en annen vurdering uten tekst imellom; den er beholdt som tekst.`,
      en: (a) => `The mark ${q(a.mark)} follows another mark with no text between them; it was kept as text.`,
    },
    hint: {
      nb: () => 'Slett den ene vurderingen, eller skriv teksten den gjelder foran den.',
      en: () => 'Delete one of the marks, or write the text it judges before it.',
    },
  },
  'import-mark-on-its-own': {
    severity: 'warning',
    title: { nb: 'Vurdering alene på en linje', en: 'A mark alone on a line' },
    message: {
      nb: (a) => `Vurderingen ${q(a.mark)} står alene på en linje uten noe å høre til; den er beholdt som tekst.`,
      en: (a) => `The mark ${q(a.mark)} stands alone on a line with nothing to belong to; it was kept as text.`,
    },
    hint: {
      nb: () => 'Sett vurderingen etter målet eller utsagnet den gjelder.',
      en: () => 'Put the mark after the goal or statement it judges.',
    },
  },
  'import-subsection-heading': {
    severity: 'warning',
    title: { nb: 'En overskrift rett under et områdes overskrift', en: "A heading right under an area's heading" },
    message: {
      nb: (a) =>
        `Overskriften ${q(a.heading)} står rett under området ${q(a.area)}; den er lest som en underdel av området og lagt i teksten.`,
      en: (a) =>
        `The heading ${q(a.heading)} stands right under the area ${q(a.area)}; it was read as a sub-section of the area and put in its text.`,
    },
    hint: {
      nb: () => 'Er det et eget område, gi det overordnede området tekst eller mål i dokumentet, og importer på nytt.',
      en: () => 'If it is an area of its own, give the area above it text or goals in the document, and import again.',
    },
  },
  'import-unknown-mark': {
    severity: 'warning',
    title: {
      nb: 'Et ord der en vurdering står, som skalaen ikke har',
      en: 'A word where a mark stands that the scale lacks',
    },
    message: {
      nb: (a) =>
        `${q(a.mark)} står der en vurdering står, men skalaen har ingen slik vurdering; ordet er beholdt som tekst.`,
      en: (a) => `${q(a.mark)} stands where a mark stands, but the scale has no such mark; the word was kept as text.`,
    },
    hint: {
      nb: () =>
        'Er det en vurdering, legg den til i en kopi av scale.yaml og importer på nytt med --scale; ellers rett dokumentet.',
      en: () =>
        'If it is a mark, add it to a copy of scale.yaml and import again with --scale; else correct the document.',
    },
  },
  'import-mark-unused': {
    severity: 'warning',
    title: { nb: 'En vurdering i tekst som ikke er et mål', en: 'A mark in text that is not a goal' },
    message: {
      nb: (a) =>
        `Linjen har vurderingen ${q(a.mark)}, men er ikke et utviklingsmål eller et utsagn i målbildet; den er beholdt som tekst.`,
      en: (a) =>
        `The line has the mark ${q(a.mark)} but is not a development goal or a vision statement; it was kept as text.`,
    },
    hint: {
      nb: () =>
        'Er linjen et mål, skriv den i målenes liste (punktliste eller nummerert, under «<organisasjon> skal:» eller en overskrift som UTVIKLINGSMÅL), og importer på nytt.',
      en: () =>
        'If the line is a goal, write it in the goal list (bullets or numbers, under "<organisation> will:" or a heading such as GOALS), and import again.',
    },
  },
  'import-comment-as-text': {
    severity: 'warning',
    title: {
      nb: 'Kommentar der formatet ikke har plass til den',
      en: 'A comment where the format has no place for one',
    },
    message: {
      nb: (a) =>
        `Kommentaren fra ${a.author} står ved tekst som ikke kan ha kommentarer; den er lagt i ${place.nb(a)}.`,
      en: (a) => `The comment by ${a.author} stands at text that cannot carry comments; it was put in ${place.en(a)}.`,
    },
    hint: {
      nb: () => 'Flytt den til comments på et mål eller et utsagn i målbildet, eller slett den.',
      en: () => 'Move it to the comments of a goal or a vision statement, or delete it.',
    },
  },
  'import-comment-empty': {
    severity: 'warning',
    title: { nb: 'Tom kommentar', en: 'An empty comment' },
    message: {
      nb: (a) => `Kommentaren fra ${a.author} er tom og er utelatt.`,
      en: (a) => `The comment by ${a.author} is empty and was left out.`,
    },
    hint: {
      nb: () => 'Skulle den hatt tekst, skriv den inn i dokumentet, og importer på nytt.',
      en: () => 'If it should have text, write it in the document, and import again.',
    },
  },
  'import-mission-extra-section': {
    severity: 'warning',
    title: { nb: 'Mer enn to underdeler i samfunnsoppdraget', en: 'More than two sub-sections in the mission' },
    message: {
      nb: (a) =>
        `Samfunnsoppdraget har bare plass til to underdeler (generelt og spesielt); ${q(a.section)} er lagt i teksten til ${q(a.into)}.`,
      en: (a) =>
        `The mission has room for two sub-sections (general and special); ${q(a.section)} was put in the text of ${q(a.into)}.`,
    },
    hint: { nb: () => 'Sjekk mission i strategy.yaml.', en: () => 'Check mission in strategy.yaml.' },
  },
  'import-mission-text-from-section': {
    severity: 'warning',
    title: { nb: 'Samfunnsoppdrag uten egen tekst', en: 'A mission without text of its own' },
    message: {
      nb: (a) =>
        `Samfunnsoppdraget har ingen tekst før første underoverskrift; ${q(a.section)} er brukt som hovedtekst.`,
      en: (a) => `The mission has no text before its first sub-heading; ${q(a.section)} was used as its main text.`,
    },
    hint: { nb: () => 'Sjekk mission i strategy.yaml.', en: () => 'Check mission in strategy.yaml.' },
  },
  'import-organisation-missing': {
    severity: 'warning',
    title: { nb: 'Fant ikke organisasjonens navn', en: "The organisation's name not found" },
    message: {
      nb: (a) => `Fant ikke organisasjonens navn (ingen linje «<organisasjon> skal:»); skrev ${q(a.organisation)}.`,
      en: (a) => `Could not find the organisation's name (no line "<organisation> skal:"); wrote ${q(a.organisation)}.`,
    },
    hint: { nb: () => 'Rett organisation i strategy.yaml.', en: () => 'Fix organisation in strategy.yaml.' },
  },
  'import-scale-chosen': {
    severity: 'warning',
    title: { nb: 'Skalaen valgt etter dokumentets vurderinger', en: "The scale chosen by the document's marks" },
    message: {
      nb: (a) => `Dokumentet har ${a.marks} vurderinger fra den engelske skalaen (${a.codes}); den er brukt.`,
      en: (a) => `The document holds ${a.marks} marks of the English scale (${a.codes}); that scale was used.`,
    },
    hint: {
      nb: () => 'Velg skala selv med --scale nb, --scale en eller --scale FIL.',
      en: () => 'Choose the scale yourself with --scale nb, --scale en or --scale FILE.',
    },
  },
  'import-organisation-from-text': {
    severity: 'warning',
    title: { nb: 'Organisasjonens navn funnet i teksten', en: "The organisation's name found in the text" },
    message: {
      nb: (a) =>
        `Målene innledes med ${q(a.lead)}, som ikke er et navn; organisasjonen er satt til ${q(a.organisation)}, slik dokumentet skriver navnet andre steder.`,
      en: (a) =>
        `The goals are introduced by ${q(a.lead)}, which is no name; the organisation was set to ${q(a.organisation)}, as the document spells the name elsewhere.`,
    },
    hint: { nb: () => 'Sjekk organisation i strategy.yaml.', en: () => 'Check organisation in strategy.yaml.' },
  },
  'import-organisation-from-heading': {
    severity: 'warning',
    title: { nb: 'Organisasjonens navn hentet fra en overskrift', en: "The organisation's name taken from a heading" },
    message: {
      nb: (a) =>
        `Fant ingen linje «<organisasjon> skal:»; organisasjonen er satt til ${q(a.organisation)} fra dokumentet.`,
      en: (a) =>
        `Found no line "<organisation> skal:"; the organisation was set to ${q(a.organisation)} from the document.`,
    },
    hint: { nb: () => 'Sjekk organisation i strategy.yaml.', en: () => 'Check organisation in strategy.yaml.' },
  },
  'import-period-guessed': {
    severity: 'warning',
    title: { nb: 'Strategiperioden gjettet', en: 'The strategy period guessed' },
    message: {
      nb: (a) =>
        `Fant ikke strategiperioden skrevet som «strategi ÅÅÅÅ–ÅÅÅÅ»; perioden ${a.from}–${a.to} er gjettet ut fra årstallene i teksten.`,
      en: (a) =>
        `The strategy period is not written as "strategi YYYY–YYYY"; ${a.from}–${a.to} was guessed from the years in the text.`,
    },
    hint: { nb: () => 'Sjekk period og title i strategy.yaml.', en: () => 'Check period and title in strategy.yaml.' },
  },
  'import-period-missing': {
    severity: 'warning',
    title: { nb: 'Ingen årstall for strategiperioden', en: 'No years for the strategy period' },
    message: {
      nb: (a) => `Fant ingen årstall for strategiperioden; skrev ${a.from}–${a.to}.`,
      en: (a) => `Found no years for the strategy period; wrote ${a.from}–${a.to}.`,
    },
    hint: { nb: () => 'Rett period og title i strategy.yaml.', en: () => 'Fix period and title in strategy.yaml.' },
  },
  'import-round-missing': {
    severity: 'warning',
    title: { nb: 'Fant ikke revisjonsåret', en: 'The revision year not found' },
    message: {
      nb: (a) => `Fant ikke revisjonsåret (f.eks. «strategirevisjon i 2021»); skrev round: ${a.round}.`,
      en: (a) => `Could not find the revision year (e.g. "strategirevisjon i 2021"); wrote round: ${a.round}.`,
    },
    hint: { nb: () => 'Rett round i strategy.yaml.', en: () => 'Fix round in strategy.yaml.' },
  },
  'import-horizon-missing': {
    severity: 'warning',
    title: { nb: 'Fant ikke tiltaksplanenes lengde', en: "The action plans' span not found" },
    message: {
      nb: (a) =>
        `Fant ikke hvor mange år tiltaksplanene dekker (f.eks. «treårige tiltaksplaner»); skrev horizon: ${a.horizon}.`,
      en: (a) =>
        `Could not find how many years the action plans cover (e.g. "treårige tiltaksplaner"); wrote horizon: ${a.horizon}.`,
    },
    hint: {
      nb: () => 'Rett horizon i strategy.yaml hvis planene dekker et annet antall år.',
      en: () => 'Fix horizon in strategy.yaml if the plans cover another number of years.',
    },
  },
  // --- vm-strategy import: a document that yields no strategy ---
  'import-mission-empty': {
    severity: 'error',
    title: { nb: 'Samfunnsoppdrag uten tekst', en: 'A mission without text' },
    message: {
      nb: (a) => `Samfunnsoppdraget ${q(a.heading)} har ingen tekst.`,
      en: (a) => `The mission ${q(a.heading)} has no text.`,
    },
    hint: {
      nb: () => 'Skriv samfunnsoppdraget under overskriften i dokumentet, og importer på nytt.',
      en: () => 'Write the mission under its heading in the document, and import again.',
    },
  },
  'import-vision-empty': {
    severity: 'error',
    title: { nb: 'Målbilde uten tekst', en: 'A vision without text' },
    message: {
      nb: (a) => `Målbildet ${q(a.heading)} har ingen tekst.`,
      en: (a) => `The vision ${q(a.heading)} has no text.`,
    },
    hint: {
      nb: () => 'Skriv målbildets utsagn under overskriften i dokumentet, ett avsnitt hver, og importer på nytt.',
      en: () => 'Write the vision statements under its heading in the document, a paragraph each, and import again.',
    },
  },
  'import-no-areas': {
    severity: 'error',
    title: { nb: 'Fant ingen strategiområder', en: 'No strategy areas found' },
    message: {
      nb: () =>
        'Fant ingen strategiområder (overskrifter med store bokstaver etter «DEL 2», eller med UTVIKLINGSMÅL under seg).',
      en: () => 'Found no strategy areas (headings in capitals after "DEL 2", or with UTVIKLINGSMÅL under them).',
    },
    hint: {
      nb: () =>
        'Gi hvert område en overskrift med store bokstaver og utviklingsmålene under, etter en DEL-overskrift, og importer på nytt.',
      en: () =>
        'Give each area a heading in capitals with its development goals under it, after a DEL (part) heading, and import again.',
    },
  },
} satisfies Record<string, CatalogueEntry>;
