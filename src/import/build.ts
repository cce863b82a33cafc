// From the document's shape to the strategy's data: ids, marks in canonical form, notes and
// comments where the format has them, and the fields of strategy.yaml the document only
// implies. The result is plain data in the key order the files are written in.
import type { ImportWords } from '../i18n/import-words.js';
import type { AreaDraft, DraftDocument, FrontSection, Para, SubSection, Warning } from './document.js';
import type { DocComment, Item } from './lines.js';
import type { MarkFinder } from './marks.js';
import { findHorizon, findPeriod, findRound, mostCommon, organisationFromHeading } from './meta.js';
import { areaIdPart, goalIdPart, hasWordCharacter, IdRegistry, joinParagraphs, slug } from './text.js';

type Assessment = string | { mark: string; note: string };
interface ClauseData {
  text: string;
  assessment?: Assessment;
}
interface GoalData {
  id: string;
  text?: string;
  assessment?: Assessment;
  clauses?: ClauseData[];
  comments?: { author: string; text: string }[];
}

export interface AreaData {
  id: string;
  title: string;
  part: number;
  introduction?: string;
  pillars?: { title: string; items: string[] };
  goals: GoalData[];
  'no-goals'?: string;
  lists?: { title: string; items: string[] }[];
  text?: string;
}

export interface StrategyData {
  organisation: string;
  title: string;
  period: { from: number; to: number };
  round: number;
  horizon: number;
  introduction?: string;
  mission: { title: string; text: string; general?: { title: string; text: string }; special?: { title: string; text: string } };
  challenges: { title: string; introduction?: string; items: { id: string; title: string; text: string }[] };
  vision: { title: string; subtitle?: string; statements: { id: string; clauses: ClauseData[]; comments?: { author: string; text: string }[] }[] };
  closing?: string;
}

export interface Built {
  strategy?: StrategyData;
  areas: AreaData[];
  errors: Warning[];
  stats: { areas: number; goals: number; marks: number };
}

export interface BuildContext {
  marks: MarkFinder;
  w: ImportWords;
  /** The document's text, for the period, round, horizon and the organisation's spelling. */
  fullText: string;
  defaultYear: number;
  warnings: Warning[];
}

const defaultHorizon = 3;
const paragraphs = (paras: readonly Para[]) => joinParagraphs(paras.map((p) => p.text));
const comments = (list: readonly DocComment[]) => (list.length > 0 ? list.map((c) => ({ author: c.author, text: c.text })) : undefined);

