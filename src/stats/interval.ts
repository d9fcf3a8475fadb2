import type { IntervalMethod, Observation, Unit } from '../model.js';
import { rateInterval } from './byar.js';
import { wilsonInterval } from './wilson.js';

/** A 95% interval in the indicator's units, with how it was obtained. */
export interface ObservationInterval {
  lower: number;
  upper: number;
  method: IntervalMethod;
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * The 95% confidence interval to judge an observation by.
 *
 * The publisher's own limits come first. Failing those, a percentage with a usable count and
 * denominator gets a Wilson score interval (×100), and a rate gets Byar's limits scaled by
 * `unit.per / denominator`. Scores and counts have no interval unless one is published.
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
  if (unit.kind === 'percent') {
    if (count > denominator) return undefined;
    const limits = wilsonInterval(count, denominator);
    return { lower: limits.lower * 100, upper: limits.upper * 100, method: 'wilson' };
  }
  if (unit.kind === 'rate') {
    if (!isFiniteNumber(unit.per) || unit.per <= 0) return undefined;
    const limits = rateInterval(count, denominator, unit.per);
    return { ...limits, method: 'byar' };
  }
  return undefined;
}
