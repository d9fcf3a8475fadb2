import { expect } from '@open-wc/testing';
import { checkBoundaries, decodeBoundaries, loadBoundaries, type Boundaries } from './boundaries.js';
import { BOUNDARIES_URL } from './boundaries-url.js';
import { RAMPS, englandProjection, labelPlacement, mapGeometry, nearestInDirection, valueScale, type ProjectedArea } from './choropleth.js';
import { SourceError } from '../sources/errors.js';

let boundaries: Boundaries;

before(async () => {
  boundaries = await loadBoundaries();
});

/** The numbers in a path string, as [x, y] pairs. */
function points(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const pairs: [number, number][] = [];
  for (let index = 0; index + 1 < numbers.length; index += 2) pairs.push([numbers[index]!, numbers[index + 1]!]);
  return pairs;
}

describe('boundaries', () => {
  it('decodes the shipped file: 153 authorities in nine regions, with the attribution', () => {
    expect(boundaries.authorities).to.have.length(153);
    expect(boundaries.regions).to.have.length(9);
    expect(new Set(boundaries.authorities.map((shape) => shape.region)).size).to.equal(9);
    expect(boundaries.authorities.find((shape) => shape.code === 'E09000008')).to.include({ name: 'Croydon', region: 'E12000007' });
    expect(boundaries.attribution).to.contain('Contains OS data © Crown copyright and database right 2023');
    expect(boundaries.regionBorders.coordinates.length).to.be.above(0);
  });

  it('loads once per page however many maps ask', async () => {
    expect(loadBoundaries()).to.equal(loadBoundaries());
    expect(await loadBoundaries()).to.equal(boundaries);
  });

  it('refuses a file that is not a boundary file, with a message for the reader', () => {
    expect(() => checkBoundaries({ type: 'Topology' }, BOUNDARIES_URL)).to.throw(SourceError, /boundary file is not in the expected format/);
    const broken = JSON.parse(
      JSON.stringify({
        format: 'oat-boundaries/1',
        type: 'Topology',
        attribution: '',
        arcs: [],
        objects: {
          utla: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'E1', properties: { name: 'x' }, arcs: [[0]] }] },
          region: { type: 'GeometryCollection', geometries: [] },
        },
      }),
    );
    expect(() => decodeBoundaries(checkBoundaries(broken, BOUNDARIES_URL))).to.throw(SourceError, /outline of E1/);
  });
});

describe('map geometry', () => {
  it('draws every authority inside the map, in an England-shaped frame', () => {
    const geometry = mapGeometry({ shapes: boundaries.authorities, borders: boundaries.regionBorders, outline: boundaries.outline });
    expect(geometry.width).to.equal(1000);
    expect(geometry.height / geometry.width).to.be.within(1.05, 1.3);
    expect(geometry.areas.size).to.equal(153);
    for (const area of geometry.areas.values()) {
      expect(area.d, area.code).to.match(/^M/);
      for (const [x, y] of points(area.d)) {
        expect(x, area.code).to.be.within(-0.5, geometry.width + 0.5);
        expect(y, area.code).to.be.within(-0.5, geometry.height + 0.5);
      }
    }
    // North is up and west is left: Northumberland above Cornwall, Cornwall left of Kent.
    const at = (code: string) => geometry.areas.get(code)!.centroid;
    expect(at('E06000057')[1]).to.be.below(at('E06000052')[1]);
    expect(at('E06000052')[0]).to.be.below(at('E10000016')[0]);
  });

  it('zooms to a region by fitting the projection to its authorities', () => {
    const london = boundaries.authorities.filter((shape) => shape.region === 'E12000007');
    const zoomed = mapGeometry({ shapes: london, borders: boundaries.regions.find((r) => r.code === 'E12000007')!.feature, outline: boundaries.outline });
    const full = mapGeometry({ shapes: boundaries.authorities, borders: boundaries.regionBorders, outline: boundaries.outline });
    expect(zoomed.areas.size).to.equal(33);
    const width = (area: ProjectedArea) => area.bounds[1][0] - area.bounds[0][0];
    expect(width(zoomed.areas.get('E09000008')!)).to.be.above(8 * width(full.areas.get('E09000008')!));
  });

  it('uses an equal-area conic centred on 2° W', () => {
    const projection = englandProjection();
    expect(projection.rotate()[0]).to.equal(2);
    expect(projection.parallels()).to.deep.equal([50, 56]);
  });
});

