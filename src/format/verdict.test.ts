import { expect } from '@open-wc/testing';
import type { Comparison, ReadingKind } from '../model.js';
import { judgedBy, methodShortText, methodTag, methodText, ordinal, positionText, verdictShortText, verdictText } from './verdict.js';

const tested = (
  verdict: Comparison['verdict'],
  significance: Comparison['significance'],
  reads: ReadingKind = 'pressure',
  method: Comparison['interval'] = { lower: 1, upper: 2, method: 'byar' },
): Comparison => ({
  verdict,
  reads,
  method: 'interval',
  significance,
  direction: significance === 'similar' ? 'higher' : significance,
  interval: method,
});
const byPosition = (quintile: 1 | 2 | 3 | 4 | 5, reads: ReadingKind = 'pressure'): Comparison => ({
  verdict: quintile >= 4 ? 'worse' : quintile <= 2 ? 'better' : 'similar',
  reads,
  method: 'position',
  significance: null,
  direction: 'higher',
  position: { quintile, rank: 3, of: 153 },
});
const unjudged = (direction: Comparison['direction'], reason = 'England has no figure for this period.'): Comparison => ({
  verdict: 'not-compared',
  reads: 'pressure',
  significance: null,
  direction,
  reason,
});
const noData = (reason?: string): Comparison => ({
  verdict: 'no-data',
  reads: 'pressure',
  significance: null,
  direction: null,
  ...(reason === undefined ? {} : { reason }),
});

describe('verdictText', () => {
  it('says the direction in plain words: more or less pressure for families, worse or better for children', () => {
    expect(verdictText(tested('worse', 'higher'))).to.equal('More pressure than England');
    expect(verdictText(tested('better', 'lower'))).to.equal('Less pressure than England');
    expect(verdictText(tested('worse', 'lower', 'outcome'))).to.equal('Worse than England');
    expect(verdictText(tested('better', 'higher', 'outcome'))).to.equal('Better than England');
    expect(verdictText(tested('similar', 'similar'))).to.equal('Similar to England');
  });

  it('never says “significantly” and never says “neither direction is judged better”', () => {
    const all = [tested('worse', 'higher'), tested('better', 'lower'), byPosition(5), byPosition(1), unjudged('higher'), noData('x')].map((c) =>
      verdictText(c),
    );
    for (const words of all) {
      expect(words).to.not.match(/significant/i);
      expect(words).to.not.match(/neither/i);
    }
  });

  it('words a position among councils as a position, not as a comparison with England', () => {
    expect(verdictText(byPosition(5))).to.equal('Among the fifth of councils with the most pressure');
    expect(verdictText(byPosition(4))).to.equal('Among the two fifths of councils with the most pressure');
    expect(verdictText(byPosition(3))).to.equal('In the middle fifth of councils');
    expect(verdictText(byPosition(2))).to.equal('Among the two fifths of councils with the least pressure');
    expect(verdictText(byPosition(1, 'outcome'))).to.equal('Among the fifth of councils where children fare best');
    expect(verdictText(byPosition(5, 'outcome'))).to.equal('Among the fifth of councils where children fare worst');
  });

  it('keeps higher and lower only for a council’s own indicator with no stated direction', () => {
    expect(verdictText(tested('higher', 'higher'))).to.equal('Higher than England');
    expect(verdictText(tested('lower', 'lower'))).to.equal('Lower than England');
  });

  it('says why nothing was judged, in the same words', () => {
    expect(verdictText(unjudged('higher'))).to.equal('Higher than England, not judged: England has no figure for this period');
    expect(verdictText(unjudged(null, 'No interval.'))).to.equal('Not judged: No interval');
  });

  it('gives the reason for missing data without a doubled full stop', () => {
    expect(verdictText(noData('Suppressed to protect confidentiality.'))).to.equal('No data: Suppressed to protect confidentiality');
    expect(verdictText(noData())).to.equal('No data');
  });

  it('names another benchmark when given one', () => {
    expect(verdictText(tested('worse', 'higher'), 'Lancashire')).to.equal('More pressure than Lancashire');
    expect(verdictText(tested('similar', 'similar'), 'Lancashire')).to.equal('Similar to Lancashire');
  });
});

describe('verdictShortText', () => {
  it('gives one or two words for compact views, marking a position', () => {
    expect(verdictShortText(tested('worse', 'higher'))).to.equal('More pressure');
    expect(verdictShortText(tested('better', 'lower'))).to.equal('Less pressure');
    expect(verdictShortText(tested('worse', 'lower', 'outcome'))).to.equal('Worse');
    expect(verdictShortText(tested('similar', 'similar'))).to.equal('Similar');
    expect(verdictShortText(byPosition(5))).to.equal('More pressure (by position)');
    expect(verdictShortText(byPosition(3))).to.equal('Middle fifth (by position)');
    expect(verdictShortText(unjudged('higher'))).to.equal('Not judged');
    expect(verdictShortText(noData('Suppressed.'))).to.equal('No data');
  });
});

describe('how a verdict was reached', () => {
  it('names the interval method and whether the difference is significant, and says when a count was derived', () => {
    expect(methodText(tested('worse', 'higher'))).to.equal(
      'Tested against a 95% confidence interval by Byar’s method: England’s value lies outside it, so the difference is significant.',
    );
    expect(methodText(tested('similar', 'similar', 'pressure', { lower: 1, upper: 2, method: 'wilson', derived: true }))).to.equal(
      'Tested against a 95% confidence interval by the Wilson score method from a count derived from published figures: England’s value lies inside it, so the difference is not significant.',
    );
    expect(methodShortText(tested('worse', 'higher', 'pressure', { lower: 1, upper: 2, method: 'exact-poisson' }))).to.equal(
      'A significant difference (tested: 95% interval, exact Poisson)',
    );
    expect(judgedBy(tested('worse', 'higher', 'pressure', { lower: 1, upper: 2, method: 'published' }))).to.equal(
      'a significant difference (tested: published 95% interval)',
    );
  });

  it('says plainly that a position is not a significance test', () => {
    expect(methodText(byPosition(5))).to.equal(
      'By position among 153 councils (3rd, counting from the most pressure), not by a significance test: no count is published to test the difference.',
    );
    expect(methodShortText(byPosition(5))).to.equal('By position among 153 councils (3rd from the most pressure); not a significance test');
    expect(judgedBy(byPosition(5, 'outcome'))).to.equal('by position: among the fifth of councils where children fare worst – not a significance test');
  });

  it('names the publisher’s own comparison', () => {
    const published: Comparison = { verdict: 'worse', reads: 'outcome', method: 'published-comparison', significance: 'higher', direction: 'higher' };
    expect(methodShortText(published)).to.equal('The publisher’s own comparison');
    expect(methodText(published)).to.contain('The publisher’s own comparison with England');
  });

  it('says it in as few words as a printed table allows', () => {
    expect(methodTag(tested('worse', 'higher'))).to.equal('Tested: significant (Byar)');
    expect(methodTag(tested('similar', 'similar', 'pressure', { lower: 1, upper: 2, method: 'wilson', derived: true }))).to.equal(
      'Tested: not significant (Wilson, derived count)',
    );
    expect(methodTag(byPosition(5))).to.equal('Position: 3rd of 153 (not a test)');
  });

  it('writes ranks and positions in words', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 151].map(ordinal)).to.deep.equal([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
      '151st',
    ]);
    expect(positionText({ quintile: 2, rank: 100, of: 150 }, 'outcome')).to.equal('among the two fifths of councils where children fare best');
  });
});
