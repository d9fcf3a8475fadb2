import { expect } from '@open-wc/testing';
import { academicYear, academicYearPeriod, calendarYear, calendarYearPeriod, financialYear, financialYearPeriod, periodSortKey } from './period.js';

describe('period labels', () => {
  it('labels financial and academic years by the years they span', () => {
    expect(financialYear(2025)).to.equal('2024/25');
    expect(financialYear(2010)).to.equal('2009/10');
    expect(financialYear(2000)).to.equal('1999/00');
    expect(academicYear(2025)).to.equal('2024/25');
    expect(academicYear(2001)).to.equal('2000/01');
  });

  it('labels calendar years', () => {
    expect(calendarYear(2024)).to.equal('2024');
  });

  it('throws a RangeError for a year that is not four whole digits', () => {
    expect(() => financialYear(25)).to.throw(RangeError);
    expect(() => calendarYear(2024.5)).to.throw(RangeError);
    expect(() => periodSortKey(2024, 13)).to.throw(RangeError);
  });
});

describe('period sort keys', () => {
  it('key a period by the year and month in which it ends', () => {
    expect(periodSortKey(2025, 3)).to.equal('2025-03');
    expect(periodSortKey(2024)).to.equal('2024-12');
    expect(financialYearPeriod(2025)).to.deep.equal({ label: '2024/25', sortKey: '2025-03' });
    expect(academicYearPeriod(2025)).to.deep.equal({ label: '2024/25', sortKey: '2025-08' });
    expect(calendarYearPeriod(2021, 'Census 2021')).to.deep.equal({ label: 'Census 2021', sortKey: '2021-12' });
  });

  it('sort later periods later as plain strings', () => {
    const periods = [
      calendarYearPeriod(2024),
      financialYearPeriod(2025),
      academicYearPeriod(2024),
      financialYearPeriod(2024),
      calendarYearPeriod(2021, 'Census 2021'),
    ];
    const order = [...periods].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    expect(order.map((p) => `${p.label} ${p.sortKey}`)).to.deep.equal([
      'Census 2021 2021-12',
      '2023/24 2024-03',
      '2023/24 2024-08',
      '2024 2024-12',
      '2024/25 2025-03',
    ]);
  });
});
