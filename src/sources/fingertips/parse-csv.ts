import { csvParseRows } from 'd3-dsv';
import { ENGLAND, type Observation, type Period } from '../../model.js';
import { SourceError } from '../errors.js';
import {
  directionFrom,
  FINGERTIPS_COLUMNS,
  findColumns,
  fingertipsNumber,
  isBlankCell,
  significanceFromWords,
  type Field,
  type FoundColumns,
} from './csv-layout.js';
import { chooseSplit, toObservation, type Reading } from './normalise.js';
import type { ParsedFingertips, WantedIndicator } from './types.js';

const cellAt = (row: readonly string[], columns: FoundColumns['columns'], field: Field): string | undefined => {
  const at = columns.get(field);
  return at === undefined ? undefined : row[at];
};

interface Row {
  area: string;
  sex: string;
  age: string;
  period: Period;
  sortable: number;
  reading: Reading;
  /** Fingertips' comparison with England, read once England's figure for the period is known. */
  compared: string;
}

function badExport(what: string, url?: string): SourceError {
  return new SourceError('format', `The Fingertips CSV export is not in the expected format (${what}).`, url);
}

/** A text cell, with R's `NA` as nothing. */
function textIn(cell: string | undefined): string {
  return isBlankCell(cell) ? '' : (cell ?? '').trim();
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
  const { columns, missing } = findColumns(header, FINGERTIPS_COLUMNS);
  if (!columns.has('periodSortable')) missing.push('Time period Sortable');
  if (missing.length > 0) throw badExport(`no ${missing.map((column) => `“${column}”`).join(', ')} column`, url);
  const cell = (row: string[], field: Field) => cellAt(row, columns, field);

  const byId = new Map(wanted.map((indicator) => [indicator.fingertips.indicatorId, indicator]));
  const rowsOf = new Map<number, Row[]>();
  for (const raw of rows.slice(1)) {
    const id = fingertipsNumber(cell(raw, 'indicator'));
    const indicator = id === undefined ? undefined : byId.get(id);
    const area = textIn(cell(raw, 'areaCode'));
    if (!indicator || !area || textIn(cell(raw, 'categoryType'))) continue;
    const reading: Reading = {};
    const value = fingertipsNumber(cell(raw, 'value'));
    if (value !== undefined) reading.value = value;
    const lower = fingertipsNumber(cell(raw, 'lower'));
    const upper = fingertipsNumber(cell(raw, 'upper'));
    if (lower !== undefined && upper !== undefined) Object.assign(reading, { lower, upper });
    const count = fingertipsNumber(cell(raw, 'count'));
    const denominator = fingertipsNumber(cell(raw, 'denominator'));
    if (count !== undefined && denominator !== undefined) Object.assign(reading, { count, denominator });
    const note = textIn(cell(raw, 'note'));
    if (note) reading.noteText = note;
    const sortable = fingertipsNumber(cell(raw, 'periodSortable')) ?? 0;
    const list = rowsOf.get(indicator.fingertips.indicatorId) ?? [];
    list.push({
      area,
      sex: textIn(cell(raw, 'sex')),
      age: textIn(cell(raw, 'age')),
      period: { label: textIn(cell(raw, 'period')), sortKey: sortable > 0 ? String(sortable) : '' },
      sortable,
      reading,
      compared: textIn(cell(raw, 'comparedToEngland')),
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
    for (const row of current) {
      const significance = significanceFromWords(row.compared, indicator.polarity, directionFrom(row.reading.value, englandRow?.reading.value));
      if (significance) row.reading.significance = significance;
    }
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
