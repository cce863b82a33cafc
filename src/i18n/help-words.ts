// Every word of the command line itself, in each language: commander's help (headings, usage,
// descriptions of commands, options and arguments, the examples after each command's help) and
// its error messages (unknown option, missing argument, …). The interface is the contract: a key
// missing from one language does not compile, and a test fails on an empty one.
// Loaded at every start, so it holds words only.
import type { Lang } from '../core/lang.js';

/** What commander itself prints around our words. */
export interface CommanderWords {
  titles: { usage: string; arguments: string; options: string; commands: string; globalOptions: string };
  /** The placeholders in a usage line: `vm-strategy [options] [command]`. */
  usageOptions: string;
  usageCommand: string;
  choices: string;
  default: string;
  help: string;
  helpCommand: string;
  version: string;
}

/** Names of the values options and arguments take, as shown in `--dir <folder>`. */
export interface ValueNames {
  folder: string;
  file: string;
  format: string;
  lang: string;
  ref: string;
  year: string;
  n: string;
  text: string;
  name: string;
  id: string;
  mark: string;
  shell: string;
  command: string;
  words: string;
}

/** Commander's own errors, and the usage errors found before commander runs. */
export interface UsageErrorWords {
  unknownOption: (flag: string, suggestion: string | undefined) => string;
  unknownCommand: (name: string, suggestion: string | undefined) => string;
  missingArgument: (argument: string) => string;
  optionMissingValue: (option: string, value: string) => string;
  missingMandatory: (option: string) => string;
  conflicting: (option: string, other: string) => string;
  excessArguments: (command: string, expected: number, extra: string[]) => string;
  invalidChoice: (what: string, value: string, choices: readonly string[]) => string;
  invalidValue: (what: string, value: string) => string;
  /** The second line of every usage error: where to read more. */
  seeHelp: (command: string) => string;
  envLang: (value: string) => string;
  /** Not a usage error: a bug, said as such (exit code 2 too). */
  internalError: (detail: string) => string;
}

interface CommandHelp {
  description: string;
  /** The paragraphs after the options: examples, notes, exit codes. */
  after: string;
}

export interface HelpWords {
  commander: CommanderWords;
  values: ValueNames;
  errors: UsageErrorWords;
  program: CommandHelp;
  /** Options several commands share. */
  options: {
    dir: string;
    example: string;
    lang: string;
    color: string;
    noColor: string;
    against: string;
    format: string;
    history: string;
  };
  validate: CommandHelp & { quiet: string; maxWarnings: string };
  summary: CommandHelp & { against: string; excel: string };
  report: CommandHelp & { output: string; template: string; against: string; brief: string };
  plan: CommandHelp & { from: string; years: string; output: string; template: string };
  compare: CommandHelp;
  assess: CommandHelp & {
    id: string;
    mark: string;
    clause: string;
    note: string;
    by: string;
    interactive: string;
    area: string;
  };
  init: CommandHelp & { dir: string; org: string };
  schema: CommandHelp & { out: string };
  completion: CommandHelp & { shell: string; complete: string; completeWords: string };
  import: CommandHelp & { file: string; out: string; force: string; scale: string; strict: string; format: string };
}

