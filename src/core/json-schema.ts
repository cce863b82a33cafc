// JSON Schemas (draft-07) for editors, generated from the zod schemas in ./schema.ts, never
// written by hand: the files, the types and the editor's checks cannot drift apart. zod rules
// that JSON Schema cannot say (a goal's text-or-clauses rule, trimmed text) are left to
// `vm-strategy validate`; the editor still catches unknown keys, wrong kinds and bad ids.
// On top of zod's output: a description of every field in the language asked for (hover help),
// and, when the strategy's scale is known, marks constrained to it (completion and checks).
import * as z from 'zod/mini';
import { markNames, markPattern } from './mark-pattern.js';
import {
  areaSchema,
  assessmentSchema,
  clauseSchema,
  commentSchema,
  goalSchema,
  measureSchema,
  planSchema,
  scaleMarkSchema,
  scaleSchema,
  strategySchema,
  titledListSchema,
  visionStatementSchema,
  type Scale,
  type ScaleMark,
} from './schema.js';

export const schemaKinds = ['strategy', 'area', 'scale', 'plan'] as const;
export type SchemaKind = (typeof schemaKinds)[number];

const roots: Record<SchemaKind, z.core.$ZodType> = {
  strategy: strategySchema,
  area: areaSchema,
  scale: scaleSchema,
  plan: planSchema,
};

const titles: Record<SchemaKind, string> = {
  strategy: 'vm-strategy strategy.yaml',
  area: 'vm-strategy areas/NN-<id>.yaml',
  scale: 'vm-strategy scale.yaml',
  plan: 'vm-strategy plans/<from>-<to>.yaml',
};

const optionalInner = <T extends z.core.SomeType>(schema: z.ZodMiniOptional<T>): T => schema._zod.def.innerType;
const arrayElement = <T extends z.core.SomeType>(schema: z.ZodMiniArray<T>): T => schema._zod.def.element;

// Optional sections: their objects are described as they stand inside the optional.
const mission = optionalInner(strategySchema.shape.mission);
const challenges = optionalInner(strategySchema.shape.challenges);

/**
 * The objects of the file formats, by a name the words are filed under. The nested ones have no
 * name in ./schema.ts and are reached through their parents; an object used in several places
 * (a clause, a comment) is described once.
 */
const objects = {
  strategy: [strategySchema],
  period: [strategySchema.shape.period, planSchema.shape.period],
  mission: [mission],
  missionPart: [optionalInner(mission.shape.general), optionalInner(mission.shape.special)],
  challenges: [challenges],
  challenge: [arrayElement(challenges.shape.items)],
  vision: [optionalInner(strategySchema.shape.vision)],
  visionStatement: [visionStatementSchema],
  clause: [clauseSchema],
  assessment: [assessmentSchema._zod.def.options[1]],
  comment: [commentSchema],
  area: [areaSchema],
  titledList: [titledListSchema],
  goal: [goalSchema],
  scale: [scaleSchema],
  scaleMark: [scaleMarkSchema],
  label: [scaleMarkSchema.shape.label],
  plan: [planSchema],
  measure: [measureSchema],
};
type Objects = typeof objects;

/** A description for every key of an object: a key without one does not compile. */
export type FieldWords = { [Name in keyof Objects]: Record<keyof Objects[Name][0]['shape'] & string, string> };

/** The words of the schemas in one language (src/i18n/schema-words.ts). */
export interface SchemaWords {
  /** What each file is, shown for the file as a whole. */
  files: Record<SchemaKind, string>;
  fields: FieldWords;
  /** Added to where a mark is written, when the scale is known: its marks, each with its meaning. */
  marksOnScale: (marks: { code: string; aliases: readonly string[]; label: string }[]) => string;
  /** The same without a scale: any text is let through. */
  marksFree: string;
  /** Which label of a scale mark is shown (the mark's meaning in the words' language). */
  label: (mark: ScaleMark) => string;
}

/** What the schemas are made for: the words' language, and the folder's scale when there is one. */
export interface SchemaContext {
  words: SchemaWords;
  scale?: Scale;
}

