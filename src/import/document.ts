// The document's shape, read from its logical lines: the introduction, the mission, the
// challenges, the vision, the parts (DEL 2, DEL 3) and their areas with pillars, goals, lists
// and text, and the closing. It looks at the shape (capitals, bullets, "… skal:", colons),
// never at one organisation's words. Whatever it cannot place is kept as text in the nearest
// section, with a warning naming the source line.
import type { ImportPlace } from '../core/diagnostics.js';
import type { DocComment, Item } from './lines.js';
import type { Report } from './report.js';

export interface Para {
  text: string;
  line: number;
  gapBefore: boolean;
  /** A Markdown list built from bullets: the next bullet joins it. */
  list?: boolean;
  /** Already reported as text the importer could not place. */
  warned?: boolean;
}

export interface TitledList {
  title: string;
  line: number;
  items: Item[];
}

export interface SubSection {
  title: string;
  line: number;
  paras: Para[];
}

export interface FrontSection {
  title: string;
  line: number;
  paras: Para[];
  subs: SubSection[];
}

export interface VisionDraft {
  title: string;
  line: number;
  subtitle?: string;
  statements: Item[];
}

export interface AreaDraft {
  title: string;
  line: number;
  part: number;
  /** Text before the first goal list. */
  intro: Para[];
  pillars?: TitledList;
  lists: TitledList[];
  goals: Item[];
  /** Text after the first goal list. */
  text: Para[];
  seenGoals: boolean;
  /** Index in `text` after the last goal list or titled list: only text after it can be the closing. */
  structureEnd: number;
}

export interface DraftDocument {
  /** A heading in capitals that opens the document and names the strategy ("STRATEGI 2020–2030"). */
  title?: string;
  titleLine?: number;
  introduction: Para[];
  mission?: FrontSection;
  challenges?: FrontSection;
  vision?: VisionDraft;
  areas: AreaDraft[];
  closing: Para[];
  /** "<organisation> skal:" lines, in order. */
  organisations: string[];
  /** The document has part headings (DEL 2, PART II): only then do areas get a part. */
  hasParts: boolean;
}

/** Where text the format has no place for was put: the `where` (and `area`) of a diagnostic. */
interface Where {
  where: ImportPlace;
  area?: string;
}
const inIntroduction: Where = { where: 'introduction' };
const inAreaIntroduction = (area: string): Where => ({ where: 'area-introduction', area });
const inAreaText = (area: string): Where => ({ where: 'area-text', area });

// The shape's own words. These name the kinds of section every strategy of this shape has,
// not any one organisation's areas.
const partPattern = /^(?:DEL|PART)\s+(\d{1,2}|[IVX]{1,4})(?![\p{L}\p{N}])\s*[.:–—-]?\s*(.*)$/iu;
/** Compared in capitals: "UTVIKLINGSMÅL", "MÅL FOR PERIODEN", "Goals", "Our goals for 2024–2026:". */
const goalsHeading =
  /^(?:(?:VÅRE|OUR|KEY|STRATEGIC|STRATEGISKE)\s+)?(?:UTVIKLINGSMÅL|DELMÅL|HOVEDMÅL|MÅL|MÅLSETTINGER|MÅLSETNINGER|DEVELOPMENT GOALS|GOALS|OBJECTIVES)(?:\s+(?:FOR|I|IN)(?:\s+[\p{L}\p{N}–-]+){1,3})?\s*:?$/u;
/** A goal heading in capitals, or as a short line of its own in any letter case. */
const isGoalsHeading = (item: Item | undefined): boolean =>
  item !== undefined && (item.kind === 'caps' || item.kind === 'text') && goalsHeading.test(item.text.toLocaleUpperCase('nb'));
const pillarsHeading = /PILAR|PILLAR|TUFTET\s+PÅ/u;
const missionHeading = /OPPDRAG|MANDAT|MISSION/u;
const challengesHeading = /UTFORDRING|CHALLENGE/u;
const visionHeading = /MÅLBILDE|VISJON|VISION/u;
/**
 * "NTNU Vitenskapsmuseet skal:", "Museet vil:" — the line that opens a list of goals. With more
 * words ("Museet skal i perioden:") it still names the organisation, and is kept as text.
 */
