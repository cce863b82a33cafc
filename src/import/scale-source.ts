// The scale the importer looks for marks with: a scale.yaml text, checked as `validate` checks it.
import type { Diagnostic } from '../core/diagnostics.js';
import { indexScale, type ScaleIndex } from '../core/scale.js';
import { readYamlAs } from '../core/schema-issues.js';
import { scaleSchema } from '../core/schema.js';

/** The scale and its text (without a BOM), or why it cannot be used. */
export function readScale(
  bytes: Uint8Array,
  display: string,
): { index?: ScaleIndex; text?: string; diagnostics: Diagnostic[] } {
  const { value, source, diagnostics } = readYamlAs({ path: 'scale.yaml', display, bytes }, scaleSchema);
  return value && source ? { index: indexScale(value), text: source.text, diagnostics: [] } : { diagnostics };
}
