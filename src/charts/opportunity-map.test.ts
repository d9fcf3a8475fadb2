import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../catalogue/catalogue.js';
import { DOMAINS } from '../catalogue/domains.js';
import {
  COMPACT_WIDTH,
  FULL_WIDTH,
  GAP_CAP,
  estimateWidth,
  gapPercent,
  gapRadius,
  opportunityMap,
  stackBlocks,
  wrapText,
  type MapLayoutInput,
  type TextBlock,
} from './opportunity-map.js';

const TWO_PI = 2 * Math.PI;

/** The catalogue's indicators by domain, with gaps that run through every case: none, small, over the cap. */
function catalogueInput(overrides: Partial<MapLayoutInput> = {}): MapLayoutInput {
  let i = 0;
  return {
    title: 'Croydon: family indicators compared with England',
    subtitle: 'Opportunity map · figures built 22 November 2026',
    domains: DOMAINS.map((domain) => ({
      id: domain.id,
      title: domain.title,
      segments: CATALOGUE.filter((entry) => entry.domain === domain.id).map((entry) => {
        const gap = i % 5 === 4 ? null : ([0, 12.5, 37, 140][i % 5] ?? 0);
        i++;
        return { id: entry.slug, label: entry.shortTitle, gap };
      }),
    })),
    legend: { items: [{ key: 'worse', text: 'Significantly worse than England' }], notes: ['Length: difference from England.'] },
    source: 'Source: Office for National Statistics. Contains public sector information licensed under the Open Government Licence v3.0.',
    ...overrides,
  };
}

/** The vertical extent of a text block, from the top of its first line to the bottom of its last. */
const extent = (block: TextBlock) => ({ top: block.y - block.fontSize, bottom: block.y + (block.lines.length - 1) * block.lineHeight + block.fontSize * 0.3 });

describe('gapPercent', () => {
  it('is the difference from England as a percentage of England, either way', () => {
    expect(gapPercent(10.4, 4.4)).to.be.closeTo(136.36, 0.01);
    expect(gapPercent(4.4, 10.4)).to.be.closeTo(57.69, 0.01);
    expect(gapPercent(7, 7)).to.equal(0);
  });

  it('is null without both figures and unbounded when England is zero', () => {
    expect(gapPercent(null, 4.4)).to.equal(null);
    expect(gapPercent(3, undefined)).to.equal(null);
    expect(gapPercent(Number.NaN, 4)).to.equal(null);
    expect(gapPercent(2, 0)).to.equal(Infinity);
    expect(gapPercent(0, 0)).to.equal(0);
  });
});

describe('gapRadius', () => {
  const [inner, outer] = [40, 170];

  it('runs from the inner ring at 0% to the outer ring at the cap, and no further', () => {
    expect(gapRadius(0, inner, outer)).to.equal(inner);
    expect(gapRadius(GAP_CAP, inner, outer)).to.be.closeTo(outer, 1e-9);
    expect(gapRadius(80, inner, outer)).to.be.closeTo(outer, 1e-9);
    expect(gapRadius(Infinity, inner, outer)).to.be.closeTo(outer, 1e-9);
  });

  it('gives 25% the radius that halves the ring’s area, so a segment’s area grows in step with the gap', () => {
    const r25 = gapRadius(25, inner, outer);
    expect(r25).to.be.closeTo(Math.sqrt((inner ** 2 + outer ** 2) / 2), 1e-9);
    // The annulus from the inner ring to 25% has the same area as the one from 25% to the outer ring.
    expect(r25 ** 2 - inner ** 2).to.be.closeTo(outer ** 2 - r25 ** 2, 1e-6);
    expect(gapRadius(10, inner, outer)).to.be.below(gapRadius(20, inner, outer));
  });
});

describe('wrapText and stackBlocks', () => {
  it('breaks text at spaces within the width, keeping an over-long word whole', () => {
    const lines = wrapText('Low life satisfaction at 15', 90, 12);
    expect(lines.join(' ')).to.equal('Low life satisfaction at 15');
    for (const line of lines) expect(estimateWidth(line, 12)).to.be.at.most(90);
    expect(wrapText('Supercalifragilistic', 20, 12)).to.deep.equal(['Supercalifragilistic']);
  });

  it('stacks blocks as near their wanted places as they can be without overlapping', () => {
    expect(
      stackBlocks([
        { desired: 0, height: 10, gapBefore: 0 },
        { desired: 50, height: 10, gapBefore: 2 },
      ]),
    ).to.deep.equal([0, 50]);
    // Two blocks wanting the same place share the displacement.
    expect(
      stackBlocks([
        { desired: 100, height: 10, gapBefore: 0 },
        { desired: 100, height: 10, gapBefore: 2 },
      ]),
    ).to.deep.equal([94, 106]);
  });
});

