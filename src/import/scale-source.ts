// The scale the importer looks for marks with: a scale.yaml text, checked as `validate` checks it.
import type { Diagnostic } from '../core/diagnostics.js';
import { indexScale, type ScaleIndex } from '../core/scale.js';
import { checkSchema } from '../core/schema-issues.js';
import { scaleSchema } from '../core/schema.js';
import { parseYaml } from '../core/yaml-source.js';

export function readScale(bytes: Uint8Array, display: string): { index?: ScaleIndex; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseYaml({ path: 'scale.yaml', display, bytes });
  if (!parsed || parsed.data === undefined || diagnostics.length > 0) return { diagnostics };
  const checked = checkSchema(scaleSchema, parsed);
  if (!checked.value) return { diagnostics: checked.diagnostics };
  return { index: indexScale(checked.value), diagnostics: [] };
}
