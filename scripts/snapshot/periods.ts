import type { Period } from '../../src/model.js';
import { academicYearPeriod, financialYearPeriod, calendarYearPeriod } from '../../src/format/period.js';

/** A reporting year ending 31 March (DfE's children's social care years, DWP's income years): "2024/25". */
export const yearEndingMarch = financialYearPeriod;
export const academicYear = academicYearPeriod;
export const calendarYear = (year: number): Period => calendarYearPeriod(year);

/** Census day was 21 March 2021. */
export const CENSUS_2021: Period = { label: 'Census 2021', sortKey: '2021-03' };

/** Parses a four-digit year, refusing anything else. */
export function parseYear(text: unknown): number {
  const year = Number(String(text).trim());
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new Error(`Not a year: "${String(text)}"`);
  return year;
}
