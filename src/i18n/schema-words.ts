// The words of the JSON Schemas for editors, in each language: what each file is and what each of
// its fields holds, shown as hover help by yaml-language-server (VS Code's YAML extension and
// others). The interface is the contract (src/core/json-schema.ts): a field without words in one
// language does not compile, and a test fails on an empty one.
import type { Lang } from '../core/lang.js';
import type { SchemaWords } from '../core/json-schema.js';

/** `JA (Oppnådd), VET IKKE (Vet ikke; også UKJENT)`. */
const markList = (marks: { code: string; aliases: readonly string[]; label: string }[], also: string) =>
  marks
    .map((m) => `${m.code} (${m.label}${m.aliases.length > 0 ? `; ${also} ${m.aliases.join(', ')}` : ''})`)
    .join(', ');

const nb: SchemaWords = {
  files: {
    strategy:
      'Selve strategien: organisasjon, periode, revisjonsrunde, samfunnsoppdrag, utfordringsbilde, målbilde og avslutning.',
    area: 'Ett strategiområde med utviklingsmålene sine og vurderingene av dem (vurderinger fra scale.yaml).',
    scale: 'Vurderingsskalaen: hver vurdering med betydning, score og farge, og terskelen for oppnådd.',
    plan: 'En tiltaksplan: tiltak med ansvarlig, frist, ressurser, indikator og status.',
  },
  fields: {
    strategy: {
      organisation: 'Organisasjonens navn, slik det skal stå i rapporter og planer.',
      title: 'Strategiens tittel, f.eks. «Strategi 2018–2025».',
      period: 'Årene strategien gjelder for: from og to.',
      round: 'Revisjonsrunden vurderingene hører til: et år (2021) eller et navn.',
      horizon: 'Hvor mange år en tiltaksplan dekker (1–20); standard for plan --years.',
      language:
        'Språket vm-strategy snakker for denne strategien: nb (bokmål) eller en (engelsk). --lang og VM_STRATEGY_LANG går foran.',
      introduction: 'Innledning før samfunnsoppdraget (valgfri; Markdown er lov).',
      mission: 'Samfunnsoppdraget: tittel og tekst, og eventuelt det generelle og det spesielle oppdraget.',
      challenges: 'Utfordringsbildet: tittel, eventuell innledning og utfordringene.',
      vision: 'Målbildet: tittel, eventuell undertittel og utsagnene, som kan vurderes ledd for ledd.',
      closing: 'Avslutningen av strategidokumentet (valgfri; Markdown er lov).',
    },
    period: {
      from: 'Første år (et årstall, f.eks. 2018).',
      to: 'Siste år (et årstall, ikke før from).',
    },
    mission: {
      title: 'Overskriften, f.eks. «VÅRT SAMFUNNSOPPDRAG».',
      text: 'Teksten om samfunnsoppdraget (Markdown er lov).',
      general: 'Det generelle oppdraget: tittel og tekst (valgfritt).',
      special: 'Det spesielle oppdraget: tittel og tekst (valgfritt).',
    },
    missionPart: {
      title: 'Overskriften på denne delen av oppdraget.',
      text: 'Teksten (Markdown er lov).',
    },
    challenges: {
      title: 'Overskriften, f.eks. «UTFORDRINGSBILDET 2018».',
      introduction: 'Innledning før utfordringene (valgfri; Markdown er lov).',
      items: 'Utfordringene, hver med id, tittel og tekst.',
    },
    challenge: {
      id: 'Utfordringens id: små bokstaver a–z, sifre og «-» (f.eks. utfordrende-magasinsituasjon).',
      title: 'Utfordringens tittel.',
      text: 'Hva utfordringen går ut på (Markdown er lov).',
    },
    vision: {
      title: 'Overskriften, f.eks. «MÅLBILDET».',
      subtitle: 'Undertittel (valgfri), f.eks. «NTNU VITENSKAPSMUSEET 2025».',
      statements: 'Utsagnene i målbildet, hvert med id og ett eller flere ledd.',
    },
    visionStatement: {
      id: 'Utsagnets id, unik i strategien (f.eks. vision.3); assess bruker den.',
      clauses:
        'Leddene utsagnet består av; hvert kan ha sin egen vurdering. Et ledd som begynner med tegnsetting, henger sammen med forrige.',
      comments: 'Kommentarer fra dem som har lest gjennom (valgfritt).',
    },
    clause: {
      text: 'Leddets tekst.',
      assessment: 'Vurderingen av leddet: en vurdering fra skalaen («JA»), eller { mark, note, by }.',
    },
    assessment: {
      mark: 'Vurderingen.',
      note: 'En merknad til vurderingen (valgfri).',
      by: 'Hvem som gjorde vurderingen (valgfritt).',
    },
    comment: {
      author: 'Hvem kommentaren er fra.',
      text: 'Kommentaren.',
      date: 'Dagen kommentaren ble skrevet, ÅÅÅÅ-MM-DD (valgfri; import fra Word fyller den inn).',
      anchor: 'Ordene i dokumentet kommentaren ble skrevet ved (valgfritt; import fra Word fyller det inn).',
    },
    area: {
      id: 'Områdets id: små bokstaver a–z, sifre og «-»; filen heter areas/NN-<id>.yaml.',
      title: 'Områdets tittel, slik den står i dokumentet.',
      part: 'Delen av dokumentet området står i (1–9), f.eks. 2 for DEL 2.',
      introduction: 'Tekst før målene (valgfri; Markdown er lov).',
      pillars: 'Pilarene området er tuftet på: tittel og punkter (valgfritt).',
      lists: 'Andre lister i dokumentet, hver med tittel og punkter (valgfritt).',
      text: 'Fortellende tekst om området (valgfri; Markdown er lov).',
      goals: 'Utviklingsmålene. Et område uten mål skriver goals: [] og sier hvorfor i no-goals.',
      'no-goals': 'Hvorfor området ikke har mål, når det er med vilje (bare sammen med goals: []).',
    },
    titledList: {
      title: 'Listens tittel.',
      items: 'Punktene i listen (minst ett).',
    },
    goal: {
      id: 'Målets id, unik i strategien: <område>.<navn> (f.eks. forskning.internasjonalt-samarbeid); assess bruker den.',
      text: 'Målets tekst. Et mål har enten text (med assessment) eller clauses.',
      assessment: 'Vurderingen av målet: en vurdering fra skalaen («JA»), eller { mark, note, by }.',
      clauses:
        'Leddene i et mål som vurderes ledd for ledd (minst to), hvert med tekst og vurdering; i stedet for text.',
      note: 'En merknad til selve målet (valgfri).',
      comments: 'Kommentarer fra dem som har lest gjennom (valgfritt).',
      tags: 'Merkelapper (valgfrie), f.eks. bærekraftsmål som sdg-15.',
    },
    scale: {
      threshold: 'Scoren (over 0, høyst 1) som regnes som oppnådd: en vurdering med score ≥ terskelen er oppnådd.',
      marks: 'Vurderingene på skalaen.',
    },
    scaleMark: {
      code: 'Koden som skrives i filene, f.eks. «JA» eller «VET IKKE»; store og små bokstaver regnes som like.',
      aliases: 'Andre skrivemåter som betyr det samme (valgfrie), f.eks. «JA / NEI».',
      label: 'Hva vurderingen betyr, på bokmål (nb) og engelsk (en).',
      score: 'Scoren fra 0 til 1, eller null for «vet ikke» (teller som ukjent, ikke som 0).',
      color: 'Fargen på merket i rapportene, som #rrggbb.',
    },
    label: {
      nb: 'Betydningen på bokmål.',
      en: 'Betydningen på engelsk.',
    },
    plan: {
      period: 'Årene planen dekker; filen heter plans/<from>-<to>.yaml.',
      measures: 'Tiltakene i planen.',
    },
    measure: {
      id: 'Tiltakets id, unik i planen (f.eks. samlinger.effektiv-infrastruktur.tiltak-1).',
      goals: 'Id-ene til målene tiltaket skal hjelpe (minst ett).',
      title: 'Hva tiltaket er.',
      owner: 'Hvem som er ansvarlig (valgfritt).',
      deadline: 'Frist: et år (2023) eller år og måned («2023-06»).',
      resources: 'Ressursene tiltaket trenger (valgfritt), f.eks. «2 årsverk».',
      indicator: 'Hvordan vi vet at tiltaket virker (valgfritt).',
      status:
        'planlagt, startet, fullført (eller ferdig) eller droppet – eller på engelsk planned, started, done, dropped; store eller små bokstaver.',
      notes: 'Merknader (valgfrie).',
    },
  },
  marksOnScale: (marks) =>
    `En av vurderingene på skalaen i scale.yaml, med store eller små bokstaver: ${markList(marks, 'også')}.`,
  marksFree:
    'En vurdering fra scale.yaml (kode eller alias, store eller små bokstaver). Disse skjemaene ble laget uten skalaen, så editoren godtar all tekst; vm-strategy validate kontrollerer vurderingen.',
  label: (mark) => mark.label.nb,
};

