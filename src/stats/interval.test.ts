import { expect } from '@open-wc/testing';
import type { Observation, Unit } from '../model.js';
import { intervalFor } from './interval.js';

const PERCENT: Unit = { kind: 'percent' };
const RATE: Unit = { kind: 'rate', per: 10_000, of: 'children aged under 18' };
const SCORE: Unit = { kind: 'score', label: 'out of 10', min: 0, max: 10 };
const COUNT: Unit = { kind: 'count' };

function obs(extra: Partial<Observation>): Observation {
  return { indicator: 'test', area: 'E06000001', period: { label: '2024/25', sortKey: '2025-03' }, value: 1, ...extra };
}

describe('intervalFor', () => {
  it('prefers the published limits when both are finite', () => {
    const interval = intervalFor(obs({ value: 7.4, lower: 7.2, upper: 7.6, count: 5, denominator: 10 }), SCORE);
    expect(interval).to.deep.equal({ lower: 7.2, upper: 7.6, method: 'published' });
    // Published limits win even where a count and denominator would allow a computed interval.
    expect(intervalFor(obs({ value: 65, lower: 60, upper: 70, count: 65, denominator: 100 }), PERCENT)).to.deep.equal({
      lower: 60,
      upper: 70,
      method: 'published',
    });
  });

  it('computes a Wilson interval, as a percentage, for a percent with count and denominator', () => {
    // 65 out of 100 gives 0.5525444 to 0.7363575 as proportions (see wilson.test.ts).
    const interval = intervalFor(obs({ value: 65, count: 65, denominator: 100 }), PERCENT);
    expect(interval?.method).to.equal('wilson');
    expect(interval?.lower).to.be.closeTo(55.25444, 1e-5);
    expect(interval?.upper).to.be.closeTo(73.63575, 1e-5);
  });

  it('falls back to computing when only one published limit is usable', () => {
    const interval = intervalFor(obs({ value: 65, lower: 60, upper: Number.NaN, count: 65, denominator: 100 }), PERCENT);
    expect(interval?.method).to.equal('wilson');
  });

  it('computes Byar limits scaled to the rate for a rate with count and denominator', () => {
    // A count of 100 has Byar limits 81.362105 to 121.627938; per 10,000 of 20,000 is × 0.5.
    const interval = intervalFor(obs({ value: 50, count: 100, denominator: 20_000 }), RATE);
    expect(interval?.method).to.equal('byar');
    expect(interval?.lower).to.be.closeTo(40.681053, 1e-5);
    expect(interval?.upper).to.be.closeTo(60.813969, 1e-5);
  });

  it('returns undefined when no interval is published or computable', () => {
    expect(intervalFor(obs({ value: 7.4 }), SCORE), 'score without CI').to.equal(undefined);
    expect(intervalFor(obs({ value: 7.4, count: 3, denominator: 4 }), SCORE), 'score with counts').to.equal(undefined);
    expect(intervalFor(obs({ value: 1234, count: 1234, denominator: 5000 }), COUNT), 'count').to.equal(undefined);
    expect(intervalFor(obs({ value: 12 }), PERCENT), 'percent without counts').to.equal(undefined);
    expect(intervalFor(obs({ value: 12, count: 12, denominator: 0 }), PERCENT), 'zero denominator').to.equal(undefined);
    expect(intervalFor(obs({ value: 120, count: 12, denominator: 10 }), PERCENT), 'count above denominator').to.equal(undefined);
    expect(intervalFor(obs({ value: 12, count: -1, denominator: 100 }), RATE), 'negative count').to.equal(undefined);
    expect(intervalFor(obs({ value: 12, count: 5 }), RATE), 'rate without denominator').to.equal(undefined);
  });
});
