/**
 * Builds the choropleth's boundary file, indicators/boundaries-utla-2023.json, from the prepared ONS
 * boundaries in ../shared/data/geo (see the README there for how those were made):
 *
 *   npx tsx scripts/boundaries/build.ts            # writes the file
 *   npx tsx scripts/boundaries/build.ts --check    # exits 1 when the committed file is out of date
 *
 * It keeps the geometry and its quantisation exactly as they are (the arcs are copied unchanged), and
 * trims each authority's properties to its name and region code and each region's to its name. The
 * codes and names are checked against the lookup of the same vintage. The output depends only on the
 * inputs, so building twice gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { GeometryObject, Properties, Topology } from 'topojson-specification';
import { BOUNDARIES_FORMAT, type AuthorityProperties, type BoundaryFile, type RegionProperties } from '../../src/charts/boundaries-format.js';
import { REPO_ROOT, requireShared } from '../snapshot/shared-path.js';

/** Where the built file goes. */
export const BOUNDARIES_FILE = join(REPO_ROOT, 'indicators', 'boundaries-utla-2023.json');

/** The input files, relative to the shared folder. */
export const BOUNDARY_INPUTS = {
  topology: join('data', 'geo', 'england-utla-2023.topojson'),
  lookup: join('data', 'geo', 'england-utla-2023-lookup.json'),
} as const;

/** What the licence asks every map to say. */
export const BOUNDARIES_ATTRIBUTION =
  'Contains OS data © Crown copyright and database right 2023. Source: Office for National Statistics licensed under the Open Government Licence v3.0.';

export const BOUNDARIES_VINTAGE =
  'Counties and unitary authorities in England as from 1 April 2023 (153 areas), from the ONS December 2023 super generalised (BSC) boundaries, simplified to 100 m; regions dissolved from them.';

interface LookupRow {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
  type: string;
}

type SourceGeometry = GeometryObject;

/** The code and name an input geometry carries. */
function namesOf(geometry: SourceGeometry): { code: string; name?: string } {
  const properties = (geometry.properties ?? {}) as { code?: string; name?: string };
  return { code: String(geometry.id ?? properties.code ?? ''), ...(properties.name === undefined ? {} : { name: properties.name }) };
}

function fail(message: string): never {
  throw new Error(`Boundary build: ${message}`);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function collection(topology: Topology, name: string): SourceGeometry[] {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') fail(`the input has no ${name} geometry collection`);
  return object.geometries as SourceGeometry[];
}

/** The geometry with only the members a renderer needs, in a fixed order. */
function trimmed<P extends Properties>(geometry: SourceGeometry, id: string, properties: P): GeometryObject<P> {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') fail(`${id} is a ${geometry.type}, not an area`);
  return { type: geometry.type, id, properties, arcs: geometry.arcs } as GeometryObject<P>;
}

const byId = (a: { id?: string | number }, b: { id?: string | number }) => String(a.id).localeCompare(String(b.id));

/** Builds the boundary file from the shared folder and returns it as the exact text to write. */
export function buildBoundaries(shared: string): string {
  const topology = readJson(join(shared, BOUNDARY_INPUTS.topology)) as Topology;
  const lookup = readJson(join(shared, BOUNDARY_INPUTS.lookup)) as LookupRow[];
  if (topology.type !== 'Topology' || !topology.transform || !topology.bbox) fail('the input is not a quantised TopoJSON topology with a bbox');
  const rows = new Map(lookup.map((row) => [row.code, row]));

  const authorities = collection(topology, 'utla').map((geometry) => {
    const { code, name } = namesOf(geometry);
    const row = rows.get(code) ?? fail(`${code || 'an authority without a code'} is not in the lookup`);
    if (name !== row.name) fail(`${code} is “${name}” in the boundaries but “${row.name}” in the lookup`);
    return trimmed<AuthorityProperties & Properties>(geometry, code, { name: row.name, region: row.regionCode });
  });
  const drawn = new Set(authorities.map((geometry) => geometry.id));
  if (drawn.size !== authorities.length) fail('an authority appears twice');
  const undrawn = lookup.filter((row) => !drawn.has(row.code)).map((row) => row.code);
  if (undrawn.length) fail(`the lookup has authorities with no boundary: ${undrawn.join(', ')}`);

  const regionNames = new Map(lookup.map((row) => [row.regionCode, row.regionName]));
  const regions = collection(topology, 'region').map((geometry) => {
    const { code } = namesOf(geometry);
    const name = regionNames.get(code) ?? fail(`region ${code} has no authority in the lookup`);
    return trimmed<RegionProperties & Properties>(geometry, code, { name });
  });
  if (regions.length !== regionNames.size) fail(`${regions.length} region boundaries for ${regionNames.size} regions in the lookup`);

  const file: BoundaryFile = {
    format: BOUNDARIES_FORMAT,
    vintage: BOUNDARIES_VINTAGE,
    attribution: BOUNDARIES_ATTRIBUTION,
    licence: 'OGL-3.0',
    type: 'Topology',
    bbox: topology.bbox,
    transform: topology.transform,
    objects: {
      utla: { type: 'GeometryCollection', geometries: authorities.sort(byId) },
      region: { type: 'GeometryCollection', geometries: regions.sort(byId) },
    },
    arcs: topology.arcs,
  };
  return serialise(file);
}

/**
 * Compact JSON with one geometry or arc per line, so that a change to the boundaries shows up in a
 * diff as the lines that changed.
 */
function serialise(file: BoundaryFile): string {
  const { objects, arcs, ...head } = file;
  const members = Object.entries(head).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  const objectLines = Object.entries(objects).map(
    ([name, object]) =>
      `${JSON.stringify(name)}:{"type":"GeometryCollection","geometries":[\n${object.geometries.map((geometry) => JSON.stringify(geometry)).join(',\n')}\n]}`,
  );
  return `{${members.join(',\n')},\n"objects":{\n${objectLines.join(',\n')}\n},\n"arcs":[\n${arcs.map((arc) => JSON.stringify(arc)).join(',\n')}\n]}\n`;
}

/** Raw and gzipped sizes of the file's text, in bytes. */
export function sizesOf(text: string): { raw: number; gzip: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = buildBoundaries(requireShared());
  const { raw, gzip } = sizesOf(text);
  if (process.argv.includes('--check')) {
    const current = readFileSync(BOUNDARIES_FILE, 'utf8');
    if (current !== text) {
      console.error(`${BOUNDARIES_FILE} is out of date: run npx tsx scripts/boundaries/build.ts`);
      process.exit(1);
    }
    console.log(`${BOUNDARIES_FILE} is up to date.`);
  } else {
    writeFileSync(BOUNDARIES_FILE, text);
    console.log(`Wrote ${BOUNDARIES_FILE}`);
  }
  console.log(`  ${raw.toLocaleString('en-GB')} bytes, ${gzip.toLocaleString('en-GB')} bytes gzipped`);
}
