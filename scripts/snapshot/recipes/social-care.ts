import type { DSVRowArray } from 'd3-dsv';
import type { Geography } from '../areas.js';
import { describeMarker, parseCell, round, type Cell } from '../cells.js';
import { IndicatorCollector, type BuildLog, type BuiltIndicator, type BuiltObservation, type PeriodProvenance } from '../collector.js';
import { parseYear, yearEndingMarch } from '../periods.js';
import { placeEesRow } from './dfe-codes.js';
import { laitCode, type LaitRow } from './lait.js';

export const CSC_FOLDER = 'dfe-analytical-services__CSC_outcomes_and_enablers';
export const CSC_FILES = {
  lookedAfter: 'cla_number_and_rate_per_10k_children.csv',
  childrenInNeed: 'b1_children_in_need_2013_to_2025.csv',
  factors: 'c3_factors_identified_at_end_of_assessment_2018_to_2025.csv',
  population: 'ons_mid-year_population_estimates_2012_to_2024.csv',
} as const;

const DFE = 'The Department for Education';
const PER = 10_000;

/** A mid-year estimate of children aged 0–17; `formerCode` when it was published under a former council's code. */
export interface ChildEstimate {
  value: number;
  formerCode?: string;
}

/** Mid-year estimates of children aged 0–17: year → area code → estimate. */
export type ChildPopulation = Map<number, Map<string, ChildEstimate>>;

/**
 * Reads ONS's estimates of children aged 0–17. An estimate published under a former council's code is
 * carried to its successor when the boundary is the same (as the figures themselves are); the
 * successor's own estimate wins.
 */
export function readChildPopulation(rows: DSVRowArray<string>, geography: Geography, log: BuildLog): ChildPopulation {
  const population: ChildPopulation = new Map();
  for (const row of rows) {
    if (row.age_group !== 'Children aged 0 to 17 years') continue;
    const year = parseYear(row.time_period);
    const place = placeEesRow(row, geography, log, `population ${year}`);
    if (!place) continue;
    const cell = parseCell(row.population_estimate);
    if (!('value' in cell)) continue;
    const byArea = population.get(year) ?? new Map<string, ChildEstimate>();
    population.set(year, byArea);
    if (place.formerCode && byArea.has(place.code)) continue;
    byArea.set(place.code, place.formerCode ? { value: cell.value, formerCode: place.formerCode } : { value: cell.value });
  }
  return population;
}

/**
 * Children looked after at 31 March. The value is DfE's published rate; the count and the population
 * under 18 are kept so that a confidence interval can be computed. DfE rounds counts to the nearest 10,
 * so the builder checks the published rate against the counts allowing for that rounding.
 */
export function buildLookedAfter(rows: DSVRowArray<string>, geography: Geography, log: BuildLog): BuiltIndicator {
  const collector = new IndicatorCollector('looked-after-children', 'DfE children looked after (count ÷ population)', log, {
    sources: ['dfeLookedAfter', 'onsPopulation'],
  });
  for (const row of rows) {
    if (row.population_type !== 'Children looked after on 31 March each year') continue;
    const period = yearEndingMarch(parseYear(row.time_period));
    const context = `looked-after-children ${period.label}`;
    const place = placeEesRow(row, geography, log, context);
    if (!place) continue;
    const rate = parseCell(row.rate_per_10000);
    const count = parseCell(row.children_count);
    const population = parseCell(row.population_estimate);
    let observation: BuiltObservation;
    if (!('value' in rate)) {
      observation = { value: null, missing: { reason: rate.missing, message: describeMarker(rate, DFE) } };
    } else {
      observation = { value: rate.value };
      if ('value' in count && 'value' in population && population.value > 0) {
        const fromCounts = (count.value / population.value) * PER;
        const tolerance = 0.5 + (5 / population.value) * PER + 1e-9;
        if (Math.abs(fromCounts - rate.value) > tolerance) {
          throw new Error(`${context} ${place.code}: published rate ${rate.value} does not match counts (${fromCounts.toFixed(2)})`);
        }
        observation.count = count.value;
        observation.denominator = population.value;
      }
    }
    if (place.note) Object.assign(observation, { note: place.note, carried: true });
    collector.set(period, place.code, observation);
  }
  return collector.indicator;
}

/** LAIT's published children-in-need rates, area code → year → rate, for cross-checking the counts. */
export type PublishedRates = Map<string, Map<number, number>>;

const CHILDREN_IN_NEED_DERIVATION =
  'Worked out here as DfE’s count of children in need at 31 March ÷ ONS’s mid-year estimate of children aged 0–17 for the previous year × 10,000, DfE’s own method (DfE published no rate for this year in the files read).';

/**
 * Children in need at 31 March per 10,000 children: the count from DfE's table B1 over the ONS
 * estimate of children aged 0–17 for the previous mid-year (DfE's own method). Where LAIT publishes the
 * rate, the builder checks its own division against it (allowing for counts rounded to the nearest 10)
 * and shows the published rate. A period's rates are either all LAIT's or all worked out here.
 */