export function buildStrategy(doc: DraftDocument, ctx: BuildContext): Built {
  const { w } = ctx;
  const errors: Warning[] = [];
  const warn = (line: number, message: string) => ctx.warnings.push({ line, message });
  const ids = new IdRegistry();

  // The vision's ids come first: areas, goals and vision statements share one namespace.
  const statements = (doc.vision?.statements ?? []).map((item, k) => ({ id: ids.claim(`vision.${k + 1}`, 'vision'), ...visionStatement(item, ctx) }));

  const areas = doc.areas.map((area) => buildArea(area, ids, ctx));
  const stats = {
    areas: areas.length,
    goals: areas.reduce((n, a) => n + a.goals.length, 0),
    marks: areas.reduce((n, a) => n + a.goals.reduce((m, g) => m + (g.clauses ? g.clauses.filter((c) => c.assessment).length : g.assessment ? 1 : 0), 0), 0),
  };

  if (!doc.mission) errors.push({ line: 0, message: w.noMission });
  if (!doc.challenges) errors.push({ line: 0, message: w.noChallenges });
  if (!doc.vision) errors.push({ line: 0, message: w.noVision });
  else if (statements.length === 0) errors.push({ line: doc.vision.line, message: w.noVisionStatements(doc.vision.title) });
  if (areas.length === 0) errors.push({ line: 0, message: w.noAreas });
  const mission = doc.mission ? buildMission(doc.mission, w, warn) : undefined;
  if (doc.mission && !mission) errors.push({ line: doc.mission.line, message: w.noMissionText(doc.mission.title) });
  if (!mission || !doc.challenges || !doc.vision || statements.length === 0 || areas.length === 0) return { areas, errors, stats };

  const organisation = findOrganisation(doc, ctx);
  const period = findPeriod(ctx.fullText, ctx.defaultYear, doc.vision.subtitle);
  if (period.how === 'guessed') warn(0, w.periodGuessed(period.from, period.to));
  if (period.how === 'missing') warn(0, w.periodMissing(period.from, period.to));
  let round = findRound(ctx.fullText);
  if (round === undefined) {
    round = Math.floor((period.from + period.to) / 2);
    warn(0, w.roundMissing(round));
  }
  let horizon = findHorizon(ctx.fullText);
  if (horizon === undefined) {
    horizon = defaultHorizon;
    warn(0, w.horizonMissing(horizon));
  }

  const challengeIds = new IdRegistry();
  const strategy: StrategyData = {
    organisation,
    title: doc.title ?? `Strategi ${period.from}–${period.to}`,
    period: { from: period.from, to: period.to },
    round,
    horizon,
    ...optional('introduction', paragraphs(doc.introduction)),
    mission,
    challenges: {
      title: doc.challenges.title,
      ...optional('introduction', paragraphs(doc.challenges.paras)),
      items: doc.challenges.subs.map((sub) => ({
        id: challengeIds.claim(slug(sub.title), 'utfordring'),
        title: sub.title,
        text: paragraphs(sub.paras) ?? sub.title,
      })),
    },
    vision: {
      title: doc.vision.title,
      ...optional('subtitle', doc.vision.subtitle),
      statements,
    },
    ...optional('closing', paragraphs(doc.closing)),
  };
  return { strategy, areas, errors, stats };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function findOrganisation(doc: DraftDocument, ctx: BuildContext): string {
  const fromLeadIns = mostCommon(doc.organisations);
  if (fromLeadIns) return fromLeadIns;
  const fromHeading = doc.vision?.subtitle ? organisationFromHeading(doc.vision.subtitle, ctx.fullText) : undefined;
  if (fromHeading) {
    ctx.warnings.push({ line: doc.vision!.line, message: ctx.w.organisationFromDocument(fromHeading) });
    return fromHeading;
  }
  ctx.warnings.push({ line: 0, message: ctx.w.noOrganisation(ctx.w.defaultOrganisation) });
  return ctx.w.defaultOrganisation;
}

/** The mission's main text and its general and special parts; any further part joins the last. */
function buildMission(section: FrontSection, w: ImportWords, warn: (line: number, message: string) => void): StrategyData['mission'] | undefined {
  const subs = [...section.subs];
  let text = paragraphs(section.paras);
  if (text === undefined) {
    const first = subs.shift();
    if (!first) return undefined;
    warn(first.line, w.missionTextFromSection(first.title));
    text = joinParagraphs([first.title, ...first.paras.map((p) => p.text)]);
  }
  let general = subs.find((s) => /generel|general|allmenn/iu.test(s.title));
  let special = subs.find((s) => s !== general && /spesiel|special|særskil|særlig|spesifik/iu.test(s.title));
  const rest = subs.filter((s) => s !== general && s !== special);
  general ??= rest.shift();
  special ??= rest.shift();
  const into = special && general ? (subs.indexOf(special) > subs.indexOf(general) ? special : general) : (special ?? general);
  const extra: string[] = [];
  for (const sub of rest) {
    warn(sub.line, w.extraMissionSection(sub.title, into!.title));
    extra.push(sub.title, ...sub.paras.map((p) => p.text));
  }
  const part = (sub: SubSection | undefined) =>
    sub ? { title: sub.title, text: joinParagraphs([...sub.paras.map((p) => p.text), ...(sub === into ? extra : [])]) ?? sub.title } : undefined;
  return { title: section.title, text: text!, ...optional('general', part(general)), ...optional('special', part(special)) };
}

function visionStatement(item: Item, ctx: BuildContext): { clauses: ClauseData[]; comments?: { author: string; text: string }[] } {
  const split = ctx.marks.split(item.text);
  for (const mark of split.skipped) ctx.warnings.push({ line: item.line, message: ctx.w.markSkipped(mark) });
  const clauses: ClauseData[] = split.clauses.map((c) => ({ text: c.text, assessment: c.code }));
  // Text after the last mark (or a statement without marks) is a clause of its own, without a mark.
  if (hasWordCharacter(split.rest) || clauses.length === 0) clauses.push({ text: split.rest || item.text });
  return { clauses, ...optional('comments', comments(item.comments)) };
}

function buildArea(draft: AreaDraft, ids: IdRegistry, ctx: BuildContext): AreaData {
  const id = ids.claim(areaIdPart(draft.title), 'omrade');
  const listItems = (items: Item[]) => items.map((i) => i.text).filter((t) => t !== '');
  // Without goals there is no "before" and "after": all of it is the area's text.
  const intro = draft.seenGoals ? draft.intro : [];
  const text = draft.seenGoals ? draft.text : [...draft.intro, ...draft.text];
  const lists = draft.lists.map((l) => ({ title: l.title, items: listItems(l.items) })).filter((l) => l.items.length > 0);
  const goals = draft.goals.filter((g) => g.text !== '').map((g) => buildGoal(g, id, ids, ctx));
  return {
    id,
    title: draft.title,
    part: draft.part,
    ...optional('introduction', paragraphs(intro)),
    ...optional('pillars', draft.pillars && listItems(draft.pillars.items).length > 0 ? { title: draft.pillars.title, items: listItems(draft.pillars.items) } : undefined),
    goals,
    // validate asks an area without goals to say why; what is known is that the document has none.
    ...optional('no-goals', goals.length === 0 ? ctx.w.noGoalsReason : undefined),
    ...optional('lists', lists.length > 0 ? lists : undefined),
    ...optional('text', paragraphs(text)),
  };
}

function buildGoal(item: Item, areaId: string, ids: IdRegistry, ctx: BuildContext): GoalData {
  const { w } = ctx;
  const split = ctx.marks.split(item.text);
  for (const mark of split.skipped) ctx.warnings.push({ line: item.line, message: w.markSkipped(mark) });
  const idText = split.clauses[0]?.text ?? item.text;
  const id = ids.claim(`${areaId}.${goalIdPart(idText) || 'mal'}`, `${areaId}.mal`);
  const goalComments = optional('comments', comments(item.comments));

  if (split.clauses.length === 0) {
    ctx.warnings.push({ line: item.line, message: w.goalWithoutMark(item.text) });
    return { id, text: item.text, ...goalComments };
  }
  // Text after the last mark: a new sentence is the reviewer's note on that mark ("JA- Tiltak på …
  // er iverksatt"); text that goes on in lower case is a further clause of the goal, without a mark.
  let note: string | undefined;
  let extra: string | undefined;
  if (hasWordCharacter(split.rest)) {
    if (/^[\p{Ll},;]/u.test(split.rest)) {
      extra = split.rest;
      ctx.warnings.push({ line: item.line, message: w.clauseWithoutMark(split.rest) });
    } else {
      note = split.rest.replace(/^[-–—:]\s*/u, '').trim();
    }
  }
  const clauses: ClauseData[] = split.clauses.map((c, k) => ({
    text: c.text,
    assessment: k === split.clauses.length - 1 && note ? { mark: c.code, note } : c.code,
  }));
  if (extra !== undefined) clauses.push({ text: extra });
  if (clauses.length === 1) return { id, text: clauses[0]!.text, assessment: clauses[0]!.assessment!, ...goalComments };
  return { id, clauses, ...goalComments };
}
