/** The five numbers a spine chart draws, over the finite values given. */
export interface SpineSummary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/**
 * The p-quantile of values already sorted in ascending order, by linear interpolation between
 * the closest ranks (R's type 7, also the default of spreadsheets' PERCENTILE.INC).
 *
 * With n values, h = (n − 1)p, and the result is x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
 *
 * @param sorted - finite values in ascending order (not checked)
 * @param p - the probability, from 0 to 1
 * @throws RangeError when the array is empty or p lies outside 0 to 1
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('A quantile needs at least one value.');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile needs p from 0 to 1, not ${p}.`);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (h - below) * (high - low);
}

/**
 * The lowest, 25th percentile, median, 75th percentile and highest of a set of values, for a
 * spine chart. Missing and non-finite values are left out.
 *
 * @param values - the values, in any order
 * @returns the summary, or undefined when no finite value is left
 */
export function spineSummary(values: readonly number[]): SpineSummary | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return {
    n: sorted.length,
    min: sorted[0] as number,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
  };
}
