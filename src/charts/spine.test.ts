import { expect } from '@open-wc/testing';
import { spineEnds, spineGeometry } from './spine.js';

const spread = { n: 5, min: 100, q1: 200, median: 300, q3: 400, max: 700 };

describe('spineGeometry', () => {
  it('puts England in the middle and the furthest authority at the edge', () => {
    const g = spineGeometry({ spread, polarity: 'no-judgement', england: 300, value: 250 });
    expect(g.england).to.be.closeTo(50, 1e-9);
    expect(g.high).to.be.closeTo(97, 1e-9); // 700 is 400 above England: the full half-width
    expect(g.low).to.be.closeTo(50 - 47 * (200 / 400), 1e-9);
    expect(g.value).to.be.closeTo(50 - 47 * (50 / 400), 1e-9);
    expect(g.reversed).to.equal(false);
  });

  it('draws high values on the left when high is bad, so better is on the right', () => {
    const g = spineGeometry({ spread, polarity: 'high-is-bad', england: 300, value: 600, interval: { lower: 550, upper: 650 } });
    expect(g.reversed).to.equal(true);
    expect(g.low).to.be.closeTo(3, 1e-9); // the highest (worst) value is at the left end
    expect(g.value!).to.be.below(50);
    expect(g.lower!).to.be.below(g.upper!);
    expect(g.q1).to.be.below(g.q3);
    expect(spineEnds('high-is-bad')).to.deep.equal({ left: 'Worse', right: 'Better' });
  });

  it('centres on the median when England has no value', () => {
    const g = spineGeometry({ spread, polarity: 'high-is-good', england: null, value: 300 });
    expect(g.england).to.equal(undefined);
    expect(g.value).to.be.closeTo(50, 1e-9);
  });

  it('widens the scale to keep the area’s interval on the bar', () => {
    const g = spineGeometry({ spread, polarity: 'high-is-good', england: 300, value: 650, interval: { lower: 500, upper: 900 } });
    expect(g.upper).to.be.closeTo(97, 1e-9);
  });
});
