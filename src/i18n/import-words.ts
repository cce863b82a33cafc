// The tool's words for `vm-strategy import`, in each language. The document's own text is never
// translated; these are the messages about it, and the one-line headers of the files written.
import type { Lang } from '../core/lang.js';

export interface ImportWords {
  // --- warnings: what the importer could not place, or had to guess (each with a source line) ---
  orphanText: (heading: string) => string;
  orphanTextIntroduction: string;
  kept: (where: string) => string;
  unknownSection: (heading: string) => string;
  partTitle: (title: string) => string;
  untitledList: string;
  leadInNotOrganisation: (text: string) => string;
  pillarsWithoutItems: (title: string) => string;
  goalsWithoutItems: string;
  areaWithoutGoals: (title: string) => string;
  /** The `no-goals` reason written into an area the document gives no goals: a fact about the source, to be replaced. */
  noGoalsReason: string;
  closingSection: (title: string) => string;
  goalWithoutMark: (goal: string) => string;
  clauseWithoutMark: (clause: string) => string;
  markSkipped: (mark: string) => string;
  markOnItsOwn: (mark: string) => string;
  commentKept: (author: string, where: string) => string;
  commentEmpty: (author: string) => string;
  extraMissionSection: (title: string, into: string) => string;
  missionTextFromSection: (title: string) => string;
  noOrganisation: (fallback: string) => string;
  organisationFromDocument: (name: string) => string;
  periodGuessed: (from: number, to: number) => string;
  periodMissing: (from: number, to: number) => string;
  roundMissing: (round: number) => string;
  horizonMissing: (horizon: number) => string;
  // --- errors: a document that yields no strategy ---
  noMission: string;
  noMissionText: (title: string) => string;
  noChallenges: string;
  noVision: string;
  noVisionStatements: (title: string) => string;
  noAreas: string;
  // --- where text was kept (used inside the warnings) ---
  whereIntroduction: string;
  whereAreaText: (title: string) => string;
  whereAreaIntroduction: (title: string) => string;
  whereMission: string;
  whereChallenges: string;
  whereVision: string;
  // --- defaults written into strategy.yaml when the document says nothing ---
  defaultOrganisation: string;
  // --- one-line headers of the written files ---
  strategyHeader: (organisation: string, title: string, source: string) => string;
  areaHeader: (title: string, part: number) => string;
  // --- the command ---
  warning: string;
  error: string;
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
}

