import { csvParseRows } from 'd3-dsv';

/** One record of a CSV file: its cells, and the line of the file it starts on (1-based, the header being line 1 in most files). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A CSV file split into its header and its data records. Blank lines are left out. */
export interface CsvTable {
  /** The first non-blank record, or undefined for a file with nothing in it. */
  header: CsvRecord | undefined;
  records: CsvRecord[];
}

const LINE_BREAK = /\r\n|\r|\n/g;
const BYTE_ORDER_MARK = '\uFEFF';

function lineBreaksIn(cell: string): number {
  return cell.match(LINE_BREAK)?.length ?? 0;
}

/**
 * Splits CSV text into records, each with the line it starts on so that a problem can be pointed
 * at. Accepts a UTF-8 byte order mark, CRLF, LF and lone CR line endings, and quoted fields
 * holding commas, quotes and line breaks. Lines with nothing but empty cells are skipped.
 *
 * d3-dsv returns one row per record, and a record spans one line plus however many line breaks
 * its quoted cells hold, so the line of each record is counted from the cells before it.
 */
export function readCsv(text: string): CsvTable {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  for (const cells of csvParseRows(body)) {
    const start = line;
    line += 1 + cells.reduce((breaks, cell) => breaks + lineBreaksIn(cell), 0);
    if (cells.every((cell) => cell.trim() === '')) continue;
    records.push({ line: start, cells });
  }
  const [header, ...rest] = records;
  return { header, records: rest };
}

/** Why a cell holds no number. */
export type MissingMarker = 'suppressed' | 'not-available';

/** A cell read as a number: the number, a marker saying why there is none, or text that is neither. */
export type NumberCell =
  { kind: 'number'; value: number; text: string } | { kind: 'missing'; reason: MissingMarker; text: string } | { kind: 'invalid'; text: string };

/**
 * Markers publishers put in place of a figure withheld to protect confidentiality or because it
 * is unreliable: `*`, `:`, `..`, `x` and `c` (any case), and `u` (unreliable).
 */
const SUPPRESSED = new Set(['*', ':', '..', 'x', 'c', 'u']);
/** Markers for a figure that does not exist or was not collected: an empty cell, `NA`, `N/A`, `-`, `z` (not applicable). */
const NOT_AVAILABLE = new Set(['', 'na', 'n/a', '-', '–', 'z']);

/** A plain decimal number, optionally with comma thousands separators ("1,234.5") and an exponent. */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * Reads a cell that should hold a number. Text from a CSV file and values from a JSON file are
 * both accepted: a JSON number is taken as it is, null or an absent value means not available.
 * A trailing percent sign is allowed ("12.5%"). Anything else is reported as invalid, never
 * silently dropped.
 */
export function readNumberCell(raw: unknown): NumberCell {
  if (typeof raw === 'number') {
    return Number.isNaN(raw) ? { kind: 'missing', reason: 'not-available', text: '' } : { kind: 'number', value: raw, text: String(raw) };
  }
  if (raw === null || raw === undefined) return { kind: 'missing', reason: 'not-available', text: '' };
  if (typeof raw !== 'string') return { kind: 'invalid', text: describeValue(raw) };
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (SUPPRESSED.has(lower)) return { kind: 'missing', reason: 'suppressed', text };
  if (NOT_AVAILABLE.has(lower)) return { kind: 'missing', reason: 'not-available', text };
  const digits = text.endsWith('%') ? text.slice(0, -1).trimEnd() : text;
  if (!/\d/.test(digits) || !NUMBER.test(digits)) return { kind: 'invalid', text };
  return { kind: 'number', value: Number(digits.replace(/,/g, '')), text };
}

/**
 * Reads a cell that should hold text. Numbers are turned into text (a period of 2025 written as a
 * JSON number, say); null or absent is empty; anything else (a list, an object) is not text and
 * gives undefined. The text is trimmed and otherwise kept exactly as written: it is never read as
 * HTML.
 */
export function readTextCell(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (raw === null || raw === undefined) return '';
  return undefined;
}

/** A short description of a JSON value that is not what was expected, for a problem message. */
export function describeValue(raw: unknown): string {
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object' && raw !== null) return 'an object';
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  return String(raw);
}
