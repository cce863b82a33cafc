// The tool's words for the commands that fit it into editors, CI and shells (schema, init,
// completion), in each language.
import type { Lang } from '../core/lang.js';

export interface ScaffoldWords {
  /** Organisation name when --org is not given. */
  organisation: string;
  title: (from: number, to: number) => string;
  introduction: string;
  roundComment: string;
  horizonComment: string;
  languageComment: string;
  missionTitle: string;
  missionText: string;
  challengesTitle: (year: number) => string;
  challengeId: string;
  challengeTitle: string;
  challengeText: string;
  visionTitle: string;
  visionSubtitle: (organisation: string, to: number) => string;
  visionClause: (to: number) => string;
  areaId: string;
  areaTitle: string;
  areaIntroduction: string;
  goalSlug: string;
  goalText: string;
  goalNote: string;
  /** Comment lines (without '# ') at the top of each file, after the modeline. */
  strategyHeader: string[];
  areaHeader: string[];
  planHeader: string[];
  readme: (o: { organisation: string; area: string; plan: string; dir: string }) => string;
}

export interface ToolingWords {
  schemaWrote: (dir: string, files: string[]) => string;
  /** What the schemas' marks were made from: the strategy's scale, … */
  schemaMarksFrom: (scaleFile: string, marks: number) => string;
  /** … no strategy folder at all (the search found none), … */
  schemaNoStrategy: (stoppedAt: 'repository' | 'root') => string;
  /** … or a strategy folder whose scale cannot be used. */
  schemaScaleUnusable: (scaleFile: string) => string;
  notAFolder: (dir: string) => string;
  cannotWrite: (target: string, code: string) => string;
  initNotEmpty: (dir: string) => string;
  initBadOrg: string;
  initDone: (dir: string, files: string[], next: string) => string;
  scaffold: ScaffoldWords;
}

const readmeNb = ({
  organisation,
  area,
  plan,
  dir,
}: {
  organisation: string;
  area: string;
  plan: string;
  dir: string;
}) => `# Strategien til ${organisation}

Denne mappen holder strategien som YAML-filer. \`vm-strategy\` kontrollerer filene, måler hvor langt strategien
er kommet, og skriver rapporter og tiltaksplaner til revisjonsmøtene.

## Filene

| fil | hva |
|---|---|
| \`strategy.yaml\` | organisasjon, periode, revisjonsrunde (\`round\`), samfunnsoppdrag, utfordringsbildet og målbildet |
| \`scale.yaml\` | vurderingsskalaen: hver vurdering (JA, NEI, …) med betydning, score og farge |
| \`${area}\` | ett strategiområde med utviklingsmålene og vurderingene deres; lag én fil per område (\`areas/NN-<id>.yaml\`, NN gir rekkefølgen) |
| \`${plan}\` | tiltaksplanen for perioden, foreløpig uten tiltak |
| \`schemas/*.json\` | JSON-skjemaer for editoren, laget av \`vm-strategy schema\` |

Teksten i filene er plassholdere: skriv inn organisasjonens egen tekst. Et mål vurderes med en kode fra
\`scale.yaml\`, som \`assessment: "JA"\`, eller med \`{ mark: "JA-", note: …, by: … }\`.

## I editoren

Første linje i hver YAML-fil peker på skjemaet sitt (\`# yaml-language-server: $schema=…\`). Med
YAML-utvidelsen til Red Hat i VS Code får du kontroll og forslag mens du skriver.

## Neste steg

\`\`\`sh
vm-strategy validate --dir ${dir}                  # kontroller filene
vm-strategy summary --dir ${dir}                   # hvor langt strategien er kommet
vm-strategy assess --dir ${dir} --interactive      # vurder målene ett for ett
vm-strategy report --dir ${dir} > rapport.md       # revisjonsrapporten
vm-strategy plan --dir ${dir} --format yaml -o ${dir}/${plan}   # fyll tiltaksplanen
\`\`\`
`;

