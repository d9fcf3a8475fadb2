import { expect } from '@open-wc/testing';
import { wilsonInterval, Z95 } from './wilson.js';

describe('wilsonInterval', () => {
  it('uses the two-sided 95% normal quantile by default', () => {
    expect(Z95).to.be.closeTo(1.96, 1e-3);
    expect(Z95 * Z95).to.be.closeTo(3.8414588206941, 1e-12);
  });

  it('matches a hand-worked case: 65 out of 100', () => {
    // Hand-worked: z² = 3.8414588; q = 0.35, so 4Oq = 91 and √(z² + 91) = 9.7386580;
    // z × 9.7386580 = 19.0874189; denominator 2(100 + z²) = 207.6829176.
    // lower = (130 + 3.8414588 − 19.0874189) / 207.6829176 = 114.7540400 / 207.6829176 = 0.5525444
    // upper = (130 + 3.8414588 + 19.0874189) / 207.6829176 = 152.9288777 / 207.6829176 = 0.7363575
    const { lower, upper } = wilsonInterval(65, 100);
    expect(lower).to.be.closeTo(0.5525444, 1e-7);
    expect(upper).to.be.closeTo(0.7363575, 1e-7);
  });

  it('matches the closed forms at the ends of the scale: 0 and 20 out of 20', () => {
    // Hand-worked: with O = 0, √(z² + 0) = z, so lower = (z² − z²)/… = 0 and
    // upper = 2z² / 2(n + z²) = z² / (n + z²) = 3.8414588 / 23.8414588 = 0.1611252.
    const none = wilsonInterval(0, 20);
    expect(none.lower).to.equal(0);
    expect(none.upper).to.be.closeTo(0.1611252, 1e-7);
    // With O = n, q = 0: lower = (2n + z² − z²) / 2(n + z²) = n / (n + z²) = 20 / 23.8414588 = 0.8388748,
    // and upper = (2n + 2z²) / 2(n + z²) = 1 exactly (clamped against rounding).
    const all = wilsonInterval(20, 20);
    expect(all.lower).to.be.closeTo(0.8388748, 1e-7);
    expect(all.upper).to.equal(1);
  });

  it('agrees with the Wilson limits tabled by Newcombe (1998)', () => {
    // Published anchor: Newcombe RG, "Two-sided confidence intervals for the single proportion:
    // comparison of seven methods", Statistics in Medicine 17:857–872 (1998), Table II, method 3
    // (score, no continuity correction), given to 4 decimal places. The figures were taken from
    // the paper as remembered; the copy reachable in this session showed only its abstract, and
    // SciPy 1.17 binomtest(...).proportion_ci(method='wilson') gives the same to 4 places.
    const cases: Array<[number, number, number, number]> = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [count, n, lower, upper] of cases) {
      const limits = wilsonInterval(count, n);
      expect(limits.lower, `${count}/${n} lower`).to.be.closeTo(lower, 5e-5);
      expect(limits.upper, `${count}/${n} upper`).to.be.closeTo(upper, 5e-5);
    }
  });

  it('agrees with an independent implementation on a larger sample', () => {
    // Computed independently with SciPy 1.17: binomtest(1045, 5000).proportion_ci(method='wilson')
    // → (0.19795549880013297, 0.2204913037318903).
    const { lower, upper } = wilsonInterval(1045, 5000);
    expect(lower).to.be.closeTo(0.197955498800133, 1e-12);
    expect(upper).to.be.closeTo(0.22049130373189, 1e-12);
  });

  it('uses the z it is given', () => {
    // With z = 0 the interval shrinks to the proportion itself.
    expect(wilsonInterval(65, 100, 0)).to.deep.equal({ lower: 0.65, upper: 0.65 });
    const wider = wilsonInterval(65, 100, 3.090232306167813); // 99.8%
    expect(wider.lower).to.be.below(0.5525444);
    expect(wider.upper).to.be.above(0.7363575);
  });

  it('throws a RangeError for a denominator that is not positive or a count out of range', () => {
    expect(() => wilsonInterval(0, 0)).to.throw(RangeError);
    expect(() => wilsonInterval(1, -5)).to.throw(RangeError);
    expect(() => wilsonInterval(-1, 10)).to.throw(RangeError);
    expect(() => wilsonInterval(11, 10)).to.throw(RangeError);
    expect(() => wilsonInterval(Number.NaN, 10)).to.throw(RangeError);
    expect(() => wilsonInterval(1, Number.POSITIVE_INFINITY)).to.throw(RangeError);
  });
});
