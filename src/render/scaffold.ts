// The files of a new strategy folder (`vm-strategy init`), as text. Pure: the command decides
// where they go and writes them. Every YAML file starts with the editor's schema modeline.
import type { Lang } from '../core/lang.js';
import { jsonSchemaFiles, modeline, schemaFolder } from '../core/json-schema.js';
import type { Scale } from '../core/schema.js';
import { stringify } from 'yaml';
import { schemaWords } from '../i18n/schema-words.js';
import { toolingWords } from '../i18n/tooling-words.js';

export interface ScaffoldOptions {
  lang: Lang;
  /** The organisation's name; the language's placeholder when left out. */
  organisation?: string;
  /** The year the strategy starts and is first assessed (the revision round). */
  year: number;
  /** The text of the default scale (the bundled scale.yaml). */
  scaleText: string;
  /** That scale, read: the schemas constrain marks to it. */
  scale?: Scale;
  /** How the folder is named in the README's commands (as the user typed it). */
  dirForCommands: string;
}

export interface ScaffoldFile {
  /** Relative path, '/'-separated. */
  path: string;
  text: string;
}

/** A YAML scalar for any text a user typed: plain where that reads back the same, quoted otherwise. */
const quote = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
const comments = (lines: string[]) => lines.map((l) => `# ${l}`).join('\n');

/** Horizon of an action plan, in years, as in the bundled strategy. */
const horizon = 3;
/** Length of the strategy period, in years (the bundled strategy runs 2018–2025). */
const periodYears = 8;

export function scaffoldFiles(options: ScaffoldOptions): ScaffoldFile[] {
  const w = toolingWords[options.lang].scaffold;
  const organisation = options.organisation ?? w.organisation;
  const from = options.year;
  const to = from + periodYears - 1;
  const round = from;
  const plan = { from: round + 1, to: round + horizon };
  const areaPath = `areas/01-${w.areaId}.yaml`;
  const planPath = `plans/${plan.from}-${plan.to}.yaml`;

  const strategy = `${modeline('strategy', 'strategy.yaml')}
${comments(w.strategyHeader)}
organisation: ${quote(organisation)}
title: ${quote(w.title(from, to))}
period:
  from: ${from}
  to: ${to}
${`round: ${round}`.padEnd(14)} # ${w.roundComment}
${`horizon: ${horizon}`.padEnd(14)} # ${w.horizonComment}
${`language: ${options.lang}`.padEnd(14)} # ${w.languageComment}
introduction: ${quote(w.introduction)}
mission:
  title: ${quote(w.missionTitle)}
  text: ${quote(w.missionText)}
challenges:
  title: ${quote(w.challengesTitle(from))}
  items:
    - id: ${w.challengeId}
      title: ${quote(w.challengeTitle)}
      text: ${quote(w.challengeText)}
vision:
  title: ${quote(w.visionTitle)}
  subtitle: ${quote(w.visionSubtitle(organisation, to))}
  statements:
    - id: vision.1
      clauses:
        - text: ${quote(w.visionClause(to))}
`;

  const area = `${modeline('area', areaPath)}
${comments(w.areaHeader)}
id: ${w.areaId}
title: ${quote(w.areaTitle)}
part: 2
introduction: ${quote(w.areaIntroduction)}
goals:
  - id: ${w.areaId}.${w.goalSlug}
    text: ${quote(w.goalText)}
    assessment: { mark: "JA", note: ${quote(w.goalNote)} }
`;

  const planText = `${modeline('plan', planPath)}
${comments(w.planHeader)}
period:
  from: ${plan.from}
  to: ${plan.to}
measures: []
`;

  const scaleModeline = modeline('scale', 'scale.yaml');
  const scale = options.scaleText.startsWith(scaleModeline)
    ? options.scaleText
    : `${scaleModeline}\n${options.scaleText}`;

  return [
    { path: 'strategy.yaml', text: strategy },
    { path: 'scale.yaml', text: scale },
    { path: areaPath, text: area },
    { path: planPath, text: planText },
    ...jsonSchemaFiles({ words: schemaWords[options.lang], ...(options.scale ? { scale: options.scale } : {}) }).map(
      (f) => ({
        path: `${schemaFolder}/${f.name}`,
        text: f.text,
      }),
    ),
    {
      path: 'README.md',
      text: w.readme({ organisation, area: areaPath, plan: planPath, dir: options.dirForCommands }),
    },
  ];
}
