import { expect } from '@open-wc/testing';
import { SourceError } from '../errors.js';
import { NO_FINGERTIPS_ENGLAND, NO_FINGERTIPS_VALUE } from './normalise.js';
import { parseLatestData } from './parse-latest.js';
import type { CoreDataSet, GroupRoot, Grouping, WantedIndicator } from './types.js';

const CONCEPTIONS: WantedIndicator = {
  slug: 'under-18-conceptions',
  fingertips: { indicatorId: 20401, sexId: 2, areaTypeId: 502, confidence: 'verified' },
  polarity: 'high-is-bad',
};
const WELLBEING: WantedIndicator = {
  slug: 'adult-low-wellbeing',
  fingertips: { indicatorId: 22301, areaTypeId: 502, confidence: 'medium' },
  polarity: 'high-is-good',
};

function grouping(comparatorId: number, comparatorData: CoreDataSet, extra: Partial<Grouping> = {}): Grouping {
  return {
    ComparatorId: comparatorId,
    PolarityId: 0,
    ComparatorMethodId: 1,
    Period: '2022/23',
    DataPointYear: 2022,
    DataPointQuarter: -1,
    DataPointMonth: -1,
    ComparatorData: comparatorData,
    ...extra,
  };
}

/** A GroupRoot as Fingertips sends it, with the sub-national comparator listed before England's. */
function root(
  iid: number,
  data: CoreDataSet[],
  extra: Partial<GroupRoot> = {},
  england: CoreDataSet = { AreaCode: 'E92000001', Val: 13.1, LoCI: 12.9, UpCI: 13.3 },
): GroupRoot {
  return {
    IID: iid,
    Grouping: [grouping(1, { AreaCode: 'E12000001', Val: 99 }), grouping(4, england)],
    Data: data,
    Sex: { Id: 2, Name: 'Female' },
    Age: { Id: 173, Name: '<18 yrs' },
    PolarityId: 0,
    ComparatorMethodId: 1,
    ...extra,
  };
}

function parseError(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected a SourceError');
}

