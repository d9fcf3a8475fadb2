import type { Limits } from './wilson.js';

/** P(X ≤ k) for a Poisson variable with mean λ, summed term by term (k is small where this is used). */
function poissonCdf(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= lambda / i;
    sum += term;
  }
  return sum;
}

/** The λ at which a decreasing function of λ crosses `target`, by bisection. */
function solve(decreasing: (lambda: number) => number, target: number, high: number): number {
  let lo = 0;
  let hi = high;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (decreasing(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Exact (Garwood) 95% confidence limits for a Poisson count, which OHID Fingertips uses instead of
 * Byar's approximation when the count is below 10.
 *
 * The upper limit is the mean λ for which seeing O or fewer has probability 2.5%; the lower limit
 * (0 when O is 0) the mean for which seeing O or more has probability 2.5%. These equal the
 * chi-squared forms χ²(0.025; 2O)/2 and χ²(0.975; 2O + 2)/2.
 *
 * @param count - the observed count, O: a whole number of 0 or more
 * @param alpha - one minus the confidence level; 0.05 by default
 * @returns the limits, in the same units as the count
 * @throws RangeError when the count is not a whole number of 0 or more
 */
export function exactPoissonInterval(count: number, alpha = 0.05): Limits {
  if (!(Number.isInteger(count) && count >= 0)) {
    throw new RangeError(`An exact Poisson interval needs a whole count of 0 or more, not ${count}.`);
  }
  const tail = alpha / 2;
  const high = count + 10 * Math.sqrt(count + 1) + 10;
  const upper = solve((lambda) => poissonCdf(count, lambda), tail, high);
  const lower = count === 0 ? 0 : solve((lambda) => poissonCdf(count - 1, lambda), 1 - tail, high);
  return { lower, upper };
}
