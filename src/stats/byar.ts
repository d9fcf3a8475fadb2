import { Z95, type Limits } from './wilson.js';

/**
 * Confidence limits for a Poisson count by Byar's approximation, as OHID uses for crude rates.
 *
 * lower = O(1 − 1/(9O) − z/(3√O))³, or 0 when O is 0;
 * upper = (O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³.
 *
 * @param count - the observed count, O (≥ 0)
 * @param z - the standard normal quantile for the confidence level; 95% by default
 * @returns the limits, in the same units as the count
 * @throws RangeError when the count is negative or not finite
 */
export function byarInterval(count: number, z: number = Z95): Limits {
  if (!(Number.isFinite(count) && count >= 0)) {
    throw new RangeError(`Byar interval needs a count of 0 or more, not ${count}.`);
  }
  const next = count + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  if (count === 0) return { lower: 0, upper };
  const lower = count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  return { lower: Math.max(0, lower), upper };
}

/**
 * Confidence limits for a crude rate: Byar's limits for the count, scaled by `per / denominator`.
 *
 * @param count - the observed count (≥ 0)
 * @param denominator - the population at risk (> 0)
 * @param per - the rate's base, for example 10000 for a rate per 10,000
 * @param z - the standard normal quantile for the confidence level; 95% by default
 * @returns the limits as rates per `per`
 * @throws RangeError when the count is negative, or the denominator or base is not positive
 */
export function rateInterval(count: number, denominator: number, per: number, z: number = Z95): Limits {
  if (!(Number.isFinite(denominator) && denominator > 0)) {
    throw new RangeError(`Rate interval needs a denominator above 0, not ${denominator}.`);
  }
  if (!(Number.isFinite(per) && per > 0)) {
    throw new RangeError(`Rate interval needs a base above 0, not ${per}.`);
  }
  const { lower, upper } = byarInterval(count, z);
  const scale = per / denominator;
  return { lower: lower * scale, upper: upper * scale };
}
