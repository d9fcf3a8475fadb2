import { formatNumber } from '../format/number.js';
import type { Observation, Unit } from '../model.js';

/** The parts of an observation a plausibility check reads. */
export type CheckedFigure = Pick<Observation, 'value' | 'lower' | 'upper' | 'count' | 'denominator' | 'period'>;

/** Rounding in published figures: a value may sit this far outside its rounded interval. */
const ROUNDING = 0.051;

const show = (n: number) => (Math.abs(n) >= 1e6 || (n !== 0 && Math.abs(n) < 1e-3) ? n.toExponential(2) : formatNumber(n, 2));

/** The range a figure in this unit can take, and how to say it. */
function range(unit: Unit): { min: number; max: number; words: string } {
  switch (unit.kind) {
    case 'percent':
      return { min: 0, max: 100, words: 'a percentage lies between 0 and 100' };
    case 'rate':
      return { min: 0, max: unit.per, words: `a rate per ${formatNumber(unit.per, 0)} lies between 0 and ${formatNumber(unit.per, 0)}` };
    case 'score': {
      const min = unit.min ?? -Infinity;
      const max = unit.max ?? Infinity;
      return { min, max, words: `this score lies between ${unit.min ?? 'any'} and ${unit.max ?? 'any'}` };
    }
    case 'count':
      return { min: 0, max: Infinity, words: 'a count cannot be negative' };
  }
}

/** The year a period ends in, from its sort key ("2025-03" → 2025), or undefined when it has none. */
function endYear(sortKey: string): number | undefined {
  const match = /^(\d{4})/.exec(sortKey);
  return match ? Number(match[1]) : undefined;
}

/**
 * Why a figure cannot be right for its unit, or undefined when it can. Every source checks its figures
 * with this, so a file or a reply cannot pass off an impossible number as official:
 * a value outside its unit's range (a percentage above 100, a rate per 10,000 above 10,000, a score
 * off its scale), an interval that does not contain its value or leaves the range, a count above its
 * denominator (for a percentage) or below 0, a denominator of 0 or less, or a period that ends after
 * the current year.
 *
 * @param figure - the observation's value, interval, count, denominator and period
 * @param unit - the indicator's unit
 * @param today - the date to judge "in the future" by
 */
export function implausibility(figure: CheckedFigure, unit: Unit, today: Date = new Date()): string | undefined {
  const { min, max, words } = range(unit);
  const inRange = (n: number) => n >= min - 1e-9 && n <= max + 1e-9;
  const { value, lower, upper, count, denominator, period } = figure;
  const year = endYear(period.sortKey);
  if (year !== undefined && year > today.getFullYear()) {
    return `The period “${period.label}” ends after ${today.getFullYear()}, so its figures cannot have been published yet.`;
  }
  if (year !== undefined && year < 1900) return `The period “${period.label}” is before 1900.`;
  if (value !== null) {
    if (!Number.isFinite(value)) return `The value is not a number.`;
    if (!inRange(value)) return `The value ${show(value)} is not possible: ${words}.`;
  }
  for (const [name, limit] of [
    ['lower', lower],
    ['upper', upper],
  ] as const) {
    if (limit === undefined) continue;
    if (!Number.isFinite(limit) || !inRange(limit)) return `The ${name} confidence limit ${show(limit)} is not possible: ${words}.`;
  }
  if (lower !== undefined && upper !== undefined) {
    if (lower > upper) return `The lower confidence limit (${show(lower)}) is above the upper one (${show(upper)}).`;
    if (value !== null && (value < lower - ROUNDING || value > upper + ROUNDING)) {
      return `The value ${show(value)} lies outside its own confidence interval (${show(lower)} to ${show(upper)}).`;
    }
  }
  if (denominator !== undefined && !(Number.isFinite(denominator) && denominator > 0)) {
    return `The denominator ${show(denominator)} is not possible: it must be above 0.`;
  }
  if (count !== undefined) {
    if (!(Number.isFinite(count) && count >= 0)) return `The count ${show(count)} is not possible: it cannot be negative.`;
    if (unit.kind === 'percent' && denominator !== undefined && count > denominator) {
      return `The count (${show(count)}) is larger than its denominator (${show(denominator)}).`;
    }
  }
  return undefined;
}
