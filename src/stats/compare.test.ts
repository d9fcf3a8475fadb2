import { expect } from '@open-wc/testing';
import type { Observation, Unit } from '../model.js';
import { compare, NO_BENCHMARK_VALUE, NO_INTERVAL, NO_LOCAL_VALUE } from './compare.js';


const PERCENT: Unit = { kind: 'percent' };
const RATE: Unit = { kind: 'rate', per: 10_000, of: 'children aged under 18' };
const SCORE: Unit = { kind: 'score', label: 'out of 10', min: 0, max: 10 };

function obs(area: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicator: 'test', area, period: { label: '2016/17', sortKey: '2017-03' }, value, ...extra };
}
const local = (value: number | null, extra?: Partial<Observation>) => obs('E12000007', value, extra);
const england = (value: number | null, extra?: Partial<Observation>) => obs('E92000001', value, extra);

describe('compare', () => {
  describe('with a published interval', () => {
    // Published anchors: FingertipsNext's expected response for indicator 41101 (emergency
    // readmissions within 30 days, polarity low is good, benchmark method "CI overlapping reference
    // value 95"), London region, females (dhsc-govuk/FingertipsNext,
    // api/DHSC.FingertipsNext.Modules.HealthData/HttpClientScripts/
    // test-indicators-benchmark-rag_expected-response.json).
    it('2013/14: 12.5 (12.3 to 12.6) against England 12.1 is published as Worse', () => {
      const result = compare(local(12.5, { lower: 12.3, upper: 12.6 }), england(12.1), 'high-is-bad', PERCENT);
      expect(result).to.deep.equal({
        verdict: 'worse',
        significance: 'higher',
        direction: 'higher',
        interval: { lower: 12.3, upper: 12.6, method: 'published' },
      });
    });

    it('2016/17: 13.1 (13.0 to 13.2) against England 13.0, on the lower limit, is published as Similar', () => {
      const result = compare(local(13.1, { lower: 13, upper: 13.2 }), england(13), 'high-is-bad', PERCENT);
      expect(result.verdict).to.equal('similar');
      expect(result.significance).to.equal('similar');
      expect(result.direction).to.equal('higher');
    });

    it('counts England exactly on the upper limit as similar', () => {
      const result = compare(local(7.3, { lower: 7.1, upper: 7.44 }), england(7.44), 'high-is-good', SCORE);
      expect(result.verdict).to.equal('similar');
      expect(result.direction).to.equal('lower');
    });

    it('reads England above the upper limit as the area being significantly lower', () => {
      const l = local(7.1, { lower: 7.0, upper: 7.3 });
      const e = england(7.44);
      expect(compare(l, e, 'high-is-good', SCORE)).to.include({ significance: 'lower', verdict: 'worse' });
      expect(compare(l, e, 'high-is-bad', SCORE)).to.include({ significance: 'lower', verdict: 'better' });
      expect(compare(l, e, 'no-judgement', SCORE)).to.include({ significance: 'lower', verdict: 'lower' });
    });

    it('reads England below the lower limit as the area being significantly higher', () => {
      const l = local(7.8, { lower: 7.6, upper: 8.0 });
      const e = england(7.44);
      expect(compare(l, e, 'high-is-good', SCORE)).to.include({ significance: 'higher', verdict: 'better' });
      expect(compare(l, e, 'high-is-bad', SCORE)).to.include({ significance: 'higher', verdict: 'worse' });
      expect(compare(l, e, 'no-judgement', SCORE)).to.include({ significance: 'higher', verdict: 'higher' });
    });

    it('gives the direction "same" when the values are equal', () => {
      const result = compare(local(7.44, { lower: 7.3, upper: 7.6 }), england(7.44), 'high-is-good', SCORE);
      expect(result).to.include({ verdict: 'similar', direction: 'same' });
    });
  });

  describe('with a computed interval', () => {
    it('uses Wilson for a percentage: 65 of 100 (55.25% to 73.64%)', () => {
      const l = local(65, { count: 65, denominator: 100 });
      const above = compare(l, england(50), 'high-is-bad', PERCENT);
      expect(above).to.include({ verdict: 'worse', significance: 'higher', direction: 'higher' });
      expect(above.interval?.method).to.equal('wilson');
      expect(above.interval?.lower).to.be.closeTo(55.25444, 1e-5);
      expect(above.interval?.upper).to.be.closeTo(73.63575, 1e-5);
      // England at 60% lies inside the interval although the area's value is 5 points higher.
      expect(compare(l, england(60), 'high-is-bad', PERCENT)).to.include({ verdict: 'similar', direction: 'higher' });
      expect(compare(l, england(75), 'high-is-good', PERCENT)).to.include({ verdict: 'worse', significance: 'lower' });
    });

    it('uses Byar for a rate: 200 of 25,000 children (69.30 to 91.89 per 10,000)', () => {
      // Byar limits for 200 are 173.2396 and 229.7229; × 10,000 / 25,000 gives 69.2958 and 91.8891.
      const l = local(80, { count: 200, denominator: 25_000 });
      const result = compare(l, england(67.1), 'high-is-bad', RATE);
      expect(result).to.include({ verdict: 'worse', significance: 'higher', direction: 'higher' });
      expect(result.interval?.method).to.equal('byar');
      expect(result.interval?.lower).to.be.closeTo(69.295849, 1e-5);
      expect(result.interval?.upper).to.be.closeTo(91.889148, 1e-5);
      expect(compare(l, england(70), 'high-is-bad', RATE).verdict).to.equal('similar');
    });
  });

  describe('when significance cannot be tested', () => {
    it('does not compare a score that has no published interval', () => {
      const result = compare(local(7.6), england(7.44), 'high-is-good', SCORE);
      expect(result).to.deep.equal({
        verdict: 'not-compared',
        significance: null,
        direction: 'higher',
        reason: NO_INTERVAL,
      });
    });

    it('does not compare when England has no value, saying why', () => {
      const l = local(65, { count: 65, denominator: 100 });
      const absent = compare(l, undefined, 'high-is-bad', PERCENT);
      expect(absent).to.include({ verdict: 'not-compared', significance: null, direction: null, reason: NO_BENCHMARK_VALUE });
      const message = 'England figure not published for this period.';
      const nullValue = compare(
        l,
        england(null, { missing: { reason: 'not-available', message } }),
        'high-is-bad',
        PERCENT,
      );
      expect(nullValue).to.include({ verdict: 'not-compared', direction: null, reason: message });
    });
  });

  describe('when the area has no value', () => {
    it('gives no-data with the observation’s own reason', () => {
      const message = 'Suppressed because fewer than 10 children were counted.';
      const result = compare(
        local(null, { missing: { reason: 'suppressed', message } }),
        england(67.1),
        'high-is-bad',
        RATE,
      );
      expect(result).to.deep.equal({ verdict: 'no-data', significance: null, direction: null, reason: message });
    });

    it('gives no-data with a plain reason when the observation is absent or says nothing', () => {
      expect(compare(undefined, england(67.1), 'high-is-bad', RATE)).to.include({
        verdict: 'no-data',
        reason: NO_LOCAL_VALUE,
      });
      expect(compare(local(null), undefined, 'high-is-bad', RATE)).to.include({
        verdict: 'no-data',
        reason: NO_LOCAL_VALUE,
      });
    });
  });
});
