import { expect } from '@open-wc/testing';
import type { Comparison } from '../model.js';
import { verdictShortText, verdictText } from './verdict.js';


const tested = (verdict: Comparison['verdict'], significance: Comparison['significance']): Comparison => ({
  verdict,
  significance,
  direction: significance === 'similar' ? 'higher' : significance,
});
const untested = (direction: Comparison['direction']): Comparison => ({
  verdict: 'not-compared',
  significance: null,
  direction,
});
const noData = (reason?: string): Comparison => ({
  verdict: 'no-data',
  significance: null,
  direction: null,
  ...(reason === undefined ? {} : { reason }),
});

describe('verdictText', () => {
  it('words tested comparisons', () => {
    expect(verdictText(tested('better', 'lower'))).to.equal('Significantly better than England');
    expect(verdictText(tested('worse', 'higher'))).to.equal('Significantly worse than England');
    expect(verdictText(tested('similar', 'similar'))).to.equal('Similar to England');
    expect(verdictText(tested('higher', 'higher'))).to.equal('Significantly higher than England');
    expect(verdictText(tested('lower', 'lower'))).to.equal('Significantly lower than England');
  });

  it('words untested comparisons by their direction', () => {
    expect(verdictText(untested('higher'))).to.equal('Higher than England (not tested)');
    expect(verdictText(untested('lower'))).to.equal('Lower than England (not tested)');
    expect(verdictText(untested('same'))).to.equal('Same as England (not tested)');
    expect(verdictText(untested(null))).to.equal('Not compared with England');
  });

  it('gives the reason for missing data without a doubled full stop', () => {
    expect(verdictText(noData('Suppressed to protect confidentiality.'))).to.equal(
      'No data: Suppressed to protect confidentiality',
    );
    expect(verdictText(noData('Not collected in this area'))).to.equal('No data: Not collected in this area');
    expect(verdictText(noData())).to.equal('No data');
  });

  it('names another benchmark when given one', () => {
    expect(verdictText(tested('worse', 'higher'), 'the North West')).to.equal('Significantly worse than the North West');
    expect(verdictText(untested(null), 'the region')).to.equal('Not compared with the region');
  });
});

describe('verdictShortText', () => {
  it('gives one or two words for compact views', () => {
    expect(verdictShortText(tested('worse', 'higher'))).to.equal('Worse');
    expect(verdictShortText(tested('better', 'lower'))).to.equal('Better');
    expect(verdictShortText(tested('similar', 'similar'))).to.equal('Similar');
    expect(verdictShortText(tested('higher', 'higher'))).to.equal('Higher');
    expect(verdictShortText(tested('lower', 'lower'))).to.equal('Lower');
    expect(verdictShortText(untested('higher'))).to.equal('Higher (not tested)');
    expect(verdictShortText(untested('lower'))).to.equal('Lower (not tested)');
    expect(verdictShortText(untested('same'))).to.equal('Same (not tested)');
    expect(verdictShortText(untested(null))).to.equal('Not compared');
    expect(verdictShortText(noData('Suppressed.'))).to.equal('No data');
  });
});