export function buildChildrenInNeed(
  rows: DSVRowArray<string>,
  population: ChildPopulation,
  published: PublishedRates,
  geography: Geography,
  log: BuildLog,
): BuiltIndicator {
  const collector = new IndicatorCollector('children-in-need', 'DfE children in need B1 At31_episodes ÷ ONS population 0–17', log, {
    sources: ['dfeChildrenInNeed', 'onsPopulation'],
    derivation: CHILDREN_IN_NEED_DERIVATION,
  });
  const kinds = new Map<string, Set<'published' | 'derived'>>();
  for (const row of rows) {
    if (row.category !== 'Children in Need') continue;
    const year = parseYear(row.time_period);
    const period = yearEndingMarch(year);
    const context = `children-in-need ${period.label}`;
    const place = placeEesRow(row, geography, log, context);
    if (!place) continue;
    const observation = rateObservation(parseCell(row.At31_episodes), population.get(year - 1)?.get(place.code), place.note);
    const check = published.get(place.code)?.get(year);
    if (observation.value !== null && observation.denominator && check !== undefined) {
      const tolerance = 0.05 + (5 / observation.denominator) * PER + 1e-9;
      if (Math.abs(observation.value - check) > tolerance) {
        throw new Error(`${context} ${place.code}: rate from counts ${observation.value} differs from LAIT's ${check}`);
      }
      observation.value = check; // show the figure DfE published, worked out from unrounded counts
    }
    if (observation.value !== null) {
      const seen = kinds.get(period.sortKey) ?? new Set();
      kinds.set(period.sortKey, seen.add(check === undefined ? 'derived' : 'published'));
    }
    collector.set(period, place.code, observation);
  }
  for (const period of collector.indicator.periods.values()) {
    const seen = kinds.get(period.sortKey);
    if (seen?.size === 2) throw new Error(`children-in-need ${period.label}: some rates are LAIT's and some worked out here; refusing to mix them`);
    if (seen?.has('published')) period.provenance = { sources: ['dfeLait', 'dfeChildrenInNeed', 'onsPopulation'] };
  }
  return collector.indicator;
}

function rateObservation(count: Cell, population: ChildEstimate | undefined, note: string | undefined): BuiltObservation {
  const carried = note ? { note, carried: true } : {};
  if (!('value' in count)) return { value: null, missing: { reason: count.missing, message: describeMarker(count, DFE) }, ...carried };
  if (!population) {
    return {
      value: null,
      missing: { reason: 'not-available', message: 'No population estimate for this area and year, so no rate can be worked out.' },
      ...carried,
    };
  }
  const populationNote =
    !note && population.formerCode
      ? { note: `The population estimate was published under the former council’s code (${population.formerCode}), which covered the same area.` }
      : {};
  return { value: round((count.value / population.value) * PER, 2), count: count.value, denominator: population.value, ...carried, ...populationNote };
}

/** The assessment-factor stand-ins, each a column of DfE's table C3. */
export const FACTOR_RECIPES = [
  { slug: 'adult-mental-health', column: 'Mental_Health_parent' },
  { slug: 'parents-in-alcohol-treatment', column: 'Alcohol_Misuse_parent' },
  { slug: 'parents-in-drug-treatment', column: 'Drug_Misuse_parent' },
  { slug: 'young-carers', column: 'Young_Carer' },
  { slug: 'domestic-abuse', column: 'Domestic_Abuse_parent' },
] as const;

const FACTOR_DERIVATION =
  'Worked out here as DfE’s count of children-in-need assessments that ended with this factor recorded ÷ ONS’s mid-year estimate of children aged 0–17 for the previous year × 10,000.';

/**
 * Factors identified at the end of children-in-need assessments, per 10,000 children aged 0–17 (the
 * previous mid-year's estimate, as for the children-in-need rate).
 */
export function buildAssessmentFactors(rows: DSVRowArray<string>, population: ChildPopulation, geography: Geography, log: BuildLog): BuiltIndicator[] {
  const provenance = { sources: ['dfeChildrenInNeed', 'onsPopulation'], derivation: FACTOR_DERIVATION } satisfies PeriodProvenance;
  const collectors = FACTOR_RECIPES.map(
    (recipe) => [recipe, new IndicatorCollector(recipe.slug, `DfE children in need C3 ${recipe.column} ÷ ONS population 0–17`, log, provenance)] as const,
  );
  for (const row of rows) {
    const year = parseYear(row.time_period);
    const period = yearEndingMarch(year);
    const place = placeEesRow(row, geography, log, `assessment-factors ${period.label}`);
    if (!place) continue;
    const children = population.get(year - 1)?.get(place.code);
    for (const [recipe, collector] of collectors) {
      if (!(recipe.column in row)) throw new Error(`C3 file has no column ${recipe.column}`);
      collector.set(period, place.code, rateObservation(parseCell(row[recipe.column]), children, place.note));
    }
  }
  return collectors.map(([, collector]) => collector.indicator);
}

/** LAIT's children-in-need rates for England, the regions and the councils, by ONS code and year. */
export function publishedChildrenInNeedRates(rows: LaitRow[], laCodes: Map<number, string>, geography: Geography): PublishedRates {
  const rates: PublishedRates = new Map();
  for (const row of rows) {
    if (row.measure !== 'CIN') continue;
    const code = laitCode(row, geography, laCodes);
    const cell = parseCell(row.value);
    if (!code || !('value' in cell)) continue;
    const byYear = rates.get(code) ?? new Map<number, number>();
    rates.set(code, byYear);
    byYear.set(parseYear(row.year), cell.value);
  }
  return rates;
}
