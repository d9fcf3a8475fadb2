import { linearScale } from './linear.js';

/**
 * The geometry of a small trend chart: periods evenly spaced from left to right, one line per series,
 * broken wherever a figure is missing or the series breaks, the area's 95% intervals as whiskers.
 * Pure numbers, no DOM: the element draws them.
 */

export const TREND_WIDTH = 320;
export const TREND_HEIGHT = 160;
const MARGIN = { top: 12, right: 10, bottom: 30, left: 48 };

export interface TrendChartInput {
  /** Period labels, oldest first. */
  labels: readonly string[];
  /** The area's figures, with intervals where known. */
  area: readonly { value: number | null; lower?: number; upper?: number }[];
  /** England's figures (empty when England is not drawn). */
  england: readonly (number | null | undefined)[];
  /** The comparator's figures (empty when none is drawn). */
  comparator: readonly (number | null | undefined)[];
  /** Places (indexes into `labels`) before which the series breaks. */
  breaksBefore: readonly number[];
}

export interface TrendPointGeometry {
  index: number;
  x: number;
  y: number;
  /** The interval's ends, when known. */
  lower?: number;
  upper?: number;
}

export interface TrendChartGeometry {
  /** SVG path data of each line: the area's, England's and the comparator's. */
  paths: { area: string; england: string; comparator: string };
  /** The area's points, with whiskers. */
  points: TrendPointGeometry[];
  /** The comparator's points, for markers. */
  comparatorPoints: { x: number; y: number }[];
  /** x of each break's rule. */
  breaks: number[];
  /** The value axis: its lowest and highest figures and their y. */
  axis: { low: number; high: number; yLow: number; yHigh: number };
  /** x of each period. */
  xs: number[];
  /** The plot's top and bottom, for rules. */
  top: number;
  bottom: number;
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** A path through the points present, lifting the pen at gaps and before each break. */
function pathOf(
  values: readonly (number | null | undefined)[],
  x: (index: number) => number,
  y: (value: number) => number,
  breaks: ReadonlySet<number>,
): string {
  let d = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (!finite(value)) {
      drawing = false;
      return;
    }
    const command = drawing && !breaks.has(index) ? 'L' : 'M';
    d += `${command}${x(index).toFixed(1)} ${y(value).toFixed(1)}`;
    drawing = true;
  });
  return d;
}

/** Lays out a trend chart; undefined when there is no figure at all to draw. */
export function trendChart(input: TrendChartInput): TrendChartGeometry | undefined {
  const all = [...input.area.flatMap((point) => [point.value, point.lower, point.upper]), ...input.england, ...input.comparator].filter(finite);
  if (!all.length) return undefined;
  let low = Math.min(...all);
  let high = Math.max(...all);
  const pad = (high - low) * 0.08 || Math.abs(high) * 0.05 || 1;
  // Padding never takes a scale of figures that cannot be negative below zero.
  low = low >= 0 ? Math.max(0, low - pad) : low - pad;
  high += pad;
  const n = input.labels.length;
  const plotWidth = TREND_WIDTH - MARGIN.left - MARGIN.right;
  const x = (index: number) => MARGIN.left + ((index + 0.5) * plotWidth) / n;
  const bottom = TREND_HEIGHT - MARGIN.bottom;
  const y = linearScale([low, high], [bottom, MARGIN.top]);
  const breaks = new Set(input.breaksBefore);
  const points: TrendPointGeometry[] = [];
  input.area.forEach((point, index) => {
    if (!finite(point.value)) return;
    points.push({
      index,
      x: x(index),
      y: y(point.value),
      ...(finite(point.lower) && finite(point.upper) ? { lower: y(point.lower), upper: y(point.upper) } : {}),
    });
  });
  return {
    paths: {
      area: pathOf(
        input.area.map((point) => point.value),
        x,
        y,
        breaks,
      ),
      england: pathOf(input.england, x, y, breaks),
      comparator: pathOf(input.comparator, x, y, breaks),
    },
    points,
    comparatorPoints: input.comparator.flatMap((value, index) => (finite(value) ? [{ x: x(index), y: y(value) }] : [])),
    breaks: [...breaks].filter((index) => index > 0 && index < n).map((index) => (x(index - 1) + x(index)) / 2),
    axis: { low, high, yLow: y(low), yHigh: y(high) },
    xs: input.labels.map((_, index) => x(index)),
    top: MARGIN.top,
    bottom,
  };
}
