import type { Unit } from '../model.js';
import { formatNumber, NO_DATA } from './number.js';

/** Options for {@link formatValue}. */
export interface FormatValueOptions {
  /** Add a score's scale label, as in "7.44 out of 10". Percentages and rates always carry their unit. */
  withUnit?: boolean;
}

/**
 * The text that follows a number to give its unit in full: "%" for a percentage,
 * " per 10,000" for a rate per 10,000, " out of 10" for a score labelled "out of 10",
 * and nothing for a count.
 */
export function unitSuffix(unit: Unit): string {
  switch (unit.kind) {
    case 'percent':
      return '%';
    case 'rate':
      return ` per ${formatNumber(unit.per, 0)}`;
    case 'score':
      return unit.label ? ` ${unit.label}` : '';
    case 'count':
      return '';
  }
}

/**
 * Formats a figure in its unit, en-GB style: "12.3%", "67.1 per 10,000", "7.44" (or
 * "7.44 out of 10" with `withUnit`), "1,234". A missing or non-finite value reads "no data".
 *
 * @param value - the figure, or null or undefined when there is none
 * @param unit - the indicator's unit
 * @param decimals - decimal places to show
 * @param options - `withUnit` adds a score's scale label
 */
export function formatValue(value: number | null | undefined, unit: Unit, decimals: number, options: FormatValueOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  const number = formatNumber(value, decimals);
  if (unit.kind === 'score' && !options.withUnit) return number;
  return number + unitSuffix(unit);
}

/**
 * A plain sentence fragment naming the unit: "percentage", "rate per 10,000 children aged
 * under 18", "mean score out of 10", "number".
 * A score's label is used as it stands when it already names a score; otherwise it is read as
 * the scale of a mean score.
 */
export function describeUnit(unit: Unit): string {
  switch (unit.kind) {
    case 'percent':
      return 'percentage';
    case 'rate': {
      const of = unit.of.trim();
      return `rate per ${formatNumber(unit.per, 0)}${of ? ` ${of}` : ''}`;
    }
    case 'score': {
      const label = unit.label.trim();
      if (!label) return 'score';
      return /\bscore\b/i.test(label) ? label : `mean score ${label}`;
    }
    case 'count':
      return 'number';
  }
}
