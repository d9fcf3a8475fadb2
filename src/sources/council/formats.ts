import type { Polarity, Significance } from '../../model.js';
import { SourceError } from '../errors.js';

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

/** What the columns of either layout hold, under one set of names. */
export type Field =
  | 'indicator'
  | 'indicatorName'
  | 'areaCode'
  | 'areaName'
  | 'areaType'
  | 'parentCode'
  | 'sex'
  | 'categoryType'
  | 'period'
  | 'periodSortable'
  | 'value'
  | 'lower'
  | 'upper'
  | 'count'
  | 'denominator'
  | 'note'
  | 'comparedToEngland';

interface ColumnSpec {
  field: Field;
  /** The column's name as documented. */
  name: string;
  required?: boolean;
  /** Match any column whose name starts with this, rather than the whole name. */
  prefix?: boolean;
}

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

/**
 * The columns of a Fingertips data download (`/api/all_data/csv/by_indicator_id`) this tool reads;
 * the others (99.8% limits, trend, goal, the sub-national comparison) are ignored.
 */
const FINGERTIPS_COLUMNS: readonly ColumnSpec[] = [
  { field: 'indicator', name: 'Indicator ID', required: true },
  { field: 'indicatorName', name: 'Indicator Name' },
  { field: 'parentCode', name: 'Parent Code' },
  { field: 'areaCode', name: 'Area Code', required: true },
  { field: 'areaName', name: 'Area Name' },
  { field: 'areaType', name: 'Area Type' },
  { field: 'sex', name: 'Sex' },
  { field: 'categoryType', name: 'Category Type' },
  { field: 'period', name: 'Time period', required: true },
  { field: 'value', name: 'Value', required: true },
  { field: 'lower', name: 'Lower CI 95.0 limit' },
  { field: 'upper', name: 'Upper CI 95.0 limit' },
  { field: 'count', name: 'Count' },
  { field: 'denominator', name: 'Denominator' },
  { field: 'note', name: 'Value note' },
  { field: 'comparedToEngland', name: 'Compared to England', prefix: true },
  { field: 'periodSortable', name: 'Time period Sortable' },
];

const LAYOUTS: Record<Layout, readonly ColumnSpec[]> = { council: COUNCIL_COLUMNS, fingertips: FINGERTIPS_COLUMNS };

/**
 * A column name reduced to lower-case letters and digits, so that "Lower CI 95.0 limit",
 * R's "Lower.CI.95.0.limit" and "lower_ci_95_0_limit" are the same column, as are "area_code" and "Area Code".
 */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Column names only one layout has, which tell the layouts apart. */
const SIGNATURE: Record<Layout, ReadonlySet<string>> = {
  fingertips: new Set(['indicatorid', 'indicatorname', 'timeperiod', 'timeperiodsortable', 'categorytype', 'lowerci950limit', 'upperci950limit', 'valuenote', 'areatype']),
  council: new Set(['indicator', 'period', 'lowerci', 'upperci', 'note']),
};

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
  names.length === 1 ? `“${names[0]}”` : `${names.slice(0, -1).map((name) => `“${name}”`).join(', ')} and “${names[names.length - 1]}”`;

/**
 * Recognises a table's layout by its column names (case, spaces, dots and underscores ignored;
 * never by position) and finds each field's column. Columns the layout does not use, such as a
 * leading unnamed column of row numbers, are ignored.
 *
 * @throws SourceError of kind `format` naming the missing columns when a required one is absent
 */
export function recogniseLayout(columns: readonly string[], file: string, url?: string): ReadLayout {
  const names = columns.map(normaliseColumnName);
  const layout = layoutOf(names);
  if (!layout) {
    throw new SourceError('format', `The columns of ${file} were not recognised, so none of it could be read. ${ACCEPTED_LAYOUTS}`, url);
  }
  const found = new Map<Field, number>();
  const repeated: string[] = [];
  for (const spec of LAYOUTS[layout]) {
    const wanted = normaliseColumnName(spec.name);
    const matches = names.flatMap((name, position) => ((spec.prefix ? name.startsWith(wanted) : name === wanted) ? [position] : []));
    if (matches[0] !== undefined) found.set(spec.field, matches[0]);
    if (matches.length > 1 && !spec.prefix) repeated.push(spec.name);
  }
  const missing = LAYOUTS[layout].filter((spec) => spec.required && !found.has(spec.field)).map((spec) => spec.name);
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

/** The Fingertips names of the sexes the catalogue's `sexId` can take. */
export const FINGERTIPS_SEXES: Readonly<Record<number, string>> = { 1: 'Male', 2: 'Female', 4: 'Persons' };

/**
 * Turns Fingertips' "Compared to England" words back into a significance before polarity
 * (fingertips-api.md §4): "Better" and "Worse" are "higher" or "lower" depending on which direction
 * is good; "Higher", "Lower" and "Similar" say it directly. Quintiles, "Not compared" and anything
 * else give undefined, as do "Better" and "Worse" for an indicator the catalogue gives no polarity.
 */
export function significanceFromWords(words: string, polarity: Polarity): Significance | undefined {
  const word = words.trim().toLowerCase();
  if (word === 'similar') return 'similar';
  if (word === 'higher' || word === 'highest') return 'higher';
  if (word === 'lower' || word === 'lowest') return 'lower';
  const better = word === 'better' || word === 'best';
  const worse = word === 'worse' || word === 'worst';
  if ((!better && !worse) || polarity === 'no-judgement') return undefined;
  return better === (polarity === 'high-is-good') ? 'higher' : 'lower';
}
