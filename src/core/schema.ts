// The strategy's file formats as zod schemas. Every type the core uses is inferred from
// these, so the files, the types and (later) the editor schemas cannot drift apart.
import { z } from 'zod';

/** Free text that must say something: empty or whitespace-only strings are schema errors. */
const text = z.string().trim().min(1, { message: 'empty-text' });
/** Longer text where Markdown is allowed (rendered and sanitised in reports). */
const markdown = text;

/** A stable id: lower-case ASCII words joined by '-', optionally namespaced with '.'. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const id = z.string().regex(idPattern, { message: 'bad-id' });

const year = z.number().int().min(1900).max(2200);

export const commentSchema = z.strictObject({
  author: text,
  text: text,
});

/** A mark code from the scale, or the code with a note and who assessed it. */
export const assessmentSchema = z.union([
  z.string(),
  z.strictObject({
    mark: z.string(),
    note: text.optional(),
    by: text.optional(),
  }),
]);

export const clauseSchema = z.strictObject({
  text: text,
  assessment: assessmentSchema.optional(),
});

export const goalSchema = z
  .strictObject({
    id: id,
    text: text.optional(),
    assessment: assessmentSchema.optional(),
    clauses: z.array(clauseSchema).min(2).optional(),
    note: text.optional(),
    comments: z.array(commentSchema).optional(),
    tags: z.array(z.union([z.string(), z.number().int()])).optional(),
  })
  .superRefine((goal, ctx) => {
    // A goal is either one text with one assessment, or clauses each with their own.
    if (goal.clauses && (goal.text !== undefined || goal.assessment !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'goal-shape', path: ['clauses'] });
    }
    if (!goal.clauses && goal.text === undefined) {
      ctx.addIssue({ code: 'custom', message: 'goal-missing-text', path: [] });
    }
  });

export const titledListSchema = z.strictObject({
  title: text,
  items: z.array(text).min(1),
});

export const areaSchema = z.strictObject({
  id: id,
  title: text,
  part: z.number().int().min(1).max(9),
  introduction: markdown.optional(),
  pillars: titledListSchema.optional(),
  lists: z.array(titledListSchema).optional(),
  text: markdown.optional(),
  goals: z.array(goalSchema),
});

export const visionStatementSchema = z.strictObject({
  id: id,
  clauses: z.array(clauseSchema).min(1),
  comments: z.array(commentSchema).optional(),
});

export const strategySchema = z.strictObject({
  organisation: text,
  title: text,
  period: z.strictObject({ from: year, to: year }),
  round: z.union([year, text]),
  horizon: z.number().int().min(1).max(20),
  introduction: markdown.optional(),
  mission: z.strictObject({
    title: text,
    text: markdown,
    general: z.strictObject({ title: text, text: markdown }).optional(),
    special: z.strictObject({ title: text, text: markdown }).optional(),
  }),
  challenges: z.strictObject({
    title: text,
    introduction: markdown.optional(),
    items: z.array(z.strictObject({ id: id, title: text, text: markdown })),
  }),
  vision: z.strictObject({
    title: text,
    subtitle: text.optional(),
    statements: z.array(visionStatementSchema).min(1),
  }),
  closing: markdown.optional(),
});

export const scaleMarkSchema = z.strictObject({
  code: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).optional(),
  label: z.strictObject({ nb: text, en: text }),
  score: z.number().min(0).max(1).nullable(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'bad-color' }),
});

export const scaleSchema = z.strictObject({
  threshold: z.number().gt(0).max(1),
  marks: z.array(scaleMarkSchema).min(1),
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
export const deadlineSchema = z.union([year, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'bad-deadline' })]);

export const measureStatuses = ['planned', 'started', 'done', 'dropped'] as const;

export const measureSchema = z.strictObject({
  id: id,
  goals: z.array(z.string()).min(1),
  title: text,
  owner: text.optional(),
  deadline: deadlineSchema.optional(),
  resources: text.optional(),
  indicator: text.optional(),
  status: z.enum(measureStatuses),
  notes: text.optional(),
});

export const planSchema = z.strictObject({
  period: z.strictObject({ from: year, to: year }),
  measures: z.array(measureSchema),
});

export type Measure = z.infer<typeof measureSchema>;
export type MeasureStatus = (typeof measureStatuses)[number];
export type Plan = z.infer<typeof planSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
