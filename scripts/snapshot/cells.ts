import type { MissingReason } from '../../src/model.js';

/** A cell read from a source file: a number, or the reason there is none. */
export type Cell = { value: number } | { missing: MissingReason; marker: string };

/** Markers publishers use for a value withheld to protect confidentiality or because it is unreliable. */
const SUPPRESSED = new Set(['x', 'c', '*', 'u', 'low']);
/** Markers for a value that does not exist or was not collected. */
const NOT_AVAILABLE = new Set(['', ':', '..', '-', 'na', 'z', 'null', 'undefined']);

/**
 * Parses one published cell. Accepts thousands separators; recognises the usual suppression and
 * not-available markers; anything else that is not a number is an error, never silently dropped.
 */
export function parseCell(raw: unknown): Cell {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { missing: 'not-available', marker: String(raw) };
  const text = String(raw ?? '').trim();
  const lower = text.toLowerCase();
  if (SUPPRESSED.has(lower)) return { missing: 'suppressed', marker: text };
  if (NOT_AVAILABLE.has(lower)) return { missing: 'not-available', marker: text };
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) throw new Error(`Not a number or a known marker: "${text}"`);
  return { value };
}

/** Explains a marker in words for the reader of an element. */
export function describeMarker(cell: Extract<Cell, { missing: MissingReason }>, publisher: string): string {
  if (cell.missing === 'suppressed') {
    return `${publisher} withheld this value (marked “${cell.marker}”), usually because the numbers are small or the estimate is unreliable.`;
  }
  return `${publisher} published no value for this area${cell.marker ? ` (marked “${cell.marker}”)` : ''}.`;
}

/** Rounds to a number of decimal places without binary noise in the JSON. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
