import { expect } from '@open-wc/testing';
import { averageOf, rankAmong } from './rank.js';

describe('averageOf', () => {
  it('is the plain mean of the figures present, and says how many there were', () => {
    expect(averageOf([2, 4, null, 9, undefined, Number.NaN])).to.deep.equal({ value: 5, of: 3 });
  });

  it('is undefined without a figure', () => {
    expect(averageOf([null, undefined])).to.equal(undefined);
  });
});

describe('rankAmong', () => {
  const ELEVEN = [5, 9, 3, 7, 1, 11, 2, 10, 4, 8, 6];

  it('counts from the highest when that is nearer: 9 is 3rd highest of 11', () => {
    expect(rankAmong(9, ELEVEN, true)).to.deep.equal({ place: 3, end: 'highest', of: 11, tied: false });
    expect(rankAmong(11, ELEVEN, true)).to.deep.equal({ place: 1, end: 'highest', of: 11, tied: false });
  });

  it('counts from the lowest when that is nearer: 2 is 2nd lowest of 11', () => {
    expect(rankAmong(2, ELEVEN, true)).to.deep.equal({ place: 2, end: 'lowest', of: 11, tied: false });
  });

  it('adds the area’s own figure when the set does not hold it', () => {
    expect(rankAmong(12, [1, 2, 3], false)).to.deep.equal({ place: 1, end: 'highest', of: 4, tied: false });
  });

  it('lets tied figures share a place, and says so', () => {
    expect(rankAmong(8, [9, 8, 8, 1, 2], true)).to.deep.equal({ place: 2, end: 'highest', of: 5, tied: true });
  });

  it('leaves out councils without a figure', () => {
    expect(rankAmong(3, [3, null, 5, undefined], true)).to.deep.equal({ place: 1, end: 'lowest', of: 2, tied: false });
  });
});
