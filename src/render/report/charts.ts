// Geometry of the inline SVG charts: stacked bars of the assessment groups. Pure numbers;
// the templates draw them, and the numbers are always also shown as text beside the chart.
import type { GroupKey, GroupShare } from './view.js';

export interface Segment {
  key: GroupKey;
  x: number;
  width: number;
  colour: string;
  label: string;
  count: number;
}

/** Group colours for charts: distinct in hue and lightness, each at least 3:1 against white. */
export const groupColours: Record<GroupKey, string> = {
  achieved: '#1a7f37',
  partial: '#9a6700',
  not: '#cf222e',
  unknown: '#57606a',
  unassessed: '#8c959f',
};

export function stackedBar(shares: GroupShare[], width: number): Segment[] {
  const total = shares.reduce((n, s) => n + s.count, 0);
  if (total === 0) return [];
  let x = 0;
  return shares
    .filter((s) => s.count > 0)
    .map((s) => {
      const w = (s.count / total) * width;
      const segment = { key: s.key, x: round1(x), width: round1(w), colour: groupColours[s.key], label: s.label, count: s.count };
      x += w;
      return segment;
    });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** What a screen reader says for a chart: every group with its count. */
export const describeShares = (shares: GroupShare[]) => shares.map((s) => `${s.label} ${s.count}`).join(', ');
