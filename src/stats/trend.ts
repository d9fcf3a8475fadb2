/**
 * OHID Fingertips' test for a "recent trend", built to its published method and code:
 *
 * - Fingertips technical guidance, "Fingertips trend markers"
 *   (https://fingertips.phe.org.uk/static-reports/public-health-technical-guidance/Presentation/Trend_markers.html):
 *   the test uses the most recent five values of a series with no breaks; proportions need a numerator
 *   and denominator, every other type a confidence interval.
 * - The calculator itself, `TrendMarkerCalculator` in DHSC's FingertipsNext
 *   (github.com/dhsc-govuk/FingertipsNext, trend-analysis/TrendAnalysisApp/Calculator/Legacy/TrendMarkerCalculator.cs,
 *   carried over from PHE's fingertips-open PholioVisualisationWS/Analysis/TrendMarkerCalculator.cs):
 *   `PointsToUse = 5`, `ChiSquareConfidence = 9.54953570608324` (χ² with one degree of freedom at
 *   p = 0.002, so 99.8% confidence), `IsSignificantForProportions`, `IsSignificant` and the two
 *   `NoOutliersCheck…` methods, which the functions below follow step by step.
 *
 * Time runs t = 1…5, oldest first. A trend is significant when χ² exceeds 9.5495 *and* the slope keeps
 * its sign when each point in turn is left out (six slopes, all of one sign: Fingertips' outlier check).
 */

/** How many of the latest values the test uses. */
export const TREND_POINTS = 5;
/** χ² (one degree of freedom) above which a trend is significant at 99.8% confidence, as Fingertips uses. */
export const TREND_CHI_SQUARED = 9.54953570608324;
/** The width of a 95% interval in standard errors (2 × 1.96), as Fingertips turns an interval into a weight. */
const INTERVAL_WIDTH_IN_SE = 3.92;

/** `proportion`: counts and denominators; `interval`: values weighted by their 95% intervals. */
export type TrendTestMethod = 'proportion' | 'interval';

export interface TrendTest {
  method: TrendTestMethod;
  /** The χ² statistic for a linear trend. */
  chiSquared: number;
  /** The slope per period: on the log-odds scale for proportions, in the indicator's units otherwise. */
  slope: number;
  /** True when the slope keeps its sign however one point is left out. */
  consistent: boolean;
  /** `rising` or `falling` when significant (χ² above the threshold and consistent); `no-change` otherwise. */
  trend: 'rising' | 'falling' | 'no-change';
}

/** A period with its count and denominator (a percentage's numerator, say). */
export interface CountPoint {
  count: number;
  denominator: number;
}

/** A period with its value and 95% confidence limits. */
export interface IntervalPoint {
  value: number;
  lower: number;
  upper: number;
}

/** The slopes with every point, then with each point left out in turn; `slopeOf` is given the points kept (t from 1). */
function slopes<P>(points: readonly P[], slopeOf: (kept: readonly { t: number; point: P }[]) => number): number[] {
  const all = points.map((point, index) => ({ t: index + 1, point }));
  return [slopeOf(all), ...all.map((_, leftOut) => slopeOf(all.filter((__, index) => index !== leftOut)))];
}

/** Fingertips counts a slope of exactly 0 with the positive ones (`slopeValue < 0 ? -1 : 1`). */
const allOneSign = (values: readonly number[]) => values.every((slope) => slope < 0) || values.every((slope) => !(slope < 0));

function verdict(method: TrendTestMethod, chiSquared: number, found: readonly number[]): TrendTest {
  const slope = found[0]!;
  const consistent = allOneSign(found);
  const significant = consistent && chiSquared > TREND_CHI_SQUARED;
  return { method, chiSquared, slope, consistent, trend: !significant || slope === 0 ? 'no-change' : slope > 0 ? 'rising' : 'falling' };
}

/**
 * The chi-squared test for a linear trend in proportions (Fingertips' `IsSignificantForProportions`):
 *
 *   χ² = N (N·Σ r·t − R·Σ n·t)² / ( R (N − R) (N·Σ n·t² − (Σ n·t)²) ),  N = Σ n,  R = Σ r
 *
 * with the direction and the outlier check from the ordinary least-squares slope of the log-odds
 * ln(r / (n − r)) on t. Undefined when a count is 0 or equals its denominator (the log-odds is then
 * infinite), or a denominator is not positive.
 *
 * @param points - the five latest periods, oldest first
 */
export function proportionTrend(points: readonly CountPoint[]): TrendTest | undefined {
  if (points.length !== TREND_POINTS) return undefined;
  if (points.some(({ count, denominator }) => !(denominator > 0) || !(count > 0) || !(count < denominator))) return undefined;
  let N = 0;
  let R = 0;
  let rt = 0;
  let nt = 0;
  let nt2 = 0;
  points.forEach(({ count, denominator }, index) => {
    const t = index + 1;
    N += denominator;
    R += count;
    rt += count * t;
    nt += denominator * t;
    nt2 += denominator * t * t;
  });
  const chiSquared = (N * (N * rt - R * nt) ** 2) / (R * (N - R) * (N * nt2 - nt ** 2));
  const logOdds = (point: CountPoint) => Math.log(point.count / (point.denominator - point.count));
  const found = slopes(points, (kept) => {
    const n = kept.length;
    const sumT = kept.reduce((sum, { t }) => sum + t, 0);
    const sumT2 = kept.reduce((sum, { t }) => sum + t * t, 0);
    const sumY = kept.reduce((sum, { point }) => sum + logOdds(point), 0);
    const sumYT = kept.reduce((sum, { t, point }) => sum + logOdds(point) * t, 0);
    return (n * sumYT - sumY * sumT) / (n * sumT2 - sumT ** 2);
  });
  return verdict('proportion', chiSquared, found);
}

/**
 * The test for a linear trend in values with 95% confidence intervals (Fingertips' `IsSignificant`, for
 * rates, means and every type but proportions): a least-squares line weighted by 1/se², where
 * se = (upper − lower) / 3.92, and χ² = (slope / its standard error)². Undefined when an interval has
 * no width.
 *
 * @param points - the five latest periods, oldest first
 */
export function intervalTrend(points: readonly IntervalPoint[]): TrendTest | undefined {
  if (points.length !== TREND_POINTS) return undefined;
  const weights = points.map(({ lower, upper }) => 1 / ((upper - lower) / INTERVAL_WIDTH_IN_SE) ** 2);
  if (weights.some((weight) => !Number.isFinite(weight) || weight <= 0)) return undefined;
  const sums = (kept: readonly { t: number; point: IntervalPoint }[]) => {
    let w = 0;
    let wyt = 0;
    let wt = 0;
    let wy = 0;
    let wt2 = 0;
    for (const { t, point } of kept) {
      const weight = weights[t - 1]!;
      w += weight;
      wyt += weight * point.value * t;
      wt += weight * t;
      wy += weight * point.value;
      wt2 += weight * t * t;
    }
    return { w, wyt, wt, wy, wt2, spread: w * wt2 - wt ** 2 };
  };
  const found = slopes(points, (kept) => {
    const { w, wyt, wt, wy, spread } = sums(kept);
    return (w * wyt - wt * wy) / spread;
  });
  const { w, spread } = sums(points.map((point, index) => ({ t: index + 1, point })));
  const standardError = Math.sqrt(w / spread);
  return verdict('interval', (found[0]! / standardError) ** 2, found);
}
