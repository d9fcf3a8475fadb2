/** What a reader sees in place of a missing figure. */
export const NO_DATA = 'no data';

const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
      // Avoids "-0.0" when a small negative figure rounds to zero.
      signDisplay: 'negative',
    });
    formatters.set(decimals, formatter);
  }
  return formatter;
}

/**
 * Formats a number in en-GB style with thousands separators and a fixed number of decimal places,
 * for example `formatNumber(1234.5, 1)` → "1,234.5". The formatter for each number of decimals is
 * made once and reused. A value that is not finite reads "no data".
 *
 * @param value - the number to format
 * @param decimals - decimal places to show, a whole number from 0 to 20
 * @throws RangeError when `decimals` is not a whole number from 0 to 20
 */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Decimal places must be a whole number from 0 to 20, not ${decimals}.`);
  }
  if (!Number.isFinite(value)) return NO_DATA;
  return formatterFor(decimals).format(value);
}
