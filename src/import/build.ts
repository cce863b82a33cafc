// From the document's shape to the strategy's data: ids, marks in canonical form, notes and
// comments where the format has them, and the fields of strategy.yaml the document only
// implies. The result is plain data in the key order the files are written in.
import type { ImportStats } from '../core/import-account.js';
import type { AreaDraft, DraftDocument, FrontSection, Para, SubSection } from './draft.js';
import type { DocComment, Item } from './lines.js';
import {
  findHorizon,
  findPeriod,
  findRound,
  mostCommon,
  organisationFromCommonNoun,
  organisationFromHeading,
} from './meta.js';
import type { Report } from './report.js';
import type {
  AreaData,
  Assessment,
  BuildContext,
  Built,
  ClauseData,
  CommentData,
  GoalData,
  StrategyData,
} from './strategy-data.js';
export type { AreaData, BuildContext, Built, StrategyData } from './strategy-data.js';
import { areaIdPart, goalIdPart, hasWordCharacter, IdRegistry, joinParagraphs, slug } from './text.js';

const defaultHorizon = 3;
const paragraphs = (paras: readonly Para[]) => joinParagraphs(paras.map((p) => p.text));
const comments = (list: readonly DocComment[]) =>
  list.length > 0
    ? list.map((c) => ({
        author: c.author,
        ...optional('date', c.date),
        text: c.text,
        ...optional('anchor', c.anchor),
      }))
    : undefined;

