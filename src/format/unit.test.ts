import { expect } from '@open-wc/testing';
import type { Unit } from '../model.js';
import { describeUnit, formatValue, unitSuffix } from './unit.js';

const PERCENT: Unit = { kind: 'percent' };
const RATE: Unit = { kind: 'rate', per: 10_000, of: 'children aged under 18' };
const SCORE: Unit = { kind: 'score', label: 'out of 10', min: 0, max: 10 };
const COUNT: Unit = { kind: 'count' };

describe('unitSuffix', () => {
  it('gives the text that follows a number', () => {
    expect(unitSuffix(PERCENT)).to.equal('%');
    expect(unitSuffix(RATE)).to.equal(' per 10,000');
    expect(unitSuffix({ kind: 'rate', per: 100_000, of: 'people' })).to.equal(' per 100,000');
    expect(unitSuffix(SCORE)).to.equal(' out of 10');
    expect(unitSuffix(COUNT)).to.equal('');
  });
});

describe('formatValue', () => {
  it('formats each kind of unit', () => {
    expect(formatValue(12.345, PERCENT, 1)).to.equal('12.3%');
    expect(formatValue(67.118027, RATE, 1)).to.equal('67.1 per 10,000');
    expect(formatValue(7.44, SCORE, 2)).to.equal('7.44');
    expect(formatValue(1234, COUNT, 0)).to.equal('1,234');
  });

  it('adds a score’s label only when asked', () => {
    expect(formatValue(7.44, SCORE, 2, { withUnit: true })).to.equal('7.44 out of 10');
    expect(formatValue(7.44, SCORE, 2, { withUnit: false })).to.equal('7.44');
    expect(formatValue(1234, COUNT, 0, { withUnit: true })).to.equal('1,234');
  });

  it('reads "no data" for a missing value', () => {
    expect(formatValue(null, PERCENT, 1)).to.equal('no data');
    expect(formatValue(undefined, RATE, 1)).to.equal('no data');
    expect(formatValue(Number.NaN, SCORE, 2, { withUnit: true })).to.equal('no data');
  });
});

describe('describeUnit', () => {
  it('names the unit as a sentence fragment', () => {
    expect(describeUnit(PERCENT)).to.equal('percentage');
    expect(describeUnit(RATE)).to.equal('rate per 10,000 children aged under 18');
    expect(describeUnit({ kind: 'rate', per: 1000, of: '' })).to.equal('rate per 1,000');
    expect(describeUnit(SCORE)).to.equal('mean score out of 10');
    expect(describeUnit({ kind: 'score', label: 'WEMWBS score (14 to 70)' })).to.equal('WEMWBS score (14 to 70)');
    expect(describeUnit(COUNT)).to.equal('number');
  });
});
