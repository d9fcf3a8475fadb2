import { expect } from '@open-wc/testing';
import {
  directionFrom,
  FINGERTIPS_COLUMNS,
  findColumns,
  fingertipsNumber,
  isBlankCell,
  normaliseColumnName,
  readComparisonWords,
  significanceFromWords,
} from './csv-layout.js';

/** The 27 columns of a real single-indicator download, as Fingertips names them (../shared/fixtures/fingertips/…/3-5-1). */
const DOWNLOAD =
  'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Column not used,Time period Sortable,New data,Compared to goal,Time period range'.split(
    ',',
  );

describe('the Fingertips CSV layout', () => {
  it('finds every column it reads in a real download, by name', () => {
    const { columns, missing, repeated } = findColumns(DOWNLOAD, FINGERTIPS_COLUMNS);
    expect(missing).to.deep.equal([]);
    expect(repeated).to.deep.equal([]);
    expect(columns.get('comparedToEngland')).to.equal(DOWNLOAD.indexOf('Compared to England value or percentiles'));
    expect(columns.get('periodSortable')).to.equal(23);
    expect(columns.get('age')).to.equal(8);
  });

  it('reads the names as R, fingertipsR and others write them', () => {
    const spellings = [
      DOWNLOAD.map((name) => name.replace(/ /g, '.')),
      DOWNLOAD.map((name) => name.replace(/ /g, '')),
      DOWNLOAD.map((name) => name.toLowerCase().replace(/[ .]/g, '_')),
    ];
    for (const header of spellings) expect(findColumns(header, FINGERTIPS_COLUMNS).columns).to.deep.equal(findColumns(DOWNLOAD, FINGERTIPS_COLUMNS).columns);
    expect(normaliseColumnName('AreaName')).to.equal(normaliseColumnName('Area Name'));
    expect(normaliseColumnName('LowerCI95.0limit')).to.equal(normaliseColumnName('Lower CI 95.0 limit'));
  });

  it('never takes any of the four spellings of the sub-national comparison for England’s', () => {
    for (const subNational of [
      'Column not used',
      'Compared to percentiles',
      'Compared to Region value or percentiles',
      'Compared to Regions (statistical) value or percentiles',
    ]) {
      const header = DOWNLOAD.map((name) => (name === 'Column not used' ? subNational : name));
      expect(findColumns(header, FINGERTIPS_COLUMNS).columns.get('comparedToEngland'), subNational).to.equal(21);
      const withoutEngland = header.filter((name) => !name.startsWith('Compared to England'));
      expect(findColumns(withoutEngland, FINGERTIPS_COLUMNS).columns.has('comparedToEngland'), subNational).to.equal(false);
    }
  });

  it('reads blank cells, NA and fractional counts', () => {
    expect(fingertipsNumber('4018.333333')).to.equal(4018.333333);
    expect(fingertipsNumber('20200000')).to.equal(20200000);
    expect([fingertipsNumber(''), fingertipsNumber('NA'), fingertipsNumber('*'), fingertipsNumber(undefined)]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([isBlankCell(''), isBlankCell(' NA '), isBlankCell('0')]).to.deep.equal([true, true, false]);
  });

  it('reads the comparison words, and keeps quintiles and “Not compared” as no significance', () => {
    expect(
      ['Better', 'Worse', 'Similar', 'Higher', 'Lower', 'Not compared', 'Highest quintile', 'Lowest quintile', 'Middle quintile', ''].map(readComparisonWords),
    ).to.deep.equal(['better', 'worse', 'similar', 'higher', 'lower', 'none', 'none', 'none', 'none', 'none']);
  });

  it('turns “Better” and “Worse” into higher or lower by the value’s side of England, whatever polarity is assumed', () => {
    // Children in care: the catalogue makes no judgement, the profile calls a higher rate "Worse".
    expect(significanceFromWords('Worse', 'no-judgement', directionFrom(96, 70))).to.equal('higher');
    expect(significanceFromWords('Better', 'no-judgement', directionFrom(50, 70))).to.equal('lower');
    expect(significanceFromWords('Worse', 'no-judgement')).to.equal(undefined);
    expect(significanceFromWords('Better', 'high-is-good')).to.equal('higher');
    expect(significanceFromWords('Worse', 'high-is-bad')).to.equal('higher');
    expect(significanceFromWords('Similar', 'no-judgement', 'higher')).to.equal('similar');
    expect(significanceFromWords('Lower', 'high-is-good', 'higher')).to.equal('lower');
    expect(significanceFromWords('Not compared', 'high-is-bad', 'higher')).to.equal(undefined);
  });
});
