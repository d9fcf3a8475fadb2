import type { Comparison, Observation, Polarity, Significance, Unit, Verdict } from '../model.js';
import { intervalFor } from './interval.js';

/** Said when an area's observation carries no message of its own. */
export const NO_LOCAL_VALUE = 'No value for this area in the data.';
/** Said when England's observation carries no message of its own. */
export const NO_BENCHMARK_VALUE = 'England has no value for this period, so the area cannot be compared with it.';
/** Said when there is neither a published interval nor the figures to compute one. */
export const NO_INTERVAL =
  'No confidence interval is published for this figure, and no count and denominator are available to compute one, so the difference has not been tested.';

/** Turns a tested significance into the reader's verdict, given which way is better. */
function applyPolarity(significance: Significance, polarity: Polarity): Verdict {
  if (significance === 'similar') return 'similar';
  if (polarity === 'no-judgement') return significance;
  const higherIsBetter = polarity === 'high-is-good';
  return (significance === 'higher') === higherIsBetter ? 'better' : 'worse';
}

/**
 * Compares an area's figure with England's as Fingertips does for "compared with England"
 * (comparator method 1: a single 95% confidence interval around the area's value).
 *
 * England's value inside the area's interval, limits included, is "similar". England above the
 * upper limit means the area is significantly lower; England below the lower limit means it is
 * significantly higher. The polarity then turns higher or lower into better or worse.
 *
 * @param local - the area's observation
 * @param benchmark - England's observation for the same indicator and period
 * @param polarity - which direction of difference is the better one
 * @param unit - the indicator's unit, which decides how an interval can be computed
 * @returns the verdict, the significance before polarity, the raw direction and the interval used
 */
export function compare(
  local: Observation | undefined,
  benchmark: Observation | undefined,
  polarity: Polarity,
  unit: Unit,
): Comparison {
  if (local === undefined || local.value === null) {
    return {
      verdict: 'no-data',
      significance: null,
      direction: null,
      reason: local?.missing?.message ?? NO_LOCAL_VALUE,
    };
  }
  const interval = intervalFor(local, unit);
  if (benchmark === undefined || benchmark.value === null) {
    return {
      verdict: 'not-compared',
      significance: null,
      direction: null,
      ...(interval ? { interval } : {}),
      reason: benchmark?.missing?.message ?? NO_BENCHMARK_VALUE,
    };
  }
  const england = benchmark.value;
  const direction = local.value > england ? 'higher' : local.value < england ? 'lower' : 'same';
  if (interval === undefined) {
    return { verdict: 'not-compared', significance: null, direction, reason: NO_INTERVAL };
  }
  const significance: Significance =
    england > interval.upper ? 'lower' : england < interval.lower ? 'higher' : 'similar';
  return { verdict: applyPolarity(significance, polarity), significance, direction, interval };
}
