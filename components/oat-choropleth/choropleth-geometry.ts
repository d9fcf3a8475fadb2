/**
 * The map code `<oat-choropleth>` loads only when it is on a page: the boundary file, topojson-client
 * and d3-geo. A bundler can put this module and everything it imports in a chunk of its own.
 */
import type { MultiLineString } from 'geojson';
import { loadBoundaries, type Boundaries } from '../../src/charts/boundaries.js';
import { mapGeometry, type MapGeometry } from '../../src/charts/choropleth.js';

export { loadBoundaries, type Boundaries };
export { labelPlacement, nearestInDirection, valueScale } from '../../src/charts/choropleth.js';

const NO_LINES: MultiLineString = { type: 'MultiLineString', coordinates: [] };

/** Geometry already projected, per boundary file and view: every map on the page shares it. */
const projected = new WeakMap<Boundaries, Map<string, MapGeometry>>();

/**
 * The projected map of all England (no region), or of one region's authorities with the region's
 * edge drawn over them. Worked out once per view and reused.
 */
export function geometryFor(boundaries: Boundaries, region?: string): MapGeometry {
  let views = projected.get(boundaries);
  if (!views) projected.set(boundaries, (views = new Map()));
  const key = region ?? 'england';
  let geometry = views.get(key);
  if (!geometry) {
    const edge = region ? boundaries.regions.find((candidate) => candidate.code === region) : undefined;
    const shapes = edge ? boundaries.authorities.filter((shape) => shape.region === region) : boundaries.authorities;
    geometry = edge
      ? mapGeometry({ shapes, borders: edge.feature, outline: NO_LINES })
      : mapGeometry({ shapes, borders: boundaries.regionBorders, outline: boundaries.outline });
    views.set(key, geometry);
  }
  return geometry;
}
