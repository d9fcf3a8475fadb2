/**
 * A linear map from a domain to a range, like d3-scale's `scaleLinear` but without its interpolators,
 * tick formats and colour parsing. The spine chart and the opportunity map need only this, and using
 * it keeps about 7 KB (gzipped) of d3-scale out of the one-file bundle; d3-scale itself is used where
 * its scales earn their place (the choropleth's colour scales, in their own chunk).
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0 || !Number.isFinite(span)) return () => (r0 + r1) / 2;
  const slope = (r1 - r0) / span;
  return (value) => r0 + (value - d0) * slope;
}

/**
 * A radial scale, like d3-scale's `scaleRadial` with clamping: the area between the inner radius
 * and the result grows linearly with the value, so longer segments are not over-weighted.
 */
export function radialScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const squared = linearScale([d0, d1], [r0 * r0, r1 * r1]);
  const [low, high] = d0 <= d1 ? [d0, d1] : [d1, d0];
  return (value) => Math.sqrt(Math.max(0, squared(Math.min(high, Math.max(low, value)))));
}
