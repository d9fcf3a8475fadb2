import type { DSVRowArray } from 'd3-dsv';
import type { Geography } from '../areas.js';
import { parseCell, type Cell } from '../cells.js';
import { citeCounts, type BuildLog, type BuiltIndicator, type BuiltPeriod } from '../collector.js';
import { agreesWithin } from '../counts.js';
import type { Placement } from '../places.js';
import { placeEesRow } from './dfe-codes.js';

export const NCCIS_FOLDER = 'dfe-analytical-services__nccis_localauthority_dashboard';
/** DfE's NCCIS dashboard inputs, one file a year (SOURCES.md, "Counts and denominators"). */
export const NCCIS_FILES = [
  'UD_NEETNK_LA_dashboard_2021_vg_removed.csv',
  'UD_NEETNK_LA_dashboard_2022_final.csv',
  'UD_NEETNK_LA_dashboard_2023_final.csv',
  'UD_NEETNK_LA_dashboard_final__2024_version_4e3a0d5.csv',
  'UD_NEETNK_LA_dashboard_final.csv',
] as const;

const SLUG = 'neet-16-17';
/** The 2021 file's dummy rows, which have no codes. */
const DUMMY_ROWS = new Set(['LA demo', 'Region demo']);

/** Said wherever the number NEET or not known was worked out from the percentage and the cohort. */
export const NEET_COUNT_DERIVATION =
  'DfE publishes the percentage NEET or whose activity is not known and the cohort (16 and 17 year olds known to the council, averaged over December to February), but not the number, so the number is worked out here as the percentage × the cohort ÷ 100, to the nearest whole number. The percentage is rounded to one decimal place, so the number is uncertain by about ±0.05% of the cohort.';

/** One area's row of an NCCIS file. */
export interface CohortRow {
  place: NonNullable<Placement>;
  /** `NEET_not_known_percent`. */
  percent: Cell;
  /** `Cohort_DJFavg`, the denominator. */
  cohort: Cell;
}

/** An NCCIS file with the snapshot period its percentages belong to. */
export interface CohortFile {
  file: string;
  period: BuiltPeriod;
  rows: CohortRow[];
}

/** Reads the England, regional and council rows of one NCCIS file; drops the 2021 file's dummy rows. */
export function readCohortRows(file: string, rows: DSVRowArray<string>, geography: Geography, log: BuildLog): CohortRow[] {
  for (const column of ['Cohort_DJFavg', 'NEET_not_known_percent']) if (!rows.columns.includes(column)) throw new Error(`${file}: no column ${column}`);
  const out: CohortRow[] = [];
  for (const row of rows) {
    const name = row.geographic_level === 'Regional' ? row.region_name : row.la_name;
    if (DUMMY_ROWS.has(name ?? '') && !row.new_la_code && !row.region_code) continue;
    const place = placeEesRow(row, geography, log, `nccis-cohorts ${row.time_period}`);
    if (!place) continue;
    out.push({ place, percent: parseCell(row.NEET_not_known_percent), cohort: parseCell(row.Cohort_DJFavg) });
  }
  return out;
}

/** How many of a file's percentages equal the published figures of a period, of those both have. */
function agreement(rows: CohortRow[], period: BuiltPeriod): { equal: number; compared: number } {
  let equal = 0;
  let compared = 0;
  for (const { place, percent } of rows) {
    const published = period.byArea.get(place.code)?.value;
    if (!('value' in percent) || published === null || published === undefined) continue;
    compared += 1;
    if (agreesWithin(published, percent.value, 2)) equal += 1;
  }
  return { equal, compared };
}

/**
 * The period of the NEET indicator an NCCIS file belongs to: the one period whose published
 * percentages the file's equal for almost every council (the files' own year labels are not used).
 */
export function matchCohortPeriod(file: string, rows: CohortRow[], indicator: BuiltIndicator): BuiltPeriod {
  const matches = [...indicator.periods.values()].filter((period) => {
    const { equal, compared } = agreement(rows, period);
    return compared >= 100 && equal >= 0.95 * compared;
  });
  if (matches.length !== 1) {
    throw new Error(
      `${file}: its percentages match ${matches.length} periods of ${indicator.slug}, not exactly one (${matches.map((period) => period.label).join(', ')})`,
    );
  }
  return matches[0]!;
}

/**
 * Adds the NCCIS cohort (the denominator) and a count derived from the percentage to the NEET figures
 * of the period each file belongs to. A row whose percentage differs from the published one, or whose
 * cohort is suppressed (`c`), gets no count; a difference is logged.
 */
export function addNeetCohorts(indicator: BuiltIndicator, files: CohortFile[], log: BuildLog): void {
  if (indicator.slug !== SLUG) throw new Error(`NCCIS cohorts belong to ${SLUG}, not ${indicator.slug}`);
  for (const { file, period, rows } of files) {
    for (const { place, percent, cohort } of rows) {
      const figure = period.byArea.get(place.code);
      if (!figure || figure.value === null || !('value' in percent) || !('value' in cohort) || cohort.value <= 0) continue;
      if (!agreesWithin(figure.value, percent.value, 2)) {
        log.add(`${SLUG} ${period.label} ${place.code}: ${file} gives ${percent.value}%, not LAIT's ${figure.value}%; cohort refused`);
        continue;
      }
      Object.assign(figure, { count: Math.round((percent.value * cohort.value) / 100), denominator: cohort.value });
      citeCounts(period, ['dfeNccis'], NEET_COUNT_DERIVATION);
    }
  }
}
