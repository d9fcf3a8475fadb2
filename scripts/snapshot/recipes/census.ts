import type { DSVRowArray } from 'd3-dsv';
import type { Geography } from '../areas.js';
import { parseCell, round } from '../cells.js';
import { IndicatorCollector, type BuildLog, type BuiltIndicator } from '../collector.js';
import { CENSUS_2021 } from '../periods.js';
import { DISTRICTS_MERGED_2023 } from '../../../src/reorganisations.js';

const MERGED_2023_SUCCESSORS = new Set(Object.values(DISTRICTS_MERGED_2023));

export const CENSUS_FOLDER = 'Hossam53__CensusData';

interface CensusRecipe {
  slug: string;
  file: string;
  /** Column holding the denominator. */
  total: string;
  /** Columns added together for the numerator. */
  numerator: string[];
  /** When true the numerator is the total minus the named columns. */
  complement?: boolean;
}

/** Header names without the "; measures: Value" tail some Nomis files add. */
const stem = (header: string) => header.replace(/; measures: Value$/, '').trim();

export const CENSUS_RECIPES: readonly CensusRecipe[] = [
  {
    slug: 'household-overcrowding',
    file: 'census2021-ts052-ltla.csv',
    total: 'Occupancy rating for bedrooms: Total: All households',
    numerator: ['Occupancy rating for bedrooms: Occupancy rating of bedrooms: -1', 'Occupancy rating for bedrooms: Occupancy rating of bedrooms: -2 or less'],
  },
  {
    slug: 'lone-parent-households',
    file: 'census2021-ts003-ltla.csv',
    total: 'Household composition: Total',
    numerator: ['Household composition: Single family household: Lone parent family: With dependent children'],
  },
  {
    slug: 'relationship-breakdown',
    file: 'census2021-ts002-ltla.csv',
    total: 'Marital and civil partnership status: Total',
    numerator: [
      'Marital and civil partnership status: Separated, but still legally married or still legally in a civil partnership',
      'Marital and civil partnership status: Divorced or civil partnership dissolved',
    ],
  },
  {
    slug: 'unpaid-carers',
    file: 'census2021-ts039-ltla.csv',
    total: 'Provision of unpaid care: Total: All usual residents aged 5 and over',
    numerator: ['Provision of unpaid care: Provides no unpaid care'],
    complement: true,
  },
  {
    slug: 'families-with-health-problems',
    file: 'census2021-ts040-ltla.csv',
    total: 'Number of disabled people in household: Total: All households',
    numerator: [
      'Number of disabled people in household: 1 person disabled under the Equality Act in household',
      'Number of disabled people in household: 2 or more people disabled under the Equality Act in household',
    ],
  },
];

function column(rows: DSVRowArray<string>, name: string, file: string): string {
  const header = rows.columns.find((candidate) => stem(candidate) === name);
  if (!header) throw new Error(`${file}: no column "${name}"`);
  return header;
}

function integer(text: string | undefined, context: string): number {
  const cell = parseCell(text);
  if (!('value' in cell) || !Number.isInteger(cell.value) || cell.value < 0) throw new Error(`${context}: bad count "${text}"`);
  return cell.value;
}

/**
 * Census 2021 proportions. The files hold lower-tier districts only, so each upper-tier authority,
 * region and England is built by adding up its districts' counts (the abolished 2023 districts go whole
 * into their successor councils, so the sums are exact).
 */
export function buildCensusIndicator(recipe: CensusRecipe, rows: DSVRowArray<string>, geography: Geography, log: BuildLog): BuiltIndicator {
  const totalColumn = column(rows, recipe.total, recipe.file);
  const partColumns = recipe.numerator.map((name) => column(rows, name, recipe.file));
  const sums = new Map<string, { count: number; denominator: number; districts: number }>();
  const add = (code: string, count: number, denominator: number) => {
    const sum = sums.get(code) ?? { count: 0, denominator: 0, districts: 0 };
    sum.count += count;
    sum.denominator += denominator;
    sum.districts += 1;
    sums.set(code, sum);
  };
  const seen = new Set<string>();
  for (const row of rows) {
    const code = row['geography code'] ?? '';
    if (!code.startsWith('E')) continue;
    const context = `${recipe.file} ${code}`;
    if (seen.has(code)) throw new Error(`${context}: district appears twice`);
    seen.add(code);
    const utla = geography.utlaOfDistrict(code);
    if (!utla) throw new Error(`${context}: district has no April 2023 upper-tier authority`);
    const region = geography.regionOf.get(utla);
    if (!region) throw new Error(`${context}: ${utla} has no region`);
    const denominator = integer(row[totalColumn], context);
    const parts = partColumns.reduce((total, header) => total + integer(row[header], context), 0);
    const count = recipe.complement ? denominator - parts : parts;
    if (count < 0 || count > denominator) throw new Error(`${context}: numerator ${count} outside 0–${denominator}`);
    add(utla, count, denominator);
    add(region, count, denominator);
    add('E92000001', count, denominator);
  }

  const table = recipe.file.replace('census2021-', '').replace('-ltla.csv', '').toUpperCase();
  const collector = new IndicatorCollector(recipe.slug, `ONS Census 2021 ${table} (districts summed)`, log, {
    sources: ['onsCensus'],
    derivation: `Worked out here from ONS’s Census 2021 counts (table ${table}) as the number with the characteristic ÷ the total × 100; counties, regions and England add up the counts of their districts.`,
  });
  for (const [code, sum] of sums) {
    const note = MERGED_2023_SUCCESSORS.has(code)
      ? 'Worked out by adding the Census 2021 counts of the former districts that became this council in April 2023.'
      : undefined;
    collector.set(CENSUS_2021, code, {
      value: round((sum.count / sum.denominator) * 100, 3),
      count: sum.count,
      denominator: sum.denominator,
      ...(note ? { note } : {}),
    });
  }
  return collector.indicator;
}
