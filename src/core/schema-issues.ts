// Turns zod's issues into the catalogue's diagnostics, placed on the YAML node they concern.
import { safeParse, type core } from 'zod/mini';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import { closest } from './scale.js';
import { statusWords } from './status.js';
import { isScalar } from 'yaml';
import type { SourceFile } from './source.js';
import { keyNodeAt, locate, nodeAt, parseYaml, type ParsedYaml } from './yaml-source.js';

type Issue = core.$ZodIssue;
type Schema<T = unknown> = core.$ZodType<T>;
type Path = readonly PropertyKey[];

/**
 * One file read as YAML and checked against its schema: its problems (YAML first, then schema),
 * the checked value when there are none, and the parsed source for positions and edits. The
 * source is there whenever the text could be parsed at all, also when it has errors: what such a
 * file does say can still be read from its nodes (`value` is the only checked data).
 */
export function readYamlAs<T>(
  file: SourceFile,
  schema: Schema<T>,
): { value?: T; source?: ParsedYaml; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseYaml(file);
  if (!parsed) return { diagnostics };
  if (parsed.data === undefined) return { source: parsed, diagnostics };
  const checked = checkSchema(schema, parsed);
  return { ...checked, source: parsed };
}

export function checkSchema<T>(schema: Schema<T>, parsed: ParsedYaml): { value?: T; diagnostics: Diagnostic[] } {
  const result = safeParse(schema, parsed.data, { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: [] };
  const issues = withoutMisspeltKeys(result.error.issues, schema);
  const diagnostics = issues.flatMap((issue) => issueToDiagnostics(issue, [], parsed, schema));
  return { diagnostics: dedupe(diagnostics) };
}

/**
 * One misspelt key is one mistake: `titel:` is an unknown key whose did-you-mean is `title`, and
 * the missing `title` is the same typo seen from the other side. The missing key is left out, so
 * the author reads one diagnostic, the one that names both.
 */
function withoutMisspeltKeys(issues: readonly Issue[], schema: Schema): Issue[] {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeys(undefined, schema, issue.path);
    for (const key of issue.keys) {
      const suggestion = closest(key, allowed);
      if (suggestion !== undefined) meant.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  if (meant.size === 0) return [...issues];
  return issues.filter((issue) => {
    const missing = missingKeyPath(issue);
    return missing === undefined || !meant.has(JSON.stringify(missing));
  });
}

/** The path of the key an issue says is missing (as issueToDiagnostics reports it), if it says so. */
function missingKeyPath(issue: Issue): readonly PropertyKey[] | undefined {
  if (issue.code === 'invalid_type' && (!('input' in issue) || issue.input === undefined)) return issue.path;
  if (issue.code === 'custom' && issue.message === 'goal-missing-text') return [...issue.path, 'text'];
  return undefined;
}

/**
 * For fields that take text or a number (goal tags): a number written so that it does not read
 * back as written — `0150`, `+15`, `1e3`, `0x1F` — is text that lost its quotes (YAML reads
 * `0150` as 150). Each such value at `paths` is a type error, so 0150 is never shown as 150.
 */
export function numbersAsWritten(parsed: ParsedYaml, paths: readonly (string | number)[][]): Diagnostic[] {
  return paths.flatMap((path) => {
    const node = parsed.doc.getIn(path, true);
    if (
      !isScalar(node) ||
      typeof node.value !== 'number' ||
      node.source === undefined ||
      node.source === String(node.value)
    )
      return [];
    const at = locate(parsed.display, parsed.lines, node.range?.[0] ?? 0);
    return [diagnostic('schema-type', at, { path: formatPath(path), expected: 'string', received: 'number' })];
  });
}

export const formatPath = (path: Path) =>
  path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  ) || '(root)';

function kindOfValue(value: unknown): string {
  if (value === null) return 'null';
  // YAML's .inf and .nan are numbers to zod, but no reader would call them so.
  if (typeof value === 'number' && Number.isNaN(value)) return 'not-a-number';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'infinite-number';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function issueToDiagnostics(issue: Issue, prefix: Path, parsed: ParsedYaml, schema: Schema): Diagnostic[] {
  const path = [...prefix, ...issue.path];
  const shown = formatPath(path);
  const target = nodeAt(parsed.doc, path);
  const offset = target.node?.range?.[0] ?? 0;
  const at = locate(parsed.display, parsed.lines, offset);
  const input = 'input' in issue ? issue.input : undefined;

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyNode = keyNodeAt(parsed.doc, path, key);
        const allowed = allowedKeys(input, schema, path);
        const suggestion = closest(key, allowed);
        return diagnostic('schema-unknown-key', locate(parsed.display, parsed.lines, keyNode?.range?.[0] ?? offset), {
          key,
          allowed: allowed.join(', ') || '-',
          ...(suggestion ? { suggestion } : {}),
        });
      });
    case 'invalid_type': {
      if (!('input' in issue) || input === undefined) {
        const key = String(path[path.length - 1] ?? '');
        return [diagnostic('schema-missing-key', at, { key, path: shown, expected: issue.expected })];
      }
      return [diagnostic('schema-type', at, { path: shown, expected: issue.expected, received: kindOfValue(input) })];
    }
    case 'invalid_union': {
      // Follow the branch that matches the kind of value written (an object goes to the object
      // branch), so the author sees the real problem rather than "invalid input".
      const branch = issue.errors.find((errors) => errors.every((e) => e.code !== 'invalid_type' || e.path.length > 0));
      if (branch) return branch.flatMap((inner) => issueToDiagnostics(inner, path, parsed, schema));
      const expected = shown.endsWith('assessment') ? 'mark' : 'number-or-text';
      return [diagnostic('schema-type', at, { path: shown, expected, received: kindOfValue(input) })];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.message === 'empty-text') return [diagnostic('text-empty', at, { path: shown })];
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return [
        diagnostic('schema-range', at, {
          path: shown,
          bound: issue.code === 'too_small' ? 'min' : 'max',
          limit: Number(limit),
          origin: issue.origin,
          ...(issue.inclusive === false ? { exclusive: 1 } : {}),
        }),
      ];
    }
    case 'invalid_format':
      if (issue.message === 'bad-color') return [diagnostic('color-invalid', at, { value: String(input) })];
      if (issue.message === 'bad-deadline') return [diagnostic('deadline-invalid', at, { value: String(input) })];
      if (issue.message === 'bad-date')
        return [diagnostic('schema-value', at, { path: shown, value: String(input), allowed: 'YYYY-MM-DD' })];
      if (issue.message === 'bad-status') {
        const suggestion = closest(String(input), statusWords);
        return [
          diagnostic('schema-value', at, {
            path: shown,
            value: String(input),
            allowed: statusWords.join(', '),
            ...(suggestion ? { suggestion } : {}),
          }),
        ];
      }
      return [diagnostic('id-invalid', at, { id: String(input) })];
    case 'custom':
      if (issue.message === 'goal-shape') return [diagnostic('goal-shape', at)];
      if (issue.message === 'goal-missing-text') {
        return [diagnostic('schema-missing-key', at, { key: 'text', path: shown, expected: 'string' })];
      }
      return [diagnostic('schema-value', at, { path: shown, value: String(input), allowed: issue.message })];
    case 'invalid_value':
      return [
        diagnostic('schema-value', at, {
          path: shown,
          value: String(input),
          allowed: issue.values.map(String).join(', '),
        }),
      ];
    default:
      return [diagnostic('schema-value', at, { path: shown, value: String(input), allowed: issue.message })];
  }
}

/** The keys a strict object at `path` accepts, read from the schema itself so they never go stale. */
function allowedKeys(_input: unknown, schema: Schema, path: Path): string[] {
  let current: unknown = schema;
  for (const part of path) {
    current = unwrap(current);
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(part)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'union')
      current = (def.options as unknown[]).find((o) => objectShape(unwrap(o)) !== undefined);
    else return [];
  }
  current = unwrap(current);
  const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (def?.type === 'union') current = (def.options as unknown[]).map(unwrap).find((o) => objectShape(o) !== undefined);
  return Object.keys(objectShape(current) ?? {});
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  return def?.type === 'object' ? (def.shape as Record<string, unknown>) : undefined;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const def = (current as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def) return current;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else return current;
  }
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}:${d.line}:${d.col}:${JSON.stringify(d.args)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
