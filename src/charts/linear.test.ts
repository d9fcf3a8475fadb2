import { expect } from '@open-wc/testing';
import { linearScale, radialScale } from './linear.js';

describe('linearScale', () => {
  it('maps the domain onto the range, in either direction', () => {
    const x = linearScale([100, 300], [0, 50]);
    expect(x(100)).to.equal(0);
    expect(x(200)).to.equal(25);
    expect(x(300)).to.equal(50);
    expect(x(400)).to.equal(75); // not clamped, like d3's default
    const reversed = linearScale([0, 10], [97, 3]);
    expect(reversed(0)).to.equal(97);
    expect(reversed(10)).to.be.closeTo(3, 1e-12);
  });

  it('makes a radial scale whose area grows with the value, clamped to the range', () => {
    const r = radialScale([0, 50], [100, 200]);
    expect(r(0)).to.equal(100);
    expect(r(50)).to.equal(200);
    expect(r(25)).to.be.closeTo(Math.sqrt((100 ** 2 + 200 ** 2) / 2), 1e-9);
    expect(r(80)).to.equal(200);
    expect(r(-5)).to.equal(100);
  });

  it('puts everything in the middle of the range for an empty domain', () => {
    expect(linearScale([5, 5], [0, 100])(5)).to.equal(50);
  });
});