const nb: HelpWords = {
  commander: {
    titles: {
      usage: 'Bruk:',
      arguments: 'Argumenter:',
      options: 'Valg:',
      commands: 'Kommandoer:',
      globalOptions: 'Felles valg:',
    },
    usageOptions: '[valg]',
    usageCommand: '[kommando]',
    choices: 'verdier',
    default: 'standard',
    help: 'vis hjelp for kommandoen',
    helpCommand: 'vis hjelp for en kommando',
    version: 'skriv ut versjonsnummeret',
  },
  values: {
    folder: 'mappe',
    file: 'fil',
    format: 'format',
    lang: 'språk',
    ref: 'ref',
    year: 'år',
    n: 'n',
    text: 'tekst',
    name: 'navn',
    id: 'id',
    mark: 'vurdering',
    shell: 'skall',
    command: 'kommando',
    words: 'ord',
  },
  errors: {
    unknownOption: (flag, s) => `Ukjent valg «${flag}».${s ? ` Mente du «${s}»?` : ''}`,
    unknownCommand: (name, s) => `Ukjent kommando «${name}».${s ? ` Mente du «${s}»?` : ''}`,
    missingArgument: (arg) => `Argumentet ${arg} mangler.`,
    optionMissingValue: (option, value) => `Valget ${option} mangler verdien sin (${value}).`,
    missingMandatory: (option) => `Valget ${option} må oppgis.`,
    conflicting: (option, other) => `${option} kan ikke brukes sammen med ${other}; velg ett av dem.`,
    excessArguments: (command, expected, extra) =>
      `For mange argumenter til «${command}»: ${expected === 0 ? 'den tar ingen' : `den tar ${expected}`}, men fikk også ${extra.map((e) => `«${e}»`).join(' ')}.`,
    invalidChoice: (what, value, choices) =>
      `Ugyldig verdi «${value}» for ${what}. Mulige verdier: ${choices.join(', ')}.`,
    invalidValue: (what, value) => `Ugyldig verdi «${value}» for ${what}.`,
    seeHelp: (command) => `Se «${command} --help».`,
    envLang: (value) =>
      `VM_STRATEGY_LANG er «${value}», et språk verktøyet ikke kan. Sett den til nb eller en, eller fjern den.`,
    internalError: (detail) =>
      `intern feil: ${detail}\nDette er en feil i verktøyet; meld den gjerne, sammen med kommandoen du kjørte (VM_STRATEGY_DEBUG=1 viser stakken).`,
  },
  program: {
    description: 'Hold en strategi som YAML-filer: kontroller dem, mål fremdriften, skriv rapporter og tiltaksplaner.',
    after: `
Eksempler:
  $ vm-strategy validate                      kontroller strategien funnet fra denne mappen og oppover
  $ vm-strategy summary --example             prøv verktøyet på eksempelstrategien som følger med
  $ vm-strategy summary --lang en             fremdrift per område, på engelsk
  $ vm-strategy validate --format github      merknader for GitHub Actions
  $ vm-strategy report --format html -o rapport.html   rapporten til revisjonsmøtet
  $ vm-strategy plan --format yaml -o strategi/plans/2022-2024.yaml
  $ vm-strategy assess --interactive --area forskning  sett vurderinger i et møte
  $ vm-strategy compare --against v2021               hva som er endret siden forrige revisjon
  $ vm-strategy import eksport.txt --out strategi     fra tekst eksportert fra Word
  $ vm-strategy init ny-strategi --org "Eksempelmuseet"

Strategimappe: --dir, ellers VM_STRATEGY_DIR, ellers den første mappen fra denne og oppover
(til roten av git-depotet) som har strategy.yaml eller en mappe strategy/ eller strategi/.
Finnes ingen: avslutningskode 2. Eksempelstrategien brukes bare med --example, og det står i alt som lages.
Språk: --lang, ellers VM_STRATEGY_LANG, ellers language i strategy.yaml, ellers nb.
Avslutningskoder: 0 i orden, 1 problemer i dataene, 2 ubrukelig inndata eller feil bruk.`,
  },
  options: {
    dir: 'strategimappen (standard: $VM_STRATEGY_DIR, ellers funnet fra denne mappen og oppover)',
    example:
      'bruk eksempelstrategien som følger med verktøyet (NTNU Vitenskapsmuseet); utdata sier at det er et eksempel',
    lang: 'språket verktøyet skriver på; uten valget: VM_STRATEGY_LANG, så language i strategy.yaml, så nb',
    color: 'farger også utenfor en terminal (som FORCE_COLOR=1)',
    noColor: 'ingen farger (som NO_COLOR=1 eller FORCE_COLOR=0)',
    against: 'sammenlign med en eldre revisjon: en mappe, eller en git-tagg, -gren eller -commit',
    history:
      'vis scoren per område ved hver av disse eldre revisjonene (mapper, eller git-tagger, -grener eller -commiter), eldst først',
    format: 'utdataformat',
  },
  validate: {
    description: 'kontroller strategifilene: YAML, skjema, vurderinger, id-er, oppsett',
    quiet: 'vis bare feil; skjulte advarsler teller likevel for --max-warnings',
    maxWarnings: 'avslutt med kode 1 når det er flere advarsler enn dette',
    after: `
Eksempler:
  $ vm-strategy validate
  $ vm-strategy validate --dir sti/til/strategi --max-warnings 0
  $ vm-strategy validate --format github      # merknader i GitHub Actions
  $ vm-strategy validate --format json | jq '.[] | .code'
  $ vm-strategy validate --format sarif > vm-strategy.sarif   # GitHub code scanning

Avslutningskoder: 0 ingen feil (advarsler er i orden med mindre de er flere enn --max-warnings),
1 feil funnet, 2 feil bruk eller en mappe som ikke kan leses.`,
  },
  summary: {
    description: 'fremdrift per område, for målbildet og totalt',
    against: 'vis også hver score før → nå, mot en eldre revisjon: en mappe, eller en git-tagg, -gren eller -commit',
    excel: 'med --format csv: for Excel med norske innstillinger (semikolon, desimalkomma)',
    after: `
Eksempler:
  $ vm-strategy summary
  $ vm-strategy summary --lang en
  $ vm-strategy summary --format json | jq .overall.score
  $ vm-strategy summary --format csv > mal.csv      # én rad per mål
  $ vm-strategy summary --format csv --excel > mal.csv   # for norsk Excel
  $ vm-strategy summary --format md >> README.md
  $ vm-strategy summary --against v2021           # en kolonne før → nå, mot en git-tagg
  $ vm-strategy summary --against v2021 --format json | jq .comparison.overall

CSV: kolonnene area_id, goal_id, goal_text, marks, score (0–1), de samme på alle
språk; --against legger til status, marks_before, score_before. UTF-8 med
byte order mark, CRLF-linjeskift. --excel: semikolon og desimalkomma, så Excel
med norske innstillinger åpner filen riktig med et dobbeltklikk.

Tabellen er like bred som terminalen (ellers COLUMNS, ellers 80 tegn).

Avslutningskoder: 0 i orden, 1 strategifilene (eller de i --against) har feil (de vises på stderr),
2 feil bruk, eller --against er verken en mappe eller en git-revisjon.`,
  },
  report: {
    description: 'rapporten til revisjonsmøtet: Markdown, HTML, PDF eller Word',
    output:
      'skriv til denne filen (md: standard stdout; html/pdf/docx: standard report.html / report.pdf / report.docx)',
    template: 'bruk HTML-malene i denne mappen (en kopi av templates/report/)',
    against:
      'begynn med endringene siden en eldre revisjon (en mappe, eller en git-tagg, -gren eller -commit) og merk hvert mål som har flyttet seg',
    brief: 'styreversjonen: side én, områdene etter skjema, det som skal besluttes og forfalte tiltak (2–4 sider)',
    after: `
Eksempler:
  $ vm-strategy report > rapport.md
  $ vm-strategy report --format html -o rapport.html
  $ vm-strategy report --format pdf -o report.pdf --lang en
  $ vm-strategy report --format docx -o rapport.docx              # Word
  $ vm-strategy report --format html --template mine-maler/ -o rapport.html
  $ vm-strategy report --against v2021 --format html -o rapport.html   # med endringene siden taggen v2021

PDF trenger pakken playwright-core, installert ved siden av vm-strategy (npm install playwright-core),
og en lokalt installert Chromium: /usr/bin/chromium (Debian: apt-get install chromium), eller stien i
CHROME_PATH. Ingenting lastes ned.
Miljø: SOURCE_DATE_EPOCH låser datoen som vises i rapporten (reproduserbare utdata).

Avslutningskoder: 0 skrevet, 1 strategifilene (eller de i --against) har feil (ingenting skrives),
2 feil bruk, en mal, playwright-core eller nettleser som mangler, eller --against er verken en mappe
eller en git-revisjon.`,
  },
  plan: {
    description: 'lag et utkast til tiltaksplan fra målene som ikke er nådd ennå',
    from: 'første år i planen (standard: året etter revisjonsrunden)',
    years: 'antall år planen dekker (standard: horizon i strategy.yaml)',
    output:
      'skriv til denne filen (html/docx: standard plan.html / plan.docx); med --format yaml blir en eksisterende planfil utvidet, aldri skrevet om',
    template: 'HTML-maler (en kopi av templates/report/)',
    after: `
Eksempler:
  $ vm-strategy plan                                   # utkastet som Markdown
  $ vm-strategy plan --format html -o tiltaksplan.html
  $ vm-strategy plan --format docx -o tiltaksplan.docx   # Word, med plass til å fylle inn
  $ vm-strategy plan --format yaml -o strategi/plans/2022-2024.yaml   # trygt å kjøre igjen og igjen
  $ vm-strategy plan --from 2025 --years 2 --lang en

Med --format yaml -o FIL på en eksisterende plan legges det til tiltak for mål som ikke har noen;
alt som allerede står i filen (også kommentarer og formatering) blir stående som det var.
Nye tiltak får status på språket til tiltakene som alt står i filen, ellers på utdataspråket
(planlagt eller planned); begge språk godtas.
Avslutningskoder: 0 i orden, 1 strategien eller planfilen har feil (ingenting skrives), 2 feil bruk.`,
  },
  compare: {
    description: 'hva som er endret siden en eldre revisjon: score før og nå, og hvert mål som har flyttet seg',
    after: `
REF er en mappe (en eldre kopi av strategien) eller en git-revisjon i depotet strategimappen ligger i.
En mappe vinner når REF er begge deler. En git-revisjon leses fra gits objektlager:
arbeidskatalogen, indeksen og HEAD blir aldri rørt.

Eksempler:
  $ vm-strategy compare --against v2021                  # en tagg
  $ vm-strategy compare --against HEAD~3 --format md     # for tre commits siden, som Markdown
  $ vm-strategy compare --against ../strategi-2021       # en eldre kopi i en mappe
  $ vm-strategy compare --against v2021 --format json | jq .counts

Avslutningskoder: 0 i orden, 1 strategifilene (nå eller i REF) har feil, 2 feil bruk, eller REF er
verken en mappe eller en git-revisjon.`,
  },
  assess: {
    description: 'sett en vurdering for et mål eller et ledd i målbildet, og behold filen som den var',
    id: 'målets id (f.eks. forskning.internasjonalt-samarbeid) eller id-en til et utsagn i målbildet (f.eks. vision.3)',
    mark: 'en vurdering fra skalaen (f.eks. JA, JA-, NEI+, "Vet ikke")',
    clause: 'hvilket ledd (1, 2, …) av et mål eller utsagn som vurderes ledd for ledd',
    note: 'en merknad til vurderingen (en tom tekst fjerner den)',
    by: 'hvem som gjorde vurderingen',
    interactive: 'gå gjennom målene ett for ett, som i et møte',
    area: 'med --interactive: bare dette området (eller "vision")',
    after: `
Eksempler:
  $ vm-strategy assess samlinger.effektiv-infrastruktur NEI+
  $ vm-strategy assess formidling.pedagogiske-opplegg JA --note "Tiltak på Ringve er iverksatt" --by "Revisjonsgruppen"
  $ vm-strategy assess forskning.internasjonalt-samarbeid JA --clause 2
  $ vm-strategy assess vision.8 JA --clause 1
  $ vm-strategy assess --interactive --area formidling
  $ printf 'JA\\n\\nNEI+\\nStartet i høst\\n' | vm-strategy assess --interactive --area samlinger

Bare vurderingen endres: kommentarer, tomme linjer, rekkefølgen på nøklene, anførselstegn, en BOM og
CRLF-linjeskift blir som de var. Filen skrives atomisk, og ikke i det hele tatt hvis den er endret
på disken i mellomtiden.
Interaktivt: Enter beholder vurderingen eller merknaden, «-» fjerner merknaden; hvert svar lagres
med en gang, så å stoppe halvveis (Ctrl-C, slutt på inndata) mister ingenting som er besvart.
Avslutningskoder: 0 lagret eller uendret, 1 strategifilene har feil, 2 feil bruk (ukjent id eller vurdering).`,
  },
  init: {
    description: 'lag en ny strategimappe å fylle ut: strategi, skala, et eksempelområde, en plan, skjemaer',
    dir: 'mappen som skal lages (må være tom eller ikke finnes ennå)',
    org: 'navnet på organisasjonen',
    after: `
Eksempler:
  $ vm-strategy init strategi --org "NTNU Vitenskapsmuseet"
  $ vm-strategy init my-strategy --org "Example Museum" --lang en
  $ vm-strategy validate --dir strategi

Skriver strategy.yaml (med language: satt til språket, så verktøyet snakker det i denne strategien),
scale.yaml (standardskalaen), areas/01-<id>.yaml med ett eksempelmål, en tom tiltaksplan
plans/<fra>-<til>.yaml, JSON-skjemaene i schemas/ og en README.md. Tekstene er plassholdere på
språket som er valgt; perioden starter i år. Hver YAML-fil begynner med en modelinje for
YAML-utvidelsen i VS Code. En mappe som ikke er tom, blir aldri rørt.
Avslutningskoder: 0 laget, 2 mappen er ikke tom eller kan ikke skrives.`,
  },
  schema: {
    description: 'skriv JSON-skjemaer (draft-07) for strategifilene, for editorer og andre verktøy',
    out: 'mappen strategy/area/scale/plan.schema.json skrives til (lages om den mangler)',
    after: `
Eksempler:
  $ vm-strategy schema                          # ./schemas/*.schema.json
  $ vm-strategy schema --out strategi/schemas   # ved siden av strategiens filer

Skjemaene lages fra de samme reglene som validate bruker, så de er aldri uenige; noen få regler som
JSON Schema ikke kan uttrykke (et mål har text eller clauses, ikke begge), er overlatt til validate.
Hvert felt har en beskrivelse på språket som er valgt (hjelp når du holder over feltet). Vurderingene
begrenses til skalaen til strategien, funnet som i alle kommandoer (--dir, --example, VM_STRATEGY_DIR,
søket oppover), så editoren fullfører og kontrollerer dem; uten strategimappe er de fri tekst.
Pek en YAML-fil til skjemaet sitt med en første linje som
  # yaml-language-server: $schema=schemas/strategy.schema.json
så kontrollerer YAML-utvidelsen i VS Code filen mens du skriver. Skjemafiler som finnes, erstattes.
Avslutningskoder: 0 skrevet, 2 mappen kan ikke skrives eller en strategimappe som er oppgitt, finnes ikke.`,
  },
  completion: {
    description: 'skriv ut et skript for fullføring i skallet (bash, zsh eller fish)',
    shell: 'skallet',
    complete:
      'skriv ut mål-id-er, id-er i målbildet, vurderinger eller område-id-er, én per linje (for fullføringsskriptene)',
    completeWords: 'slag (goals, vision, marks, areas), og --dir MAPPE',
    after: `
Eksempler:
  $ vm-strategy completion bash > ~/.local/share/bash-completion/completions/vm-strategy
  $ echo 'source <(vm-strategy completion bash)' >> ~/.bashrc
  $ vm-strategy completion zsh > "\${fpath[1]}/_vm-strategy"
  $ vm-strategy completion fish > ~/.config/fish/completions/vm-strategy.fish

Kommandoer, valg og verdiene deres (formater, språk) skrives inn i skriptet, med beskrivelser på
språket det lages på; lag det på nytt etter en oppgradering. Mål-id-er (assess), vurderinger og
områder slås opp mens du skriver, ved å kjøre "vm-strategy __complete", i strategien i --dir,
./strategy eller den som følger med.
Avslutningskoder: 0 skrevet ut, 2 et ukjent skall.`,
  },
  import: {
    description:
      'gjør et kommentert strategidokument (en Word-fil, eller ren tekst eksportert fra Word) om til en strategimappe',
    file: 'dokumentet: en Word-fil (.docx, med kommentarene) eller ren tekst i UTF-8',
    out: 'strategimappen som skal lages (må ikke finnes, eller være tom)',
    force:
      'skriv i en mappe som ikke er tom: erstatter strategy.yaml, scale.yaml, areas/ og schemas/, beholder andre filer',
    scale:
      'vurderingsskalaen vurderingene finnes med: nb (den norske som følger med), en (den engelske som følger med) eller en skalafil; uten valget velges nb eller en etter dokumentets vurderinger, og det sies fra',
    strict: 'hver gjetning og hver linje med et ubrukt vurderingsord er en feil: ingenting skrives (avslutningskode 1)',
    format:
      'skriv funnene til standard ut som validate gjør (stylish, json, github); uten valget: én linje hver på standard feil',
    after: `
Eksempler:
  $ vm-strategy import strategi.docx --out strategi
  $ vm-strategy import strategi.txt --out strategi
  $ vm-strategy import strategi.txt --out strategi --force          # erstatt en tidligere import
  $ vm-strategy import strategy.txt --out strategy --lang en
  $ vm-strategy import strategi.txt --out strategi --scale min-skala.yaml
  $ vm-strategy import strategy.txt --out strategy --scale en       # YES, NO, PARTLY, UNKNOWN
  $ vm-strategy import strategi.txt --out strategi --strict         # ingen gjetninger
  $ vm-strategy import strategi.txt --out strategi && vm-strategy validate --dir strategi

Dokumentet leses etter formen sin: overskrifter med store bokstaver, "… ER TUFTET PÅ … PILARER:",
mål under UTVIKLINGSMÅL / MÅL FOR PERIODEN / "<organisasjon> skal:" som punkter, nummerert (1. 1) a))
eller linjer, DEL 2 / PART 2, MÅLBILDET; samfunnsoppdrag, utfordringer og målbilde er valgfrie.
Vurderinger etter hvert ledd (enhver kode eller alias i skalaen, store eller små bokstaver),
merknader etter en vurdering, og kommentarer eksportert som en tabulator og "Comment by NAVN: tekst".
Det den ikke kan plassere eller må gjette, beholdes som tekst og meldes som en advarsel med
linjenummeret; etterpå sier den hva den leste.

Avslutningskoder: 0 skrevet (advarsler er i orden), 1 dokumentet gir ikke en gyldig strategi, eller
en advarsel med --strict (ingenting skrives), 2 feil bruk: en fil som mangler eller ikke kan leses,
ikke UTF-8, --out ikke tom.`,
  },
};

