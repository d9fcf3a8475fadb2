import { expect } from '@open-wc/testing';
import { byarInterval, rateInterval } from './byar.js';

describe('byarInterval', () => {
  it('gives 0 as the lower limit of a zero count', () => {
    // Hand-worked: upper = 1 × (1 − 1/9 + z/3)³ = (0.8888889 + 0.6533213)³ = 1.5422102³ = 3.6680118.
    const { lower, upper } = byarInterval(0);
    expect(lower).to.equal(0);
    expect(upper).to.be.closeTo(3.6680118, 1e-6);
  });

  it('matches a hand-worked case: a count of 10', () => {
    // lower = 10 × (1 − 1/90 − z/(3√10))³ = 10 × (1 − 0.0111111 − 0.2065983)³ = 10 × 0.7822905³
    //       = 10 × 0.4787450 = 4.787450
    // upper = 11 × (1 − 1/99 + z/(3√11))³ = 11 × (1 − 0.0101010 + 0.1969838)³ = 11 × 1.1868828³
    //       = 11 × 1.6719508 = 18.391459
    const { lower, upper } = byarInterval(10);
    expect(lower).to.be.closeTo(4.78745, 1e-5);
    expect(upper).to.be.closeTo(18.391459, 1e-5);
  });

  it('matches a hand-worked case: a count of 100', () => {
    // lower = 100 × (1 − 1/900 − z/30)³ = 100 × (1 − 0.0011111 − 0.0653321)³ = 100 × 0.9335568³ = 81.362105
    // upper = 101 × (1 − 1/909 + z/(3√101))³ = 101 × (1 − 0.0011001 + 0.0650079)³ = 101 × 1.0639078³ = 121.627938
    const { lower, upper } = byarInterval(100);
    expect(lower).to.be.closeTo(81.362105, 1e-5);
    expect(upper).to.be.closeTo(121.627938, 1e-5);
  });

  it('stays within 0.2% of the exact Poisson limits from a count of 10', () => {
    // OHID's guidance on rates says Byar's method closely approximates the exact Poisson limits
    // for counts of 10 or more (fingertips.phe.org.uk/static-reports/public-health-technical-guidance/
    // Basic_statistics/Rates.html). Exact limits computed independently with SciPy 1.17 as
    // chi2.ppf(0.025, 2O)/2 and chi2.ppf(0.975, 2O + 2)/2.
    const exact: Array<[number, number, number]> = [
      [10, 4.7953886961, 18.390356042],
      [65, 50.1656277292, 82.8478358159],
      [1045, 982.5937094111, 1110.3307766119],
    ];
    for (const [count, lower, upper] of exact) {
      const limits = byarInterval(count);
      expect(Math.abs(limits.lower - lower) / lower, `${count} lower`).to.be.below(0.002);
      expect(Math.abs(limits.upper - upper) / upper, `${count} upper`).to.be.below(0.002);
    }
  });

  it('uses the z it is given', () => {
    // With z = 0 both limits fall near the count: lower = 10(1 − 1/90)³, upper = 11(1 − 1/99)³.
    const { lower, upper } = byarInterval(10, 0);
    expect(lower).to.be.closeTo(10 * (89 / 90) ** 3, 1e-12);
    expect(upper).to.be.closeTo(11 * (98 / 99) ** 3, 1e-12);
  });

  it('throws a RangeError for a negative or non-finite count', () => {
    expect(() => byarInterval(-1)).to.throw(RangeError);
    expect(() => byarInterval(Number.NaN)).to.throw(RangeError);
  });
});

describe('rateInterval', () => {
  it('scales the count limits by per / denominator', () => {
    // Hand-worked from the count of 100 above: per 1,000 of 50,000 is × 0.02,
    // so 81.362105 × 0.02 = 1.6272421 and 121.627938 × 0.02 = 2.4325588.
    const { lower, upper } = rateInterval(100, 50_000, 1000);
    expect(lower).to.be.closeTo(1.6272421, 1e-6);
    expect(upper).to.be.closeTo(2.4325588, 1e-6);
  });

  it('brackets the published rate of children looked after in England, 2025', () => {
    // Published anchor (the rate itself, not a CI): DfE's children's social care data,
    // cla_number_and_rate_per_10k_children.csv, England 2025: 81,770 children looked after on
    // 31 March of 12,183,016 children, published as 67 per 10,000.
    // 81,770 / 12,183,016 × 10,000 = 67.118027. Hand-worked Byar limits:
    // lower = 81,770 × 0.9977139³ = 81,210.487 → × 10,000 / 12,183,016 = 66.658771
    // upper = 81,771 × 1.0022833³ = 82,332.411 → × 10,000 / 12,183,016 = 67.579662
    // (the exact Poisson limits, by SciPy, agree to 8 significant figures).
    const count = 81_770;
    const children = 12_183_016;
    const rate = (count / children) * 10_000;
    expect(Math.round(rate)).to.equal(67);
    const { lower, upper } = rateInterval(count, children, 10_000);
    expect(lower).to.be.closeTo(66.658771, 1e-5);
    expect(upper).to.be.closeTo(67.579662, 1e-5);
    expect(rate).to.be.within(lower, upper);
  });

  it('throws a RangeError for a denominator or base that is not positive', () => {
    expect(() => rateInterval(5, 0, 10_000)).to.throw(RangeError);
    expect(() => rateInterval(5, 100, 0)).to.throw(RangeError);
    expect(() => rateInterval(-5, 100, 10_000)).to.throw(RangeError);
  });
});