describe('parseLatestData', () => {
  it('reads values, 95% limits, counts, the period and England’s figure from the England comparator', () => {
    const { observations, found } = parseLatestData(
      [
        root(20401, [
          { AreaCode: 'E06000001', Val: 20.5, LoCI: 16.2, UpCI: 25.6, Count: 78, Denom: 3810, Sig: { 1: 3, 4: 1 } },
          { AreaCode: 'E06000002', Val: -1, ValF: '-', Count: -1, Denom: -1, Sig: { 4: 0 } },
        ]),
      ],
      [CONCEPTIONS],
    );
    expect(found).to.deep.equal(['under-18-conceptions']);
    expect(observations).to.deep.equal([
      {
        indicator: 'under-18-conceptions',
        area: 'E92000001',
        period: { label: '2022/23', sortKey: '20220000' },
        value: 13.1,
        lower: 12.9,
        upper: 13.3,
      },
      {
        indicator: 'under-18-conceptions',
        area: 'E06000001',
        period: { label: '2022/23', sortKey: '20220000' },
        value: 20.5,
        lower: 16.2,
        upper: 25.6,
        count: 78,
        denominator: 3810,
        publishedSignificance: 'higher',
      },
      {
        indicator: 'under-18-conceptions',
        area: 'E06000002',
        period: { label: '2022/23', sortKey: '20220000' },
        value: null,
        missing: { reason: 'not-available', message: NO_FINGERTIPS_VALUE },
      },
    ]);
  });

  it('undoes the polarity swap in Fingertips’ own significance', () => {
    const significance = (polarityId: number, code: number, methodId = 1) =>
      parseLatestData(
        [root(22301, [{ AreaCode: 'E06000001', Val: 7, LoCI: 6, UpCI: 8, Sig: { 4: code } }], { PolarityId: polarityId, ComparatorMethodId: methodId })],
        [WELLBEING],
      ).observations[1]?.publishedSignificance;
    // Low is good: 1 is "worse", so higher; 3 is "better", so lower.
    expect(significance(0, 1)).to.equal('higher');
    expect(significance(0, 3)).to.equal('lower');
    expect(significance(0, 4)).to.equal('higher');
    expect(significance(0, 5)).to.equal('lower');
    // High is good, and no judgement (blue-orange-blue): the codes are not swapped.
    expect(significance(1, 1)).to.equal('lower');
    expect(significance(1, 3)).to.equal('higher');
    expect(significance(99, 1)).to.equal('lower');
    expect(significance(99, 3)).to.equal('higher');
    expect(significance(1, 2)).to.equal('similar');
    // Not compared, no polarity, or a rank from a quintile method: no significance.
    expect(significance(1, 0)).to.equal(undefined);
    expect(significance(-1, 1)).to.equal(undefined);
    expect(significance(1, 3, 15)).to.equal(undefined);
  });

  it('takes the polarity from the grouping when the root does not give it', () => {
    const data = [{ AreaCode: 'E06000001', Val: 7, Sig: { 4: 1 } }];
    const bare: GroupRoot = { IID: 22301, Grouping: [grouping(4, { Val: 7.4 }, { PolarityId: 1 })], Data: data };
    expect(parseLatestData([bare], [WELLBEING]).observations[1]?.publishedSignificance).to.equal('lower');
  });

  it('picks exactly the split the catalogue names, or reports it missing or ambiguous', () => {
    const split = (sexId: number, ageId: number, value: number, extra: Partial<GroupRoot> = {}) =>
      root(20401, [{ AreaCode: 'E06000001', Val: value }], { Sex: { Id: sexId }, Age: { Id: ageId }, ...extra });
    const roots = [split(1, 1, 1), split(4, 173, 2), split(2, 173, 3), split(4, 1, 4)];
    const parse = (wanted: WantedIndicator, list: GroupRoot[]) => parseLatestData(list, [wanted]);
    const valueFor = (wanted: WantedIndicator, list: GroupRoot[]) => parse(wanted, list).observations[1]?.value;
    expect(valueFor(CONCEPTIONS, roots)).to.equal(3);
    const named = (ids: Partial<WantedIndicator['fingertips']>): WantedIndicator => ({ ...CONCEPTIONS, fingertips: { ...CONCEPTIONS.fingertips, ...ids } });
    expect(valueFor(named({ sexId: 4, ageId: 1 }), roots)).to.equal(4);
    // Never the first or a "persons of all ages" guess: a split not held is reported missing.
    const missing = parse(named({ sexId: 1, ageId: 173 }), roots);
    expect(missing.found).to.deep.equal([]);
    expect(missing.problems?.get('under-18-conceptions')).to.equal(
      'Fingertips holds no split of indicator 20401 for sex 1, age 173, no category (it holds: sex 1, age 1; sex 4, age 173; sex 2, age 173; sex 4, age 1).',
    );
    // An age left unnamed must be the only one held for the sex.
    const ambiguous = parse(named({ sexId: 4, ageId: undefined }), roots);
    expect(ambiguous.found).to.deep.equal([]);
    expect(ambiguous.problems?.get('under-18-conceptions')).to.match(
      /^Fingertips holds 2 splits of indicator 20401 for sex 4, no category \(sex 4, age 173; sex 4, age 1\); the catalogue must name which one\.$/,
    );
    expect(valueFor(named({ sexId: 4, ageId: undefined }), [split(1, 1, 1), split(4, 173, 2)])).to.equal(2);
    // Sex and age read from the grouping or the data when the root does not say.
    const fromData: GroupRoot = { IID: 20401, Data: [{ AreaCode: 'E06000001', Val: 9, SexId: 2, AgeId: 173 }] };
    expect(valueFor(CONCEPTIONS, [split(1, 1, 1), fromData])).to.equal(9);
  });

  it('never reads a category split for the whole population, and picks the year range named', () => {
    const whole = root(20401, [{ AreaCode: 'E06000001', Val: 20 }], { YearRange: 1 });
    const deciles = root(20401, [{ AreaCode: 'E06000001', Val: 30, CategoryTypeId: 39, CategoryId: 1 }], { YearRange: 1 });
    const pooled = root(20401, [{ AreaCode: 'E06000001', Val: 40 }], { YearRange: 3 });
    expect(parseLatestData([deciles, whole], [CONCEPTIONS]).observations[1]?.value).to.equal(20);
    const decileWanted: WantedIndicator = { ...CONCEPTIONS, fingertips: { ...CONCEPTIONS.fingertips, categoryTypeId: 39 } };
    expect(parseLatestData([deciles, whole], [decileWanted]).observations[1]?.value).to.equal(30);
    expect(parseLatestData([whole, pooled], [CONCEPTIONS]).problems?.get('under-18-conceptions')).to.include('the catalogue must name which one');
    const threeYears: WantedIndicator = { ...CONCEPTIONS, fingertips: { ...CONCEPTIONS.fingertips, yearRange: 3 } };
    expect(parseLatestData([whole, pooled], [threeYears]).observations[1]?.value).to.equal(40);
  });

  it('gives the value-note numbers of figures and of England, which the reply carries without words', () => {
    const noted = root(
      20401,
      [
        { AreaCode: 'E06000001', Val: -1, NoteId: 900 },
        { AreaCode: 'E06000002', Val: 20 },
      ],
      {},
      { AreaCode: 'E92000001', Val: 13, NoteId: 401 },
    );
    const { noteIds, observations } = parseLatestData([noted], [CONCEPTIONS]);
    expect([...(noteIds ?? [])]).to.deep.equal([
      ['under-18-conceptions E92000001', 401],
      ['under-18-conceptions E06000001', 900],
    ]);
    expect(observations[1]?.missing).to.deep.equal({ reason: 'not-available', message: NO_FINGERTIPS_VALUE });
  });

  it('accepts a root with most keys left out', () => {
    const { observations } = parseLatestData([{ IID: 22301, Data: [{ AreaCode: 'E06000001', Val: 7.5, Year: 2021 }] }], [WELLBEING]);
    expect(observations).to.deep.equal([
      {
        indicator: 'adult-low-wellbeing',
        area: 'E92000001',
        period: { label: '', sortKey: '20210000' },
        value: null,
        missing: { reason: 'not-available', message: NO_FINGERTIPS_ENGLAND },
      },
      { indicator: 'adult-low-wellbeing', area: 'E06000001', period: { label: '', sortKey: '20210000' }, value: 7.5 },
    ]);
  });

  it('keeps limits and counts only as pairs, and only with a value', () => {
    const { observations } = parseLatestData(
      [
        root(22301, [
          { AreaCode: 'A', Val: 7, LoCI: 6.5, Count: 10, Denom: -1 },
          { AreaCode: 'B', Val: 7, LoCI: 6.5, UpCI: 7.5, Count: null, Denom: 100 },
          { AreaCode: 'C', Val: -1, LoCI: 6.5, UpCI: 7.5, Count: 10, Denom: 100 },
          { AreaCode: 'D', Val: -0.9, LoCI: -1, UpCI: -0.8 },
        ]),
      ],
      [WELLBEING],
    );
    const [, a, b, c, d] = observations;
    expect(d, 'a negative figure keeps its limits, −1 included').to.include({ value: -0.9, lower: -1, upper: -0.8 });
    expect(a).to.not.have.any.keys('lower', 'upper', 'count', 'denominator');
    expect(b).to.include({ lower: 6.5, upper: 7.5 }).and.not.have.any.keys('count', 'denominator');
    expect(c).to.include({ value: null }).and.not.have.any.keys('lower', 'upper', 'count', 'denominator');
  });

  it('says England has no figure when the comparator’s value is missing', () => {
    const { observations } = parseLatestData([root(22301, [], {}, { AreaCode: 'E92000001', Val: -1, ValF: '-' })], [WELLBEING]);
    expect(observations).to.have.length(1);
    expect(observations[0]?.missing?.message).to.equal(NO_FINGERTIPS_ENGLAND);
  });

  it('ignores roots nobody asked for and leaves indicators it did not find out of `found`', () => {
    const { observations, found } = parseLatestData([root(99999, [{ AreaCode: 'E06000001', Val: 1 }]), 'junk', null, 42], [WELLBEING, CONCEPTIONS]);
    expect(found).to.deep.equal([]);
    expect(observations).to.deep.equal([]);
  });

  it('skips unreadable figures inside a root without failing', () => {
    const data = [null, 'x', { Val: 3 }, { AreaCode: 'E06000001', Val: 'seven' }, { AreaCode: 'E06000001', Val: 8 }] as unknown as CoreDataSet[];
    const { observations } = parseLatestData([root(22301, data)], [WELLBEING]);
    expect(observations.map((o) => [o.area, o.value])).to.deep.equal([
      ['E92000001', 13.1],
      ['E06000001', null],
    ]);
  });

  it('turns a reply that is not a list of indicators, or a wanted indicator without figures, into a format error', () => {
    for (const garbage of [null, {}, 'text', 42, { Data: [] }]) {
      const error = parseError(() => parseLatestData(garbage, [WELLBEING], 'https://example.org/x'));
      expect(error.kind).to.equal('format');
      expect(error.url).to.equal('https://example.org/x');
    }
    const noData = parseError(() => parseLatestData([{ IID: 22301, Grouping: [] }], [WELLBEING]));
    expect(noData.kind).to.equal('format');
    expect(noData.message).to.match(/^Fingertips sent figures in a shape this page cannot read/);
  });
});
