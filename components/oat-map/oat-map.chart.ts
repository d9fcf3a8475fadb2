import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { COMPACT_WIDTH, FULL_WIDTH, NUMBER_SIZE, opportunityMap, type MapLayout, type Measure, type TextBlock } from '../../src/charts/opportunity-map.js';
import type { Verdict } from '../../src/model.js';
import type { MapView } from '../../src/view-models/opportunity-map-view.js';

/** The legend's words for each verdict, in the order the legend lists them: the opportunity first. */
export const LEGEND_ITEMS: readonly { key: Verdict; text: string }[] = [
  { key: 'worse', text: 'More pressure on families, or children faring worse, than England: the opportunity' },
  { key: 'similar', text: 'Similar to England' },
  { key: 'better', text: 'Less pressure, or children faring better, than England' },
  { key: 'higher', text: 'Higher than England (the council’s file states no direction)' },
  { key: 'lower', text: 'Lower than England (the council’s file states no direction)' },
  { key: 'not-compared', text: 'Not judged (the table says why)' },
  { key: 'no-data', text: 'No data, or no England figure (short stub)' },
];

/** Which legend keys a map needs: the three readings always, the others only when a segment has them. */
export function legendItemsFor(view: MapView): { key: Verdict; text: string }[] {
  const present = new Set(view.segments.map((segment) => segment.verdict));
  return LEGEND_ITEMS.filter((item) => ['worse', 'similar', 'better'].includes(item.key) || present.has(item.key));
}

/** How the verdicts were reached, as the legend states it. */
export const JUDGED_NOTE =
  'Judged against England by a 95% confidence interval where a count or interval exists; otherwise by the area’s position among England’s councils (the table says which).';

/** How to read the lengths, as the legend states it. */
export const SCALE_NOTE = 'Length: difference from England, 0% at the inner ring to 50% or more at the outer ring.';

/** Lays out the picture for a view: the full layout with labels, or the compact one for narrow containers. */
export function layoutFor(view: MapView, options: { compact: boolean; measure?: Measure }): MapLayout {
  const order = view.domains.map(({ domain }) => domain.title).join(' → ');
  return opportunityMap({
    title: `${view.area.name}: where families face more pressure than England’s`,
    subtitle: `Local Family Offer opportunity map · figures dated ${view.dataDate}`,
    domains: view.domains.map(({ domain, segments }) => ({
      id: domain.id,
      title: domain.title,
      segments: segments.map((segment) => ({ id: segment.slug, label: segment.label, gap: segment.gap })),
    })),
    legend: {
      items: legendItemsFor(view),
      notes: [SCALE_NOTE, JUDGED_NOTE, `Clockwise from the top, in the model’s order: ${order}.`],
    },
    source: view.sourceLine,
    width: options.compact ? COMPACT_WIDTH : FULL_WIDTH,
    labels: !options.compact,
    ...(options.measure ? { measure: options.measure } : {}),
  });
}

export interface MapChartOptions {
  /** Prefix for the ids inside the picture, unique on the page. */
  id: string;
  /** Index of the segment that takes the map's one tab stop; -1 for none (a picture to save). */
  active: number;
}

/**
 * Fills by verdict: a colour and a pattern each, so that no verdict is told by colour alone. The
 * opportunity – more pressure, or children faring worse – is the only solid, full-strength fill, so it
 * is the brightest thing on the map; better placed is hatched diagonally on a pale ground, similar
 * striped across on a pale ground, higher striped upright, lower cross-hatched, not judged dotted on a
 * pale ground; no data has no fill at all, only a dashed outline.
 */
function patterns(id: string): SVGTemplateResult {
  return svg`<defs>
    <pattern id="${id}-worse" data-verdict="worse" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="pattern-fill" width="6" height="6"></rect>
    </pattern>
    <pattern id="${id}-better" data-verdict="better" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect class="pattern-fill pale" width="6" height="6"></rect>
      <line class="pattern-ink tinted" x1="3" y1="0" x2="3" y2="6" stroke-width="2"></line>
    </pattern>
    <pattern id="${id}-similar" data-verdict="similar" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="pattern-fill pale" width="6" height="6"></rect>
      <line class="pattern-ink tinted" x1="0" y1="3" x2="6" y2="3" stroke-width="1.6"></line>
    </pattern>
    <pattern id="${id}-higher" data-verdict="higher" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="pattern-fill" width="6" height="6"></rect>
      <line class="pattern-ink" x1="3" y1="0" x2="3" y2="6" stroke-width="1.6"></line>
    </pattern>
    <pattern id="${id}-lower" data-verdict="lower" patternUnits="userSpaceOnUse" width="7" height="7">
      <rect class="pattern-fill" width="7" height="7"></rect>
      <path class="pattern-ink" d="M3.5 0V7M0 3.5H7" fill="none" stroke-width="1.3"></path>
    </pattern>
    <pattern id="${id}-not-compared" data-verdict="not-compared" patternUnits="userSpaceOnUse" width="5" height="5">
      <rect class="pattern-fill pale" width="5" height="5"></rect>
      <circle class="pattern-dot" cx="2.5" cy="2.5" r="1.1"></circle>
    </pattern>
  </defs>`;
}

