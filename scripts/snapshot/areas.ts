import { join } from 'node:path';
import type { Area } from '../../src/model.js';
import { ENGLAND } from '../../src/model.js';
import { readJson } from './read.js';
import { DISTRICTS_MERGED_2023 } from '../../src/reorganisations.js';

interface UtlaLookupRow {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}
interface LadLookupRow extends UtlaLookupRow {
  utlaCode: string;
}

/** The snapshot's geography: England, its nine regions and the upper-tier authorities of April 2023. */
export interface Geography {
  areas: Area[];
  /** Upper-tier authority codes (April 2023). */
  utlaCodes: Set<string>;
  regionCodes: Set<string>;
  /** Region of each upper-tier authority. */
  regionOf: Map<string, string>;
  /** Region codes by name, matched loosely (case and "the" ignored). */
  regionByName: (name: string) => string | undefined;
  /** The April 2023 upper-tier authority a 2021 or 2024 district (or unitary) belongs to. */
  utlaOfDistrict: (districtCode: string) => string | undefined;
}

const normaliseRegionName = (name: string) =>
  name
    .toLowerCase()
    .replace(/\bthe\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function loadGeography(shared: string): Geography {
  const geo = join(shared, 'data', 'geo');
  const utlas = readJson<UtlaLookupRow[]>(join(geo, 'england-utla-2023-lookup.json'));
  const lad2024 = readJson<LadLookupRow[]>(join(geo, 'england-lad-2024-lookup.json'));
  const lad2021 = readJson<LadLookupRow[]>(join(geo, 'england-lad-2021-lookup.json'));

  const regions = new Map<string, string>();
  for (const row of utlas) regions.set(row.regionCode, row.regionName);

  const areas: Area[] = [{ code: ENGLAND, name: 'England', kind: 'england' }];
  for (const [code, name] of [...regions].sort(([a], [b]) => a.localeCompare(b))) {
    areas.push({ code, name, kind: 'region', parentCode: ENGLAND });
  }
  for (const row of [...utlas].sort((a, b) => a.code.localeCompare(b.code))) {
    areas.push({ code: row.code, name: row.name, kind: 'utla', parentCode: row.regionCode });
  }

  const utlaCodes = new Set(utlas.map((row) => row.code));
  const regionOf = new Map(utlas.map((row) => [row.code, row.regionCode]));
  const regionNames = new Map([...regions].map(([code, name]) => [normaliseRegionName(name), code]));

  const districtTo2023 = new Map<string, string>();
  for (const row of lad2024) districtTo2023.set(row.code, row.utlaCode);
  for (const row of lad2021) {
    if (districtTo2023.has(row.code)) continue;
    const merged = DISTRICTS_MERGED_2023[row.code];
    if (merged) districtTo2023.set(row.code, merged);
    else if (utlaCodes.has(row.utlaCode)) districtTo2023.set(row.code, row.utlaCode);
  }
  for (const [district, successor] of Object.entries(DISTRICTS_MERGED_2023)) {
    if (!utlaCodes.has(successor)) throw new Error(`Reorganisation table names ${successor}, which is not a 2023 authority.`);
    districtTo2023.set(district, successor);
  }

  return {
    areas,
    utlaCodes,
    regionCodes: new Set(regions.keys()),
    regionOf,
    regionByName: (name) => regionNames.get(normaliseRegionName(name)),
    utlaOfDistrict: (code) => districtTo2023.get(code),
  };
}
