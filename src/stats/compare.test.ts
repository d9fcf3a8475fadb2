import { expect } from '@open-wc/testing';
import type { Observation, Reading, Unit } from '../model.js';
import { compare, NO_BENCHMARK_VALUE, NO_INTERVAL, NO_LOCAL_VALUE, type Judged } from './compare.js';

const PERCENT: Unit = { kind: 'percent' };
const RATE: Unit = { kind: 'rate', per: 10_000, of: 'children aged under 18' };
const SCORE: Unit = { kind: 'score', label: 'out of 10', min: 0, max: 10 };

/** More pressure when the figure is higher (a rate of need, say), or when it is lower (school readiness, say). */
const HIGHER_WORSE: Reading = { worseWhen: 'higher', reason: 'test' };
const LOWER_WORSE: Reading = { worseWhen: 'lower', reason: 'test' };
const as = (unit: Unit, reading?: Reading, domain = 'stressful-circumstances'): Judged => ({
  unit,
  domain: domain as Judged['domain'],
  ...(reading ? { reading } : {}),
});

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
      const result = compare(local(12.5, { lower: 12.3, upper: 12.6 }), england(12.1), as(PERCENT, HIGHER_WORSE));
      expect(result).to.deep.equal({
        verdict: 'worse',
        reads: 'pressure',
        method: 'interval',
        significance: 'higher',
        direction: 'higher',
        interval: { lower: 12.3, upper: 12.6, method: 'published' },
      });
    });

    it('2016/17: 13.1 (13.0 to 13.2) against England 13.0, on the lower limit, is published as Similar', () => {
      const result = compare(local(13.1, { lower: 13, upper: 13.2 }), england(13), as(PERCENT, HIGHER_WORSE));
      expect(result.verdict).to.equal('similar');
      expect(result.significance).to.equal('similar');
      expect(result.direction).to.equal('higher');
    });

    it('counts England exactly on the upper limit as similar', () => {
      const result = compare(local(7.3, { lower: 7.1, upper: 7.44 }), england(7.44), as(SCORE, LOWER_WORSE));
      expect(result.verdict).to.equal('similar');
      expect(result.direction).to.equal('lower');
    });

    it('reads England above the upper limit as the area being significantly lower', () => {
      const l = local(7.1, { lower: 7.0, upper: 7.3 });
      const e = england(7.44);
      expect(compare(l, e, as(SCORE, LOWER_WORSE))).to.include({ significance: 'lower', verdict: 'worse' });
      expect(compare(l, e, as(SCORE, HIGHER_WORSE))).to.include({ significance: 'lower', verdict: 'better' });
      // A council's own indicator whose file states no direction keeps the plain difference.
      expect(compare(l, e, as(SCORE))).to.include({ significance: 'lower', verdict: 'lower' });
    });

    it('reads England below the lower limit as the area being significantly higher', () => {
      const l = local(7.8, { lower: 7.6, upper: 8.0 });
      const e = england(7.44);
      expect(compare(l, e, as(SCORE, LOWER_WORSE))).to.include({ significance: 'higher', verdict: 'better' });
      expect(compare(l, e, as(SCORE, HIGHER_WORSE))).to.include({ significance: 'higher', verdict: 'worse' });
      expect(compare(l, e, as(SCORE))).to.include({ significance: 'higher', verdict: 'higher' });
    });

    it('gives the direction "same" when the values are equal', () => {
      const result = compare(local(7.44, { lower: 7.3, upper: 7.6 }), england(7.44), as(SCORE, LOWER_WORSE));
      expect(result).to.include({ verdict: 'similar', direction: 'same' });
    });
  });

  describe('with a computed interval', () => {
    it('uses Wilson for a percentage: 65 of 100 (55.25% to 73.64%)', () => {
      const l = local(65, { count: 65, denominator: 100 });
      const above = compare(l, england(50), as(PERCENT, HIGHER_WORSE));
      expect(above).to.include({ verdict: 'worse', significance: 'higher', direction: 'higher' });
      expect(above.interval?.method).to.equal('wilson');
      expect(above.interval?.lower).to.be.closeTo(55.25444, 1e-5);
      expect(above.interval?.upper).to.be.closeTo(73.63575, 1e-5);
      // England at 60% lies inside the interval although the area's value is 5 points higher.
      expect(compare(l, england(60), as(PERCENT, HIGHER_WORSE))).to.include({ verdict: 'similar', direction: 'higher' });
      expect(compare(l, england(75), as(PERCENT, LOWER_WORSE))).to.include({ verdict: 'worse', significance: 'lower' });
    });

    it('uses Byar for a rate: 200 of 25,000 children (69.30 to 91.89 per 10,000)', () => {
      // Byar limits for 200 are 173.2396 and 229.7229; × 10,000 / 25,000 gives 69.2958 and 91.8891.
      const l = local(80, { count: 200, denominator: 25_000 });
      const result = compare(l, england(67.1), as(RATE, HIGHER_WORSE));
      expect(result).to.include({ verdict: 'worse', significance: 'higher', direction: 'higher' });
      expect(result.interval?.method).to.equal('byar');
      expect(result.interval?.lower).to.be.closeTo(69.295849, 1e-5);
      expect(result.interval?.upper).to.be.closeTo(91.889148, 1e-5);
      expect(compare(l, england(70), as(RATE, HIGHER_WORSE)).verdict).to.equal('similar');
    });
  });

  describe('when significance cannot be tested', () => {
    it('does not compare a score that has no published interval', () => {
      const result = compare(local(7.6), england(7.44), as(SCORE, LOWER_WORSE));
      expect(result).to.deep.equal({
        verdict: 'not-compared',
        reads: 'pressure',
        significance: null,
        direction: 'higher',
        reason: NO_INTERVAL,
      });
    });

    it('does not compare when England has no value, saying why', () => {
      const l = local(65, { count: 65, denominator: 100 });
      const absent = compare(l, undefined, as(PERCENT, HIGHER_WORSE));
      expect(absent).to.include({ verdict: 'not-compared', significance: null, direction: null, reason: NO_BENCHMARK_VALUE });
      expect(absent.interval?.method).to.equal('wilson');
      const message = 'England figure not published for this period.';
      const nullValue = compare(l, england(null, { missing: { reason: 'not-available', message } }), as(PERCENT, HIGHER_WORSE));
      expect(nullValue).to.include({ verdict: 'not-compared', direction: null, reason: message });
    });
  });

  describe('when the area has no value', () => {
    it('gives no-data with the observation’s own reason', () => {
      const message = 'Suppressed because fewer than 10 children were counted.';
      const result = compare(local(null, { missing: { reason: 'suppressed', message } }), england(67.1), as(RATE, HIGHER_WORSE));
      expect(result).to.deep.equal({ verdict: 'no-data', reads: 'pressure', significance: null, direction: null, reason: message });
    });

    it('gives no-data with a plain reason when the observation is absent or says nothing', () => {
      expect(compare(undefined, england(67.1), as(RATE, HIGHER_WORSE))).to.include({
        verdict: 'no-data',
        reason: NO_LOCAL_VALUE,
      });
      expect(compare(local(null), undefined, as(RATE, HIGHER_WORSE))).to.include({
        verdict: 'no-data',
        reason: NO_LOCAL_VALUE,
      });
    });
  });

  describe('the opportunity reading', () => {
    it('reads a significant difference by which way means more pressure, whatever the publisher’s polarity', () => {
      // Children in need: a "no judgement" rate for the publisher, but more children in need means more families under pressure.
      const l = local(606.1, { count: 1560, denominator: 25_738 });
      const result = compare(l, england(330.3), as(RATE, HIGHER_WORSE, 'individual-vulnerabilities'));
      expect(result).to.include({ verdict: 'worse', reads: 'pressure', method: 'interval', significance: 'higher' });
    });

    it('reads children’s outcomes as such: a lower school readiness is worse for children', () => {
      const l = local(60, { count: 600, denominator: 1000 });
      expect(compare(l, england(68.3), as(PERCENT, LOWER_WORSE, 'children-outcomes'))).to.include({ verdict: 'worse', reads: 'outcome' });
      expect(compare(local(80, { count: 800, denominator: 1000 }), england(68.3), as(PERCENT, LOWER_WORSE, 'children-outcomes'))).to.include({
        verdict: 'better',
        reads: 'outcome',
      });
    });
  });

  describe('exact Poisson limits for small counts, as Fingertips uses below 10', () => {
    it('uses exact limits for 5 events among 2,000 children: 8.12 to 58.34 per 10,000', () => {
      // Exact limits for 5 events are 1.6235 and 11.6683; × 10,000 / 2,000 gives 8.1175 and 58.3415.
      const result = compare(local(25, { count: 5, denominator: 2000 }), england(67.1), as(RATE, HIGHER_WORSE));
      expect(result.interval?.method).to.equal('exact-poisson');
      expect(result.interval?.lower).to.be.closeTo(8.1175, 1e-3);
      expect(result.interval?.upper).to.be.closeTo(58.3415, 1e-3);
      expect(result).to.include({ verdict: 'better', significance: 'lower' });
    });

    it('keeps Byar from 10 events up', () => {
      expect(compare(local(50, { count: 10, denominator: 2000 }), england(67.1), as(RATE, HIGHER_WORSE)).interval?.method).to.equal('byar');
    });
  });

  describe('derived counts', () => {
    it('marks an interval that rests on a derived count', () => {
      const l = local(8.9, { count: 140.9, denominator: 1583, countDerivation: 'Percentage × cohort ÷ 100.' });
      const result = compare(l, england(5.6), as(PERCENT, HIGHER_WORSE, 'children-outcomes'));
      expect(result.interval).to.include({ method: 'wilson', derived: true });
      expect(result).to.include({ verdict: 'worse', method: 'interval' });
    });
  });

  describe('the publisher’s own comparison', () => {
    it('is used when no interval can be had, and read the tool’s way', () => {
      const l = local(184, { publishedSignificance: 'higher' });
      expect(compare(l, england(67), as(RATE, HIGHER_WORSE, 'children-outcomes'))).to.include({
        verdict: 'worse',
        method: 'published-comparison',
        significance: 'higher',
      });
    });

    it('gives way to an interval when there is one', () => {
      const l = local(70, { count: 200, denominator: 25_000, publishedSignificance: 'higher' });
      expect(compare(l, england(70), as(RATE, HIGHER_WORSE))).to.include({ method: 'interval', verdict: 'similar' });
    });
  });

  describe('position among councils, where no count exists', () => {
    // Ten councils with values 1 to 10; NTILE(5) puts two in each fifth.
    const peers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    it('reads the two fifths with the most pressure as worse, the middle fifth as similar, the two with the least as better', () => {
      const judge = (value: number) => compare(local(value), england(5.5), as(PERCENT, HIGHER_WORSE), { peers });
      expect([10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((v) => judge(v).verdict)).to.deep.equal([
        'worse',
        'worse',
        'worse',
        'worse',
        'similar',
        'similar',
        'better',
        'better',
        'better',
        'better',
      ]);
      expect(judge(10)).to.deep.include({ method: 'position', significance: null, direction: 'higher', position: { quintile: 5, rank: 1, of: 10 } });
    });

    it('orients the position by the reading: the lowest Attainment 8 is the worst outcome', () => {
      const result = compare(local(1), england(5.5), as(PERCENT, LOWER_WORSE, 'children-outcomes'), { peers });
      expect(result).to.deep.include({ verdict: 'worse', reads: 'outcome', position: { quintile: 5, rank: 1, of: 10 } });
    });

    it('judges by position even without an England figure (youth justice), and says England is missing', () => {
      const result = compare(local(9), undefined, as(RATE, HIGHER_WORSE, 'children-outcomes'), { peers });
      expect(result).to.include({ verdict: 'worse', method: 'position', direction: null, reason: NO_BENCHMARK_VALUE });
    });

    it('does not place a council among too few others to make fifths', () => {
      expect(compare(local(9), england(5), as(PERCENT, HIGHER_WORSE), { peers: [1, 9, 3] }).verdict).to.equal('not-compared');
    });

    it('cannot place an indicator whose file states no direction', () => {
      expect(compare(local(9), england(5), as(PERCENT), { peers }).verdict).to.equal('not-compared');
    });
  });

  describe('periods', () => {
    it('never compares figures of different periods, and names both', () => {
      const later = obs('E09000008', 9.5, { period: { label: '2025/26', sortKey: '2026-03' }, count: 95, denominator: 1000 });
      const result = compare(later, england(5), as(PERCENT, HIGHER_WORSE));
      expect(result).to.include({ verdict: 'not-compared', direction: null });
      expect(result.reason).to.equal('England’s figure is for 2016/17; there is no England figure for 2025/26 to compare with.');
    });
  });
});