describe('opportunityMap', () => {
  it('divides the whole circle into the four domains in the model’s order, clockwise from the top', () => {
    const layout = opportunityMap(catalogueInput());
    expect(layout.sectors.map((sector) => sector.id)).to.deep.equal(DOMAINS.map((domain) => domain.id));
    expect(layout.sectors[0]!.startAngle).to.equal(0);
    expect(layout.sectors.at(-1)!.endAngle).to.be.closeTo(TWO_PI, 1e-9);
    for (let i = 1; i < layout.sectors.length; i++) expect(layout.sectors[i]!.startAngle).to.be.closeTo(layout.sectors[i - 1]!.endAngle, 1e-9);
    const covered = layout.sectors.reduce((total, sector) => total + (sector.endAngle - sector.startAngle), 0);
    expect(covered).to.be.closeTo(TWO_PI, 1e-9);
  });

  it('draws one segment per indicator, each inside its own domain’s sector, in the catalogue’s order', () => {
    const layout = opportunityMap(catalogueInput());
    expect(layout.segments).to.have.length(CATALOGUE.length);
    expect(layout.segments.map((segment) => segment.id)).to.deep.equal(
      DOMAINS.flatMap((domain) => CATALOGUE.filter((entry) => entry.domain === domain.id).map((entry) => entry.slug)),
    );
    for (const segment of layout.segments) {
      const sector = layout.sectors.find((candidate) => candidate.id === segment.domain)!;
      expect(segment.startAngle, segment.id).to.be.at.least(sector.startAngle);
      expect(segment.endAngle, segment.id).to.be.at.most(sector.endAngle);
      expect(segment.endAngle).to.be.above(segment.startAngle);
      expect(segment.path).to.match(/^M/);
    }
    // Clockwise: each segment starts after the one before.
    for (let i = 1; i < layout.segments.length; i++) expect(layout.segments[i]!.startAngle).to.be.above(layout.segments[i - 1]!.startAngle);
  });

  it('gives each segment the length of its gap, caps it at the outer ring and draws a stub where there is none', () => {
    const input = catalogueInput();
    const layout = opportunityMap(input);
    const gaps = input.domains.flatMap((domain) => domain.segments.map((segment) => segment.gap));
    layout.segments.forEach((segment, i) => {
      const gap = gaps[i];
      expect(segment.innerRadius).to.equal(layout.innerRadius);
      if (gap === null || gap === undefined) {
        expect(segment.stub, segment.id).to.equal(true);
        expect(segment.outerRadius - layout.innerRadius).to.be.within(3, 8);
      } else {
        expect(segment.stub).to.equal(false);
        expect(segment.outerRadius).to.be.closeTo(Math.max(gapRadius(gap, layout.innerRadius, layout.outerRadius), layout.innerRadius + 3), 1e-9);
        expect(segment.capped).to.equal(gap >= GAP_CAP);
      }
      expect(segment.outerRadius).to.be.at.most(layout.outerRadius);
    });
    expect(layout.rings.map((ring) => ring.label)).to.deep.equal(['0%', '25%', '50%+']);
  });

  it('places every label and heading inside the 600-wide picture without overlaps, each label beside its own segment', () => {
    const layout = opportunityMap(catalogueInput());
    expect(layout.width).to.equal(FULL_WIDTH);
    const blocks: { side: string; top: number; bottom: number }[] = [];
    for (const block of [...layout.segments.map((segment) => segment.label), ...layout.sectors.map((sector) => sector.heading)]) {
      expect(block).to.exist;
      if (!block) continue;
      const widest = Math.max(...block.lines.map((line) => estimateWidth(line, block.fontSize, block.bold)));
      const [left, right] = block.anchor === 'start' ? [block.x, block.x + widest] : [block.x - widest, block.x];
      expect(layout.centre.x + left, block.lines.join(' ')).to.be.at.least(0);
      expect(layout.centre.x + right, block.lines.join(' ')).to.be.at.most(layout.width);
      blocks.push({ side: block.anchor, ...extent(block) });
    }
    for (const side of ['start', 'end']) {
      const column = blocks.filter((block) => block.side === side).sort((a, b) => a.top - b.top);
      for (let i = 1; i < column.length; i++) expect(column[i]!.top, `${side} column, block ${i}`).to.be.at.least(column[i - 1]!.bottom);
    }
    for (const segment of layout.segments) {
      // Right-hand segments are labelled on the right, left-hand ones on the left.
      expect(segment.label!.anchor).to.equal(segment.midAngle < Math.PI ? 'start' : 'end');
    }
  });

  it('keeps the title above the ring and the legend and source below it', () => {
    const layout = opportunityMap(catalogueInput());
    const ringTop = layout.centre.y - layout.outerRadius;
    const ringBottom = layout.centre.y + layout.outerRadius;
    expect(extent(layout.subtitle).bottom).to.be.below(ringTop);
    expect(layout.legend.heading.y).to.be.above(ringBottom);
    expect(layout.source.y).to.be.above(layout.legend.notes.at(-1)!.y);
    expect(layout.height).to.be.above(extent(layout.source).bottom);
    for (const segment of layout.segments) {
      expect(segment.tip.x).to.be.within(0, layout.width);
      expect(segment.tip.y).to.be.within(ringTop - 10, ringBottom + 10);
    }
  });

  it('has a compact layout without labels for narrow containers', () => {
    const layout = opportunityMap(catalogueInput({ labels: false }));
    expect(layout.width).to.equal(COMPACT_WIDTH);
    expect(layout.segments.every((segment) => segment.label === undefined)).to.equal(true);
    expect(layout.sectors.every((sector) => sector.heading === undefined)).to.equal(true);
    expect(layout.centre.x + layout.outerRadius).to.be.at.most(layout.width);
  });
});
