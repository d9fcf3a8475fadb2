import { linearScale } from './linear.js';
import type { ReadingDirection, ReadingKind } from '../model.js';
import type { SpineSummary } from '../stats/quantiles.js';

/** Positions along a spine bar, as percentages of its width (0 is the left end). */
export interface SpineGeometry {
  low: number;
  q1: number;
  q3: number;
  high: number;
  england?: number;
  value?: number;
  lower?: number;
  upper?: number;
  /** True when higher values are drawn to the left, so that more pressure (or worse) is always on the left. */
  reversed: boolean;
}

export interface SpineInput {
  spread: SpineSummary;
  /** Which direction means more pressure; without one, lower runs to higher from left to right. */
  worseWhen?: ReadingDirection;
  england?: number | null;
  value?: number | null;
  interval?: { lower: number; upper: number };
}

/** Space left at each end so markers at the extremes are not clipped. */
const INSET = 3;

/**
 * Lays out a spine chart the way Fingertips does: England's value in the middle and the scale wide
 * enough on both sides for the furthest of the lowest and highest council (and the area's interval).
 * The direction follows the opportunity reading, the same in every row: more pressure on families
 * (or worse for children) on the left, less (or better) on the right. An indicator without a reading
 * (a council's own, with no direction stated) runs from lower on the left to higher on the right.
 */
export function spineGeometry(input: SpineInput): SpineGeometry {
  const { spread, worseWhen } = input;
  const england = finite(input.england);
  const value = finite(input.value);
  const centre = england ?? spread.median;
  const reach = [spread.min, spread.max, value, input.interval?.lower, input.interval?.upper]
    .filter((point): point is number => point !== undefined && Number.isFinite(point))
    .reduce((widest, point) => Math.max(widest, Math.abs(point - centre)), 0);
  const half = reach > 0 ? reach : Math.abs(centre) * 0.1 || 1;
  const reversed = worseWhen === 'higher';
  const x = linearScale([centre - half, centre + half], reversed ? [100 - INSET, INSET] : [INSET, 100 - INSET]);
  const at = (point: number) => x(point);
  const [left, right] = reversed ? [spread.max, spread.min] : [spread.min, spread.max];
  const [q1, q3] = reversed ? [spread.q3, spread.q1] : [spread.q1, spread.q3];
  const geometry: SpineGeometry = { low: at(left), q1: at(q1), q3: at(q3), high: at(right), reversed };
  if (england !== undefined) geometry.england = at(england);
  if (value !== undefined) geometry.value = at(value);
  if (input.interval) {
    const ends = [at(input.interval.lower), at(input.interval.upper)].sort((a, b) => a - b);
    geometry.lower = ends[0];
    geometry.upper = ends[1];
  }
  return geometry;
}

function finite(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The words at each end of a spine bar: what the left and right mean for this kind of indicator. */
export function spineEnds(reads: ReadingKind, hasReading = true): { left: string; right: string } {
  if (!hasReading) return { left: 'Lower', right: 'Higher' };
  return reads === 'pressure' ? { left: 'More pressure', right: 'Less pressure' } : { left: 'Worse', right: 'Better' };
}
