// Geometry of the inline SVG charts: stacked bars of the assessment groups. Pure numbers;
// the templates draw them, and the numbers are always also shown as text beside the chart.
import type { GroupKey, GroupShare } from './view.js';
import { readableOn } from './view.js';

export interface Segment {
  key: GroupKey;
  x: number;
  width: number;
  colour: string;
  label: string;
  count: number;
  /** The count written on the segment, centred, when the segment is wide enough to hold it. */
  text?: { x: number; colour: string };
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
      const colour = groupColours[s.key];
      const text =
        w >= 8 * String(s.count).length + 6 ? { text: { x: round1(x + w / 2), colour: readableOn(colour) } } : {};
      const segment = { key: s.key, x: round1(x), width: round1(w), colour, label: s.label, count: s.count, ...text };
      x += w;
      return segment;
    });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** What a screen reader says for a chart: every group with its count. */
export const describeShares = (shares: GroupShare[]) => shares.map((s) => `${s.label} ${s.count}`).join(', ');

/** A score as a bar on a 0–100 % track, with the threshold as a line and the number on the bar. */
export interface ScoreBar {
  width: number;
  fill: number;
  threshold: number;
  /** Where the number is written, and whether it sits on the filled part (light text) or after it. */
  textX: number;
  textInside: boolean;
}

export function scoreBar(score: number | null, threshold: number, width: number): ScoreBar {
  const fill = round1((score ?? 0) * width);
  const inside = fill >= 48;
  return {
    width,
    fill,
    threshold: round1(threshold * width),
    textX: inside ? round1(fill - 4) : round1(fill + 4),
    textInside: inside,
  };
}

/** A small step chart of scores over revisions: one point per revision, a gap where there is no score. */
export interface HistoryChart {
  width: number;
  height: number;
  /** The SVG path of the steps: each score held until the next revision. */
  path: string;
  points: { x: number; y: number; text: string }[];
  threshold: number;
}

export function historyChart(
  scores: readonly (number | null)[],
  texts: readonly string[],
  threshold: number,
  width = 240,
  height = 64,
): HistoryChart {
  const pad = 14;
  const step = scores.length > 1 ? (width - 2 * pad) / (scores.length - 1) : 0;
  const y = (s: number) => round1(height - pad - s * (height - 2 * pad));
  const points = scores.flatMap((s, i) =>
    s === null ? [] : [{ x: round1(pad + i * step), y: y(s), text: texts[i]! }],
  );
  const path = points.map((p, i) => (i === 0 ? `M${p.x} ${p.y}` : `H${p.x} V${p.y}`)).join(' ');
  return { width, height, path, points, threshold: y(threshold) };
}