const en: SchemaWords = {
  files: {
    strategy:
      'The strategy itself: organisation, period, revision round, mission, challenges, vision and closing text.',
    area: 'One strategy area with its development goals and their assessments (marks from scale.yaml).',
    scale: 'The assessment scale: every mark with its meaning, score and colour, and the threshold for achieved.',
    plan: 'An action plan (tiltaksplan): measures with owner, deadline, resources, indicator and status.',
  },
  fields: {
    strategy: {
      organisation: "The organisation's name, as reports and plans show it.",
      title: "The strategy's title, e.g. “Strategi 2018–2025”.",
      period: 'The years the strategy covers: from and to.',
      round: 'The revision round the assessments belong to: a year (2021) or a name.',
      horizon: 'How many years an action plan covers (1–20); the default of plan --years.',
      language:
        'The language vm-strategy speaks for this strategy: nb (Norwegian bokmål) or en (English). --lang and VM_STRATEGY_LANG come first.',
      introduction: 'An introduction before the mission (optional; Markdown allowed).',
      mission: 'The mission (samfunnsoppdrag): title and text, and optionally the general and the special mission.',
      challenges: 'The challenges (utfordringsbildet): title, an optional introduction and the challenges.',
      vision:
        'The vision (målbildet): title, an optional subtitle and the statements, which may be assessed clause by clause.',
      closing: 'The closing text of the strategy document (optional; Markdown allowed).',
    },
    period: {
      from: 'The first year (a year, e.g. 2018).',
      to: 'The last year (a year, not before from).',
    },
    mission: {
      title: 'The heading, e.g. “VÅRT SAMFUNNSOPPDRAG”.',
      text: 'The text of the mission (Markdown allowed).',
      general: 'The general mission: title and text (optional).',
      special: 'The special mission: title and text (optional).',
    },
    missionPart: {
      title: 'The heading of this part of the mission.',
      text: 'The text (Markdown allowed).',
    },
    challenges: {
      title: 'The heading, e.g. “UTFORDRINGSBILDET 2018”.',
      introduction: 'An introduction before the challenges (optional; Markdown allowed).',
      items: 'The challenges, each with id, title and text.',
    },
    challenge: {
      id: "The challenge's id: lower-case a–z, digits and “-” (e.g. utfordrende-magasinsituasjon).",
      title: "The challenge's title.",
      text: 'What the challenge is (Markdown allowed).',
    },
    vision: {
      title: 'The heading, e.g. “MÅLBILDET”.',
      subtitle: 'A subtitle (optional), e.g. “NTNU VITENSKAPSMUSEET 2025”.',
      statements: 'The statements of the vision, each with an id and one or more clauses.',
    },
    visionStatement: {
      id: "The statement's id, unique in the strategy (e.g. vision.3); assess uses it.",
      clauses:
        'The clauses the statement is made of; each may have its own assessment. A clause that starts with punctuation joins the one before.',
      comments: "Reviewers' comments (optional).",
    },
    clause: {
      text: "The clause's text.",
      assessment: 'The assessment of the clause: a mark from the scale (“JA”), or { mark, note, by }.',
    },
    assessment: {
      mark: 'The mark.',
      note: 'A note on the assessment (optional).',
      by: 'Who made the assessment (optional).',
    },
    comment: {
      author: 'Who the comment is from.',
      text: 'The comment.',
      date: 'The day the comment was written, YYYY-MM-DD (optional; import from Word fills it in).',
      anchor: 'The words in the document the comment was made on (optional; import from Word fills it in).',
    },
    area: {
      id: "The area's id: lower-case a–z, digits and “-”; the file is named areas/NN-<id>.yaml.",
      title: "The area's title, as in the document.",
      part: 'The part of the document the area is in (1–9), e.g. 2 for DEL 2.',
      introduction: 'Text before the goals (optional; Markdown allowed).',
      pillars: 'The pillars (pilarer) the area rests on: a title and items (optional).',
      lists: 'Other lists of the document, each with a title and items (optional).',
      text: 'Narrative text about the area (optional; Markdown allowed).',
      goals: 'The development goals (utviklingsmål). An area without goals writes goals: [] and says why in no-goals.',
      'no-goals': 'Why the area has no goals, when that is on purpose (only with goals: []).',
    },
    titledList: {
      title: "The list's title.",
      items: 'The items of the list (at least one).',
    },
    goal: {
      id: "The goal's id, unique in the strategy: <area>.<name> (e.g. forskning.internasjonalt-samarbeid); assess uses it.",
      text: "The goal's text. A goal has either text (with assessment) or clauses.",
      assessment: 'The assessment of the goal: a mark from the scale (“JA”), or { mark, note, by }.',
      clauses:
        'The clauses of a goal assessed clause by clause (at least two), each with text and assessment; instead of text.',
      note: 'A note on the goal itself (optional).',
      comments: "Reviewers' comments (optional).",
      tags: 'Tags (optional), e.g. sustainable development goals such as sdg-15.',
    },
    scale: {
      threshold:
        'The score (above 0, at most 1) that counts as achieved: a mark scoring at least the threshold is achieved.',
      marks: 'The marks of the scale.',
    },
    scaleMark: {
      code: 'The code written in the files, e.g. “JA” or “VET IKKE”; letter case does not matter.',
      aliases: 'Other spellings that mean the same (optional), e.g. “JA / NEI”.',
      label: 'What the mark means, in Norwegian bokmål (nb) and English (en).',
      score: 'The score from 0 to 1, or null for “unknown” (counts as unknown, not as 0).',
      color: "The badge's colour in reports, as #rrggbb.",
    },
    label: {
      nb: 'The meaning in Norwegian bokmål.',
      en: 'The meaning in English.',
    },
    plan: {
      period: 'The years the plan covers; the file is named plans/<from>-<to>.yaml.',
      measures: 'The measures (tiltak) of the plan.',
    },
    measure: {
      id: "The measure's id, unique in the plan (e.g. samlinger.effektiv-infrastruktur.tiltak-1).",
      goals: 'The ids of the goals the measure serves (at least one).',
      title: 'What the measure is.',
      owner: 'Who is responsible (optional).',
      deadline: 'The deadline: a year (2023) or a year and month (“2023-06”).',
      resources: 'The resources the measure needs (optional), e.g. “2 person-years”.',
      indicator: 'How we will know the measure works (optional).',
      status:
        'planned, started, done or dropped – or in Norwegian planlagt, startet, fullført (or ferdig), droppet; any letter case.',
      notes: 'Notes (optional).',
    },
  },
  marksOnScale: (marks) =>
    `One of the marks of the scale in scale.yaml, in any letter case: ${markList(marks, 'also')}.`,
  marksFree:
    'A mark from scale.yaml (code or alias, any letter case). These schemas were made without the scale, so the editor lets any text through; vm-strategy validate checks the mark.',
  label: (mark) => mark.label.en,
};

export const schemaWords: Record<Lang, SchemaWords> = { nb, en };
