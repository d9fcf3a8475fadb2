/** The snapshot builder's handling of carried populations, with made-up rows that never reach the snapshot. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvParse } from 'd3-dsv';
import type { Geography } from '../../scripts/snapshot/areas.js';
import { BuildLog } from '../../scripts/snapshot/collector.js';
import { readChildPopulation } from '../../scripts/snapshot/recipes/social-care.js';
import type { Area } from '../../src/model.js';

const utla = (code: string, name: string): Area => ({ code, name, kind: 'utla', parentCode: 'E12000002' });
const AREAS = [utla('E06000009', 'Blackpool'), utla('E06000063', 'Cumberland'), utla('E06000065', 'North Yorkshire')];
const geography = {
  areas: AREAS,
  utlaCodes: new Set(AREAS.map((area) => area.code)),
  regionCodes: new Set(['E12000002']),
} as unknown as Geography;

describe('children’s population under a former council’s code', () => {
  const header = 'time_period,geographic_level,region_code,new_la_code,age_group,population_estimate';
  const row = (year: number, code: string, value: number) => `${year},Local authority,E12000002,${code},Children aged 0 to 17 years,${value}`;

  it('is carried to the successor with the same boundary, and the successor’s own estimate wins', () => {
    const rows = csvParse([header, row(2018, 'E10000023', 114922), row(2023, 'E06000065', 114929), row(2023, 'E10000023', 1)].join('\n'));
    const population = readChildPopulation(rows, geography, new BuildLog());
    assert.deepEqual(population.get(2018)?.get('E06000065'), { value: 114922, formerCode: 'E10000023' });
    assert.deepEqual(population.get(2023)?.get('E06000065'), { value: 114929 });
  });
});
