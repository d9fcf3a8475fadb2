import type { Polarity, Significance } from '../../model.js';

/**
 * The layout of a Fingertips CSV download (the "Export" of a profile and the single-indicator file),
 * read in one place for every reader of a council’s file that is a Fingertips download: the columns
 * and the names they go by, the sexes, the comparison words and the way blank figures are written.
 *
 * Real downloads have 27 columns, in this order (docs/fingertips-api.md §2.3):
 * Indicator ID, Indicator Name, Parent Code, Parent Name, Area Code, Area Name, Area Type, Sex, Age,
 * Category Type, Category, Time period, Value, Lower CI 95.0 limit, Upper CI 95.0 limit,
 * Lower CI 99.8 limit, Upper CI 99.8 limit, Count, Denominator, Value note, Recent Trend,
 * Compared to England value or percentiles, <the sub-national comparison>, Time period Sortable,
 * New data, Compared to goal, Time period range. Columns are always found by name, never by position.
 */

/**
 * A column name reduced to lower-case letters and digits, so that "Lower CI 95.0 limit", R's
 * "Lower.CI.95.0.limit", fingertipsR's "LowerCI95.0limit" and "lower_ci_95_0_limit" are one column,
 * as are "Area Name", "AreaName" and "area_name".
 */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** What a column holds, under one name whatever the file calls it. */
export type Field =
  | 'indicator'
  | 'indicatorName'
  | 'areaCode'
  | 'areaName'
  | 'areaType'
  | 'parentCode'
  | 'sex'
  | 'age'
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

/** One column of a layout. */
export interface ColumnSpec {
  field: Field;
  /** The column's name as documented (and as messages call it). */
  name: string;
  required?: boolean;
  /** Match any column whose name starts with this, rather than the whole name. */
  prefix?: boolean;
}

/**
 * The columns of a Fingertips download this library reads. The others (99.8% limits, trend, goal,
 * new data, period range and the sub-national comparison – "Compared to Region value or
 * percentiles", "Compared to Regions (statistical) value or percentiles", "Compared to percentiles"
 * or "Column not used", by year and parent type) are ignored. Only the England comparison, whose name
 * starts "Compared to England", is read; none of the sub-national spellings starts that way.
 */
export const FINGERTIPS_COLUMNS: readonly ColumnSpec[] = [
  { field: 'indicator', name: 'Indicator ID', required: true },
  { field: 'indicatorName', name: 'Indicator Name' },
  { field: 'parentCode', name: 'Parent Code' },
  { field: 'areaCode', name: 'Area Code', required: true },
  { field: 'areaName', name: 'Area Name' },
  { field: 'areaType', name: 'Area Type' },
  { field: 'sex', name: 'Sex' },
  { field: 'age', name: 'Age' },
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

/** Column names only a Fingertips download has, which tell it apart from a council's own layout. */
export const FINGERTIPS_SIGNATURE: ReadonlySet<string> = new Set(
  [
    'Indicator ID',
    'Indicator Name',
    'Time period',
    'Time period Sortable',
    'Category Type',
    'Lower CI 95.0 limit',
    'Upper CI 95.0 limit',
    'Value note',
    'Area Type',
  ].map(normaliseColumnName),
);

/** Where each field's column is in a header. */
export interface FoundColumns {
  columns: Map<Field, number>;
  /** Documented names of required columns the header lacks. */
  missing: string[];
  /** Documented names of columns given more than once; the first is read. */
  repeated: string[];
}

/** Finds each field of a layout in a header, by normalised name. */
export function findColumns(header: readonly string[], specs: readonly ColumnSpec[]): FoundColumns {
  const names = header.map(normaliseColumnName);
  const columns = new Map<Field, number>();
  const repeated: string[] = [];
  for (const spec of specs) {
    const wanted = normaliseColumnName(spec.name);
    const matches = names.flatMap((name, position) => ((spec.prefix ? name.startsWith(wanted) : name === wanted) ? [position] : []));
    if (matches[0] !== undefined) columns.set(spec.field, matches[0]);
    if (matches.length > 1 && !spec.prefix) repeated.push(spec.name);
  }
  const missing = specs.filter((spec) => spec.required && !columns.has(spec.field)).map((spec) => spec.name);
  return { columns, missing, repeated };
}

/** The Fingertips names of the sexes the catalogue's `sexId` can take. */
export const FINGERTIPS_SEXES: Readonly<Record<number, string>> = { 1: 'Male', 2: 'Female', 4: 'Persons' };

/** A blank cell or R's `NA`: Fingertips writes no value this way. */
export function isBlankCell(cell: string | undefined): boolean {
  const text = (cell ?? '').trim();
  return text === '' || text === 'NA';
}

/** A plain number in a Fingertips cell (fractional counts such as `4018.333333` included), or undefined for a blank, `NA` or any other text. */
export function fingertipsNumber(cell: string | undefined): number | undefined {
  const text = (cell ?? '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * What Fingertips' "Compared to England value or percentiles" words say (docs/fingertips-api.md
 * §4): `Better`/`Worse` (a significant difference judged with the profile's polarity), `Higher`/
 * `Lower` (a significant difference, no polarity), `Similar`, or nothing to use – `Not compared`,
 * quintile and other rank words, which are no significance.
 */
export type ComparisonWords = 'better' | 'worse' | 'higher' | 'lower' | 'similar' | 'none';

const WORDS: Readonly<Record<string, ComparisonWords>> = {
  better: 'better',
  best: 'better',
  worse: 'worse',
  worst: 'worse',
  higher: 'higher',
  highest: 'higher',
  lower: 'lower',
  lowest: 'lower',
  similar: 'similar',
};

/** Reads the comparison words of one row; anything but the words above is `none`. */
export function readComparisonWords(words: string | undefined): ComparisonWords {
  return WORDS[(words ?? '').trim().toLowerCase()] ?? 'none';
}

/**
 * Turns Fingertips' comparison words into a significance before polarity. "Higher", "Lower" and
 * "Similar" say it directly. "Better" and "Worse" say the difference is significant, judged with the
 * profile's polarity, which the download does not carry: the direction is taken from the area's value
 * against England's for the same period where both are known (whatever polarity the profile used),
 * else from the catalogue's polarity; with neither, there is no significance to report.
 *
 * @param direction - whether the area's value is above or below England's for the same period
 */
export function significanceFromWords(
  words: string | undefined,
  polarity: Polarity | undefined,
  direction?: 'higher' | 'lower' | 'same',
): Significance | undefined {
  const read = readComparisonWords(words);
  if (read === 'none') return undefined;
  if (read === 'similar' || read === 'higher' || read === 'lower') return read;
  if (direction === 'higher' || direction === 'lower') return direction;
  if (polarity === 'high-is-good') return read === 'better' ? 'higher' : 'lower';
  if (polarity === 'high-is-bad') return read === 'better' ? 'lower' : 'higher';
  return undefined;
}

/** Whether a value is above, below or equal to England's, when both are known. */
export function directionFrom(value: number | null | undefined, england: number | null | undefined): 'higher' | 'lower' | 'same' | undefined {
  if (value === null || value === undefined || england === null || england === undefined) return undefined;
  return value > england ? 'higher' : value < england ? 'lower' : 'same';
}
