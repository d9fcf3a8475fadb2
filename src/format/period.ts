import type { Period } from '../model.js';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`A year must be a four-digit whole number, not ${year}.`);
  }
}

/** "2024/25" for a year that ends in 2025: the shared form of financial and academic years. */
function splitYear(endYear: number): string {
  checkYear(endYear);
  return `${endYear - 1}/${String(endYear % 100).padStart(2, '0')}`;
}

/** The label of the financial year (April to March) that ends in `endYear`: 2025 → "2024/25". */
export function financialYear(endYear: number): string {
  return splitYear(endYear);
}

/** The label of the academic year (September to August) that ends in `endYear`: 2025 → "2024/25". */
export function academicYear(endYear: number): string {
  return splitYear(endYear);
}

/** The label of a calendar year: 2024 → "2024". */
export function calendarYear(year: number): string {
  checkYear(year);
  return String(year);
}

/**
 * A sort key for a period, from the year and month in which it ends: "2025-03" for a financial
 * year ending March 2025. Later periods sort later as plain strings.
 *
 * @param endYear - the four-digit year in which the period ends
 * @param endMonth - the month in which it ends, 1 to 12; December by default
 */
export function periodSortKey(endYear: number, endMonth = 12): string {
  checkYear(endYear);
  if (!Number.isInteger(endMonth) || endMonth < 1 || endMonth > 12) {
    throw new RangeError(`A month must be a whole number from 1 to 12, not ${endMonth}.`);
  }
  return `${endYear}-${String(endMonth).padStart(2, '0')}`;
}

/** The financial year ending in March of `endYear`, as a Period. */
export function financialYearPeriod(endYear: number): Period {
  return { label: financialYear(endYear), sortKey: periodSortKey(endYear, 3) };
}

/** The academic year ending in August of `endYear`, as a Period. */
export function academicYearPeriod(endYear: number): Period {
  return { label: academicYear(endYear), sortKey: periodSortKey(endYear, 8) };
}

/** A calendar year as a Period; pass `label` for a named year such as "Census 2021". */
export function calendarYearPeriod(year: number, label = calendarYear(year)): Period {
  return { label, sortKey: periodSortKey(year, 12) };
}
