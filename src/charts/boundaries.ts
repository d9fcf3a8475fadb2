import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { whileWanted } from '../sources/abort.js';
import { SourceError } from '../sources/errors.js';
import { fetchJson, type FetchJsonOptions } from '../sources/fetch-json.js';
import { isRecord } from '../is-record.js';
import { OncePerAddress } from '../sources/once-per-address.js';
import { BOUNDARIES_FORMAT, type AuthorityProperties, type BoundaryFile, type RegionProperties } from './boundaries-format.js';
import { BOUNDARIES_URL } from './boundaries-url.js';

/** One area's outline, ready to project. */
export interface BoundaryShape<P> {
  /** The ONS code. */
  code: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon, P>;
}

export type AuthorityShape = BoundaryShape<AuthorityProperties> & { region: string };
export type RegionShape = BoundaryShape<RegionProperties>;

/** The decoded boundary file. */
export interface Boundaries {
  /** England's upper-tier authorities, in code order. */
  authorities: AuthorityShape[];
  /** The nine regions, in code order. */
  regions: RegionShape[];
  /** The borders between regions (each drawn once). */
  regionBorders: MultiLineString;
  /** England's coast and its border with Wales and Scotland. */
  outline: MultiLineString;
  vintage: string;
  attribution: string;
}

export interface BoundaryLoadOptions extends Pick<FetchJsonOptions, 'fetch' | 'timeoutMs'> {
  /** Address of the boundary file; by default the one shipped beside the library. */
  url?: string;
  signal?: AbortSignal;
}

/** One load per address for the whole page, however many maps ask. */
const loads = new OncePerAddress<Boundaries>();

function isCollection(value: unknown): value is GeometryCollection {
  return isRecord(value) && value.type === 'GeometryCollection' && Array.isArray(value.geometries);
}

/** Checks the shape of a boundary file enough that decoding it cannot throw. */
export function checkBoundaries(data: unknown, url: string): BoundaryFile {
  const bad = (what: string) => new SourceError('format', `The map’s boundary file is not in the expected format (${what}).`, url);
  if (!isRecord(data) || data.format !== BOUNDARIES_FORMAT || data.type !== 'Topology') throw bad(`format should be “${BOUNDARIES_FORMAT}”`);
  if (!Array.isArray(data.arcs)) throw bad('arcs');
  if (!isRecord(data.objects) || !isCollection(data.objects.utla) || !isCollection(data.objects.region)) throw bad('objects');
  if (typeof data.attribution !== 'string') throw bad('attribution');
  const arcCount = data.arcs.length;
  const arcsOk = (arcs: unknown): boolean =>
    Array.isArray(arcs) && arcs.every((item) => (typeof item === 'number' ? (item < 0 ? ~item : item) < arcCount : arcsOk(item)));
  for (const geometry of [...data.objects.utla.geometries, ...data.objects.region.geometries]) {
    if (typeof geometry.id !== 'string' || !isRecord(geometry.properties) || typeof geometry.properties.name !== 'string')
      throw bad('an area without a code or name');
    if ((geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !arcsOk(geometry.arcs)) throw bad(`the outline of ${geometry.id}`);
  }
  return data as unknown as BoundaryFile;
}

/** Turns the topology into GeoJSON features and border lines. */
export function decodeBoundaries(file: BoundaryFile): Boundaries {
  const shapes = <P extends { name: string }>(object: GeometryCollection<P>) =>
    feature(file, object).features.map((shape) => ({
      code: String(shape.id),
      name: shape.properties.name,
      feature: shape as Feature<Polygon | MultiPolygon, P>,
    }));
  return {
    authorities: shapes(file.objects.utla).map((shape) => ({ ...shape, region: shape.feature.properties.region })),
    regions: shapes(file.objects.region),
    regionBorders: mesh(file, file.objects.region, (a, b) => a !== b),
    outline: mesh(file, file.objects.region, (a, b) => a === b),
    vintage: file.vintage,
    attribution: file.attribution,
  };
}

/** Loads and decodes the boundary file, once per address for the whole page. */
export function loadBoundaries(options: BoundaryLoadOptions = {}): Promise<Boundaries> {
  const { url = BOUNDARIES_URL, signal, ...fetchOptions } = options;
  const load = loads.get(url, () =>
    fetchJson(url, { ...fetchOptions, what: 'The map’s boundary file' }).then((data) => decodeBoundaries(checkBoundaries(data, url))),
  );
  return whileWanted(load, signal);
}

/** Forgets loaded boundaries; for tests that need a fresh fetch. */
export function clearBoundariesCache(): void {
  loads.clear();
}
