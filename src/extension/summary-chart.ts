/**
 * The events-over-time chart as geometry: stacked bars (success, failure or block, the rest) on a count axis with
 * "nice" ticks. Pure and shared: the summary webview draws it with `createElementNS`, the HTML export writes the same
 * SVG as text. No vscode or DOM import.
 */
import type { ChartBucket } from '../protocol';

export type SegmentKind = 'success' | 'failure' | 'other';
export const SEGMENT_KINDS: readonly SegmentKind[] = ['success', 'failure', 'other'];

export interface ChartSegment {
  readonly kind: SegmentKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly value: number;
}

export interface ChartBar {
  readonly bucket: ChartBucket;
  readonly total: number;
  /** Bottom to top: success, failure, other (empty segments left out). */
  readonly segments: readonly ChartSegment[];
  /** The whole column, for a hover target and its tooltip. */
  readonly x: number;
  readonly width: number;
  readonly title: string;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly bars: readonly ChartBar[];
  readonly yTicks: ReadonlyArray<{ readonly y: number; readonly label: string }>;
  readonly xLabels: ReadonlyArray<{ readonly x: number; readonly label: string }>;
  readonly max: number;
  readonly total: number;
  /** The bucket with most events. */
  readonly busiest?: ChartBucket;
}

export interface ChartNames {
  readonly success: string;
  readonly failure: string;
  readonly other: string;
}

const WIDTH = 720;
const HEIGHT = 220;
const MARGIN = { left: 48, top: 12, right: 12, bottom: 30 };
const MAX_X_LABELS = 12;

const n = (x: number) => x.toLocaleString('en-US');

/** A round tick step giving about four ticks up to `max`. */
export function niceStep(max: number): number {
  if (max <= 4) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export function layoutChart(buckets: readonly ChartBucket[], names: ChartNames): ChartLayout {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: WIDTH - MARGIN.right, bottom: HEIGHT - MARGIN.bottom };
  const totals = buckets.map((b) => b.success + b.failure + b.other);
  const peak = Math.max(0, ...totals);
  const step = niceStep(peak);
  const max = Math.max(step, Math.ceil(peak / step) * step);
  const plotHeight = plot.bottom - plot.top;
  const slot = buckets.length ? (plot.right - plot.left) / buckets.length : 0;
  const barWidth = Math.max(1, slot * 0.78);
  const scale = (value: number) => (value / max) * plotHeight;
  let busiest: ChartBucket | undefined;
  let busiestTotal = -1;
  const bars = buckets.map((bucket, i): ChartBar => {
    const total = totals[i]!;
    if (total > busiestTotal) {
      busiest = bucket;
      busiestTotal = total;
    }
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    let y = plot.bottom;
    const segments: ChartSegment[] = [];
    for (const kind of SEGMENT_KINDS) {
      const value = bucket[kind];
      if (!value) continue;
      const height = scale(value);
      y -= height;
      segments.push({ kind, x, y, width: barWidth, height, value });
    }
    const parts = SEGMENT_KINDS.filter((k) => bucket[k] > 0).map((k) => `${names[k]} ${n(bucket[k])}`);
    return { bucket, total, segments, x: plot.left + i * slot, width: slot, title: `${bucket.label}: ${n(total)}${parts.length ? ` (${parts.join(', ')})` : ''}` };
  });
  const yTicks = [];
  for (let v = 0; v <= max; v += step) yTicks.push({ y: plot.bottom - scale(v), label: n(v) });
  const every = Math.max(1, Math.ceil(buckets.length / MAX_X_LABELS));
  const xLabels = buckets.flatMap((b, i) => (i % every === 0 ? [{ x: plot.left + i * slot + slot / 2, label: b.short }] : []));
  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    bars,
    yTicks,
    xLabels,
    max,
    total: totals.reduce((a, b) => a + b, 0),
    ...(busiest && busiestTotal > 0 ? { busiest } : {}),
  };
}

/** Round to one decimal for SVG attributes (smaller markup, stable tests). */
export const r1 = (x: number) => Math.round(x * 10) / 10;
