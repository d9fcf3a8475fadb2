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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A sort key in the snapshot's form ("2025-03", or "2026-03-31" for a day) for a period label as a
 * council might write it: "2024/25" (ends March 2025), "Q2 2025/26", "March 2026", "2026-03",
 * "31/03/2026", "2021 - 23", "2024", "Census 2021" (March, like Census day). Labels with no year give "", which sorts first.
 */
export function periodSortKeyFromLabel(label: string): string {
  const text = label.toLowerCase();
  const date = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (date) {
    const [, day, month, year] = date.map(Number) as [number, number, number, number];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${year}-${two(month)}-${two(day)}`;
  }
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    const splitYear = iso[3] === undefined && month === (year + 1) % 100;
    if (!splitYear && month >= 1 && month <= 12) return iso[3] ? `${year}-${two(month)}-${iso[3]}` : `${year}-${two(month)}`;
  }
  const quarter = /\bq([1-4])\b/.exec(text);
  const split = /\b(\d{4})\s*[/\-–]\s*(\d{4}|\d{2})\b/.exec(text);
  if (split) {
    const start = Number(split[1]);
    const endText = split[2]!;
    let end = endText.length === 4 ? Number(endText) : Math.floor(start / 100) * 100 + Number(endText);
    if (end < start) end += 100;
    if (quarter) {
      // Quarters of a financial year: April–June is the first.
      const q = Number(quarter[1]);
      return q === 4 ? `${start + 1}-03` : `${start}-${two(3 + 3 * q)}`;
    }
    return end - start === 1 ? `${end}-03` : `${end}-12`;
  }
  // Census days fall in March (27 March 2011, 21 March 2021), as the snapshot's Census periods do.
  const census = /\bcensus\s+(\d{4})\b/.exec(text);
  if (census) return `${census[1]}-03`;
  const monthYear = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/.exec(text);
  if (monthYear) return `${monthYear[2]}-${two(MONTHS.indexOf(monthYear[1]!) + 1)}`;
  const years = [...text.matchAll(/\b(1[89]\d{2}|2\d{3})\b/g)];
  const year = years[years.length - 1]?.[1];
  if (year) return quarter ? `${year}-${two(3 * Number(quarter[1]))}` : `${year}-12`;
  return '';
}
