// A scale mark as a badge: its code on its colour, in black or white for contrast, and the
// group it counts toward. Shared by the HTML, Markdown and Word reports and the charts.
import type { Lang } from '../../core/lang.js';
import { groupOf, groups, type Group, type ScaleIndex } from '../../core/scale.js';
import type { ScaleMark } from '../../core/schema.js';

export type GroupKey = Group | 'unassessed';
export const groupKeys: readonly GroupKey[] = [...groups, 'unassessed'];

export interface Badge {
  code: string;
  label: string;
  /** Background and a text colour chosen for contrast, so the badge reads without relying on colour. */
  background: string;
  foreground: string;
  group: GroupKey;
}

export function makeBadge(scale: ScaleIndex, mark: ScaleMark, lang: Lang): Badge {
  const background = mark.color.toLowerCase();
  return {
    code: mark.code,
    label: mark.label[lang],
    background,
    foreground: readableOn(background),
    group: groupOf(scale, mark),
  };
}

/** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
export function readableOn(hex: string): string {
  const l = luminance(hex);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
