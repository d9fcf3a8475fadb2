import { csvParseRows } from 'd3-dsv';
import { ENGLAND, type Observation, type Period } from '../../model.js';
import { SourceError } from '../errors.js';
import { chooseSplit, toObservation, type Reading } from './normalise.js';
import { significanceFromWords } from './significance.js';
import type { ParsedFingertips, WantedIndicator } from './types.js';

/**
 * Column names reduced to lower-case letters and digits, so that "Time period Sortable",
 * "Time.period.Sortable" (the export after a trip through R) and "time_period_sortable" all match.
 */
function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const COLUMNS = {
  indicator: 'indicatorid',
  area: 'areacode',
  sex: 'sex',
  age: 'age',
  categoryType: 'categorytype',
  period: 'timeperiod',
  sortable: 'timeperiodsortable',
  value: 'value',
  lower: 'lowerci950limit',
  upper: 'upperci950limit',
  count: 'count',
  denominator: 'denominator',
  note: 'valuenote',
} as const;
const REQUIRED = ['indicator', 'area', 'period', 'sortable', 'value'] as const;
/** The column is "Compared to England value or percentiles"; match its start in case the rest changes. */
const COMPARED_WITH_ENGLAND = 'comparedtoengland';

type Column = keyof typeof COLUMNS;

interface Row {
  area: string;
  sex: string;
  age: string;
  period: Period;
  sortable: number;
  reading: Reading;
}

function badExport(what: string, url?: string): SourceError {
  return new SourceError('format', `The Fingertips CSV export is not in the expected format (${what}).`, url);
}

/** A cell as a number, or undefined for a blank, "NA", "*" or any other text. */
function numberIn(cell: string | undefined): number | undefined {
  const text = (cell ?? '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function textIn(cell: string | undefined): string {
  const text = (cell ?? '').trim();
  return text === 'NA' ? '' : text;
}

/**
 * Reads Fingertips' CSV export (`all_data/csv/by_indicator_id`) into the same observations the JSON
 * route gives: for each wanted indicator, the chosen sex and age, its latest period (the largest
 * "Time period Sortable"), every area's figures for that period and England's row. Columns are found
 * by name, never by position; rows of deprivation deciles and other categories are skipped.
 *
 * An area with rows only for earlier periods is left out rather than shown with an older figure,
 * so that every area is compared with England for the same period, as the JSON route does.
 *
 * @throws SourceError of kind `format` when the header lacks a column the figures need
 */
export function parseAllDataCsv(text: string, wanted: readonly WantedIndicator[], url?: string): ParsedFingertips {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = rows[0];
  if (!header || header.length < 2) throw badExport('no header row', url);
  const position = new Map<string, number>();
  header.forEach((name, index) => {
    const normalised = key(name);
    if (!position.has(normalised)) position.set(normalised, index);
  });
  const index = (column: Column) => position.get(COLUMNS[column]);
  const missing = REQUIRED.filter((column) => index(column) === undefined);
  if (missing.length > 0) throw badExport(`no ${missing.map((column) => `“${column}”`).join(', ')} column`, url);
  const englandColumn = header.findIndex((name) => key(name).startsWith(COMPARED_WITH_ENGLAND));
  const cell = (row: string[], column: Column) => {
    const at = index(column);
    return at === undefined ? undefined : row[at];
  };

  const byId = new Map(wanted.map((indicator) => [indicator.fingertips.indicatorId, indicator]));
  const rowsOf = new Map<number, Row[]>();
  for (const raw of rows.slice(1)) {
    const id = numberIn(cell(raw, 'indicator'));
    const indicator = id === undefined ? undefined : byId.get(id);
    const area = textIn(cell(raw, 'area'));
    if (!indicator || !area || textIn(cell(raw, 'categoryType'))) continue;
    const reading: Reading = {};
    const value = numberIn(cell(raw, 'value'));
    if (value !== undefined) reading.value = value;
    const lower = numberIn(cell(raw, 'lower'));
    const upper = numberIn(cell(raw, 'upper'));
    if (lower !== undefined && upper !== undefined) Object.assign(reading, { lower, upper });
    const count = numberIn(cell(raw, 'count'));
    const denominator = numberIn(cell(raw, 'denominator'));
    if (count !== undefined && denominator !== undefined) Object.assign(reading, { count, denominator });
    const significance = significanceFromWords(englandColumn < 0 ? undefined : raw[englandColumn], indicator.polarity);
    if (significance) reading.significance = significance;
    const note = textIn(cell(raw, 'note'));
    if (note) reading.noteText = note;
    const sortable = numberIn(cell(raw, 'sortable')) ?? 0;
    const list = rowsOf.get(indicator.fingertips.indicatorId) ?? [];
    list.push({
      area,
      sex: textIn(cell(raw, 'sex')),
      age: textIn(cell(raw, 'age')),
      period: { label: textIn(cell(raw, 'period')), sortKey: sortable > 0 ? String(sortable) : '' },
      sortable,
      reading,
    });
    rowsOf.set(indicator.fingertips.indicatorId, list);
  }

  const observations: Observation[] = [];
  const found: string[] = [];
  for (const indicator of wanted) {
    const all = rowsOf.get(indicator.fingertips.indicatorId);
    if (!all) continue;
    const splits = [...new Set(all.map((row) => `${row.sex}\u0000${row.age}`))].map((id) => {
      const [sexName = '', ageName = ''] = id.split('\u0000');
      return { id, sexName, ageName };
    });
    const split = chooseSplit(splits, indicator);
    const chosen = all.filter((row) => split && `${row.sex}\u0000${row.age}` === split.id);
    const latest = chosen.reduce((most, row) => Math.max(most, row.sortable), 0);
    const current = chosen.filter((row) => row.sortable === latest);
    const englandRow = current.find((row) => row.area === ENGLAND);
    const period = (englandRow ?? current[0])?.period ?? { label: '', sortKey: '' };
    observations.push(toObservation(indicator.slug, ENGLAND, period, englandRow?.reading ?? {}, true));
    const seen = new Set<string>([ENGLAND]);
    for (const row of current) {
      if (seen.has(row.area)) continue;
      seen.add(row.area);
      observations.push(toObservation(indicator.slug, row.area, period, row.reading, false));
    }
    found.push(indicator.slug);
  }
  return { observations, found };
}
