// JSON Schemas (draft-07) for editors, generated from the zod schemas in ./schema.ts, never
// written by hand: the files, the types and the editor's checks cannot drift apart. zod rules
// that JSON Schema cannot say (a goal's text-or-clauses rule, trimmed text) are left to
// `vm-strategy validate`; the editor still catches unknown keys, wrong kinds and bad ids.
import * as z from 'zod/mini';
import { areaSchema, planSchema, scaleSchema, strategySchema } from './schema.js';

export const schemaKinds = ['strategy', 'area', 'scale', 'plan'] as const;
export type SchemaKind = (typeof schemaKinds)[number];

const sources: Record<SchemaKind, { schema: z.core.$ZodType; title: string; description: string }> = {
  strategy: {
    schema: strategySchema,
    title: 'vm-strategy strategy.yaml',
    description: 'The strategy itself: organisation, period, revision round, mission, challenges, vision and closing text.',
  },
  area: {
    schema: areaSchema,
    title: 'vm-strategy areas/NN-<id>.yaml',
    description: 'One strategy area with its development goals and their assessments (marks from scale.yaml).',
  },
  scale: {
    schema: scaleSchema,
    title: 'vm-strategy scale.yaml',
    description: 'The assessment scale: every mark with its meaning, score and colour, and the threshold for achieved.',
  },
  plan: {
    schema: planSchema,
    title: 'vm-strategy plans/<from>-<to>.yaml',
    description: 'An action plan (tiltaksplan): measures with owner, deadline, resources, indicator and status.',
  },
};

/** The file name of a kind's schema, e.g. `area.schema.json`. */
export const schemaFileName = (kind: SchemaKind) => `${kind}.schema.json`;

/** The folder, inside a strategy folder, that holds the schemas. */
export const schemaFolder = 'schemas';

/** One kind's JSON Schema as an object. */
export function jsonSchema(kind: SchemaKind): Record<string, unknown> {
  const { schema, title, description } = sources[kind];
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  // $schema first, then what an editor shows on hover, then the generated body.
  const { $schema, ...body } = generated;
  return { $schema, title, description, ...body };
}

/** Every schema file as it is written: name and text (two-space JSON, ending in a line break). */
export function jsonSchemaFiles(): { name: string; kind: SchemaKind; text: string }[] {
  return schemaKinds.map((kind) => ({ name: schemaFileName(kind), kind, text: `${JSON.stringify(jsonSchema(kind), null, 2)}\n` }));
}

/**
 * The yaml-language-server modeline for a YAML file at `fileRel` (relative to the strategy folder,
 * '/'-separated), pointing to the schema in the folder's `schemas/`.
 */
export function modeline(kind: SchemaKind, fileRel: string): string {
  const depth = fileRel.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${schemaFolder}/${schemaFileName(kind)}`;
}
