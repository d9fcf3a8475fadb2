/** The 97.5th percentile of the standard normal distribution: the z value for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Lower and upper confidence limits. */
export interface Limits {
  lower: number;
  upper: number;
}

/**
 * The Wilson score interval for a proportion, the method OHID Fingertips uses for proportions.
 *
 * With O events out of n and q = 1 − O/n, the limits are
 * (2O + z² ∓ z√(z² + 4Oq)) / (2(n + z²)).
 *
 * @param count - the number with the characteristic, O (0 ≤ O ≤ n)
 * @param denominator - the number in the group, n (> 0)
 * @param z - the standard normal quantile for the confidence level; 95% by default
 * @returns the limits as proportions between 0 and 1
 * @throws RangeError when the denominator is not positive or the count lies outside 0 to the denominator
 */
export function wilsonInterval(count: number, denominator: number, z: number = Z95): Limits {
  if (!(Number.isFinite(denominator) && denominator > 0)) {
    throw new RangeError(`Wilson interval needs a denominator above 0, not ${denominator}.`);
  }
  if (!(Number.isFinite(count) && count >= 0 && count <= denominator)) {
    throw new RangeError(`Wilson interval needs a count from 0 to ${denominator}, not ${count}.`);
  }
  const zz = z * z;
  const q = 1 - count / denominator;
  const centre = 2 * count + zz;
  const spread = z * Math.sqrt(zz + 4 * count * q);
  const scale = 2 * (denominator + zz);
  // Rounding can push the limits a hair outside [0, 1] when the count is 0 or all.
  return {
    lower: Math.max(0, (centre - spread) / scale),
    upper: Math.min(1, (centre + spread) / scale),
  };
}
