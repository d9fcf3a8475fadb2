import type { DSVRowArray } from 'd3-dsv';
import type { Period } from '../../../src/model.js';
import type { Geography } from '../areas.js';
import { describeMarker, parseCell, type Cell } from '../cells.js';
import { addPeriods, citeCounts, IndicatorCollector, type BuildLog, type BuiltIndicator } from '../collector.js';
import { agreesWithin, publishedFigure } from '../counts.js';
import { academicYear } from '../periods.js';
import type { Placement } from '../places.js';
import { placeEesRow } from './dfe-codes.js';

/** DfE's EYFSP local authority key measures 2012/13–2018/19 and headline measures 2021/22 (SOURCES.md, "Counts and denominators"). */
export const EYFSP_FILES = {
  to2019: { folder: 'nestauk__afs_neighbourhood_analysis', file: 'APS_GLD_ELG_EXP_2013_2019.csv' },
  in2022: { folder: 'dfe-analytical-services__SEND-AP-Inclusion-Dashboard', file: '1_eyfsp_headline_measures_2022.csv' },
} as const;

const SLUG = 'school-readiness';

/** How each file names its columns and marks its headline rows. */
interface EyfspLayout {
  children: string;
  percent: string;
  headline: (row: Record<string, string | undefined>) => boolean;
}

const LAYOUTS: Record<keyof typeof EYFSP_FILES, EyfspLayout> = {
  to2019: { children: 'number_of_children', percent: 'gld_percent', headline: (row) => row.gender === 'Total' },
  in2022: {
    children: 'children_number',
    percent: 'gld_percentage',
    headline: (row) => row.characteristic === 'Total' && row.gender === 'Total' && row.geographic_level?.toLowerCase() !== 'local authority district',
  },
};

/** Children reaching a good level of development, of all children assessed, for one area and year. */
export interface GoodLevelCount {
  period: Period;
  place: NonNullable<Placement>;
  reached: Cell;
  children: Cell;
  /** DfE's own percentage in the same file. */
  percent: Cell;
}

/** Reads the headline rows of one of the EYFSP files. */
export function readGoodLevelCounts(rows: DSVRowArray<string>, which: keyof typeof EYFSP_FILES, geography: Geography, log: BuildLog): GoodLevelCount[] {
  const layout = LAYOUTS[which];
  for (const column of ['gld_number', layout.children, layout.percent]) {
    if (!rows.columns.includes(column)) throw new Error(`${EYFSP_FILES[which].file}: no column ${column}`);
  }
  const counts: GoodLevelCount[] = [];
  for (const row of rows) {
    if (!layout.headline(row)) continue;
    const match = /^(\d{4})(\d{2})$/.exec(row.time_period ?? '');
    if (!match) throw new Error(`${EYFSP_FILES[which].file}: unexpected time_period "${row.time_period}"`);
    const period = academicYear(Number(match[1]) + 1);
    const place = placeEesRow(row, geography, log, `eyfsp-counts ${period.label}`);
    if (!place) continue;
    counts.push({
      period,
      place,
      reached: parseCell(row.gld_number),
      children: parseCell(row[layout.children]),
      percent: parseCell(row[layout.percent]),
    });
  }
  return counts;
}

/**
 * Adds DfE's counts to the school-readiness figures. For a year LAIT covers, the count and the number
 * of children are kept when they reproduce LAIT's percentage to its one decimal place, and refused with
 * a log entry when they do not. For a year LAIT does not cover (2012/13–2014/15), the figure is DfE's
 * own published percentage from the same file, with its counts, checked in the same way.
 */
export function addGoodLevelCounts(indicator: BuiltIndicator, counts: GoodLevelCount[], log: BuildLog): void {
  if (indicator.slug !== SLUG) throw new Error(`EYFSP counts belong to ${SLUG}, not ${indicator.slug}`);
  const earlier = new IndicatorCollector(SLUG, 'DfE EYFSP gld_number ÷ number_of_children', log, { sources: ['dfeEyfsp'] });
  for (const { period, place, reached, children, percent } of counts) {
    const context = `${SLUG} ${period.label} ${place.code}`;
    const haveCounts = 'value' in reached && 'value' in children && children.value > 0;
    const share = haveCounts ? (reached.value / children.value) * 100 : Number.NaN;
    const carried = place.note ? { note: place.note, carried: true } : {};
    const lait = indicator.periods.get(period.sortKey);
    if (lait) {
      if (!haveCounts) continue;
      const figure = publishedFigure(indicator, period, place.code, log, context);
      if (!figure) continue;
      if (!agreesWithin(figure.value!, share, 1)) {
        log.add(`${context}: DfE's counts give ${share.toFixed(2)}%, not LAIT's ${figure.value}%; counts refused`);
        continue;
      }
      Object.assign(figure, { count: reached.value, denominator: children.value });
      citeCounts(lait, ['dfeEyfsp']);
      continue;
    }
    if (!('value' in percent)) {
      earlier.set(period, place.code, {
        value: null,
        missing: { reason: percent.missing, message: describeMarker(percent, 'The Department for Education') },
        ...carried,
      });
      continue;
    }
    if (haveCounts && !agreesWithin(percent.value, share, 1)) {
      log.add(`${context}: DfE's counts give ${share.toFixed(2)}%, not its published ${percent.value}%; counts refused`);
    }
    const withCounts = haveCounts && agreesWithin(percent.value, share, 1);
    earlier.set(period, place.code, {
      value: percent.value,
      ...(withCounts ? { count: reached.value, denominator: children.value } : {}),
      ...carried,
    });
  }
  addPeriods(indicator, earlier.indicator);
}