const readmeEn = ({
  organisation,
  area,
  plan,
  dir,
}: {
  organisation: string;
  area: string;
  plan: string;
  dir: string;
}) => `# The strategy of ${organisation}

This folder keeps the strategy as YAML files. \`vm-strategy\` checks the files, measures how far the strategy has
come, and writes reports and action plans for the revision meetings.

## The files

| file | what |
|---|---|
| \`strategy.yaml\` | organisation, period, revision round (\`round\`), mission, challenges and vision |
| \`scale.yaml\` | the assessment scale: every mark (JA, NEI, …) with its meaning, score and colour |
| \`${area}\` | one strategy area with its development goals and their marks; add one file per area (\`areas/NN-<id>.yaml\`, NN gives the order) |
| \`${plan}\` | the action plan for the period, with no measures yet |
| \`schemas/*.json\` | JSON Schemas for the editor, made by \`vm-strategy schema\` |

The texts in the files are placeholders: write the organisation's own. A goal is assessed with a code from
\`scale.yaml\`, as \`assessment: "JA"\`, or with \`{ mark: "JA-", note: …, by: … }\`.

## In the editor

The first line of each YAML file points to its schema (\`# yaml-language-server: $schema=…\`). With Red Hat's
YAML extension in VS Code, the files are checked and completed while you type.

## Next steps

\`\`\`sh
vm-strategy validate --dir ${dir}                  # check the files
vm-strategy summary --dir ${dir}                   # how far the strategy has come
vm-strategy assess --dir ${dir} --interactive      # assess the goals one by one
vm-strategy report --dir ${dir} > report.md        # the revision report
vm-strategy plan --dir ${dir} --format yaml -o ${dir}/${plan}   # fill in the action plan
\`\`\`
`;

const nextNb = (dir: string) => `Neste steg:
  vm-strategy validate --dir ${dir}
  vm-strategy summary --dir ${dir}
  vm-strategy assess --dir ${dir} --interactive
  vm-strategy report --dir ${dir} > rapport.md
  vm-strategy plan --dir ${dir}`;

const nextEn = (dir: string) => `Next steps:
  vm-strategy validate --dir ${dir}
  vm-strategy summary --dir ${dir}
  vm-strategy assess --dir ${dir} --interactive
  vm-strategy report --dir ${dir} > report.md
  vm-strategy plan --dir ${dir}`;

