export { formatNumber, NO_DATA } from './number.js';
export { describeUnit, formatValue, unitSuffix, type FormatValueOptions } from './unit.js';
export { verdictShortText, verdictText } from './verdict.js';
export { academicYear, academicYearPeriod, calendarYear, calendarYearPeriod, financialYear, financialYearPeriod, periodSortKey } from './period.js';