/** The fill of a segment or swatch: its verdict's pattern, or none for no data (an outline alone). */
const fillFor = (id: string, verdict: Verdict) => (verdict === 'no-data' ? 'none' : `url(#${id}-${verdict})`);

function text(block: TextBlock | undefined, className: string, id?: string): SVGTemplateResult | typeof nothing {
  if (!block) return nothing;
  return svg`<text
    class=${className}
    id=${id ?? nothing}
    x=${block.x}
    y=${block.y}
    font-size=${block.fontSize}
    font-weight=${block.bold ? 700 : nothing}
    text-anchor=${block.anchor}
  >${block.lines.map((line, i) => svg`<tspan x=${block.x} dy=${i ? block.lineHeight : 0}>${line}</tspan>`)}</text>`;
}

/**
 * The whole picture: title, the ring of segments with their labels, legend and source line. Only the
 * segments take part in the accessibility tree (as buttons grouped by domain); the labels say the same
 * as their names, so they are hidden from assistive technology. Events are handled by the element
 * around the picture: Chromium makes an SVG element with focus listeners a tab stop of its own.
 */
export function mapChart(view: MapView, layout: MapLayout, options: MapChartOptions): TemplateResult {
  const { id, active } = options;
  const byIndex = layout.segments;
  const activeShape = byIndex[active] ?? byIndex[0];
  return html`<svg
    class="map"
    part="chart"
    viewBox="0 0 ${layout.width} ${layout.height}"
    width=${layout.width}
    height=${layout.height}
    role="group"
    aria-labelledby="${id}-title"
    data-compact=${layout.width < FULL_WIDTH ? 'true' : 'false'}
  >
    ${patterns(id)}
    <rect class="backdrop" width=${layout.width} height=${layout.height}></rect>
    ${text(layout.title, 'title-text', `${id}-title`)} ${text(layout.subtitle, 'subtitle-text')}
    <g class="ring" transform="translate(${layout.centre.x} ${layout.centre.y})">
      <g class="grid" aria-hidden="true">
        ${layout.rings.slice(1).map((ring) => svg`<circle class="grid-ring" r=${ring.radius}></circle>`)}
      </g>
      ${view.domains.map(
        ({ domain, segments }) => svg`<g class="domain" role="group" aria-label=${domain.title} data-domain=${domain.id}>
          ${segments.map((segment) => {
            const shape = byIndex.find((candidate) => candidate.id === segment.slug && candidate.domain === domain.id);
            if (!shape) return nothing;
            return svg`<g
              class="segment"
              role="button"
              tabindex=${shape.index === active ? 0 : -1}
              aria-label=${segment.name}
              data-indicator=${segment.slug}
              data-verdict=${segment.verdict}
              data-index=${shape.index}
              data-stub=${shape.stub ? 'true' : 'false'}
            >
              <path class="track" d=${shape.track}></path>
              <path class="bar" d=${shape.path} fill=${fillFor(id, segment.verdict)}></path>
            </g>`;
          })}
        </g>`,
      )}
      <g class="bands" aria-hidden="true">
        ${layout.sectors.map((sector) => svg`<path class="band" d=${sector.band}></path>`)}
      </g>
      <g class="scale" aria-hidden="true">
        <circle class="england-ring" r=${layout.innerRadius}></circle>
        <text class="centre-text" y="-2" font-size="10.5" text-anchor="middle">England</text>
        <text class="centre-text" y="11" font-size="10.5" text-anchor="middle">level</text>
        ${layout.rings.slice(1).map((ring) => svg`<text class="scale-text" y=${-ring.radius + 4} font-size="10" text-anchor="middle">${ring.label}</text>`)}
      </g>
      <g class="labels" aria-hidden="true">
        ${layout.sectors.map((sector) => text(sector.heading, 'heading-text'))}
        ${layout.segments.map((shape) =>
          shape.label
            ? svg`<path class="leader" d=${shape.label.leader}></path>${text(shape.label, 'label-text')}`
            : shape.number
              ? svg`<text class="number-text" x=${shape.number.x} y=${shape.number.y} font-size=${NUMBER_SIZE} text-anchor="middle" dominant-baseline="central">${shape.index + 1}</text>`
              : nothing,
        )}
      </g>
      <path class="focus-ring" d=${activeShape?.track ?? ''}></path>
      <path class="focus-ring-inner" d=${activeShape?.track ?? ''}></path>
    </g>
    <g class="legend">
      ${text(layout.legend.heading, 'legend-heading')}
      ${layout.legend.items.map(
        (item) => svg`<g class="legend-item" data-verdict=${item.key}>
          <rect
            class="swatch"
            aria-hidden="true"
            x=${item.x + 0.5}
            y=${item.y + 0.5}
            width=${item.width - 1}
            height=${item.height - 1}
            fill=${fillFor(id, item.key as Verdict)}
          ></rect>
          ${text(item.text, 'legend-text')}
        </g>`,
      )}
      ${layout.legend.notes.map((note) => text(note, 'legend-text'))}
    </g>
    ${text(layout.source, 'source-text')}
  </svg>`;
}
