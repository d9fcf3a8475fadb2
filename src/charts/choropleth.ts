import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { geoConicEqualArea, geoPath, type GeoConicProjection, type GeoPath, type GeoStream } from 'd3-geo';
import { scaleLinear, scaleQuantile, scaleSequential } from 'd3-scale';
import type { ReadingDirection, ReadingKind } from '../model.js';

/**
 * The pure parts of the choropleth: the projection, the path strings, the colour scales and the
 * keyboard's spatial moves. Nothing here touches the DOM; the element draws what these return.
 */

/** Width of the map's coordinate system (its SVG viewBox); the SVG itself scales to its container. */
export const MAP_WIDTH = 1000;
/** Space kept around the drawn areas, in map units. */
const PADDING = 8;
/** The map is never taller than this many times its width, nor flatter than the second figure. */
const ASPECT_LIMITS = [0.55, 1.3] as const;

type Area = Feature<Polygon | MultiPolygon>;

/** An area to draw: its ONS code and outline. */
export interface ShapeInput {
  code: string;
  feature: Area;
}

/** One drawn area in map units. */
export interface ProjectedArea {
  readonly code: string;
  /** SVG path data. */
  readonly d: string;
  /** The area's centroid. */
  readonly centroid: [number, number];
  /** [[left, top], [right, bottom]]. */
  readonly bounds: [[number, number], [number, number]];
}

/** Everything needed to draw one view of the map. */
export interface MapGeometry {
  width: number;
  height: number;
  /** The drawn areas in the order given, by code. */
  areas: Map<string, ProjectedArea>;
  /** Lines drawn over the areas: region borders, and the coast or the zoomed region's edge. */
  borders: string;
  outline: string;
}

/**
 * England's equal-area projection: Albers' conic with standard parallels at 50° and 56° N (which
 * bracket England) and the central meridian at 2° W, that of the British National Grid. Equal area
 * matters on a choropleth, so that large rural counties do not look more important than they are.
 *
 * England is far from the antimeridian and its outlines (simplified to 100 m) have short segments,
 * so clipping at the antimeridian and adaptive resampling are switched off: the paths come out the
 * same, three to five times faster.
 */
export function englandProjection(): GeoConicProjection {
  return geoConicEqualArea()
    .parallels([50, 56])
    .rotate([2, 0])
    .precision(0)
    .preclip((stream: GeoStream) => stream);
}

/** Calls `visit` with every longitude and latitude of the areas' outlines. */
function eachPosition(shapes: readonly ShapeInput[], visit: (longitude: number, latitude: number) => void): void {
  for (const { feature } of shapes) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) for (const [longitude, latitude] of ring) visit(longitude!, latitude!);
  }
}

/**
 * The areas' height over width once projected, estimated cheaply: the edges of their longitude and
 * latitude box are projected (the projection bends them), rather than every point of every outline.
 */
function estimatedAspect(shapes: readonly ShapeInput[]): number {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(shapes, (longitude, latitude) => {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  });
  if (!(east > west && north > south)) return 1;
  const projection = englandProjection();
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  const steps = 16;
  for (let step = 0; step <= steps; step++) {
    const t = step / steps;
    for (const position of [
      [west + (east - west) * t, south],
      [west + (east - west) * t, north],
      [west, south + (north - south) * t],
      [east, south + (north - south) * t],
    ] as [number, number][]) {
      const [x, y] = projection(position) ?? [NaN, NaN];
      [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
    }
  }
  return right > left ? (bottom - top) / (right - left) : 1;
}

/**
 * Fits the projection to the areas in focus: full width, and a height that follows their shape
 * within sensible limits. One pass over the outlines (fitExtent's); the frame's shape comes from
 * `estimatedAspect`.
 */
export function fitToAreas(focus: readonly ShapeInput[], width = MAP_WIDTH): { projection: GeoConicProjection; width: number; height: number } {
  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: focus.map((shape) => shape.feature) };
  const inner = width - 2 * PADDING;
  const natural = (inner * estimatedAspect(focus) + 2 * PADDING) / width;
  const aspect = Math.min(ASPECT_LIMITS[1], Math.max(ASPECT_LIMITS[0], Number.isFinite(natural) ? natural : 1));
  const height = Math.round(width * aspect);
  const projection = englandProjection().fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    collection,
  );
  return { projection, width, height };
}

/** A drawn area whose centroid and bounds are worked out only when first asked for (the label, the tooltip, the arrow keys). */
class LazyArea implements ProjectedArea {
  private centre?: [number, number];
  private box?: [[number, number], [number, number]];

  constructor(
    readonly code: string,
    readonly d: string,
    private readonly feature: Area,
    private readonly path: GeoPath,
  ) {}

  get centroid(): [number, number] {
    return (this.centre ??= this.path.centroid(this.feature));
  }

  get bounds(): [[number, number], [number, number]] {
    return (this.box ??= this.path.bounds(this.feature));
  }
}

/**
 * Projects the areas to draw, fitting the map to them, with the lines drawn over them. Path data
 * keeps one decimal place of a 1000-unit map: far finer than a pixel, and a third of the text of
 * d3's default.
 */
export function mapGeometry(input: {
  shapes: readonly ShapeInput[];
  borders: MultiLineString | Feature<Polygon | MultiPolygon>;
  outline: MultiLineString | Feature<Polygon | MultiPolygon>;
}): MapGeometry {
  const { projection, width, height } = fitToAreas(input.shapes);
  const path = geoPath(projection).digits(1);
  const areas = new Map<string, ProjectedArea>();
  for (const { code, feature } of input.shapes) areas.set(code, new LazyArea(code, path(feature) ?? '', feature, path));
  return { width, height, areas, borders: path(input.borders) ?? '', outline: path(input.outline) ?? '' };
}

