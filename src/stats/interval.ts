import type { IntervalMethod, Observation, Unit } from '../model.js';
import { rateInterval } from './byar.js';
import { exactPoissonInterval } from './poisson.js';
import { wilsonInterval } from './wilson.js';

/** A 95% interval in the indicator's units, with how it was obtained. */
export interface ObservationInterval {
  lower: number;
  upper: number;
  method: IntervalMethod;
  /** Set when the interval rests on a count that was derived rather than published. */
  derived?: boolean;
}

/** Below this count a rate's interval uses exact Poisson limits instead of Byar's approximation, as Fingertips does. */
export const EXACT_POISSON_BELOW = 10;

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * The 95% confidence interval to judge an observation by, the way OHID Fingertips chooses one.
 *
 * The publisher's own limits come first. Failing those, a percentage with a usable count and
 * denominator gets a Wilson score interval (×100); a rate gets Byar's limits, or exact Poisson limits
 * when the count is under 10, scaled by `unit.per / denominator`. Scores and counts have no interval
 * unless one is published. An interval computed from a derived count is marked `derived`.
 *
 * @param observation - the figure, with any published limits, count and denominator
 * @param unit - the indicator's unit
 * @returns the interval in the indicator's units, or undefined when none is published or computable
 */
export function intervalFor(observation: Observation, unit: Unit): ObservationInterval | undefined {
  const { lower, upper, count, denominator } = observation;
  if (isFiniteNumber(lower) && isFiniteNumber(upper)) {
    return { lower, upper, method: 'published' };
  }
  if (!isFiniteNumber(count) || !isFiniteNumber(denominator) || denominator <= 0 || count < 0) {
    return undefined;
  }
  const derived = observation.countDerivation ? { derived: true } : {};
  if (unit.kind === 'percent') {
    if (count > denominator) return undefined;
    const limits = wilsonInterval(count, denominator);
    return { lower: limits.lower * 100, upper: limits.upper * 100, method: 'wilson', ...derived };
  }
  if (unit.kind === 'rate') {
    if (!isFiniteNumber(unit.per) || unit.per <= 0) return undefined;
    if (count < EXACT_POISSON_BELOW && Number.isInteger(count)) {
      const limits = exactPoissonInterval(count);
      const scale = unit.per / denominator;
      return { lower: limits.lower * scale, upper: limits.upper * scale, method: 'exact-poisson', ...derived };
    }
    const limits = rateInterval(count, denominator, unit.per);
    return { ...limits, method: 'byar', ...derived };
  }
  return undefined;
}