describe('colour scales', () => {
  const values = Array.from({ length: 100 }, (_, index) => index + 1);

  it('quantile: five classes holding a fifth of the values each, lowest first', () => {
    const scale = valueScale(values, { worseWhen: 'higher', reads: 'pressure' })!;
    expect(scale.classes).to.have.length(5);
    expect(scale.classes[0]!.lower).to.equal(1);
    expect(scale.classes[4]!.upper).to.equal(100);
    const counts = scale.classes.map((band) => values.filter((value) => scale.colourOf(value) === band.colour).length);
    expect(counts).to.deep.equal([20, 20, 20, 20, 20]);
    // A higher figure means more pressure: the highest values get the darkest colour of the "worse" ramp.
    expect(scale.colourOf(100)).to.equal(RAMPS.worse[4]);
    expect(scale.colourOf(1)).to.equal(RAMPS.worse[0]);
    expect(scale.darker).to.equal('Darker means more pressure on families: a higher figure.');
  });

  it('turns the ramp round when a lower figure is worse, and uses the neutral ramp without a stated direction', () => {
    const good = valueScale(values, { worseWhen: 'lower', reads: 'outcome' })!;
    expect(good.colourOf(1)).to.equal(RAMPS.worse[4]);
    expect(good.colourOf(100)).to.equal(RAMPS.worse[0]);
    expect(good.darker).to.equal('Darker means children fare worse: a lower figure.');
    const neutral = valueScale(values, { reads: 'pressure' })!;
    expect(neutral.colourOf(100)).to.equal(RAMPS.neutral[4]);
    expect(neutral.darker).to.contain('does not say which way means more pressure');
  });

  it('continuous: runs the ramp from the lowest value to the highest', () => {
    const scale = valueScale([10, 20, 30], { worseWhen: 'higher', reads: 'pressure' }, 'continuous')!;
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
    expect(scale.colourOf(10)).to.equal(rgb(RAMPS.worse[0]));
    expect(scale.colourOf(30)).to.equal(rgb(RAMPS.worse[4]));
    expect(scale.colourOf(20)).to.equal(rgb(RAMPS.worse[2]));
    expect(scale.classes).to.deep.equal([]);
    expect(scale.domain).to.deep.equal([10, 30]);
  });

  it('has nothing to scale without values', () => {
    expect(valueScale([], { worseWhen: 'higher', reads: 'pressure' })).to.equal(undefined);
    expect(valueScale([Number.NaN], { worseWhen: 'higher', reads: 'pressure' }, 'continuous')).to.equal(undefined);
  });
});

describe('keyboard moves and labels', () => {
  const grid = [
    { code: 'centre', centroid: [50, 50] as [number, number] },
    { code: 'north', centroid: [52, 10] as [number, number] },
    { code: 'north-east', centroid: [90, 20] as [number, number] },
    { code: 'east', centroid: [80, 55] as [number, number] },
    { code: 'far-east', centroid: [140, 50] as [number, number] },
    { code: 'west', centroid: [10, 50] as [number, number] },
  ];

  it('moves to the nearest area ahead, keeping close to the arrow’s line', () => {
    expect(nearestInDirection(grid, [50, 50], 'up')).to.equal('north');
    expect(nearestInDirection(grid, [50, 50], 'right')).to.equal('east');
    expect(nearestInDirection(grid, [50, 50], 'left')).to.equal('west');
    expect(nearestInDirection(grid, [10, 50], 'left')).to.equal(undefined);
    expect(nearestInDirection(grid, [80, 55], 'right')).to.equal('far-east');
  });

  it('puts the label above an area, or below it at the top edge, and inside the map', () => {
    const map = { width: 1000, height: 1000 };
    const area = (left: number, top: number): ProjectedArea => ({
      code: 'x',
      d: '',
      centroid: [left + 5, top + 5],
      bounds: [
        [left, top],
        [left + 10, top + 10],
      ],
    });
    expect(labelPlacement(area(500, 500), map)).to.deep.equal({ x: 505, y: 500, anchor: 'middle', side: 'above' });
    expect(labelPlacement(area(500, 20), map)).to.include({ side: 'below', y: 30 });
    expect(labelPlacement(area(5, 500), map)).to.include({ anchor: 'start', x: 5 });
    expect(labelPlacement(area(960, 500), map)).to.include({ anchor: 'end', x: 970 });
  });
});
