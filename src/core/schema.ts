// The strategy's file formats as zod schemas. Every type the core uses is inferred from
// these, so the files, the types and the editor schemas cannot drift apart.
// zod/mini: the same engine as zod, in a form a bundler can trim to what is used, which keeps
// start-up fast (see docs/PERFORMANCE.md).
import * as z from 'zod/mini';
import { langs } from './lang.js';
import { measureStatuses, parseStatus, statusPattern, statusWords, type MeasureStatus } from './status.js';

export { measureStatuses, type MeasureStatus };

/** Free text that must say something: empty or whitespace-only strings are schema errors. */
const text = z.string().check(z.trim(), z.minLength(1, { message: 'empty-text' }));
/** Longer text where Markdown is allowed (rendered and sanitised in reports). */
const markdown = text;

/** A stable id: lower-case ASCII words joined by '-', optionally namespaced with '.'. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const id = z.string().check(z.regex(idPattern, { message: 'bad-id' }));

const year = z.int().check(z.gte(1900), z.lte(2200));

/**
 * A reviewer's remark. `date` (the day, YYYY-MM-DD) and `anchor` (the words it was made on) are
 * what a Word comment also says: `import` of a .docx keeps them; a comment written by hand or
 * imported from text has neither.
 */
export const commentSchema = z.strictObject({
  author: text,
  date: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'bad-date' }))),
  text: text,
  anchor: z.optional(text),
});

/** A mark code from the scale, or the code with a note and who assessed it. */
export const assessmentSchema = z.union([
  z.string(),
  z.strictObject({
    mark: z.string(),
    note: z.optional(text),
    by: z.optional(text),
  }),
]);

export const clauseSchema = z.strictObject({
  text: text,
  assessment: z.optional(assessmentSchema),
});

export const goalSchema = z
  .strictObject({
    id: id,
    text: z.optional(text),
    assessment: z.optional(assessmentSchema),
    clauses: z.optional(z.array(clauseSchema).check(z.minLength(2))),
    note: z.optional(text),
    comments: z.optional(z.array(commentSchema)),
    tags: z.optional(z.array(z.union([z.string(), z.int()]))),
  })
  .check(
    z.superRefine((goal, ctx) => {
      // A goal is either one text with one assessment, or clauses each with their own.
      if (goal.clauses && (goal.text !== undefined || goal.assessment !== undefined)) {
        ctx.addIssue({ code: 'custom', message: 'goal-shape', path: ['clauses'] });
      }
      if (!goal.clauses && goal.text === undefined) {
        ctx.addIssue({ code: 'custom', message: 'goal-missing-text', path: [] });
      }
    }),
  );

export const titledListSchema = z.strictObject({
  title: text,
  items: z.array(text).check(z.minLength(1)),
});

export const areaSchema = z.strictObject({
  id: id,
  title: text,
  /** The part (DEL) of the strategy the area belongs to; many strategies have no parts. */
  part: z.optional(z.int().check(z.gte(1), z.lte(9))),
  introduction: z.optional(markdown),
  pillars: z.optional(titledListSchema),
  lists: z.optional(z.array(titledListSchema)),
  text: z.optional(markdown),
  goals: z.array(goalSchema),
  /** Why the area has no goals, when it has none on purpose (`goals: []`); validate requires it then. */
  'no-goals': z.optional(text),
});

export const visionStatementSchema = z.strictObject({
  id: id,
  clauses: z.array(clauseSchema).check(z.minLength(1)),
  comments: z.optional(z.array(commentSchema)),
});

/** The language the tool speaks for this strategy when neither --lang nor VM_STRATEGY_LANG says. */
const strategyLanguage = z.enum(langs);

export const strategySchema = z.strictObject({
  organisation: text,
  title: text,
  period: z.strictObject({ from: year, to: year }),
  round: z.union([year, text]),
  horizon: z.int().check(z.gte(1), z.lte(20)),
  language: z.optional(strategyLanguage),
  introduction: z.optional(markdown),
  // Mission, challenges and vision are optional: a strategy of areas and goals alone is one.
  mission: z.optional(
    z.strictObject({
      title: text,
      text: markdown,
      general: z.optional(z.strictObject({ title: text, text: markdown })),
      special: z.optional(z.strictObject({ title: text, text: markdown })),
    }),
  ),
  challenges: z.optional(
    z.strictObject({
      title: text,
      introduction: z.optional(markdown),
      items: z.array(z.strictObject({ id: id, title: text, text: markdown })),
    }),
  ),
  vision: z.optional(
    z.strictObject({
      title: text,
      subtitle: z.optional(text),
      statements: z.array(visionStatementSchema).check(z.minLength(1)),
    }),
  ),
  closing: z.optional(markdown),
});

export const scaleMarkSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1)),
  aliases: z.optional(z.array(z.string().check(z.trim(), z.minLength(1)))),
  label: z.strictObject({ nb: text, en: text }),
  score: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { message: 'bad-color' })),
});

export const scaleSchema = z.strictObject({
  threshold: z.number().check(z.gt(0), z.lte(1)),
  marks: z.array(scaleMarkSchema).check(z.minLength(1)),
});

export type Comment = z.infer<typeof commentSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Area = z.infer<typeof areaSchema>;
export type VisionStatement = z.infer<typeof visionStatementSchema>;
export type StrategyFile = z.infer<typeof strategySchema>;
export type ScaleMark = z.infer<typeof scaleMarkSchema>;
export type Scale = z.infer<typeof scaleSchema>;

/** A deadline (frist): a year, or a year and month written "2023-06". */
export const deadlineSchema = z.union([
  year,
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'bad-deadline' })),
]);

/** A status as written: English or Norwegian, any letter case (see ./status.ts). */
const writtenStatus = z.string().check(z.regex(statusPattern, { message: 'bad-status' }));
// The words an editor offers while typing; what a status is, in words, is in src/i18n/schema-words.ts.
z.globalRegistry.add(writtenStatus, { examples: [...statusWords] });
/** Read as its canonical value, so the rest of the tool never sees how it was written. */
const measureStatus = z.pipe(
  writtenStatus,
  z.transform((written: string): MeasureStatus => parseStatus(written)!),
);

export const measureSchema = z.strictObject({
  id: id,
  goals: z.array(z.string()).check(z.minLength(1)),
  title: text,
  owner: z.optional(text),
  deadline: z.optional(deadlineSchema),
  resources: z.optional(text),
  indicator: z.optional(text),
  status: measureStatus,
  notes: z.optional(text),
});

export const planSchema = z.strictObject({
  period: z.strictObject({ from: year, to: year }),
  measures: z.array(measureSchema),
});

export type Measure = z.infer<typeof measureSchema>;
/** A measure as written in a plan file (its status in either language). */
export type WrittenMeasure = z.input<typeof measureSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