export const toolingWords: Record<Lang, ToolingWords> = {
  nb: {
    schemaWrote: (dir, files) => `Skrev ${files.length} JSON-skjemaer til ${dir}: ${files.join(', ')}`,
    schemaMarksFrom: (file, marks) =>
      `Vurderingene i skjemaene: de ${marks} kodene på skalaen i ${file} og aliasene deres, med store eller små bokstaver.`,
    schemaNoStrategy: (stoppedAt) =>
      `Fant ingen strategimappe (fra denne mappen og opp til ${stoppedAt === 'repository' ? 'roten av git-depotet' : 'rotmappen'}), ` +
      'så vurderingene i skjemaene er fri tekst. Oppgi strategimappen med --dir for å begrense dem til skalaen dens.',
    schemaScaleUnusable: (file) =>
      `${file} kan ikke brukes, så vurderingene i skjemaene er fri tekst. Rett skalaen (se vm-strategy validate) og kjør schema på nytt.`,
    notAFolder: (dir) => `${dir} finnes, men er ikke en mappe. Oppgi en mappe.`,
    cannotWrite: (target, code) => `Kan ikke skrive ${target} (${code}).`,
    initNotEmpty: (dir) =>
      `Mappen ${dir} er ikke tom; ingenting er skrevet. init lager en ny strategi bare i en tom eller ny mappe.`,
    initBadOrg: '--org må ha en tekst, f.eks. --org "NTNU Vitenskapsmuseet".',
    initDone: (dir, files, next) => `Laget en ny strategi i ${dir}: ${files.join(', ')}\n${next}`,
    scaffold: {
      organisation: 'Vår organisasjon',
      title: (from, to) => `Strategi ${from}–${to}`,
      introduction: 'Skriv en kort innledning til strategien her.',
      roundComment: 'revisjonsrunden vurderingene hører til',
      horizonComment: 'år en tiltaksplan dekker',
      languageComment:
        'språket vm-strategy skriver på for denne strategien (nb eller en); --lang og VM_STRATEGY_LANG overstyrer',
      missionTitle: 'VÅRT SAMFUNNSOPPDRAG',
      missionText: 'Beskriv samfunnsoppdraget her: hva organisasjonen er til for, og for hvem.',
      challengesTitle: (year) => `UTFORDRINGSBILDET ${year}`,
      challengeId: 'utfordring-1',
      challengeTitle: 'Den første utfordringen',
      challengeText: 'Beskriv en utfordring organisasjonen står overfor i strategiperioden.',
      visionTitle: 'MÅLBILDET',
      visionSubtitle: (org, to) => `${org.toLocaleUpperCase('nb')} ${to}`,
      visionClause: (to) => `I ${to} har vi nådd … (beskriv hvor organisasjonen skal være ved slutten av perioden).`,
      areaId: 'eksempel',
      areaTitle: 'ET EKSEMPELOMRÅDE',
      areaIntroduction:
        'Et strategiområde samler utviklingsmål. Gi området et eget navn og en id, og gi filen navn etter id-en.',
      goalSlug: 'forste-mal',
      goalText: 'Beskriv det første utviklingsmålet her',
      goalNote: 'Eksempel: bytt ut med deres egen vurdering.',
      strategyHeader: [
        'Strategien: organisasjon, periode, revisjonsrunde, samfunnsoppdrag, utfordringsbildet og målbildet (de tre siste valgfrie).',
        'Tekstene er plassholdere; skriv inn deres egne. Tekstfelt kan bruke Markdown.',
      ],
      areaHeader: [
        'Et strategiområde med utviklingsmål. Lag én fil per område: areas/NN-<id>.yaml, NN gir rekkefølgen.',
        'assessment er en kode fra scale.yaml ("JA", "NEI+", …) eller { mark, note, by }.',
      ],
      planHeader: [
        'Tiltaksplan. status: planlagt | startet | fullført | droppet (eller planned | started | done | dropped).',
        'deadline (frist): et år (2023) eller år og måned ("2023-06").',
        '«vm-strategy plan --format yaml -o <denne filen>» legger til tiltak for mål som ikke er nådd.',
      ],
      readme: readmeNb,
    },
  },
  en: {
    schemaWrote: (dir, files) => `Wrote ${files.length} JSON Schemas to ${dir}: ${files.join(', ')}`,
    schemaMarksFrom: (file, marks) =>
      `Marks in the schemas: the ${marks} codes of the scale in ${file} and their aliases, in any letter case.`,
    schemaNoStrategy: (stoppedAt) =>
      `No strategy folder found (from here up to ${stoppedAt === 'repository' ? 'the root of the git repository' : 'the root folder'}), ` +
      'so marks are free text in the schemas. Name the strategy folder with --dir to constrain them to its scale.',
    schemaScaleUnusable: (file) =>
      `${file} cannot be used, so marks are free text in the schemas. Fix the scale (see vm-strategy validate) and run schema again.`,
    notAFolder: (dir) => `${dir} exists but is not a folder. Give a folder.`,
    cannotWrite: (target, code) => `Cannot write ${target} (${code}).`,
    initNotEmpty: (dir) =>
      `The folder ${dir} is not empty; nothing was written. init makes a new strategy only in an empty or new folder.`,
    initBadOrg: '--org needs a text, e.g. --org "NTNU University Museum".',
    initDone: (dir, files, next) => `Made a new strategy in ${dir}: ${files.join(', ')}\n${next}`,
    scaffold: {
      organisation: 'Our organisation',
      title: (from, to) => `Strategy ${from}–${to}`,
      introduction: 'Write a short introduction to the strategy here.',
      roundComment: 'the revision round the assessments belong to',
      horizonComment: 'years an action plan covers',
      languageComment:
        'the language vm-strategy speaks for this strategy (nb or en); --lang and VM_STRATEGY_LANG override it',
      missionTitle: 'OUR MISSION',
      missionText: 'Describe the mission here: what the organisation is for, and for whom.',
      challengesTitle: (year) => `THE CHALLENGES ${year}`,
      challengeId: 'challenge-1',
      challengeTitle: 'The first challenge',
      challengeText: 'Describe a challenge the organisation faces in the strategy period.',
      visionTitle: 'THE VISION',
      visionSubtitle: (org, to) => `${org.toLocaleUpperCase('en')} ${to}`,
      visionClause: (to) =>
        `By ${to} we have reached … (describe where the organisation will be at the end of the period).`,
      areaId: 'example',
      areaTitle: 'AN EXAMPLE AREA',
      areaIntroduction:
        'A strategy area gathers development goals. Give the area its own name and id, and name the file after the id.',
      goalSlug: 'first-goal',
      goalText: 'Describe the first development goal here',
      goalNote: 'Example: replace with your own assessment.',
      strategyHeader: [
        'The strategy: organisation, period, revision round, mission, challenges and vision (the last three optional).',
        'The texts are placeholders; write your own. Text fields may use Markdown.',
      ],
      areaHeader: [
        'A strategy area with development goals. One file per area: areas/NN-<id>.yaml, NN gives the order.',
        'assessment is a code from scale.yaml ("JA", "NEI+", …) or { mark, note, by }.',
      ],
      planHeader: [
        'Action plan. status: planned | started | done | dropped (or planlagt | startet | fullført | droppet).',
        'deadline: a year (2023) or year and month ("2023-06").',
        '"vm-strategy plan --format yaml -o <this file>" adds measures for goals not yet achieved.',
      ],
      readme: readmeEn,
    },
  },
};

export const nextSteps: Record<Lang, (dir: string) => string> = { nb: nextNb, en: nextEn };
