import { expect } from '@open-wc/testing';
import { exactPoissonInterval } from './poisson.js';

describe('exactPoissonInterval', () => {
  // Exact 95% limits for small counts, to 4 decimal places, as tabulated for Fingertips-style work
  // (χ²(0.025; 2O)/2 and χ²(0.975; 2O + 2)/2). Two are easy to check by hand: for 0 events the upper
  // limit is −ln 0.025 = 3.6889, and for 1 event the lower limit is −ln 0.975 = 0.0253.
  const TABLE: [number, number, number][] = [
    [0, 0, 3.6889],
    [1, 0.0253, 5.5716],
    [2, 0.2422, 7.2247],
    [3, 0.6187, 8.7673],
    [5, 1.6235, 11.6683],
    [9, 4.1154, 17.0848],
  ];
  for (const [count, lower, upper] of TABLE) {
    it(`gives ${lower} to ${upper} for a count of ${count}`, () => {
      const limits = exactPoissonInterval(count);
      expect(limits.lower).to.be.closeTo(lower, 5e-5);
      expect(limits.upper).to.be.closeTo(upper, 5e-5);
    });
  }

  it('meets its own definition: 2.5% in each tail', () => {
    // For 4 events: P(X ≤ 4 | λ = upper) and P(X ≥ 4 | λ = lower) are both 0.025.
    const { lower, upper } = exactPoissonInterval(4);
    const cdf = (k: number, l: number) =>
      Array.from({ length: k + 1 }, (_, i) => i).reduce((sum, i) => sum + (Math.exp(-l) * l ** i) / [1, 1, 2, 6, 24][i]!, 0);
    expect(cdf(4, upper)).to.be.closeTo(0.025, 1e-9);
    expect(1 - cdf(3, lower)).to.be.closeTo(0.025, 1e-9);
  });

  it('refuses counts that are negative or not whole', () => {
    expect(() => exactPoissonInterval(-1)).to.throw(RangeError);
    expect(() => exactPoissonInterval(2.5)).to.throw(RangeError);
  });
});
