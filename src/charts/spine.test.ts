import { expect } from '@open-wc/testing';
import { spineEnds, spineGeometry } from './spine.js';

const spread = { n: 5, min: 100, q1: 200, median: 300, q3: 400, max: 700 };

describe('spineGeometry', () => {
  it('puts England in the middle and the furthest authority at the edge', () => {
    const g = spineGeometry({ spread, england: 300, value: 250 });
    expect(g.england).to.be.closeTo(50, 1e-9);
    expect(g.high).to.be.closeTo(97, 1e-9); // 700 is 400 above England: the full half-width
    expect(g.low).to.be.closeTo(50 - 47 * (200 / 400), 1e-9);
    expect(g.value).to.be.closeTo(50 - 47 * (50 / 400), 1e-9);
    expect(g.reversed).to.equal(false);
  });

  it('draws high values on the left when a higher figure means more pressure, so more pressure is always on the left', () => {
    const g = spineGeometry({ spread, worseWhen: 'higher', england: 300, value: 600, interval: { lower: 550, upper: 650 } });
    expect(g.reversed).to.equal(true);
    expect(g.low).to.be.closeTo(3, 1e-9); // the highest (worst) value is at the left end
    expect(g.value!).to.be.below(50);
    expect(g.lower!).to.be.below(g.upper!);
    expect(g.q1).to.be.below(g.q3);
    expect(spineEnds('pressure')).to.deep.equal({ left: 'More pressure', right: 'Less pressure' });
  });

  it('draws high values on the right when a lower figure is worse (school readiness), so worse is still on the left', () => {
    const g = spineGeometry({ spread, worseWhen: 'lower', england: 300, value: 150 });
    expect(g.reversed).to.equal(false);
    expect(g.value!).to.be.below(50);
    expect(spineEnds('outcome')).to.deep.equal({ left: 'Worse', right: 'Better' });
  });

  it('runs from lower to higher, and says so, for an indicator with no stated direction', () => {
    expect(spineGeometry({ spread, england: 300, value: 600 }).reversed).to.equal(false);
    expect(spineEnds('pressure', false)).to.deep.equal({ left: 'Lower', right: 'Higher' });
  });

  it('centres on the median when England has no value', () => {
    const g = spineGeometry({ spread, worseWhen: 'lower', england: null, value: 300 });
    expect(g.england).to.equal(undefined);
    expect(g.value).to.be.closeTo(50, 1e-9);
  });

  it('widens the scale to keep the area’s interval on the bar', () => {
    const g = spineGeometry({ spread, worseWhen: 'lower', england: 300, value: 650, interval: { lower: 500, upper: 900 } });
    expect(g.upper).to.be.closeTo(97, 1e-9);
  });
});
