import type { Geography } from '../areas.js';
import { describeMarker, parseCell, type Cell } from '../cells.js';
import { IndicatorCollector, type BuildLog, type BuiltIndicator } from '../collector.js';
import { placeArea } from '../places.js';
import { reorganisationOf } from '../../../src/reorganisations.js';
import { academicYear, calendarYear, parseYear, yearEndingMarch } from '../periods.js';
import { readParquet } from '../read.js';
import type { Period } from '../../../src/model.js';

export const LAIT_FOLDER = 'dfe-analytical-services__local-authority-interactive-tool';
export const LAIT_FILE = 'bds_long_0.parquet';

/** LAIT's number for England, and for Inner and Outer London (not regions in the ONS sense). */
const LAIT_ENGLAND = 970;
const LAIT_LONDON_HALVES = new Set([987, 988]);

interface LaitRecipe {
  slug: string;
  /** LAIT `Short Desc` codes; more than one are added together. */
  measures: string[];
  period: (year: number) => Period;
  sourceDescription: string;
  /** Set when the values are worked out here from LAIT's (a sum of measures), saying how. */
  derivation?: string;
}

/** How LAIT's year labels map to periods was checked against each measure's data dictionary entry. */
export const LAIT_RECIPES: readonly LaitRecipe[] = [
  { slug: 'children-in-low-income-families', measures: ['ChildPov'], period: yearEndingMarch, sourceDescription: 'DfE LAIT ChildPov (DWP)' },
  {
    slug: 'pupils-with-sen',
    measures: ['SEN_TotSENSuP', 'SEN_TotStat'],
    period: academicYear,
    sourceDescription: 'DfE LAIT SEN_TotSENSuP + SEN_TotStat',
    derivation:
      'Worked out here by adding two percentages DfE publishes in LAIT: pupils with SEN support and pupils with an EHC plan, each as a share of all pupils.',
  },
  { slug: 'under-18-conceptions', measures: ['Under18concep'], period: calendarYear, sourceDescription: 'DfE LAIT Under18concep (ONS)' },
  { slug: 'school-readiness', measures: ['FSP_NEW_GOODDEV'], period: academicYear, sourceDescription: 'DfE LAIT FSP_NEW_GOODDEV' },
  { slug: 'gcse-attainment', measures: ['AVG_Attain8_Score'], period: academicYear, sourceDescription: 'DfE LAIT AVG_Attain8_Score' },
  { slug: 'first-time-entrants-youth-justice', measures: ['FirstYJS'], period: calendarYear, sourceDescription: 'DfE LAIT FirstYJS (YJB)' },
  { slug: 'neet-16-17', measures: ['16-17_not known_NEET'], period: yearEndingMarch, sourceDescription: 'DfE LAIT 16-17_not known_NEET' },
];

export interface LaitRow {
  measure: string;
  year: string;
  name: string;
  laNumber: number;
  value: string;
}

export async function readLait(path: string): Promise<LaitRow[]> {
  const rows = await readParquet(path, ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number']);
  return rows.map((row) => ({
    measure: String(row['Short Desc']),
    year: String(row['Years']),
    name: String(row['LA and Regions']),
    laNumber: Number(row['LA Number']),
    value: String(row['Values'] ?? ''),
  }));
}

/** The code a LAIT row is published under: England by number, regions by name, councils by their DfE number. */
export function laitCode(row: LaitRow, geography: Geography, laCodes: Map<number, string>): string | undefined {
  if (row.laNumber === LAIT_ENGLAND) return 'E92000001';
  if (LAIT_LONDON_HALVES.has(row.laNumber)) return undefined;
  if (row.laNumber >= 980) {
    const region = geography.regionByName(row.name);
    if (!region) throw new Error(`LAIT region "${row.name}" has no ONS code`);
    return region;
  }
  return laCodes.get(row.laNumber);
}

/** Places a LAIT row in the April 2023 geography. */
function placeLaitRow(row: LaitRow, geography: Geography, laCodes: Map<number, string>, log: BuildLog, context: string) {
  if (LAIT_LONDON_HALVES.has(row.laNumber)) return undefined;
  const code = laitCode(row, geography, laCodes);
  if (!code) {
    log.add(`${context}: LAIT number ${row.laNumber} (${row.name}) has no ONS code in the DfE files; skipped`);
    return undefined;
  }
  return placeArea(geography, code, log, context);
}

/** Adds the cells of several measures; any missing cell makes the sum missing. */
function sumCells(cells: Cell[]): Cell {
  let total = 0;
  for (const cell of cells) {
    if (!('value' in cell)) return cell;
    total += cell.value;
  }
  return { value: Math.round(total * 1e6) / 1e6 };
}

export function buildLaitIndicators(rows: LaitRow[], geography: Geography, laCodes: Map<number, string>, log: BuildLog): BuiltIndicator[] {
  const wanted = new Set(LAIT_RECIPES.flatMap((recipe) => recipe.measures));
  // measure → year → LA number → row
  const index = new Map<string, Map<string, Map<number, LaitRow>>>();
  for (const row of rows) {
    if (!wanted.has(row.measure)) continue;
    const byYear = index.get(row.measure) ?? new Map<string, Map<number, LaitRow>>();
    index.set(row.measure, byYear);
    const byArea = byYear.get(row.year) ?? new Map<number, LaitRow>();
    byYear.set(row.year, byArea);
    if (byArea.has(row.laNumber)) throw new Error(`LAIT ${row.measure} ${row.year}: LA ${row.laNumber} appears twice`);
    byArea.set(row.laNumber, row);
  }

  return LAIT_RECIPES.map((recipe) => {
    const collector = new IndicatorCollector(recipe.slug, recipe.sourceDescription, log, {
      sources: ['dfeLait'],
      ...(recipe.derivation ? { derivation: recipe.derivation } : {}),
    });
    const [first, ...others] = recipe.measures.map((measure) => index.get(measure));
    if (!first) throw new Error(`LAIT has no rows for ${recipe.measures[0]}`);
    for (const [year, byArea] of first) {
      const period = recipe.period(parseYear(year));
      for (const [laNumber, row] of byArea) {
        const context = `${recipe.slug} ${period.label}`;
        const formerWithNoValue = !('value' in parseCell(row.value)) && reorganisationOf(laCodes.get(laNumber) ?? '');
        if (formerWithNoValue) continue; // LAIT keeps a blank row for councils that no longer exist
        const place = placeLaitRow(row, geography, laCodes, log, context);
        if (!place) continue;
        const partners = others.map((other) => other?.get(year)?.get(laNumber));
        if (partners.some((partner) => !partner)) {
          log.add(`${context} ${place.code}: not every measure of the sum is published; skipped`);
          continue;
        }
        const cell = sumCells([row, ...(partners as LaitRow[])].map((part) => parseCell(part.value)));
        collector.set(period, place.code, {
          value: 'value' in cell ? cell.value : null,
          ...('value' in cell ? {} : { missing: { reason: cell.missing, message: describeMarker(cell, 'The Department for Education') } }),
          ...(place.note ? { note: place.note, carried: true } : {}),
        });
      }
    }
    return collector.indicator;
  });
}
