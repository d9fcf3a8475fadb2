import { expect } from '@open-wc/testing';
import { dateInWords, sourceLine } from './date.js';

describe('dates', () => {
  it('writes ISO dates in words and leaves anything else alone', () => {
    expect(dateInWords('2026-11-22')).to.equal('22 November 2026');
    expect(dateInWords('2025-03-01T10:00:00Z')).to.equal('1 March 2025');
    expect(dateInWords('sometime')).to.equal('sometime');
  });

  it('says where figures come from with the source’s own name', () => {
    expect(sourceLine({ name: 'OHID Fingertips (live)', dataDate: '2026-11-23', attribution: [] })).to.equal(
      'Figures: OHID Fingertips (live), 23 November 2026.',
    );
  });
});