const q = (s: string) => `«${s}»`;
/** Long texts are shortened in messages: the line number says where the rest is. */
const short = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export const importWords: Record<Lang, ImportWords> = {
  nb: {
    orphanText: (h) => `Teksten står mellom en DEL-overskrift og neste område; den er lagt først i innledningen til ${q(h)}.`,
    orphanTextIntroduction: 'Teksten står etter en DEL-overskrift, men ikke foran noe område; den er lagt i strategiens introduction.',
    kept: (w) => `Fant ikke ut hvor denne linjen hører hjemme i formatet; den er lagt i ${w}.`,
    unknownSection: (h) => `Overskriften ${q(h)} er ikke samfunnsoppdrag, utfordringsbilde, målbilde eller et område med utviklingsmål; overskriften og teksten er lagt i strategiens introduction.`,
    partTitle: (t) => `DEL-overskriften har en tittel (${q(short(t))}) som formatet ikke har plass til; den er lagt i teksten til neste område.`,
    untitledList: 'Punktlisten har ingen innledende linje som slutter med kolon, så den kan ikke bli en navngitt liste; den er lagt i områdets tekst som en Markdown-liste.',
    leadInNotOrganisation: (t) => `Linjen ${q(short(t))} før utviklingsmålene er ikke på formen «<organisasjon> skal:»; den er lagt i områdets tekst.`,
    pillarsWithoutItems: (t) => `Pilaroverskriften ${q(short(t))} følges ikke av en punktliste; den er lagt i områdets tekst.`,
    goalsWithoutItems: 'UTVIKLINGSMÅL følges ikke av en punktliste med mål; teksten etter er lagt i områdets tekst.',
    areaWithoutGoals: (t) => `Området ${q(t)} har ingen utviklingsmål; no-goals i områdefilen sier det. Legg til mål, eller skriv hvorfor området er uten.`,
    noGoalsReason: 'Dokumentet strategien ble importert fra, har ingen utviklingsmål for dette området.',
    closingSection: (t) => `Overskriften ${q(t)} står etter siste område og har bare tekst; overskriften og teksten er lagt i closing (avslutningen).`,
    goalWithoutMark: (g) => `Utviklingsmålet ${q(short(g))} har ingen vurdering fra skalaen. Står det en vurdering som skalaen ikke har, legg den til i en kopi av scale.yaml og importer på nytt med --scale.`,
    clauseWithoutMark: (c) => `Teksten ${q(short(c))} etter siste vurdering i utviklingsmålet er lagt inn som en egen del uten vurdering.`,
    markSkipped: (m) => `Vurderingen ${q(m)} følger rett etter en annen vurdering uten tekst imellom; den er beholdt som tekst.`,
    markOnItsOwn: (m) => `Vurderingen ${q(m)} står alene på en linje uten noe å høre til; den er beholdt som tekst.`,
    commentKept: (a, w) => `Kommentaren fra ${a} står ved tekst som ikke kan ha kommentarer; den er lagt i ${w}.`,
    commentEmpty: (a) => `Kommentaren fra ${a} er tom og er utelatt.`,
    extraMissionSection: (t, into) => `Samfunnsoppdraget har bare plass til to underdeler (generelt og spesielt); ${q(t)} er lagt i teksten til ${q(into)}.`,
    missionTextFromSection: (t) => `Samfunnsoppdraget har ingen tekst før første underoverskrift; ${q(t)} er brukt som hovedtekst.`,
    noOrganisation: (f) => `Fant ikke organisasjonens navn (ingen linje «<organisasjon> skal:»); skrev ${q(f)}. Rett organisation i strategy.yaml.`,
    organisationFromDocument: (n) => `Fant ingen linje «<organisasjon> skal:»; organisasjonen er satt til ${q(n)} fra dokumentet.`,
    periodGuessed: (f, t) => `Fant ikke strategiperioden skrevet som «strategi ÅÅÅÅ–ÅÅÅÅ»; perioden ${f}–${t} er gjettet ut fra årstallene i teksten. Sjekk period og title i strategy.yaml.`,
    periodMissing: (f, t) => `Fant ingen årstall for strategiperioden; skrev ${f}–${t}. Rett period og title i strategy.yaml.`,
    roundMissing: (r) => `Fant ikke revisjonsåret (f.eks. «strategirevisjon i 2021»); skrev round: ${r}. Rett round i strategy.yaml.`,
    horizonMissing: (h) => `Fant ikke hvor mange år tiltaksplanene dekker (f.eks. «treårige tiltaksplaner»); skrev horizon: ${h}.`,
    noMission: 'Fant ikke samfunnsoppdraget (en overskrift med «SAMFUNNSOPPDRAG» eller «OPPDRAG»).',
    noMissionText: (t) => `Samfunnsoppdraget ${q(t)} har ingen tekst.`,
    noChallenges: 'Fant ikke utfordringsbildet (en overskrift med «UTFORDRING»).',
    noVision: 'Fant ikke målbildet (en overskrift med «MÅLBILDE» eller «VISJON»).',
    noVisionStatements: (t) => `Målbildet ${q(t)} har ingen tekst.`,
    noAreas: 'Fant ingen strategiområder (overskrifter med store bokstaver etter «DEL 2», eller med UTVIKLINGSMÅL under seg).',
    whereIntroduction: 'strategiens introduction',
    whereAreaText: (t) => `teksten til ${q(t)}`,
    whereAreaIntroduction: (t) => `innledningen til ${q(t)}`,
    whereMission: 'teksten til samfunnsoppdraget',
    whereChallenges: 'teksten til utfordringsbildet',
    whereVision: 'strategiens introduction',
    defaultOrganisation: 'Organisasjonen',
    strategyHeader: (o, t, s) => `Strategi: ${o}, ${t} – importert fra ${s} med vm-strategy import`,
    areaHeader: (t, p) => `Strategiområde: ${t} (DEL ${p})`,
    warning: 'advarsel',
    error: 'feil',
    fileMissing: (f) => `Finner ikke filen ${f}.`,
    fileUnreadable: (f, r) => `Kan ikke lese ${f} (${r}).`,
    fileIsFolder: (f) => `${f} er en mappe; oppgi dokumentet som en tekstfil (eksportert fra Word som ren tekst, UTF-8).`,
    scaleNotAFile: (f, k) => `--scale ${f} er ${k}, ikke en skalafil. Oppgi en YAML-fil som scale.yaml, eller la være å bruke --scale.`,
    fileIsSpecial: (f, k) => `${f} er ${k}, ikke en vanlig fil, og blir ikke lest. Oppgi dokumentet som en fil, eller bruk «-» for standard inn.`,
    fileTooLarge: (f, s, l) => `${f} er ${s} byte; grensen er ${l} byte. Er dette riktig fil?`,
    notUtf8: (f, l, d) => `${f} er ikke UTF-8 (${d}, linje ${l}). Lagre dokumentet på nytt fra Word som ren tekst med koding UTF-8.`,
    outNotFolder: (o) => `${o} finnes og er ikke en mappe. Oppgi en ny eller tom mappe med --out.`,
    outNotEmpty: (o) => `Mappen ${o} er ikke tom; ingenting er skrevet. Oppgi en ny eller tom mappe, eller bruk --force for å skrive strategifilene over det som ligger der.`,
    cannotWrite: (o, r) => `Kan ikke skrive til ${o} (${r}); ingenting er skrevet.`,
    scaleUnusable: (f) => `Skalaen i ${f} har feil (se over); rett den, eller la være å bruke --scale.`,
    invalid: (f) => `${f} gir ikke en gyldig strategi; ingenting er skrevet.`,
    wrote: (o, a, g, m, w) =>
      `Skrev ${o}: ${a} ${a === 1 ? 'område' : 'områder'}, ${g} utviklingsmål, ${m} ${m === 1 ? 'vurdering' : 'vurderinger'}${w > 0 ? ` (${w} ${w === 1 ? 'advarsel' : 'advarsler'} over)` : ''}.`,
    next: (o) => `Neste steg: vm-strategy validate --dir ${o}`,
  },
  en: {
    orphanText: (h) => `The text stands between a DEL (part) heading and the next area; it was put first in the introduction of ${q(h)}.`,
    orphanTextIntroduction: 'The text follows a DEL (part) heading but comes before no area; it was put in the strategy introduction.',
    kept: (w) => `Could not tell where this line belongs in the format; it was put in ${w}.`,
    unknownSection: (h) => `The heading ${q(h)} is not the mission, the challenges, the vision or an area with development goals; the heading and its text were put in the strategy introduction.`,
    partTitle: (t) => `The DEL (part) heading has a title (${q(short(t))}) the format has no place for; it was put in the text of the next area.`,
    untitledList: 'The bulleted list has no lead-in line ending in a colon, so it cannot become a titled list; it was put in the area text as a Markdown list.',
    leadInNotOrganisation: (t) => `The line ${q(short(t))} before the development goals is not of the form "<organisation> skal:"; it was put in the area text.`,
    pillarsWithoutItems: (t) => `The pillar heading ${q(short(t))} is not followed by a bulleted list; it was put in the area text.`,
    goalsWithoutItems: 'UTVIKLINGSMÅL (development goals) is not followed by a bulleted list of goals; the text after it was put in the area text.',
    areaWithoutGoals: (t) => `The area ${q(t)} has no development goals; no-goals in the area file says so. Add goals, or say why it has none.`,
    noGoalsReason: 'The document the strategy was imported from has no development goals for this area.',
    closingSection: (t) => `The heading ${q(t)} follows the last area and has only text; the heading and its text were put in the closing.`,
    goalWithoutMark: (g) => `The development goal ${q(short(g))} has no mark from the scale. If it carries a mark the scale lacks, add it to a copy of scale.yaml and import again with --scale.`,
    clauseWithoutMark: (c) => `The text ${q(short(c))} after the goal's last mark was kept as a clause of its own, without a mark.`,
    markSkipped: (m) => `The mark ${q(m)} follows another mark with no text between them; it was kept as text.`,
    markOnItsOwn: (m) => `The mark ${q(m)} stands alone on a line with nothing to belong to; it was kept as text.`,
    commentKept: (a, w) => `The comment by ${a} stands at text that cannot carry comments; it was put in ${w}.`,
    commentEmpty: (a) => `The comment by ${a} is empty and was left out.`,
    extraMissionSection: (t, into) => `The mission has room for two sub-sections (general and special); ${q(t)} was put in the text of ${q(into)}.`,
    missionTextFromSection: (t) => `The mission has no text before its first sub-heading; ${q(t)} was used as its main text.`,
    noOrganisation: (f) => `Could not find the organisation's name (no line "<organisation> skal:"); wrote ${q(f)}. Fix organisation in strategy.yaml.`,
    organisationFromDocument: (n) => `Found no line "<organisation> skal:"; the organisation was set to ${q(n)} from the document.`,
    periodGuessed: (f, t) => `The strategy period is not written as "strategi YYYY–YYYY"; ${f}–${t} was guessed from the years in the text. Check period and title in strategy.yaml.`,
    periodMissing: (f, t) => `Found no years for the strategy period; wrote ${f}–${t}. Fix period and title in strategy.yaml.`,
    roundMissing: (r) => `Could not find the revision year (e.g. "strategirevisjon i 2021"); wrote round: ${r}. Fix round in strategy.yaml.`,
    horizonMissing: (h) => `Could not find how many years the action plans cover (e.g. "treårige tiltaksplaner"); wrote horizon: ${h}.`,
    noMission: 'Could not find the mission (a heading with "SAMFUNNSOPPDRAG" or "OPPDRAG").',
    noMissionText: (t) => `The mission ${q(t)} has no text.`,
    noChallenges: 'Could not find the challenges (a heading with "UTFORDRING").',
    noVision: 'Could not find the vision (a heading with "MÅLBILDE" or "VISJON").',
    noVisionStatements: (t) => `The vision ${q(t)} has no text.`,
    noAreas: 'Found no strategy areas (headings in capitals after "DEL 2", or with UTVIKLINGSMÅL under them).',
    whereIntroduction: 'the strategy introduction',
    whereAreaText: (t) => `the text of ${q(t)}`,
    whereAreaIntroduction: (t) => `the introduction of ${q(t)}`,
    whereMission: 'the mission text',
    whereChallenges: 'the challenges text',
    whereVision: 'the strategy introduction',
    defaultOrganisation: 'The organisation',
    strategyHeader: (o, t, s) => `Strategy: ${o}, ${t} – imported from ${s} by vm-strategy import`,
    areaHeader: (t, p) => `Strategy area: ${t} (DEL ${p})`,
    warning: 'warning',
    error: 'error',
    fileMissing: (f) => `Cannot find the file ${f}.`,
    fileUnreadable: (f, r) => `Cannot read ${f} (${r}).`,
    fileIsFolder: (f) => `${f} is a folder; give the document as a text file (exported from Word as plain text, UTF-8).`,
    scaleNotAFile: (f, k) => `--scale ${f} is ${k}, not a scale file. Give a YAML file like scale.yaml, or leave out --scale.`,
    fileIsSpecial: (f, k) => `${f} is ${k}, not a regular file, and is not read. Give the document as a file, or "-" for standard input.`,
    fileTooLarge: (f, s, l) => `${f} is ${s} bytes; the limit is ${l} bytes. Is this the right file?`,
    notUtf8: (f, l, d) => `${f} is not UTF-8 (${d}, line ${l}). Save the document again from Word as plain text with the encoding UTF-8.`,
    outNotFolder: (o) => `${o} exists and is not a folder. Give a new or empty folder with --out.`,
    outNotEmpty: (o) => `The folder ${o} is not empty; nothing was written. Give a new or empty folder, or use --force to write the strategy files over what is there.`,
    cannotWrite: (o, r) => `Cannot write to ${o} (${r}); nothing was written.`,
    scaleUnusable: (f) => `The scale in ${f} has errors (see above); fix it, or leave out --scale.`,
    invalid: (f) => `${f} does not yield a valid strategy; nothing was written.`,
    wrote: (o, a, g, m, w) =>
      `Wrote ${o}: ${a} ${a === 1 ? 'area' : 'areas'}, ${g} development ${g === 1 ? 'goal' : 'goals'}, ${m} ${m === 1 ? 'mark' : 'marks'}${w > 0 ? ` (${w} ${w === 1 ? 'warning' : 'warnings'} above)` : ''}.`,
    next: (o) => `Next: vm-strategy validate --dir ${o}`,
  },
};
