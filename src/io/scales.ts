// The assessment scales shipped with the tool, by name: the Norwegian one is the bundled
// strategy's own scale.yaml, the English one lives in scales/ (dist/bundle → ../../scales).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledStrategyDir } from './strategy-dir.js';

export const shippedScaleNames = ['nb', 'en'] as const;
export type ShippedScale = (typeof shippedScaleNames)[number];

export const shippedScaleFiles: Record<ShippedScale, string> = {
  nb: path.join(bundledStrategyDir, 'scale.yaml'),
  en: fileURLToPath(new URL('../../scales/en.yaml', import.meta.url)),
};

export const isShippedScale = (name: string): name is ShippedScale =>
  (shippedScaleNames as readonly string[]).includes(name);