export function buildStrategy(doc: DraftDocument, ctx: BuildContext): Built {
  const { report } = ctx;
  const ids = new IdRegistry();

  // The vision's ids come first: areas, goals and vision statements share one namespace.
  const statements = (doc.vision?.statements ?? []).map((item, k) => ({
    id: ids.claim(`vision.${k + 1}`, 'vision'),
    ...visionStatement(item, ctx),
  }));

  const areas = doc.areas.map((area) => buildArea(area, ids, ctx));
  const stats = countRead(areas, statements);

  // Mission, challenges and vision are optional; a heading for one with nothing under it is not.
  if (doc.vision && statements.length === 0)
    report('import-vision-empty', doc.vision.line, { heading: doc.vision.title });
  if (areas.length === 0) report('import-no-areas', 0);
  const mission = doc.mission ? buildMission(doc.mission, report) : undefined;
  if (doc.mission && !mission) report('import-mission-empty', doc.mission.line, { heading: doc.mission.title });
  if ((doc.mission && !mission) || (doc.vision && statements.length === 0) || areas.length === 0)
    return { areas, stats };

  const organisation = findOrganisation(doc, ctx);
  const period = findPeriod(ctx.fullText, ctx.defaultYear, doc.vision?.subtitle, doc.title);
  if (period.how === 'guessed') report('import-period-guessed', 0, { from: period.from, to: period.to });
  if (period.how === 'missing') report('import-period-missing', 0, { from: period.from, to: period.to });
  let round = findRound(ctx.fullText);
  if (round === undefined) {
    round = Math.floor((period.from + period.to) / 2);
    report('import-round-missing', 0, { round });
  }
  let horizon = findHorizon(ctx.fullText);
  if (horizon === undefined) {
    horizon = defaultHorizon;
    report('import-horizon-missing', 0, { horizon });
  }

  const challengeIds = new IdRegistry();
  const strategy: StrategyData = {
    organisation,
    title: doc.title ?? `Strategi ${period.from}–${period.to}`,
    period: { from: period.from, to: period.to },
    round,
    horizon,
    ...optional('introduction', paragraphs(doc.introduction)),
    ...optional('mission', mission),
    ...optional(
      'challenges',
      doc.challenges && {
        title: doc.challenges.title,
        ...optional('introduction', paragraphs(doc.challenges.paras)),
        items: doc.challenges.subs.map((sub) => ({
          id: challengeIds.claim(slug(sub.title), 'utfordring'),
          title: sub.title,
          text: paragraphs(sub.paras) ?? sub.title,
        })),
      },
    ),
    ...optional(
      'vision',
      doc.vision && {
        title: doc.vision.title,
        ...optional('subtitle', doc.vision.subtitle),
        statements,
      },
    ),
    ...optional('closing', paragraphs(doc.closing)),
  };
  return { strategy, areas, stats };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function findOrganisation(doc: DraftDocument, ctx: BuildContext): string {
  const fromLeadIns = mostCommon(doc.organisations);
  // "The museum will:" names no one: the name is looked for where the document spells it out.
  const named = fromLeadIns ? organisationFromCommonNoun(fromLeadIns, doc.title, ctx.fullText) : undefined;
  if (named) {
    ctx.report('import-organisation-from-text', 0, { organisation: named, lead: fromLeadIns! });
    return named;
  }
  if (fromLeadIns) return fromLeadIns;
  const fromHeading = doc.vision?.subtitle ? organisationFromHeading(doc.vision.subtitle, ctx.fullText) : undefined;
  if (fromHeading) {
    ctx.report('import-organisation-from-heading', doc.vision!.line, { organisation: fromHeading });
    return fromHeading;
  }
  // "STRATEGY 2024–2027 FOR THE VALLEY ARCHIVE": the name after the title's "for".
  const inTitle = doc.title ? /\s(?:FOR|TIL|OF)\s+(?:THE\s+)?(.*\p{L}.*)$/iu.exec(doc.title)?.[1] : undefined;
  const fromTitle = inTitle ? organisationFromHeading(inTitle, ctx.fullText) : undefined;
  if (fromTitle) {
    ctx.report('import-organisation-from-heading', doc.titleLine ?? 0, { organisation: fromTitle });
    return fromTitle;
  }
  ctx.report('import-organisation-missing', 0, { organisation: ctx.words.defaultOrganisation });
  return ctx.words.defaultOrganisation;
}

/** The mission's main text and its general and special parts; any further part joins the last. */
function buildMission(section: FrontSection, report: Report): StrategyData['mission'] | undefined {
  const subs = [...section.subs];
  let text = paragraphs(section.paras);
  if (text === undefined) {
    const first = subs.shift();
    if (!first) return undefined;
    report('import-mission-text-from-section', first.line, { section: first.title });
    text = joinParagraphs([first.title, ...first.paras.map((p) => p.text)]);
  }
  let general = subs.find((s) => /generel|general|allmenn/iu.test(s.title));
  let special = subs.find((s) => s !== general && /spesiel|special|særskil|særlig|spesifik/iu.test(s.title));
  const rest = subs.filter((s) => s !== general && s !== special);
  general ??= rest.shift();
  special ??= rest.shift();
  const into =
    special && general ? (subs.indexOf(special) > subs.indexOf(general) ? special : general) : (special ?? general);
  const extra: string[] = [];
  for (const sub of rest) {
    report('import-mission-extra-section', sub.line, { section: sub.title, into: into!.title });
    extra.push(sub.title, ...sub.paras.map((p) => p.text));
  }
  const part = (sub: SubSection | undefined) =>
    sub
      ? {
          title: sub.title,
          text: joinParagraphs([...sub.paras.map((p) => p.text), ...(sub === into ? extra : [])]) ?? sub.title,
        }
      : undefined;
  return {
    title: section.title,
    text: text!,
    ...optional('general', part(general)),
    ...optional('special', part(special)),
  };
}

function visionStatement(item: Item, ctx: BuildContext): { clauses: ClauseData[]; comments?: CommentData[] } {
  ctx.used.add(item);
  const split = ctx.marks.split(item.text);
  for (const mark of split.skipped) ctx.report('import-mark-after-mark', item.line, { mark });
  const clauses: ClauseData[] = split.clauses.map((c) => ({ text: c.text, assessment: c.code }));
  // Text after the last mark (or a statement without marks) is a clause of its own, without a mark.
  if (hasWordCharacter(split.rest) || clauses.length === 0) clauses.push({ text: split.rest || item.text });
  return { clauses, ...optional('comments', comments(item.comments)) };
}

function countRead(
  areas: readonly AreaData[],
  statements: readonly { clauses: ClauseData[]; comments?: unknown[] }[],
): ImportStats {
  const byMark: Record<string, number> = {};
  let comments = 0;
  let visionMarks = 0;
  const count = (a: Assessment | undefined) => {
    const code = a === undefined ? undefined : typeof a === 'string' ? a : a.mark;
    if (code !== undefined) byMark[code] = (byMark[code] ?? 0) + 1;
  };
  for (const s of statements) {
    for (const c of s.clauses) count(c.assessment);
    visionMarks += s.clauses.filter((c) => c.assessment !== undefined).length;
    comments += s.comments?.length ?? 0;
  }
  let marks = 0;
  for (const area of areas) {
    for (const g of area.goals) {
      const assessments = g.clauses ? g.clauses.map((c) => c.assessment) : [g.assessment];
      marks += assessments.filter((a) => a !== undefined).length;
      assessments.forEach(count);
      comments += g.comments?.length ?? 0;
    }
  }
  return {
    areas: areas.length,
    goals: areas.reduce((n, a) => n + a.goals.length, 0),
    marks,
    byMark,
    visionStatements: statements.length,
    visionMarks,
    comments,
  };
}

function buildArea(draft: AreaDraft, ids: IdRegistry, ctx: BuildContext): AreaData {
  const id = ids.claim(areaIdPart(draft.title), 'omrade');
  const listItems = (items: Item[]) => items.map((i) => i.text).filter((t) => t !== '');
  // Without goals there is no "before" and "after": all of it is the area's text.
  const intro = draft.seenGoals ? draft.intro : [];
  const text = draft.seenGoals ? draft.text : [...draft.intro, ...draft.text];
  const lists = draft.lists
    .map((l) => ({ title: l.title, items: listItems(l.items) }))
    .filter((l) => l.items.length > 0);
  const goals = draft.goals.filter((g) => g.text !== '').map((g) => buildGoal(g, id, ids, ctx));
  return {
    id,
    title: draft.title,
    ...optional('part', ctx.hasParts ? draft.part : undefined),
    ...optional('introduction', paragraphs(intro)),
    ...optional(
      'pillars',
      draft.pillars && listItems(draft.pillars.items).length > 0
        ? { title: draft.pillars.title, items: listItems(draft.pillars.items) }
        : undefined,
    ),
    goals,
    // validate asks an area without goals to say why; what is known is that the document has none.
    ...optional('no-goals', goals.length === 0 ? ctx.words.noGoalsReason : undefined),
    ...optional('lists', lists.length > 0 ? lists : undefined),
    ...optional('text', paragraphs(text)),
  };
}

function buildGoal(item: Item, areaId: string, ids: IdRegistry, ctx: BuildContext): GoalData {
  ctx.used.add(item);
  const split = ctx.marks.split(item.text);
  for (const mark of split.skipped) ctx.report('import-mark-after-mark', item.line, { mark });
  const idText = split.clauses[0]?.text ?? item.text;
  const id = ids.claim(`${areaId}.${goalIdPart(idText) || 'mal'}`, `${areaId}.mal`);
  const goalComments = optional('comments', comments(item.comments));

  if (split.clauses.length === 0) {
    ctx.report('import-goal-without-mark', item.line, { goal: item.text });
    return { id, text: item.text, ...goalComments };
  }
  // Text after the last mark: a new sentence is the reviewer's note on that mark ("JA- Tiltak på …
  // er iverksatt"); text that goes on in lower case is a further clause of the goal, without a mark.
  let note: string | undefined;
  let extra: string | undefined;
  if (hasWordCharacter(split.rest)) {
    if (/^[\p{Ll},;]/u.test(split.rest)) {
      extra = split.rest;
      ctx.report('import-clause-without-mark', item.line, { text: split.rest });
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