/** How values become colours. */
export type ScaleKind = 'quantile' | 'continuous';

/** One class of a quantile scale: values from `lower` up to (not including, except in the last) `upper`. */
export interface ColourClass {
  lower: number;
  upper: number;
  colour: string;
}

export interface ValueScale {
  kind: ScaleKind;
  /** The colour of a value. */
  colourOf(value: number): string;
  /** The quantile classes, lowest values first; empty for a continuous scale. */
  classes: ColourClass[];
  /** The lowest and highest values. */
  domain: [number, number];
  /** Colours along the domain, lowest value first (the continuous legend's gradient). */
  stops: string[];
  /** What darker means, in words for the legend. */
  darker: string;
}

/**
 * Sequential ramps, light to dark, each a steady step in lightness (CIE L* about 94, 81, 67, 50 and
 * 30), so that they read in order in greyscale and with any colour-vision deficiency. Orange-brown
 * for indicators where one direction is worse (the verdicts' "worse" hue); purple where neither is
 * (the verdicts' "higher or lower" hue).
 */
export const RAMPS = {
  worse: ['#fbead2', '#f5c28e', '#e48f52', '#bf5b22', '#7f3510'],
  neutral: ['#eeeaf5', '#c9bce0', '#a08bc8', '#7459a8', '#462e78'],
} as const;

/** How an indicator reads, as the colour scale needs it: which way is worse, and worse for whom. */
export interface ScaleReading {
  /** Which direction means more pressure (or worse for children); none for a council's own indicator with no direction stated. */
  worseWhen?: ReadingDirection;
  reads: ReadingKind;
}

/** Which ramp, which way round, and the legend's words, for an indicator's reading: darker is always worse. */
export function rampFor(reading: ScaleReading): { ramp: readonly string[]; darkerIsLower: boolean; darker: string } {
  const worse = reading.reads === 'pressure' ? 'Darker means more pressure on families' : 'Darker means children fare worse';
  switch (reading.worseWhen) {
    case 'higher':
      return { ramp: RAMPS.worse, darkerIsLower: false, darker: `${worse}: a higher figure.` };
    case 'lower':
      return { ramp: RAMPS.worse, darkerIsLower: true, darker: `${worse}: a lower figure.` };
    default:
      return { ramp: RAMPS.neutral, darkerIsLower: false, darker: 'Darker is higher. The council’s file does not say which way means more pressure.' };
  }
}

/**
 * The colour scale for a set of values: `quantile` puts the same number of authorities in each of
 * `classes` classes; `continuous` runs the ramp smoothly from the lowest value to the highest.
 * Returns undefined when there is no value to scale.
 */
export function valueScale(values: readonly number[], reading: ScaleReading, kind: ScaleKind = 'quantile', classes = 5): ValueScale | undefined {
  const finite = values.filter((value) => Number.isFinite(value));
  if (!finite.length) return undefined;
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const { ramp, darkerIsLower, darker } = rampFor(reading);
  const ordered = darkerIsLower ? [...ramp].reverse() : [...ramp];
  if (kind === 'continuous') {
    const along = scaleLinear<string>()
      .domain(ordered.map((_, index) => index / (ordered.length - 1)))
      .range(ordered)
      .clamp(true);
    const scale = scaleSequential((t: number) => along(t)).domain(high > low ? [low, high] : [low - 1, high + 1]);
    return { kind, colourOf: (value) => scale(value), classes: [], domain: [low, high], stops: ordered, darker };
  }
  const count = Math.max(2, Math.min(classes, ramp.length));
  const colours = (darkerIsLower ? [...ramp].slice(0, count).reverse() : [...ramp].slice(0, count)) as string[];
  const scale = scaleQuantile<string>().domain(finite).range(colours);
  const thresholds = scale.quantiles();
  const edges = [low, ...thresholds, high];
  const quantileClasses = colours.map((colour, index) => ({ lower: edges[index] ?? low, upper: edges[index + 1] ?? high, colour }));
  return { kind, colourOf: (value) => scale(value), classes: quantileClasses, domain: [low, high], stops: colours, darker };
}

/** Directions the arrow keys move in. */
export type Direction = 'up' | 'down' | 'left' | 'right';

const UNIT: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * The area an arrow key moves to: among the areas whose centroid lies ahead in that direction, the
 * one nearest, with sideways distance counting double so that the move stays close to the arrow's
 * line. Undefined when nothing lies that way.
 */
export function nearestInDirection(
  areas: Iterable<{ code: string; centroid: [number, number] }>,
  from: [number, number],
  direction: Direction,
): string | undefined {
  const [ux, uy] = UNIT[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const { code, centroid } of areas) {
    const dx = centroid[0] - from[0];
    const dy = centroid[1] - from[1];
    const ahead = dx * ux + dy * uy;
    if (ahead <= 0.5) continue;
    const aside = Math.abs(dx * uy - dy * ux);
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = code;
    }
  }
  return best;
}

/** Where a label for an area goes: centred above it, or below when there is no room above, kept inside the map. */
export function labelPlacement(
  area: ProjectedArea,
  map: { width: number; height: number },
): { x: number; y: number; anchor: 'start' | 'middle' | 'end'; side: 'above' | 'below' } {
  const [[left, top], [right, bottom]] = area.bounds;
  const middle = (left + right) / 2;
  const side = top > map.height * 0.08 ? 'above' : 'below';
  const y = side === 'above' ? top : bottom;
  if (middle < map.width * 0.2) return { x: Math.max(left, 0), y, anchor: 'start', side };
  if (middle > map.width * 0.8) return { x: Math.min(right, map.width), y, anchor: 'end', side };
  return { x: middle, y, anchor: 'middle', side };
}
