import { expect } from '@open-wc/testing';
import { intervalTrend, proportionTrend, TREND_CHI_SQUARED, type CountPoint, type IntervalPoint } from './trend.js';

const counts = (r: number[], n: number[]): CountPoint[] => r.map((count, index) => ({ count, denominator: n[index]! }));
/** Values with 95% limits ±1.96 standard errors. */
const withSe = (values: number[], se: number): IntervalPoint[] => values.map((value) => ({ value, lower: value - 1.96 * se, upper: value + 1.96 * se }));

describe('proportionTrend (Fingertips’ chi-squared test for trend in proportions)', () => {
  it('works out χ² by hand: 10, 12, 14, 16, 18 out of 100 each is a rise, but not a significant one', () => {
    // N = 500, R = 70, Σr·t = 10 + 24 + 42 + 64 + 90 = 230, Σn·t = 100 × 15 = 1,500, Σn·t² = 100 × 55 = 5,500.
    // N·Σr·t − R·Σn·t = 115,000 − 105,000 = 10,000; numerator 500 × 10,000² = 5 × 10¹⁰.
    // Denominator 70 × 430 × (500 × 5,500 − 1,500²) = 30,100 × 500,000 = 1.505 × 10¹⁰. χ² = 3.3223 < 9.5495.
    const test = proportionTrend(counts([10, 12, 14, 16, 18], [100, 100, 100, 100, 100]))!;
    expect(test.chiSquared).to.be.closeTo(5e10 / 1.505e10, 1e-9);
    expect(test.method).to.equal('proportion');
    expect(test.slope).to.be.greaterThan(0);
    expect(test.consistent).to.equal(true);
    expect(test.trend).to.equal('no-change');
  });

  it('calls the same proportions out of ten times as many significant: χ² grows tenfold to 33.2', () => {
    const test = proportionTrend(counts([100, 120, 140, 160, 180], [1000, 1000, 1000, 1000, 1000]))!;
    expect(test.chiSquared).to.be.closeTo(5e15 / 1.505e14, 1e-6);
    expect(test.chiSquared).to.be.greaterThan(TREND_CHI_SQUARED);
    expect(test.trend).to.equal('rising');
  });

  it('uses 99.8% confidence: χ² must exceed 9.5495 (one degree of freedom, p = 0.002)', () => {
    expect(TREND_CHI_SQUARED).to.be.closeTo(3.0902323061678132 ** 2, 1e-9);
  });

  it('agrees with Fingertips’ own worked cases (FingertipsNext’s TrendMarkerCalculator tests)', () => {
    // MMR one dose at 2 years, Yorkshire and the Humber, 2020–2024: Fingertips says "Decreasing".
    const mmr = proportionTrend(counts([57274, 55865, 53681, 51767, 53185], [61834, 60511, 59074, 57508, 59028]))!;
    expect(mmr.trend).to.equal('falling');
    // Diabetes QOF prevalence, England, 2020–2024: "Increasing".
    const diabetes = proportionTrend(counts([3455176, 3491868, 3625401, 3774801, 3938080], [48783947, 49122259, 49956777, 50649129, 51441896]))!;
    expect(diabetes.trend).to.equal('rising');
  });

  it('cannot test fewer than five periods, a count of zero or a count equal to its denominator', () => {
    expect(proportionTrend(counts([10, 12, 14, 16], [100, 100, 100, 100]))).to.equal(undefined);
    expect(proportionTrend(counts([0, 12, 14, 16, 18], [100, 100, 100, 100, 100]))).to.equal(undefined);
    expect(proportionTrend(counts([100, 12, 14, 16, 18], [100, 100, 100, 100, 100]))).to.equal(undefined);
  });
});

describe('intervalTrend (Fingertips’ test for trend in values with confidence intervals)', () => {
  it('works out a weighted slope by hand: 10 to 14 with standard errors of 1 rises 1 a period, χ² = 10, significant', () => {
    // Weights 1: Σw = 5, Σw·y·t = 190, Σw·t = 15, Σw·y = 60, Σw·t² = 55.
    // Slope (5 × 190 − 15 × 60) / (5 × 55 − 15²) = 50 / 50 = 1; its standard error √(5 / 50) = 0.316; χ² = 10.
    const test = intervalTrend(withSe([10, 11, 12, 13, 14], 1))!;
    expect(test.slope).to.be.closeTo(1, 1e-9);
    expect(test.chiSquared).to.be.closeTo(10, 1e-9);
    expect(test.trend).to.equal('rising');
  });

  it('halves the evidence when the intervals double: standard errors of 2 give χ² = 2.5, no significant change', () => {
    const test = intervalTrend(withSe([10, 11, 12, 13, 14], 2))!;
    expect(test.slope).to.be.closeTo(1, 1e-9);
    expect(test.chiSquared).to.be.closeTo(2.5, 1e-9);
    expect(test.trend).to.equal('no-change');
  });

  it('finds no trend when one point decides the slope’s sign (Fingertips’ outlier check), whatever χ²', () => {
    // 20, 10, 11, 12, 13: with every point the slope is −1.2 and χ² = 14.4, but leaving out the first
    // point the other four rise by 1 a period, so the six slopes do not share a sign.
    const test = intervalTrend(withSe([20, 10, 11, 12, 13], 1))!;
    expect(test.slope).to.be.closeTo(-1.2, 1e-9);
    expect(test.chiSquared).to.be.closeTo(14.4, 1e-9);
    expect(test.consistent).to.equal(false);
    expect(test.trend).to.equal('no-change');
  });

  it('agrees with Fingertips on a crude rate: preventable sight loss from diabetic eye disease, England 2020–2024, "Increasing"', () => {
    const test = intervalTrend([
      { value: 2.935, lower: 2.7841, upper: 3.0919 },
      { value: 1.93028, lower: 1.8085, upper: 2.058 },
      { value: 2.7567, lower: 2.6113, upper: 2.9082 },
      { value: 2.8701, lower: 2.7225, upper: 3.0237 },
      { value: 3.0121, lower: 2.8616, upper: 3.1683 },
    ])!;
    expect(test.trend).to.equal('rising');
  });

  it('finds a significant fall as falling', () => {
    expect(intervalTrend(withSe([14, 13, 12, 11, 10], 1))!.trend).to.equal('falling');
  });

  it('cannot test an interval with no width, or fewer than five periods', () => {
    expect(intervalTrend([...withSe([10, 11, 12, 13], 1), { value: 14, lower: 14, upper: 14 }])).to.equal(undefined);
    expect(intervalTrend(withSe([10, 11, 12, 13], 1))).to.equal(undefined);
  });
});
