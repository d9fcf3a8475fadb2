// Long because the opportunity map's geometry is one calculation – sectors, segments, scale rings and
// labels placed without overlaps – whose parts depend on each other.
import { arc } from 'd3-shape';
import { radialScale } from './linear.js';
import { gapPercent } from './gap.js';

export { gapPercent };

/**
 * The geometry of the opportunity map: the four domains as sectors of a ring, each indicator a
 * segment whose length shows how far the area is from England, with labels, legend and source placed
 * around it. Everything here is numbers and path strings; nothing touches the DOM.
 *
 * Angles are in radians, clockwise from 12 o'clock (d3-shape's convention). Ring coordinates (paths,
 * label and leader positions) are relative to the ring's centre; `centre` gives where that is in the
 * picture, and `tip` points are already in picture coordinates.
 */

/** Differences from England at or beyond this percentage reach the outer ring. */
export const GAP_CAP = 50;

/** Measures the width of a line of text at a font size, in the same units as the picture. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/** Rough advance widths of a Helvetica-like face, in ems, for laying out text where nothing can be measured. */
function advance(char: string): number {
  if (/[ijl.,:;'’|!()[\]]/.test(char)) return 0.26;
  if (/[ frt\-–]/.test(char)) return 0.31;
  if (/[mw]/.test(char)) return 0.8;
  if (/[MW]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.68;
  if (/[0-9%]/.test(char)) return char === '%' ? 0.89 : 0.56;
  return 0.54;
}

/** An estimate of a text's width, a little generous, for tests and for drawing without a browser. */
export const estimateWidth: Measure = (text, fontSize, bold = false) => {
  let ems = 0;
  for (const char of text) ems += advance(char);
  return ems * fontSize * (bold ? 1.08 : 1);
};

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces. A single word wider than the
 * line is kept whole on a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure = estimateWidth, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate, fontSize, bold) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * How far out a segment reaches for a difference from England: the inner ring for none, the outer
 * ring for {@link GAP_CAP}% or more. The scale is radial, so a segment's area (not just its length)
 * grows in step with the difference and a long segment is not over-weighted.
 */
export function gapRadius(gap: number, innerRadius: number, outerRadius: number): number {
  const scale = radialScale([0, GAP_CAP], [innerRadius, outerRadius]);
  return scale(Math.max(0, Number.isFinite(gap) ? gap : GAP_CAP));
}

/** A block of text: the first line's baseline at `y`, later lines `lineHeight` below. */
export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
}

export interface MapSegmentInput {
  id: string;
  /** The short label shown beside the ring. */
  label: string;
  /** Percentage difference from England ({@link gapPercent}); null draws a minimal stub. */
  gap: number | null;
}

export interface MapDomainInput {
  id: string;
  title: string;
  segments: MapSegmentInput[];
}

export interface MapLegendInput {
  /** One swatch per key, e.g. per verdict, with its words. */
  items: { key: string; text: string }[];
  /** Sentences under the swatches, e.g. how to read the lengths. */
  notes: string[];
}

export interface MapLayoutInput {
  title: string;
  subtitle: string;
  domains: MapDomainInput[];
  legend: MapLegendInput;
  source: string;
  /** Width of the picture. The full layout is drawn for 600; narrower widths get the compact layout. */
  width?: number;
  /** Whether to place indicator labels and domain headings beside the ring; false for the compact layout. */
  labels?: boolean;
  measure?: Measure;
}

export interface SegmentShape {
  id: string;
  domain: string;
  /** Position in the model's order, 0 for the first indicator of the first domain. */
  index: number;
  startAngle: number;
  endAngle: number;
  midAngle: number;
  innerRadius: number;
  outerRadius: number;
  /** True when there was no difference to draw and the segment is a minimal stub. */
  stub: boolean;
  /** True when the difference reached the cap and the segment touches the outer ring. */
  capped: boolean;
  /** The segment itself. */
  path: string;
  /** The whole wedge from the inner to the outer ring: the segment's track, hit area and focus outline. */
  track: string;
  /** Where a tooltip should point: the segment's outer end, in picture coordinates. */
  tip: { x: number; y: number };
  /** The label beside the ring and the leader line from the segment to it, when labels are drawn. */
  label?: TextBlock & { leader: string };
  /**
   * In the compact layout, where the labels do not fit beside the ring: where the segment's number
   * (its index + 1) goes, just outside the ring; the element lists the numbered labels under the picture.
   */
  number?: { x: number; y: number };
}

export interface SectorShape {
  id: string;
  title: string;
  /** The sector's share of the circle, from the middle of the gap before it to the middle of the gap after. */
  startAngle: number;
  endAngle: number;
  /** The thin band outside the segments that marks the domain's extent. */
  band: string;
  /** The domain's title above its labels, when labels are drawn. */
  heading?: TextBlock;
}

export interface LegendShape {
  heading: TextBlock;
  items: { key: string; x: number; y: number; width: number; height: number; text: TextBlock }[];
  notes: TextBlock[];
}

export interface MapLayout {
  width: number;
  height: number;
  centre: { x: number; y: number };
  innerRadius: number;
  outerRadius: number;
  /** Reference rings: the inner ring (England), the midpoint of the scale and the outer ring. */
  rings: { gap: number; radius: number; label: string }[];
  sectors: SectorShape[];
  segments: SegmentShape[];
  title: TextBlock;
  subtitle: TextBlock;
  legend: LegendShape;
  source: TextBlock;
}

/** Sizes of the full and compact layouts. */
export const FULL_WIDTH = 600;
export const COMPACT_WIDTH = 340;
const MARGIN = 16;
const LABEL_SIZE = 12;
/** In the compact layout, the room outside the ring for each segment's number, and the number's size. */
const NUMBER_ROOM = 26;
export const NUMBER_SIZE = 11;
const LABEL_LINE = 13.5;
const HEADING_SIZE = 12;
const HEADING_LINE = 14;
/** The clear space at 12 o'clock, where the scale is labelled. */
const TOP_GAP = (11 * Math.PI) / 180;
/** The clear space between two domains. */
const SECTOR_GAP = (3.5 * Math.PI) / 180;
/** Space between neighbouring segments, in picture units. */
const SEGMENT_GAP = 1.5;
/** How far out a stub reaches. */
const STUB = 5;
/** The least length of a segment that has a difference to show, so its colour and pattern can be seen. */
const MIN_BAR = 3;

interface Stackable {
  desired: number;
  height: number;
  gapBefore: number;
}

/**
 * Stacks blocks in a column in their given order, each as near its wanted top as it can be without
 * overlapping its neighbours: the least-squares placement under the ordering constraints, found by
 * pooling adjacent violators.
 */
export function stackBlocks(items: readonly Stackable[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  items.forEach((item, i) => {
    if (i > 0) offset += (items[i - 1]?.height ?? 0) + item.gapBefore;
    offsets.push(offset);
  });
  const pools: { sum: number; count: number }[] = [];
  items.forEach((item, i) => {
    pools.push({ sum: item.desired - (offsets[i] ?? 0), count: 1 });
    for (;;) {
      const last = pools[pools.length - 1];
      const before = pools[pools.length - 2];
      if (!last || !before || before.sum / before.count <= last.sum / last.count) break;
      pools.pop();
      before.sum += last.sum;
      before.count += last.count;
    }
  });
  const tops: number[] = [];
  for (const pool of pools) {
    for (let k = 0; k < pool.count; k++) tops.push(pool.sum / pool.count + (offsets[tops.length] ?? 0));
  }
  return tops;
}

const polar = (radius: number, angle: number) => ({ x: radius * Math.sin(angle), y: -radius * Math.cos(angle) });
const round = (n: number) => Math.round(n * 100) / 100;

interface ArcSpec {
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
}

/** Lays out the whole picture. */
export function opportunityMap(input: MapLayoutInput): MapLayout {
  const measure = input.measure ?? estimateWidth;
  const withLabels = input.labels ?? true;
  const width = input.width ?? (withLabels ? FULL_WIDTH : COMPACT_WIDTH);
  const half = width / 2;
  /** Leaders end at this distance from the centre, labels start just beyond, and may use the rest of the width. */
  const outerRadius = withLabels ? Math.round(half - 130) : Math.round(half - MARGIN - NUMBER_ROOM);
  const innerRadius = Math.round(outerRadius * 0.23);
  const columnX = outerRadius + 30;
  const columnWidth = half - columnX - 8;

  const segmentArc = arc<ArcSpec>()
    .padRadius(outerRadius)
    .padAngle(SEGMENT_GAP / outerRadius);
  const plainArc = arc<ArcSpec>();
  const path = (generator: typeof plainArc, spec: ArcSpec) => generator(spec) ?? '';

  // Angles: the top gap straddles 12 o'clock, the domains follow clockwise in the model's order.
  const count = input.domains.reduce((total, domain) => total + domain.segments.length, 0);
  const gaps = TOP_GAP + SECTOR_GAP * Math.max(input.domains.length - 1, 0);
  const step = count ? (2 * Math.PI - gaps) / count : 0;

  const sectors: SectorShape[] = [];
  const segments: SegmentShape[] = [];
  const labels: string[] = [];
  let angle = TOP_GAP / 2;
  input.domains.forEach((domain, d) => {
    const start = angle;
    const end = start + step * domain.segments.length;
    const isLast = d === input.domains.length - 1;
    sectors.push({
      id: domain.id,
      title: domain.title,
      startAngle: d === 0 ? 0 : start - SECTOR_GAP / 2,
      endAngle: isLast ? 2 * Math.PI : end + SECTOR_GAP / 2,
      band: path(plainArc, { innerRadius: outerRadius + 3, outerRadius: outerRadius + 6, startAngle: start, endAngle: end }),
    });
    domain.segments.forEach((segment, s) => {
      const startAngle = start + step * s;
      const endAngle = startAngle + step;
      const stub = segment.gap === null;
      const reach = stub ? innerRadius + STUB : Math.max(gapRadius(segment.gap ?? 0, innerRadius, outerRadius), innerRadius + MIN_BAR);
      const midAngle = (startAngle + endAngle) / 2;
      labels.push(segment.label);
      const tipPoint = polar(Math.max(reach, innerRadius + STUB) + 2, midAngle);
      segments.push({
        id: segment.id,
        domain: domain.id,
        index: segments.length,
        startAngle,
        endAngle,
        midAngle,
        innerRadius,
        outerRadius: reach,
        stub,
        capped: !stub && (segment.gap ?? 0) >= GAP_CAP,
        path: path(segmentArc, { innerRadius, outerRadius: reach, startAngle, endAngle }),
        track: path(segmentArc, { innerRadius, outerRadius, startAngle, endAngle }),
        tip: { x: tipPoint.x, y: tipPoint.y },
        ...(withLabels ? {} : { number: polar(outerRadius + 6 + NUMBER_ROOM / 2, midAngle) }),
      });
    });
    angle = end + SECTOR_GAP;
  });

  // Labels beside the ring: a column on each side, each label as level with its segment as its neighbours allow.
  let ringTop = -(outerRadius + 16);
  let ringBottom = outerRadius + 16;
  if (withLabels) {
    for (const side of ['right', 'left'] as const) {
      const mine = segments.filter((segment) => (side === 'right') === segment.midAngle < Math.PI);
      // Top to bottom: clockwise on the right, anticlockwise on the left.
      if (side === 'left') mine.reverse();
      const blocks: (Stackable & { segment?: SegmentShape; sector?: SectorShape; lines: string[] })[] = [];
      let previousDomain: string | undefined;
      for (const segment of mine) {
        const lines = wrapText(labels[segment.index] ?? segment.id, columnWidth, LABEL_SIZE, measure);
        const height = lines.length * LABEL_LINE;
        const anchorY = polar(outerRadius + 16, segment.midAngle).y;
        if (segment.domain !== previousDomain) {
          const sector = sectors.find((candidate) => candidate.id === segment.domain);
          const headingLines = wrapText(sector?.title ?? '', columnWidth, HEADING_SIZE, measure, true);
          const headingHeight = headingLines.length * HEADING_LINE;
          blocks.push({ desired: anchorY - height / 2 - headingHeight - 4, height: headingHeight, gapBefore: 12, sector, lines: headingLines });
          previousDomain = segment.domain;
        }
        blocks.push({ desired: anchorY - height / 2, height, gapBefore: blocks.length ? 4 : 0, segment, lines });
      }
      const tops = stackBlocks(blocks);
      const x = side === 'right' ? columnX : -columnX;
      const anchor = side === 'right' ? 'start' : 'end';
      blocks.forEach((block, i) => {
        const top = tops[i] ?? block.desired;
        ringTop = Math.min(ringTop, top);
        ringBottom = Math.max(ringBottom, top + block.height);
        if (block.sector) {
          block.sector.heading = {
            x,
            y: round(top + HEADING_SIZE * 0.85),
            lines: block.lines,
            fontSize: HEADING_SIZE,
            lineHeight: HEADING_LINE,
            anchor,
            bold: true,
          };
        } else if (block.segment) {
          const segment = block.segment;
          const centreY = top + block.height / 2;
          const from = polar(outerRadius + 9, segment.midAngle);
          const elbow = polar(outerRadius + 16, segment.midAngle);
          const end = side === 'right' ? columnX - 4 : -(columnX - 4);
          segment.label = {
            x,
            y: round(top + LABEL_SIZE * 0.85),
            lines: block.lines,
            fontSize: LABEL_SIZE,
            lineHeight: LABEL_LINE,
            anchor,
            leader: `M${round(from.x)},${round(from.y)}L${round(elbow.x)},${round(elbow.y)}L${round(end)},${round(centreY)}`,
          };
        }
      });
    }
  }

  // Title above the ring.
  const titleLines = wrapText(input.title, width - 2 * MARGIN, 17, measure, true);
  const title: TextBlock = { x: MARGIN, y: MARGIN + 14, lines: titleLines, fontSize: 17, lineHeight: 21, anchor: 'start', bold: true };
  const subtitleLines = wrapText(input.subtitle, width - 2 * MARGIN, 12, measure);
  const subtitleY = title.y + (titleLines.length - 1) * title.lineHeight + 19;
  const subtitle: TextBlock = { x: MARGIN, y: subtitleY, lines: subtitleLines, fontSize: 12, lineHeight: 15, anchor: 'start' };
  const headerBottom = subtitleY + (subtitleLines.length - 1) * subtitle.lineHeight + 12;

  const centre = { x: half, y: Math.round(headerBottom - ringTop + 8) };
  for (const segment of segments) segment.tip = { x: round(centre.x + segment.tip.x), y: round(centre.y + segment.tip.y) };

  // Legend below: swatches in columns, then the notes and the source line.
  let y = centre.y + ringBottom + 20;
  const legendHeading: TextBlock = { x: MARGIN, y: y + 12, lines: ['How to read the map'], fontSize: 12, lineHeight: 15, anchor: 'start', bold: true };
  y += 22;
  const columns = width >= 480 ? 2 : 1;
  const columnSpan = (width - 2 * MARGIN) / columns;
  const swatch = { width: 26, height: 14 };
  const rows = Math.ceil(input.legend.items.length / columns);
  const items: LegendShape['items'] = [];
  let rowTop = y;
  // Fill down the first column before the second, so the keys read in order; each column stacks on its own.
  for (let column = 0; column < columns; column++) {
    let top = y;
    for (const item of input.legend.items.slice(column * rows, (column + 1) * rows)) {
      const x = MARGIN + column * columnSpan;
      const lines = wrapText(item.text, columnSpan - swatch.width - 16, 12, measure);
      items.push({ key: item.key, x, y: top, ...swatch, text: { x: x + swatch.width + 8, y: top + 11, lines, fontSize: 12, lineHeight: 15, anchor: 'start' } });
      top += Math.max(swatch.height, lines.length * 15 - 3) + 7;
    }
    rowTop = Math.max(rowTop, top);
  }
  y = rowTop + 4;
  const notes: TextBlock[] = [];
  for (const note of input.legend.notes) {
    const lines = wrapText(note, width - 2 * MARGIN, 12, measure);
    notes.push({ x: MARGIN, y: y + 11, lines, fontSize: 12, lineHeight: 15, anchor: 'start' });
    y += lines.length * 15 + 4;
  }
  const sourceLines = wrapText(input.source, width - 2 * MARGIN, 10.5, measure);
  const source: TextBlock = { x: MARGIN, y: y + 16, lines: sourceLines, fontSize: 10.5, lineHeight: 13, anchor: 'start' };
  const height = Math.ceil(source.y + (sourceLines.length - 1) * source.lineHeight + MARGIN);

  return {
    width,
    height,
    centre,
    innerRadius,
    outerRadius,
    rings: [
      { gap: 0, radius: innerRadius, label: '0%' },
      { gap: GAP_CAP / 2, radius: round(gapRadius(GAP_CAP / 2, innerRadius, outerRadius)), label: `${GAP_CAP / 2}%` },
      { gap: GAP_CAP, radius: outerRadius, label: `${GAP_CAP}%+` },
    ],
    sectors,
    segments,
    title,
    subtitle,
    legend: { heading: legendHeading, items, notes },
    source,
  };
}
