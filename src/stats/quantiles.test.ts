import { expect } from '@open-wc/testing';
import { quantile, spineSummary } from './quantiles.js';

describe('quantile', () => {
  it('interpolates between the closest ranks (R type 7)', () => {
    // Hand-worked for [1, 2, 3, 4]: h = 3p. p = 0.25 → h = 0.75 → 1 + 0.75 × (2 − 1) = 1.75;
    // p = 0.5 → h = 1.5 → 2.5; p = 0.75 → h = 2.25 → 3.25. R's quantile(1:4) gives the same.
    const xs = [1, 2, 3, 4];
    expect(quantile(xs, 0.25)).to.be.closeTo(1.75, 1e-12);
    expect(quantile(xs, 0.5)).to.be.closeTo(2.5, 1e-12);
    expect(quantile(xs, 0.75)).to.be.closeTo(3.25, 1e-12);
    expect(quantile(xs, 0)).to.equal(1);
    expect(quantile(xs, 1)).to.equal(4);
    // [10, 20, 30, 40, 50]: h = 4p lands on whole ranks at the quartiles.
    expect(quantile([10, 20, 30, 40, 50], 0.25)).to.equal(20);
    // p = 0.9 → h = 3.6 → 40 + 0.6 × 10 = 46.
    expect(quantile([10, 20, 30, 40, 50], 0.9)).to.be.closeTo(46, 1e-12);
  });

  it('returns the only value of a single-value set', () => {
    expect(quantile([7], 0.25)).to.equal(7);
  });

  it('throws a RangeError for an empty set or p outside 0 to 1', () => {
    expect(() => quantile([], 0.5)).to.throw(RangeError);
    expect(() => quantile([1, 2], -0.1)).to.throw(RangeError);
    expect(() => quantile([1, 2], 1.1)).to.throw(RangeError);
    expect(() => quantile([1, 2], Number.NaN)).to.throw(RangeError);
  });
});

describe('spineSummary', () => {
  it('summarises unsorted values, leaving out non-finite ones', () => {
    const values = [40, Number.NaN, 10, 30, Number.POSITIVE_INFINITY, 20, 50];
    expect(spineSummary(values)).to.deep.equal({ n: 5, min: 10, q1: 20, median: 30, q3: 40, max: 50 });
    expect(values[0], 'input left as it was').to.equal(40);
  });

  it('interpolates the quartiles of an even-sized set', () => {
    const summary = spineSummary([4, 1, 3, 2]);
    expect(summary?.n).to.equal(4);
    expect(summary?.q1).to.be.closeTo(1.75, 1e-12);
    expect(summary?.median).to.be.closeTo(2.5, 1e-12);
    expect(summary?.q3).to.be.closeTo(3.25, 1e-12);
  });

  it('returns undefined when there is nothing to summarise', () => {
    expect(spineSummary([])).to.equal(undefined);
    expect(spineSummary([Number.NaN, Number.NEGATIVE_INFINITY])).to.equal(undefined);
  });
});
