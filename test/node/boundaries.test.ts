/**
 * The choropleth's boundary file, indicators/boundaries-utla-2023.json: one outline for every upper-tier
 * authority in the embedded snapshot and no other, nine regions, the attribution the licence asks for,
 * a size a page can afford, and (where ../shared is present) up to date with its inputs.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { BOUNDARIES_ATTRIBUTION, BOUNDARIES_FILE, BOUNDARY_INPUTS, buildBoundaries, sizesOf } from '../../scripts/boundaries/build.js';
import { findShared, REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { BOUNDARIES_FORMAT, type AuthorityProperties, type BoundaryFile, type RegionProperties } from '../../src/charts/boundaries-format.js';
import type { SnapshotFile } from '../../src/sources/snapshot-format.js';

/** Budgets: what a page pays for the map's outlines. */
const GZIP_BUDGET = 150 * 1024;
const RAW_BUDGET = 250 * 1024;

const text = readFileSync(BOUNDARIES_FILE, 'utf8');
const file = JSON.parse(text) as BoundaryFile;
const snapshot = JSON.parse(readFileSync(join(REPO_ROOT, 'indicators', 'snapshot.json'), 'utf8')) as SnapshotFile;
const authorities = snapshot.areas.filter(([, , kind]) => kind === 'utla');
const regions = snapshot.areas.filter(([, , kind]) => kind === 'region');

const shared = findShared();
const inputsPresent = shared !== undefined && existsSync(join(shared, BOUNDARY_INPUTS.topology)) && existsSync(join(shared, BOUNDARY_INPUTS.lookup));

describe('the boundary file', () => {
  it('has one outline for each of the snapshot’s upper-tier authorities, with exactly the same codes', (t) => {
    const drawn = file.objects.utla.geometries.map((geometry) => String(geometry.id));
    const expected = authorities.map(([code]) => code);
    const duplicates = drawn.filter((code, index) => drawn.indexOf(code) !== index);
    const noBoundary = expected.filter((code) => !drawn.includes(code));
    const noData = drawn.filter((code) => !expected.includes(code));
    const report = [
      duplicates.length ? `drawn more than once: ${duplicates.join(', ')}` : '',
      noBoundary.length
        ? `in the snapshot with no boundary: ${noBoundary.map((code) => `${code} ${authorities.find(([c]) => c === code)?.[1]}`).join(', ')}`
        : '',
      noData.length ? `with a boundary but not in the snapshot: ${noData.join(', ')}` : '',
    ].filter(Boolean);
    if (report.length) for (const line of ['Code mismatches between the boundaries and the snapshot:', ...report]) t.diagnostic(line);
    assert.deepEqual(report, [], report.join('; '));
    assert.equal(drawn.length, 153);
  });

  it('names each authority as the snapshot does and puts it in the snapshot’s region', () => {
    for (const geometry of file.objects.utla.geometries) {
      const row = authorities.find(([code]) => code === geometry.id);
      const properties = (geometry.properties ?? {}) as Partial<AuthorityProperties>;
      assert.ok(row, String(geometry.id));
      assert.equal(properties.name, row[1], String(geometry.id));
      assert.equal(properties.region, row[3], `${String(geometry.id)} ${row[1]}`);
      assert.deepEqual(Object.keys(properties).sort(), ['name', 'region'], 'only the properties the map needs');
    }
  });

  it('has the nine regions, named as in the snapshot', () => {
    const drawn = file.objects.region.geometries.map((geometry) => [String(geometry.id), (geometry.properties as Partial<RegionProperties> | undefined)?.name]);
    assert.equal(drawn.length, 9);
    assert.deepEqual(drawn.sort(), regions.map(([code, name]) => [code, name]).sort());
  });

  it('decodes to areas d3 draws the right way round (none inverted or covering the globe)', () => {
    const shapes = feature(file, file.objects.utla).features;
    assert.equal(shapes.length, 153);
    for (const shape of shapes) {
      const area = geoArea(shape);
      assert.ok(area > 0 && area < 1e-3, `${String(shape.id)} has a spherical area of ${area} steradians`);
    }
  });

  it('carries the vintage and the ONS and OS attribution', () => {
    assert.equal(file.format, BOUNDARIES_FORMAT);
    assert.equal(file.attribution, BOUNDARIES_ATTRIBUTION);
    assert.match(
      file.attribution,
      /^Contains OS data © Crown copyright and database right 2023\. Source: Office for National Statistics licensed under the Open Government Licence v3\.0\.$/,
    );
    assert.equal(file.licence, 'OGL-3.0');
    assert.match(file.vintage, /1 April 2023/);
    assert.ok(file.transform, 'quantised');
  });

  it('stays within its size budget', (t) => {
    const { raw, gzip } = sizesOf(text);
    t.diagnostic(`${raw} bytes, ${gzip} bytes gzipped`);
    assert.ok(gzip <= GZIP_BUDGET, `${gzip} bytes gzipped is over the budget of ${GZIP_BUDGET}`);
    assert.ok(raw <= RAW_BUDGET, `${raw} bytes is over the budget of ${RAW_BUDGET}`);
  });

  it(
    'is what the build makes from ../shared',
    { skip: inputsPresent ? false : 'the shared boundary files (../shared/data/geo) are not beside the repository, so freshness is not checked' },
    () => {
      assert.ok(buildBoundaries(shared!) === text, 'indicators/boundaries-utla-2023.json is out of date: run npx tsx scripts/boundaries/build.ts');
    },
  );
});
