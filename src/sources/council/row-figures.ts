import type { IndicatorDefinition, Observation, Period } from '../../model.js';
import { implausibility } from '../plausibility.js';
import type { Cells } from './cells.js';
import type { TableRow } from './formats.js';
import { rejectRow } from './problems.js';

/** A row's figures once read and checked. */
export interface Figures {
  value: number | null;
  /** Why there is no value, as the file marked it. */
  marker?: { reason: 'suppressed' | 'not-available'; text: string };
  lower?: number;
  upper?: number;
  count?: number;
  denominator?: number;
}

/**
 * Reads a row's value, confidence limits, count and denominator, and rejects the row when they are
 * not a figure that can be right for the indicator's unit and the period: every row of every file,
 * England's too, goes through the same plausibility check as every other source's figures.
 */
export function readFigures(row: TableRow, definition: IndicatorDefinition, period: Period, cells: Cells, today: Date): Figures {
  const cell = cells.number(row, 'value');
  const figures: Figures =
    cell.kind === 'number'
      ? { value: cell.value }
      : cell.kind === 'missing'
        ? { value: null, marker: { reason: cell.reason, text: cell.text } }
        : { value: null };
  const lower = cells.optional(row, 'lower');
  const upper = cells.optional(row, 'upper');
  const count = cells.optional(row, 'count');
  const denominator = cells.optional(row, 'denominator');
  if (count !== undefined) figures.count = count;
  if (denominator !== undefined) figures.denominator = denominator;
  // Limits without a figure mean nothing; they are not kept.
  if (figures.value !== null) {
    if ((lower === undefined) !== (upper === undefined)) {
      rejectRow(
        `Only one confidence limit is given (${cells.column(lower === undefined ? 'upper' : 'lower')}); give both ${cells.column('lower')} and ${cells.column('upper')}, or neither.`,
      );
    }
    if (lower !== undefined && upper !== undefined) Object.assign(figures, { lower, upper });
  }
  const fault = implausibility({ ...figures, period }, definition.unit, today);
  if (fault) rejectRow(fault);
  return figures;
}

/** Two rows give the same figure: value, limits, count, denominator and why any is missing. */
export function sameFigures(a: Observation, b: Observation): boolean {
  return (
    a.value === b.value &&
    a.lower === b.lower &&
    a.upper === b.upper &&
    a.count === b.count &&
    a.denominator === b.denominator &&
    a.missing?.reason === b.missing?.reason
  );
}
