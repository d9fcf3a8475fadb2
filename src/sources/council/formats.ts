import { SourceError } from '../errors.js';
import { FINGERTIPS_COLUMNS, FINGERTIPS_SIGNATURE, findColumns, normaliseColumnName, type ColumnSpec, type Field } from '../fingertips/csv-layout.js';

export type { Field } from '../fingertips/csv-layout.js';

/**
 * A table read from a council's file, before its layout is known: the column names and the rows,
 * each with where it is in the file. From CSV every cell is text; from JSON a cell is whatever
 * the row object held.
 */
export interface Table {
  columns: string[];
  rows: TableRow[];
  /** How a reader finds a row: by its line in a CSV file, or by its position in a JSON list. */
  where: 'line' | 'row';
  /** True for CSV, where every record must have as many cells as the header. */
  fixedWidth: boolean;
  /** Where the header is, for problems with the columns (line 1 in most CSV files). */
  headerLine: number;
}

export interface TableRow {
  line: number;
  cells: unknown[];
}

/** The two layouts a council's file can take. */
export type Layout = 'fingertips' | 'council';

/** The tool's own layout, documented for councils. */
const COUNCIL_COLUMNS: readonly ColumnSpec[] = [
  { field: 'indicator', name: 'indicator', required: true },
  { field: 'areaCode', name: 'area_code', required: true },
  { field: 'areaName', name: 'area_name' },
  { field: 'parentCode', name: 'parent_code' },
  { field: 'period', name: 'period', required: true },
  { field: 'value', name: 'value', required: true },
  { field: 'lower', name: 'lower_ci' },
  { field: 'upper', name: 'upper_ci' },
  { field: 'count', name: 'count' },
  { field: 'denominator', name: 'denominator' },
  { field: 'note', name: 'note' },
];

/** A Fingertips download is read with the one Fingertips layout the live source uses too. */
const LAYOUTS: Record<Layout, readonly ColumnSpec[]> = { council: COUNCIL_COLUMNS, fingertips: FINGERTIPS_COLUMNS };

/** Column names only one layout has, which tell the layouts apart. */
const SIGNATURE: Record<Layout, ReadonlySet<string>> = {
  fingertips: FINGERTIPS_SIGNATURE,
  council: new Set(['indicator', 'period', 'lowerci', 'upperci', 'note']),
};

/** The name a layout gives a field's column, for messages ("area_code", "Area Code"). */
export function columnName(layout: Layout, field: Field): string {
  return LAYOUTS[layout].find((spec) => spec.field === field)?.name ?? field;
}

/** Which column of the table holds each field of a layout. */
export interface ReadLayout {
  layout: Layout;
  columns: Map<Field, number>;
  /** Documented columns named more than once; the first is read. */
  repeated: string[];
}

/** The accepted layouts, in words, for the message about a file that fits neither. */
export const ACCEPTED_LAYOUTS =
  'A council’s file can be laid out in one of two ways: as a Fingertips data download, left exactly as Fingertips exports it ' +
  '(columns including Indicator ID, Area Code, Time period and Value), or in the tool’s own layout, with the columns ' +
  'indicator, area_code, period and value, and optionally area_name, parent_code, lower_ci, upper_ci, count, denominator and note.';

function layoutOf(names: readonly string[]): Layout | undefined {
  const score = (layout: Layout) => names.filter((name) => SIGNATURE[layout].has(name)).length;
  const fingertips = score('fingertips');
  const council = score('council');
  if (fingertips === 0 && council === 0) {
    // Neither layout's own columns: a file with only the shared ones (area code, value) is nearer the council layout.
    return names.some((name) => name === 'areacode' || name === 'value') ? 'council' : undefined;
  }
  return fingertips > council ? 'fingertips' : 'council';
}

const list = (names: readonly string[]) =>
  names.length === 1
    ? `“${names[0]}”`
    : `${names
        .slice(0, -1)
        .map((name) => `“${name}”`)
        .join(', ')} and “${names[names.length - 1]}”`;

/**
 * Recognises a table's layout by its column names (case, spaces, dots and underscores ignored;
 * never by position) and finds each field's column. Columns the layout does not use, such as a
 * leading unnamed column of row numbers, are ignored.
 *
 * @throws SourceError of kind `format` naming the missing columns when a required one is absent
 */
export function recogniseLayout(columns: readonly string[], file: string, url?: string): ReadLayout {
  const layout = layoutOf(columns.map(normaliseColumnName));
  if (!layout) {
    throw new SourceError('format', `The columns of ${file} were not recognised, so none of it could be read. ${ACCEPTED_LAYOUTS}`, url);
  }
  const { columns: found, missing, repeated } = findColumns(columns, LAYOUTS[layout]);
  if (missing.length) {
    const what = layout === 'fingertips' ? 'It looks like a Fingertips data download' : 'It looks like the tool’s own layout';
    throw new SourceError(
      'format',
      `${file} has no ${list(missing)} column${missing.length > 1 ? 's' : ''}, so none of it could be read. ${what}, which needs ${
        missing.length > 1 ? 'them' : 'it'
      }. ${ACCEPTED_LAYOUTS}`,
      url,
    );
  }
  return { layout, columns: found, repeated };
}

/** The cell of a row that holds a field, or undefined when the layout has no such column. */
export function cellOf(row: TableRow, layout: ReadLayout, field: Field): unknown {
  const position = layout.columns.get(field);
  return position === undefined ? undefined : row.cells[position];
}
