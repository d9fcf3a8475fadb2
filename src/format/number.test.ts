import { expect } from '@open-wc/testing';
import { formatNumber, NO_DATA } from './number.js';

describe('formatNumber', () => {
  it('groups thousands with commas and fixes the decimal places', () => {
    expect(formatNumber(1234.5, 1)).to.equal('1,234.5');
    expect(formatNumber(1234567, 0)).to.equal('1,234,567');
    expect(formatNumber(7, 2)).to.equal('7.00');
    expect(formatNumber(67.118027, 1)).to.equal('67.1');
    expect(formatNumber(0.125, 2)).to.equal('0.13');
  });

  it('gives the same result from its cached formatter', () => {
    expect(formatNumber(12183016, 0)).to.equal('12,183,016');
    expect(formatNumber(81770, 0)).to.equal('81,770');
  });

  it('uses the hyphen-minus for negatives and never shows a negative zero', () => {
    expect(formatNumber(-1234.5, 1)).to.equal('-1,234.5');
    expect(formatNumber(-0.04, 1)).to.equal('0.0');
    expect(formatNumber(-0, 0)).to.equal('0');
  });

  it('reads "no data" for a value that is not finite', () => {
    expect(formatNumber(Number.NaN, 1)).to.equal(NO_DATA);
    expect(formatNumber(Number.POSITIVE_INFINITY, 1)).to.equal('no data');
  });

  it('throws a RangeError for impossible decimal places', () => {
    expect(() => formatNumber(1, -1)).to.throw(RangeError);
    expect(() => formatNumber(1, 1.5)).to.throw(RangeError);
    expect(() => formatNumber(1, 21)).to.throw(RangeError);
  });
});
