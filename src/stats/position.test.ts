import { expect } from '@open-wc/testing';
import { positionAmong } from './position.js';

describe('positionAmong', () => {
  // Ten councils, 1 to 10: NTILE(5) puts two in each fifth.
  const TEN = [3, 7, 1, 10, 5, 9, 2, 8, 4, 6];

  it('splits ten councils into fifths of two, most pressure in the fifth fifth when higher is worse', () => {
    expect(positionAmong(10, TEN, 'higher')).to.deep.equal({ quintile: 5, rank: 1, of: 10 });
    expect(positionAmong(9, TEN, 'higher')).to.deep.equal({ quintile: 5, rank: 2, of: 10 });
    expect(positionAmong(8, TEN, 'higher')).to.deep.equal({ quintile: 4, rank: 3, of: 10 });
    expect(positionAmong(5, TEN, 'higher')).to.deep.equal({ quintile: 3, rank: 6, of: 10 });
    expect(positionAmong(1, TEN, 'higher')).to.deep.equal({ quintile: 1, rank: 10, of: 10 });
  });

  it('turns the order round when a lower figure means more pressure (school readiness, say)', () => {
    expect(positionAmong(1, TEN, 'lower')).to.deep.equal({ quintile: 5, rank: 1, of: 10 });
    expect(positionAmong(10, TEN, 'lower')).to.deep.equal({ quintile: 1, rank: 10, of: 10 });
    expect(positionAmong(3, TEN, 'lower')).to.deep.equal({ quintile: 4, rank: 3, of: 10 });
  });

  it('gives the larger groups first when the councils do not divide by five, as NTILE does', () => {
    // Seven councils: groups of 2, 2, 1, 1, 1 from least to most pressure.
    const seven = [1, 2, 3, 4, 5, 6, 7];
    expect([1, 2, 3, 4, 5, 6, 7].map((v) => positionAmong(v, seven, 'higher')?.quintile)).to.deep.equal([1, 1, 2, 2, 3, 4, 5]);
  });

  it('leaves out councils without a value', () => {
    const withGaps = [...TEN, null, undefined, Number.NaN];
    expect(positionAmong(9, withGaps, 'higher')).to.deep.equal({ quintile: 5, rank: 2, of: 10 });
  });

  it('gives tied councils one group – the middle of their places – and one rank', () => {
    // Places 0–9 by value: 1, 2, 3, 5, 5, 5, 5, 8, 9, 10. The four 5s fill places 3 to 6; the middle,
    // place 4, is in the third fifth (places 4 and 5), so all four are in the middle fifth.
    const tied = [1, 2, 3, 5, 5, 5, 5, 8, 9, 10];
    expect(positionAmong(5, tied, 'higher')).to.deep.equal({ quintile: 3, rank: 4, of: 10 });
    // The three councils with more pressure than them are ranked 1 to 3.
    expect(positionAmong(8, tied, 'higher')).to.deep.equal({ quintile: 4, rank: 3, of: 10 });
  });

  it('counts the area once, whether or not its own figure is among the peers', () => {
    expect(positionAmong(11, TEN, 'higher')).to.deep.equal({ quintile: 5, rank: 1, of: 11 });
    expect(positionAmong(10, TEN, 'higher')?.of).to.equal(10);
  });

  it('gives no position for a value that is not a number', () => {
    expect(positionAmong(Number.NaN, TEN, 'higher')).to.equal(undefined);
  });
});
