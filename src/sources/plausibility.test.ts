import { expect } from '@open-wc/testing';
import type { Unit } from '../model.js';
import { implausibility, type CheckedFigure } from './plausibility.js';

const PERCENT: Unit = { kind: 'percent' };
const PER_10K: Unit = { kind: 'rate', per: 10_000, of: 'children' };
const OUT_OF_10: Unit = { kind: 'score', label: 'out of 10', min: 0, max: 10 };
const TODAY = new Date('2026-12-01T12:00:00Z');
const figure = (over: Partial<CheckedFigure>): CheckedFigure => ({ value: 10, period: { label: '2024/25', sortKey: '2025-03' }, ...over });

describe('implausibility', () => {
  it('accepts ordinary figures, including a value on a rounded interval limit', () => {
    expect(implausibility(figure({ value: 41.2 }), PERCENT, TODAY)).to.equal(undefined);
    expect(implausibility(figure({ value: 606.1, count: 1560, denominator: 25740 }), PER_10K, TODAY)).to.equal(undefined);
    expect(implausibility(figure({ value: 7.44, lower: 7.4, upper: 7.48 }), OUT_OF_10, TODAY)).to.equal(undefined);
    expect(implausibility(figure({ value: 7.5, lower: 7.45, upper: 7.5 }), OUT_OF_10, TODAY)).to.equal(undefined);
    expect(implausibility(figure({ value: null }), PERCENT, TODAY)).to.equal(undefined);
  });

  it('refuses values outside their unit’s range', () => {
    expect(implausibility(figure({ value: 100.5 }), PERCENT, TODAY)).to.match(/100\.50 is not possible: a percentage lies between 0 and 100/);
    expect(implausibility(figure({ value: -1 }), PERCENT, TODAY)).to.match(/not possible/);
    expect(implausibility(figure({ value: 1e12 }), PER_10K, TODAY)).to.equal(
      'The value 1.00e+12 is not possible: a rate per 10,000 lies between 0 and 10,000.',
    );
    expect(implausibility(figure({ value: 11 }), OUT_OF_10, TODAY)).to.match(/this score lies between 0 and 10/);
  });

  it('refuses periods that end after the current year, and absurdly old ones', () => {
    expect(implausibility(figure({ period: { label: '2099/00', sortKey: '2100-03' } }), PERCENT, TODAY)).to.equal(
      'The period “2099/00” ends after 2026, so its figures cannot have been published yet.',
    );
    expect(implausibility(figure({ period: { label: '2923/24', sortKey: '2924-03' } }), PERCENT, TODAY)).to.match(/ends after 2026/);
    expect(implausibility(figure({ period: { label: '2026', sortKey: '2026-12' } }), PERCENT, TODAY)).to.equal(undefined);
    expect(implausibility(figure({ period: { label: '2026/27', sortKey: '2027-03' } }), PERCENT, TODAY)).to.match(/ends after 2026/);
    expect(implausibility(figure({ period: { label: '1850', sortKey: '1850-12' } }), PERCENT, TODAY)).to.match(/before 1900/);
  });

  it('refuses an interval that does not hold its value or is upside down', () => {
    expect(implausibility(figure({ value: 20, lower: 10, upper: 15 }), PERCENT, TODAY)).to.equal(
      'The value 20.00 lies outside its own confidence interval (10.00 to 15.00).',
    );
    expect(implausibility(figure({ value: 12, lower: 15, upper: 10 }), PERCENT, TODAY)).to.match(/lower confidence limit \(15\.00\) is above/);
    expect(implausibility(figure({ value: 99, lower: 98, upper: 101 }), PERCENT, TODAY)).to.match(/upper confidence limit 101\.00 is not possible/);
  });

  it('refuses counts above their denominator for a percentage, negative counts and empty denominators', () => {
    expect(implausibility(figure({ value: 50, count: 60, denominator: 50 }), PERCENT, TODAY)).to.equal(
      'The count (60.00) is larger than its denominator (50.00).',
    );
    expect(implausibility(figure({ count: -2, denominator: 50 }), PER_10K, TODAY)).to.match(/count -2\.00 is not possible/);
    expect(implausibility(figure({ count: 2, denominator: 0 }), PER_10K, TODAY)).to.match(/denominator 0\.00 is not possible/);
  });

  it('shows a vanishingly small value as it is, not as 0', () => {
    expect(implausibility(figure({ value: -1e-320 }), PERCENT, TODAY)).to.equal(undefined);
    expect(implausibility(figure({ value: -0.5 }), PERCENT, TODAY)).to.equal('The value -0.50 is not possible: a percentage lies between 0 and 100.');
  });
});