const en: HelpWords = {
  commander: {
    titles: {
      usage: 'Usage:',
      arguments: 'Arguments:',
      options: 'Options:',
      commands: 'Commands:',
      globalOptions: 'Global Options:',
    },
    usageOptions: '[options]',
    usageCommand: '[command]',
    choices: 'choices',
    default: 'default',
    help: 'display help for the command',
    helpCommand: 'display help for a command',
    version: 'output the version number',
  },
  values: {
    folder: 'folder',
    file: 'file',
    format: 'format',
    lang: 'lang',
    ref: 'ref',
    year: 'year',
    n: 'n',
    text: 'text',
    name: 'name',
    id: 'id',
    mark: 'mark',
    shell: 'shell',
    command: 'command',
    words: 'words',
  },
  errors: {
    unknownOption: (flag, s) => `Unknown option «${flag}».${s ? ` Did you mean «${s}»?` : ''}`,
    unknownCommand: (name, s) => `Unknown command «${name}».${s ? ` Did you mean «${s}»?` : ''}`,
    missingArgument: (arg) => `The argument ${arg} is missing.`,
    optionMissingValue: (option, value) => `The option ${option} is missing its value (${value}).`,
    missingMandatory: (option) => `The option ${option} is required.`,
    conflicting: (option, other) => `${option} cannot be used together with ${other}; choose one of them.`,
    excessArguments: (command, expected, extra) =>
      `Too many arguments for «${command}»: it takes ${expected === 0 ? 'none' : expected}, but also got ${extra.map((e) => `«${e}»`).join(' ')}.`,
    invalidChoice: (what, value, choices) => `Invalid value «${value}» for ${what}. Choices: ${choices.join(', ')}.`,
    invalidValue: (what, value) => `Invalid value «${value}» for ${what}.`,
    seeHelp: (command) => `See «${command} --help».`,
    envLang: (value) =>
      `VM_STRATEGY_LANG is «${value}», a language the tool does not speak. Set it to nb or en, or unset it.`,
    internalError: (detail) =>
      `internal error: ${detail}\nThis is a bug; please report it with the command you ran (VM_STRATEGY_DEBUG=1 shows the stack).`,
  },
  program: {
    description: 'Keep a strategy as YAML files: check them, measure progress, write reports and action plans.',
    after: `
Examples:
  $ vm-strategy validate                      check the strategy found from this folder upwards
  $ vm-strategy summary --example             try the tool on the bundled example strategy
  $ vm-strategy summary --lang en             completion per area, in English
  $ vm-strategy validate --format github      annotations for GitHub Actions
  $ vm-strategy report --format html -o report.html   the revision-meeting report
  $ vm-strategy plan --format yaml -o strategy/plans/2022-2024.yaml
  $ vm-strategy assess --interactive --area forskning  record marks in a meeting
  $ vm-strategy compare --against v2021               what moved since the last revision
  $ vm-strategy import eksport.txt --out strategy     from the Word text export
  $ vm-strategy init ny-strategi --org "Eksempelmuseet"

Strategy folder: --dir, else VM_STRATEGY_DIR, else the first folder from here upwards (to the
root of the git repository) that has strategy.yaml or a folder strategy/ or strategi/.
None found: exit code 2. The example strategy is used only with --example, and all made from it says so.
Language: --lang, else VM_STRATEGY_LANG, else language in strategy.yaml, else nb.
Exit codes: 0 ok, 1 problems in the data, 2 unusable input or usage.`,
  },
  options: {
    dir: 'strategy folder (default: $VM_STRATEGY_DIR, else found from the current folder upwards)',
    example: 'use the example strategy bundled with the tool (NTNU Vitenskapsmuseet); output says it is an example',
    lang: "language of the tool's own words; without it: VM_STRATEGY_LANG, then language in strategy.yaml, then nb",
    color: 'colour even when not on a terminal (as FORCE_COLOR=1)',
    noColor: 'no colour (as NO_COLOR=1 or FORCE_COLOR=0)',
    against: 'compare with an older revision: a folder, or a git tag, branch or commit',
    history:
      'show the score per area at each of these older revisions (folders, or git tags, branches or commits), oldest first',
    format: 'output format',
  },
  validate: {
    description: 'check the strategy files: YAML, schema, marks, ids, layout',
    quiet: 'report errors only; hidden warnings still count for --max-warnings',
    maxWarnings: 'fail (exit 1) when there are more warnings than this',
    after: `
Examples:
  $ vm-strategy validate
  $ vm-strategy validate --dir path/to/strategy --max-warnings 0
  $ vm-strategy validate --format github      # annotations in GitHub Actions
  $ vm-strategy validate --format json | jq '.[] | .code'
  $ vm-strategy validate --format sarif > vm-strategy.sarif   # GitHub code scanning

Exit codes: 0 no errors (warnings allowed unless over --max-warnings), 1 errors found,
2 usage or unreadable folder.`,
  },
  summary: {
    description: 'completion per area, for the vision and overall',
    against: 'also show each score then → now, against an older revision: a folder, or a git tag, branch or commit',
    excel: 'with --format csv: for Excel with Norwegian settings (semicolons, decimal commas)',
    after: `
Examples:
  $ vm-strategy summary
  $ vm-strategy summary --lang en
  $ vm-strategy summary --format json | jq .overall.score
  $ vm-strategy summary --format csv > goals.csv     # one row per goal
  $ vm-strategy summary --format csv --excel > goals.csv   # for Norwegian Excel
  $ vm-strategy summary --format md >> README.md
  $ vm-strategy summary --against v2021           # a then → now column, against a git tag
  $ vm-strategy summary --against v2021 --format json | jq .comparison.overall

CSV: columns area_id, goal_id, goal_text, marks, score (0–1), the same in every
language; --against adds status, marks_before, score_before. UTF-8 with a byte
order mark, CRLF line ends. --excel: semicolons and decimal commas, so that Excel
with Norwegian settings opens the file right on a double-click.

The table is as wide as the terminal (else COLUMNS, else 80 columns).

Exit codes: 0 ok, 1 the strategy files (or those of --against) have errors (they are listed on stderr),
2 usage, or --against is neither a folder nor a git revision.`,
  },
  report: {
    description: 'the revision-meeting report: Markdown, HTML, PDF or Word',
    output: 'write to this file (md: default stdout; html/pdf/docx: default report.html / report.pdf / report.docx)',
    template: 'use the HTML templates in this folder (a copy of templates/report/)',
    against:
      'open with the changes since an older revision (a folder, or a git tag, branch or commit) and mark each goal that moved',
    brief: 'the board version: page one, the areas behind, what to decide and the overdue measures (2–4 pages)',
    after: `
Examples:
  $ vm-strategy report > report.md
  $ vm-strategy report --format html -o report.html
  $ vm-strategy report --format pdf -o report.pdf --lang en
  $ vm-strategy report --format docx -o report.docx               # Word
  $ vm-strategy report --format html --template my-templates/ -o report.html
  $ vm-strategy report --against v2021 --format html -o report.html   # with the changes since the tag v2021

PDF needs the package playwright-core, installed next to vm-strategy (npm install playwright-core),
and a locally installed Chromium: /usr/bin/chromium (Debian: apt-get install chromium), or the path in
CHROME_PATH. Nothing is downloaded.
Environment: SOURCE_DATE_EPOCH fixes the date shown in the report (reproducible output).

Exit codes: 0 written, 1 the strategy files (or those of --against) have errors (nothing is written),
2 usage, a missing template, playwright-core or browser, or --against is neither a folder nor a git revision.`,
  },
  plan: {
    description: 'draft the action plan (tiltaksplan) from the goals not yet achieved',
    from: 'first year of the plan (default: the year after the revision round)',
    years: 'years the plan covers (default: horizon in strategy.yaml)',
    output:
      'write to this file (html/docx: default plan.html / plan.docx); with --format yaml an existing plan file is updated, never rewritten',
    template: 'HTML templates (a copy of templates/report/)',
    after: `
Examples:
  $ vm-strategy plan                                   # the draft as Markdown
  $ vm-strategy plan --format html -o tiltaksplan.html
  $ vm-strategy plan --format docx -o action-plan.docx   # Word, with room to fill in
  $ vm-strategy plan --format yaml -o strategy/plans/2022-2024.yaml   # safe to run again and again
  $ vm-strategy plan --from 2025 --years 2 --lang en

With --format yaml -o FILE on an existing plan, measures are added for goals that have none;
everything already in the file (comments and formatting included) stays as it was.
New measures get their status in the language of the measures already in the file, else in the
output language (planned or planlagt); either language is accepted.
Exit codes: 0 ok, 1 the strategy or the plan file has errors (nothing is written), 2 usage.`,
  },
  compare: {
    description: 'what changed since an older revision: scores then and now, and every goal that moved',
    after: `
REF is a folder (an older copy of the strategy) or a git revision of the repository the strategy
folder is in. A folder wins when REF is both. A git revision is read from git's object store:
the working tree, the index and HEAD are never touched.

Examples:
  $ vm-strategy compare --against v2021                  # a tag
  $ vm-strategy compare --against HEAD~3 --format md     # three commits ago, as Markdown
  $ vm-strategy compare --against ../strategi-2021       # an older copy in a folder
  $ vm-strategy compare --against v2021 --format json | jq .counts

Exit codes: 0 ok, 1 the strategy files (now or in REF) have errors, 2 usage, or REF is neither
a folder nor a git revision.`,
  },
  assess: {
    description: 'record an assessment (a mark) for a goal or a vision clause, keeping the file as it was',
    id: 'goal id (e.g. forskning.internasjonalt-samarbeid) or vision statement id (e.g. vision.3)',
    mark: 'a mark from the scale (e.g. JA, JA-, NEI+, "Vet ikke")',
    clause: 'which clause (1, 2, …) of a goal or vision statement assessed clause by clause',
    note: 'a note on the assessment (an empty text removes it)',
    by: 'who made the assessment',
    interactive: 'walk through the goals one by one, as in a meeting',
    area: 'with --interactive: only this area (or "vision")',
    after: `
Examples:
  $ vm-strategy assess samlinger.effektiv-infrastruktur NEI+
  $ vm-strategy assess formidling.pedagogiske-opplegg JA --note "Tiltak på Ringve er iverksatt" --by "Revisjonsgruppen"
  $ vm-strategy assess forskning.internasjonalt-samarbeid JA --clause 2
  $ vm-strategy assess vision.8 JA --clause 1
  $ vm-strategy assess --interactive --area formidling
  $ printf 'JA\\n\\nNEI+\\nStartet i høst\\n' | vm-strategy assess --interactive --area samlinger

Only the assessment changes: comments, blank lines, key order, quoting, a BOM and CRLF line ends
stay as they were. The write is atomic and refused if the file changed on disk meanwhile.
Interactive: Enter keeps the current mark or note, "-" removes the note; every answer is saved at
once, so stopping half-way (Ctrl-C, end of input) loses nothing already answered.
Exit codes: 0 saved or unchanged, 1 the strategy files have errors, 2 usage (unknown id or mark).`,
  },
  init: {
    description: 'make a new strategy folder to fill in: strategy, scale, an example area, a plan, schemas',
    dir: 'the folder to make (must be empty or not exist yet)',
    org: "the organisation's name",
    after: `
Examples:
  $ vm-strategy init strategy --org "NTNU Vitenskapsmuseet"
  $ vm-strategy init my-strategy --org "Example Museum" --lang en
  $ vm-strategy validate --dir my-strategy

Writes strategy.yaml (with language: set to the language, so the tool speaks it for this strategy),
scale.yaml (the default scale), areas/01-<id>.yaml with one example goal, an empty action plan
plans/<from>-<to>.yaml, the JSON Schemas in schemas/ and a README.md. The texts are placeholders
in the chosen language; the period starts this year. Every YAML file starts with a modeline for
VS Code's YAML extension. A folder that is not empty is never touched.
Exit codes: 0 made, 2 the folder is not empty or cannot be written.`,
  },
  schema: {
    description: 'write JSON Schemas (draft-07) of the strategy files, for editors and other tools',
    out: 'folder to write strategy/area/scale/plan.schema.json to (made if missing)',
    after: `
Examples:
  $ vm-strategy schema                          # ./schemas/*.schema.json
  $ vm-strategy schema --out strategy/schemas   # next to the strategy's files

The schemas are made from the same rules validate uses, so they never disagree; a few rules that
JSON Schema cannot express (a goal has text or clauses, not both) are left to validate.
Every field has a description in the language chosen (hover help). Marks are constrained to the
scale of the strategy, found as every command finds it (--dir, --example, VM_STRATEGY_DIR, the
search upwards), so the editor completes and checks them; without a strategy they are free text.
Point a YAML file at its schema with a first line such as
  # yaml-language-server: $schema=schemas/strategy.schema.json
and VS Code's YAML extension checks the file while you type. Existing schema files are replaced.
Exit codes: 0 written, 2 the folder cannot be written or a strategy folder named does not exist.`,
  },
  completion: {
    description: 'print a shell completion script (bash, zsh or fish)',
    shell: 'the shell',
    complete: 'print goal ids, vision ids, marks or area ids, one a line (for completion scripts)',
    completeWords: 'kinds (goals, vision, marks, areas), and --dir DIR',
    after: `
Examples:
  $ vm-strategy completion bash > ~/.local/share/bash-completion/completions/vm-strategy
  $ echo 'source <(vm-strategy completion bash)' >> ~/.bashrc
  $ vm-strategy completion zsh > "\${fpath[1]}/_vm-strategy"
  $ vm-strategy completion fish > ~/.config/fish/completions/vm-strategy.fish

Commands, options and their values (formats, languages) are written into the script, with
descriptions in the language it is made in; make it again after an upgrade. Goal ids (assess),
marks and areas are looked up while you type, by running "vm-strategy __complete", in the strategy
of --dir, ./strategy or the bundled one.
Exit codes: 0 printed, 2 an unknown shell.`,
  },
  import: {
    description:
      'turn an annotated strategy document (a Word file, or plain text exported from Word) into a strategy folder',
    file: 'the document: a Word file (.docx, with its comments) or UTF-8 plain text',
    out: 'the strategy folder to create (must not exist, or be empty)',
    force:
      'write into a folder that is not empty: replaces strategy.yaml, scale.yaml, areas/ and schemas/, keeps other files',
    scale:
      "the assessment scale to find marks with: nb (the bundled Norwegian one), en (the bundled English one) or a scale file; without it, nb or en is chosen by the document's marks, and said",
    strict: 'every guess and every line with an unused mark-like word is an error: nothing is written (exit code 1)',
    format:
      'write the findings to stdout as validate does (stylish, json, github); without it: one line each on stderr',
    after: `
Examples:
  $ vm-strategy import strategi.docx --out strategy
  $ vm-strategy import strategi.txt --out strategy
  $ vm-strategy import strategi.txt --out strategy --force          # replace an earlier import
  $ vm-strategy import strategy.txt --out strategy --lang en
  $ vm-strategy import strategi.txt --out strategy --scale my-scale.yaml
  $ vm-strategy import strategy.txt --out strategy --scale en       # YES, NO, PARTLY, UNKNOWN
  $ vm-strategy import strategi.txt --out strategy --strict         # no guesses
  $ vm-strategy import strategi.txt --out strategy && vm-strategy validate --dir strategy

The document is read by its shape: headings in capitals, "… ER TUFTET PÅ … PILARER:",
goals under UTVIKLINGSMÅL / GOALS / "<organisation> skal:" / "The X will:" as bullets,
numbers (1. 1) a)) or lines, DEL 2 / PART 2, MÅLBILDET / VISION; mission, challenges and
vision are optional. Marks after each clause (any code or alias of the scale, any letter
case), notes after a mark, and reviewer comments exported as a tab and "Comment by NAME: text".
Whatever it cannot place or has to guess is kept as text and reported as a warning with its
line number; then it says what it read.

Exit codes: 0 written (warnings allowed), 1 the document does not yield a valid strategy, or
a warning under --strict (nothing is written), 2 usage: a missing or unreadable file, not
UTF-8, --out not empty.`,
  },
};

export const helpWords: Record<Lang, HelpWords> = { nb, en };
