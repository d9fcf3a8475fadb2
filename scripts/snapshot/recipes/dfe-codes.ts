import type { DSVRowArray } from 'd3-dsv';
import type { Geography } from '../areas.js';
import type { BuildLog } from '../collector.js';
import { placeArea, type Placement } from '../places.js';

/**
 * Where a row of a DfE Explore Education Statistics file belongs: the national row is England,
 * regional rows use `region_code`, local authority rows use `new_la_code`. Older files write the
 * level with capitals ("Local Authority").
 */
export function placeEesRow(row: Record<string, string | undefined>, geography: Geography, log: BuildLog, context: string): Placement {
  switch (row.geographic_level?.toLowerCase()) {
    case 'national':
      return { code: 'E92000001' };
    case 'regional':
      return placeArea(geography, row.region_code ?? '', log, context);
    case 'local authority':
      return placeArea(geography, row.new_la_code ?? '', log, context);
    default:
      throw new Error(`${context}: unexpected geographic_level "${row.geographic_level}"`);
  }
}

/**
 * DfE's three-digit local authority numbers mapped to ONS codes, from a DfE file that carries both
 * (`old_la_code`, `new_la_code`). The mapping of the latest year a number appears in wins, because
 * LAIT publishes every year's figures under each council's current number.
 */
export function laNumberToOnsCode(rows: DSVRowArray<string>): Map<number, string> {
  const latest = new Map<number, { year: number; code: string }>();
  for (const row of rows) {
    if (row.geographic_level !== 'Local authority' || !row.old_la_code || !row.new_la_code) continue;
    const number = Number(row.old_la_code);
    const year = Number(row.time_period);
    const seen = latest.get(number);
    if (!seen || year > seen.year) latest.set(number, { year, code: row.new_la_code });
  }
  return new Map([...latest].map(([number, { code }]) => [number, code]));
}