// Markers zod's output carries until the schema is annotated; no marker survives annotation.
const objectMarker = 'x-vm-strategy-object';
const markMarker = 'x-vm-strategy-mark';

const objectNames = new Map<unknown, string>(
  Object.entries(objects).flatMap(([name, list]) => list.map((schema) => [schema, name] as const)),
);
/** The strings in which a mark is written: an assessment as a string, or its `mark`. */
const markStrings = new Set<unknown>([
  assessmentSchema._zod.def.options[0],
  assessmentSchema._zod.def.options[1].shape.mark,
]);

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What stands where a mark is written: the scale's marks in any case, or any string. */
function markSchema({ words, scale }: SchemaContext): Json {
  if (!scale) return { description: words.marksFree };
  const marks = scale.marks.map((mark) => ({ code: mark.code, aliases: mark.aliases ?? [], label: words.label(mark) }));
  return { description: words.marksOnScale(marks), pattern: markPattern(scale), examples: markNames(scale) };
}

/** Walks zod's output (a fresh copy), describing each marked object's fields and constraining each mark. */
function annotate(node: unknown, context: SchemaContext, marks: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) annotate(item, context, marks);
    return;
  }
  if (!isJson(node)) return;
  const name = node[objectMarker] as keyof FieldWords | undefined;
  delete node[objectMarker];
  if (node[markMarker] === true) {
    delete node[markMarker];
    const { description: own, ...generated } = node;
    const { description: scaleWords, ...constraint } = marks;
    // In place (its parent holds it), description first: the field's own words (`mark:`), then the scale's.
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, { description: [own, scaleWords].filter(Boolean).join(' ') }, generated, constraint);
  }
  if (name !== undefined && isJson(node.properties)) {
    const fields: Record<string, string> = context.words.fields[name];
    for (const [key, property] of Object.entries(node.properties)) {
      if (!isJson(property)) continue;
      // The description first, where a reader of the file looks for it.
      const { description: _generated, ...rest } = property;
      node.properties[key] = { description: fields[key], ...rest };
    }
  }
  for (const value of Object.values(node)) annotate(value, context, marks);
}

/** One kind's JSON Schema as an object. */
export function jsonSchema(kind: SchemaKind, context: SchemaContext): Record<string, unknown> {
  const generated = z.toJSONSchema(roots[kind], {
    target: 'draft-7',
    io: 'input',
    override: ({ zodSchema, jsonSchema: json }) => {
      const name = objectNames.get(zodSchema);
      if (name !== undefined) json[objectMarker] = name;
      if (markStrings.has(zodSchema)) json[markMarker] = true;
    },
  });
  // A copy of its own for every place a shared schema appears, so that annotating one place never changes another.
  const body = JSON.parse(JSON.stringify(generated)) as Json;
  annotate(body, context, markSchema(context));
  // $schema first, then what an editor shows on hover, then the generated body.
  const { $schema, ...rest } = body;
  return { $schema, title: titles[kind], description: context.words.files[kind], ...rest };
}

/** Every schema file as it is written: name and text (two-space JSON, ending in a line break). */
export function jsonSchemaFiles(context: SchemaContext): { name: string; kind: SchemaKind; text: string }[] {
  return schemaKinds.map((kind) => ({
    name: schemaFileName(kind),
    kind,
    text: `${JSON.stringify(jsonSchema(kind, context), null, 2)}\n`,
  }));
}

/** The file name of a kind's schema, e.g. `area.schema.json`. */
export const schemaFileName = (kind: SchemaKind) => `${kind}.schema.json`;

/** The folder, inside a strategy folder, that holds the schemas. */
export const schemaFolder = 'schemas';

/**
 * The yaml-language-server modeline for a YAML file at `fileRel` (relative to the strategy folder,
 * '/'-separated), pointing to the schema in the folder's `schemas/`.
 */
export function modeline(kind: SchemaKind, fileRel: string): string {
  const depth = fileRel.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${schemaFolder}/${schemaFileName(kind)}`;
}