const leadIn = /^(.+?)\s+(?:skal|vil|shall|will)(\s+[^:]*)?:$/u;
/** Without the UTVIKLINGSMÅL heading only the plain form opens goals ("Museet vil samarbeide med:" is a list). */
const plainLeadIn = /^(.+?)\s+(?:skal|vil|shall|will)\s*:$/u;

const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9 };

export function partNumber(text: string): { part: number; title: string } | undefined {
  const m = partPattern.exec(text);
  if (!m) return undefined;
  const raw = m[1]!;
  const part = /^\d+$/.test(raw) ? Number(raw) : roman[raw.toUpperCase()];
  if (part === undefined || part < 1 || part > 9) return undefined;
  return { part, title: (m[2] ?? '').trim() };
}

const stripColon = (text: string) => text.replace(/\s*:\s*$/u, '');
const endsWithColon = (text: string) => /:\s*$/u.test(text);

/**
 * `hasMark`: whether a text holds a mark of the scale. Lines under a bare goal heading are goals
 * only when some carry a mark; otherwise they are the area's text ("Kommer senere.").
 */
export function readDocument(items: Item[], report: Report, hasMark: (text: string) => boolean = () => false): DraftDocument {
  const doc: DraftDocument = { introduction: [], areas: [], closing: [], organisations: [], hasParts: false };

  type Mode =
    | { kind: 'preamble' | 'unknown' | 'orphan' }
    | { kind: 'front'; section: FrontSection; where: Where }
    | { kind: 'vision'; vision: VisionDraft }
    | { kind: 'area'; area: AreaDraft };
  let mode: Mode = { kind: 'preamble' };
  let part = 1;
  let seenPart = false;
  let pendingOrphans: Para[] = [];
  /** The last item placed in a front section was a sub-heading: the next line is its text, never another heading. */
  let lastWasSub = false;

  const next = (i: number): Item | undefined => items[i + 1];
  const isBullet = (item: Item | undefined) => item?.kind === 'bullet';

  /** A list heading of an area: a goal list, pillars, or a capital line ending in a colon before bullets. */
  const isAreaStructure = (i: number): boolean => {
    const item = items[i]!;
    return item.kind === 'caps' && (isGoalsHeading(item) || pillarsHeading.test(item.text) || (endsWithColon(item.text) && isBullet(next(i))));
  };

  /** Whether the section opened by the heading at i has development goals before the next heading. */
  const hasGoalsAhead = (i: number): boolean => {
    for (let j = i + 1; j < items.length; j++) {
      const item = items[j]!;
      if (item.kind === 'caps') {
        if (isGoalsHeading(item)) return true;
        if (isAreaStructure(j)) continue;
        return false;
      }
      if (isGoalsHeading(item)) return true;
      if (item.kind === 'text' && plainLeadIn.test(item.text) && (isBullet(next(j)) || isGoalLine(next(j)))) return true;
    }
    return false;
  };

  const isEmptyArea = (area: AreaDraft): boolean =>
    area.intro.length === 0 && area.text.length === 0 && area.goals.length === 0 && area.lists.length === 0 && !area.pillars;

  /** Whether a goal list follows the heading at i before any text: then the heading is an area that opens with goals. */
  const hasGoalsBefore = (i: number): boolean => {
    const following = next(i);
    return following !== undefined && (isGoalsHeading(following) || (following.kind === 'text' && plainLeadIn.test(following.text)));
  };

  /** Bullets from i on (blank lines between them allowed). */
  const collectBullets = (from: number): { bullets: Item[]; end: number } => {
    const bullets: Item[] = [];
    let j = from;
    while (j < items.length && items[j]!.kind === 'bullet') bullets.push(items[j++]!);
    return { bullets, end: j };
  };

  /** A line that can be a goal of a list written without bullets: plain text right after the line before. */
  const isGoalLine = (item: Item | undefined): boolean => item !== undefined && item.kind === 'text' && !item.gapBefore && !isGoalsHeading(item);

  /** Goals written as lines under a goal heading or lead-in: the lines up to a blank line or a heading. */
  const collectGoalLines = (from: number): { bullets: Item[]; end: number } => {
    const lines: Item[] = [];
    let j = from;
    while (j < items.length && isGoalLine(items[j]) && !(endsWithColon(items[j]!.text) && isBullet(items[j + 1]))) lines.push(items[j++]!);
    return { bullets: lines, end: j };
  };

  /** Puts a paragraph (or bullet, as a Markdown list item) into a text, with any comments as text after it. */
  const place = (dest: Para[], item: Item, where: Where, asText = item.text) => {
    if (asText !== '') {
      const last = dest[dest.length - 1];
      if (item.kind === 'bullet' && last?.list && !item.gapBefore) last.text += `\n- ${asText}`;
      else if (item.kind === 'bullet') dest.push({ text: `- ${asText}`, line: item.line, gapBefore: item.gapBefore, list: true });
      else dest.push({ text: asText, line: item.line, gapBefore: item.gapBefore });
    }
    placeComments(dest, item.comments, where);
  };
  /** Comments where the format has no place for them become text; `on` names what they were made on. */
  const placeComments = (dest: Para[], comments: DocComment[], where: Where, on?: string) => {
    for (const c of comments) {
      report('import-comment-as-text', c.line, { author: c.author, ...where });
      dest.push({ text: `Comment by ${c.author}${on ? ` («${on}»)` : ''}: ${c.text}`, line: c.line, gapBefore: false });
    }
  };

  /** Text after a part heading that no area follows goes to the introduction. */
  const flushOrphans = () => {
    for (const orphan of pendingOrphans) if (!orphan.warned) report('import-text-after-part', orphan.line);
    doc.introduction.push(...pendingOrphans);
    pendingOrphans = [];
  };

  const startArea = (item: Item): AreaDraft => {
    const area: AreaDraft = { title: item.text, line: item.line, part, intro: [], lists: [], goals: [], text: [], seenGoals: false, structureEnd: 0 };
    for (const orphan of pendingOrphans) if (!orphan.warned) report('import-text-before-area', orphan.line, { area: area.title });
    area.intro.push(...pendingOrphans);
    pendingOrphans = [];
    doc.areas.push(area);
    if (item.comments.length > 0) placeComments(area.intro, item.comments, inAreaIntroduction(area.title));
    return area;
  };

  let i = 0;
  const first = items[0];
  if (first && first.kind === 'caps' && /STRATEGI|STRATEGY|PLAN/u.test(first.text) && !partNumber(first.text) && !isAreaStructure(0) && !hasGoalsAhead(0)) {
    doc.title = first.text;
    doc.titleLine = first.line;
    placeComments(doc.introduction, first.comments, inIntroduction);
    i = 1;
  }
  while (i < items.length) {
    const item = items[i]!;

    const wholePart = partNumber(item.text);
    if (item.kind === 'caps' || (item.kind === 'text' && wholePart && wholePart.title === '')) {
      const partHeading = wholePart;
      if (partHeading) {
        part = partHeading.part;
        seenPart = true;
        doc.hasParts = true;
        mode = { kind: 'orphan' };
        if (partHeading.title !== '') {
          report('import-part-title', item.line, { title: partHeading.title });
          pendingOrphans.push({ text: partHeading.title, line: item.line, gapBefore: false, warned: true });
        }
        i++;
        continue;
      }
      if (mode.kind === 'area' && isAreaStructure(i)) {
        i = readAreaStructure(i, mode.area);
        continue;
      }
      // A heading right under an area's heading, before anything else of the area ("SAMLINGER",
      // then "BAKGRUNN"): a sub-section of that area, kept in its text, not an area of its own.
      if (mode.kind === 'area' && isEmptyArea(mode.area) && !hasGoalsBefore(i)) {
        report('import-subsection-heading', item.line, { heading: item.text, area: mode.area.title });
        place(mode.area.intro, item, inAreaIntroduction(mode.area.title));
        i++;
        continue;
      }
      const heading = item.text;
      // The mission, the challenges and the vision come before the areas (a "DEL 1" may stand before them).
      if (doc.areas.length === 0) {
        if (missionHeading.test(heading) && !doc.mission && !isGoalsHeading(item)) {
          flushOrphans();
          doc.mission = { title: heading, line: item.line, paras: [], subs: [] };
          mode = { kind: 'front', section: doc.mission, where: { where: 'mission' } };
          lastWasSub = false;
          placeComments(doc.mission.paras, item.comments, mode.where);
          i++;
          continue;
        }
        if (challengesHeading.test(heading) && !doc.challenges) {
          flushOrphans();
          doc.challenges = { title: heading, line: item.line, paras: [], subs: [] };
          mode = { kind: 'front', section: doc.challenges, where: { where: 'challenges' } };
          lastWasSub = false;
          placeComments(doc.challenges.paras, item.comments, mode.where);
          i++;
          continue;
        }
        if (visionHeading.test(heading) && !doc.vision) {
          flushOrphans();
          doc.vision = { title: heading, line: item.line, statements: [] };
          mode = { kind: 'vision', vision: doc.vision };
          placeComments(doc.introduction, item.comments, inIntroduction);
          const sub = next(i);
          // A line in capitals right under the vision heading is its subtitle ("<ORGANISATION> 2025").
          if (sub && sub.kind === 'caps' && !partNumber(sub.text) && !isAreaStructure(i + 1) && !hasGoalsAhead(i + 1)) {
            doc.vision.subtitle = sub.text;
            placeComments(doc.introduction, sub.comments, inIntroduction);
            i += 2;
            continue;
          }
          i++;
          continue;
        }
      }
      // Before the parts, a heading is an area only when development goals follow it.
      if (!seenPart && !hasGoalsAhead(i)) {
        report('import-unknown-section', item.line, { heading });
        mode = { kind: 'unknown' };
        place(doc.introduction, item, inIntroduction);
        i++;
        continue;
      }
      mode = { kind: 'area', area: startArea(item) };
      i++;
      continue;
    }

    // Text and bullets.
    switch (mode.kind) {
      case 'preamble':
      case 'unknown':
        place(doc.introduction, item, inIntroduction);
        i++;
        break;
      case 'orphan':
        place(pendingOrphans, item, inIntroduction);
        i++;
        break;
      case 'front': {
        const section = mode.section;
        if (item.kind === 'text' && !lastWasSub && isSubheading(i)) {
          section.subs.push({ title: item.text, line: item.line, paras: [] });
          lastWasSub = true;
          i++;
          break;
        }
        lastWasSub = false;
        const current = section.subs[section.subs.length - 1];
        place(current ? current.paras : section.paras, item, mode.where);
        i++;
        break;
      }
      case 'vision':
        if (item.text === '') placeComments(doc.introduction, item.comments, inIntroduction);
        else mode.vision.statements.push(item);
        i++;
        break;
      case 'area':
        i = readAreaItem(i, mode.area);
        break;
    }
  }

  flushOrphans();

  // The closing: headings after the last area that have only text ("AVSLUTNING"), and text after
  // the last area's goals set off from them by a blank line.
  const trailing: Para[] = [];
  while (doc.areas.length > 1) {
    const area = doc.areas[doc.areas.length - 1]!;
    if (area.goals.length > 0 || area.pillars || area.lists.length > 0 || !doc.areas.some((a) => a.goals.length > 0)) break;
    doc.areas.pop();
    report('import-closing-section', area.line, { heading: area.title });
    trailing.unshift({ text: area.title, line: area.line, gapBefore: true }, ...area.intro, ...area.text);
  }
  const last = doc.areas[doc.areas.length - 1];
  if (last?.seenGoals) {
    const start = last.text.findIndex((p, k) => k >= last.structureEnd && p.gapBefore);
    if (start >= 0) doc.closing = last.text.splice(start);
  }
  doc.closing.push(...trailing);
  for (const area of doc.areas) if (area.goals.length === 0) report('import-area-without-goals', area.line, { area: area.title });
  return doc;

  /** A short line in a front section with no closing punctuation, followed by text: a sub-heading. */
  function isSubheading(i: number): boolean {
    const item = items[i]!;
    const following = next(i);
    if (!following || following.kind === 'caps' || item.comments.length > 0) return false;
    const words = item.text.split(/\s+/).length;
    return words <= 8 && item.text.length <= 70 && /^\p{Lu}/u.test(item.text) && !/[.!?:;,)»"”’\]…]$/u.test(item.text);
  }

  /** A pillar heading, goal heading or titled list in capitals, with its bullets. Returns the next index. */
  function readAreaStructure(i: number, area: AreaDraft): number {
    const item = items[i]!;
    const dest = () => (area.seenGoals ? area.text : area.intro);
    const where = () => (area.seenGoals ? inAreaText(area.title) : inAreaIntroduction(area.title));
    if (isGoalsHeading(item)) {
      placeComments(dest(), item.comments, where());
      let j = i + 1;
      const lead = items[j];
      if (lead && lead.kind === 'text' && endsWithColon(lead.text)) {
        const m = leadIn.exec(lead.text);
        if (m) {
          doc.organisations.push(m[1]!.trim());
          // "Museet skal i perioden:" says more than who: it is kept as text.
          if (m[2]?.trim()) place(dest(), lead, where());
          else placeComments(dest(), lead.comments, where());
          j++;
        } else if (isBullet(items[j + 1])) {
          report('import-lead-in-not-organisation', lead.line, { text: lead.text });
          place(dest(), lead, where());
          j++;
        }
      }
      const lines = isBullet(items[j]) ? collectBullets(j) : collectGoalLines(j);
      const { bullets, end } = isBullet(items[j]) || j > i + 1 || lines.bullets.some((l) => hasMark(l.text)) ? lines : { bullets: [], end: j };
      if (bullets.length === 0) report('import-goals-without-items', item.line, { heading: item.text });
      area.goals.push(...bullets);
      area.seenGoals = true;
      area.structureEnd = area.text.length;
      return end;
    }
    const { bullets, end } = collectBullets(i + 1);
    // Only a pillar heading is structure without bullets after it: a capital line ending in a
    // colon counts as a list heading only when bullets follow (isAreaStructure).
    if (bullets.length === 0) {
      report('import-pillars-without-items', item.line, { heading: item.text });
      place(dest(), item, where());
      return i + 1;
    }
    const list: TitledList = { title: stripColon(item.text), line: item.line, items: bullets };
    placeComments(dest(), item.comments, where());
    if (pillarsHeading.test(item.text) && !area.pillars) area.pillars = list;
    else area.lists.push(list);
    for (const b of bullets) placeComments(dest(), b.comments, where(), b.text);
    if (area.seenGoals) area.structureEnd = area.text.length;
    return end;
  }

  /** A text line or bullet inside an area. Returns the next index. */
  function readAreaItem(i: number, area: AreaDraft): number {
    const item = items[i]!;
    const dest = area.seenGoals ? area.text : area.intro;
    const where = area.seenGoals ? inAreaText(area.title) : inAreaIntroduction(area.title);
    if (isGoalsHeading(item)) return readAreaStructure(i, area);
    if (item.kind === 'text' && plainLeadIn.test(item.text) && !isBullet(next(i)) && isGoalLine(next(i))) {
      // "<organisation> skal:" over lines that are not bullets: the lines up to a blank line are the goals.
      const { bullets, end } = collectGoalLines(i + 1);
      doc.organisations.push(plainLeadIn.exec(item.text)![1]!.trim());
      placeComments(dest, item.comments, where);
      area.goals.push(...bullets);
      area.seenGoals = true;
      area.structureEnd = area.text.length;
      return end;
    }
    if (item.kind === 'text' && endsWithColon(item.text) && isBullet(next(i))) {
      const { bullets, end } = collectBullets(i + 1);
      const m = plainLeadIn.exec(item.text);
      if (m) {
        // "<organisation> skal:" opens goals even without the UTVIKLINGSMÅL heading.
        doc.organisations.push(m[1]!.trim());
        placeComments(dest, item.comments, where);
        area.goals.push(...bullets);
        area.seenGoals = true;
        area.structureEnd = area.text.length;
        return end;
      }
      area.lists.push({ title: stripColon(item.text), line: item.line, items: bullets });
      placeComments(dest, item.comments, where);
      for (const b of bullets) placeComments(dest, b.comments, where, b.text);
      if (area.seenGoals) area.structureEnd = area.text.length;
      return end;
    }
    if (item.kind === 'bullet') {
      const { bullets, end } = collectBullets(i);
      report('import-list-without-lead-in', item.line);
      for (const b of bullets) place(dest, b, where);
      return end;
    }
    place(dest, item, where);
    return i + 1;
  }
}
