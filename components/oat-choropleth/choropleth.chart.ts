import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Verdict } from '../../src/model.js';
import type { MapGeometry } from '../../src/charts/choropleth.js';

/**
 * The choropleth's SVG pieces as Lit templates. They take geometry and colours already worked out
 * (see src/charts/choropleth.ts) and import no map code, so they cost the main bundle very little.
 */

/** Size of one pattern tile, in CSS pixels. */
const TILE = 8;
/** The dots' tile is larger, so that a map of mostly "better" areas is not a blizzard of dots. */
const DOT_TILE = 14;

/** The fill that stands for "no value": a hatch on the background, never a colour of the scale. */
export const NO_DATA_FILL = 'no-data';

/** The id of a pattern; `set` keeps the map's patterns apart from the legend's. */
export const patternId = (set: 'map' | 'key', name: Verdict | typeof NO_DATA_FILL): string => `${set}-${name}`;

/** A `fill` value that paints with one of the patterns. */
export const patternFill = (set: 'map' | 'key', name: Verdict | typeof NO_DATA_FILL): string => `url(#${patternId(set, name)})`;

/**
 * The marks drawn over each verdict's colour, so that no verdict is told by colour alone: dots for
 * better, diagonal hatching for worse, none for similar, vertical lines for higher, horizontal lines
 * for lower, sparse crosses for not compared; no data is a grey hatch on the background.
 */
const MARKS: Record<Verdict, SVGTemplateResult | typeof nothing> = {
  better: svg`<circle class="mark-dot" cx=${DOT_TILE / 4} cy=${DOT_TILE / 4} r="1.3"></circle><circle class="mark-dot" cx=${(DOT_TILE * 3) / 4} cy=${(DOT_TILE * 3) / 4} r="1.3"></circle>`,
  worse: svg`<path class="mark-line" d=${`M-1 1L1 -1M0 ${TILE}L${TILE} 0M${TILE - 1} ${TILE + 1}L${TILE + 1} ${TILE - 1}`}></path>`,
  similar: nothing,
  higher: svg`<path class="mark-line" d=${`M${TILE / 2} 0V${TILE}`}></path>`,
  lower: svg`<path class="mark-line" d=${`M0 ${TILE / 2}H${TILE}`}></path>`,
  'not-compared': svg`<path class="mark-cross" d=${`M${TILE / 2 - 1.5} ${TILE / 2}h3M${TILE / 2} ${TILE / 2 - 1.5}v3`}></path>`,
  'no-data': svg`<path class="mark-hatch" d=${`M-1 1L1 -1M0 ${TILE}L${TILE} 0M${TILE - 1} ${TILE + 1}L${TILE + 1} ${TILE - 1}`}></path>`,
};

const tileOf = (verdict: Verdict) => (verdict === 'better' ? DOT_TILE : TILE);

/**
 * The patterns, each a tile of the verdict's colour with its marks. `scale` turns tile pixels into
 * the user units of the SVG that uses them, so the marks keep their size on a map of any width.
 */
export function patternDefs(set: 'map' | 'key', scale = 1): SVGTemplateResult {
  const transform = scale === 1 ? nothing : `scale(${scale.toFixed(3)})`;
  return svg`<defs>
    ${(Object.keys(MARKS) as Verdict[]).map(
      (verdict) => svg`<pattern id=${patternId(set, verdict)} class="pattern" data-verdict=${verdict} patternUnits="userSpaceOnUse"
        width=${tileOf(verdict)} height=${tileOf(verdict)} patternTransform=${transform}>
        <rect class="pattern-ground" width=${tileOf(verdict)} height=${tileOf(verdict)}></rect>${MARKS[verdict]}
      </pattern>`,
    )}
  </defs>`;
}

/** One authority as drawn: what the path needs beyond its geometry. */
export interface DrawnArea {
  code: string;
  /** A colour, or a `url(#…)` pattern. */
  fill: string;
  verdict: Verdict;
  /** The accessible name: the area, its figure and its verdict. */
  label: string;
}

/**
 * Every authority as a focusable path. Only `tabStop` is in the tab order (the map is one tab stop);
 * the arrow keys move between areas. The chosen area has `aria-current`.
 */
export function areaPaths(geometry: MapGeometry, areas: readonly DrawnArea[], tabStop: string | undefined, chosen: string | undefined): SVGTemplateResult {
  return svg`${areas.map((area) => {
    const projected = geometry.areas.get(area.code);
    if (!projected) return nothing;
    return svg`<path class="area" part="area" role="button" data-code=${area.code} data-verdict=${area.verdict}
      d=${projected.d} fill=${area.fill} tabindex=${area.code === tabStop ? '0' : '-1'}
      aria-label=${area.label} aria-current=${area.code === chosen ? 'true' : nothing}></path>`;
  })}`;
}

/** The lines over the areas: region borders, and England's coast or the zoomed region's edge. */
export function borderLines(geometry: MapGeometry): SVGTemplateResult {
  return svg`<path class="borders" d=${geometry.borders}></path><path class="outline" d=${geometry.outline}></path>`;
}

/**
 * An outline drawn over every area (so that neighbours cannot hide it): `kind` says which –
 * the chosen area, the one under the pointer or the one with keyboard focus.
 */
export function highlight(geometry: MapGeometry, code: string | undefined, kind: 'chosen' | 'hover' | 'focus'): SVGTemplateResult | typeof nothing {
  const d = code ? geometry.areas.get(code)?.d : undefined;
  if (!d) return nothing;
  return kind === 'hover'
    ? svg`<path class="highlight hover" d=${d}></path>`
    : svg`<path class="highlight ${kind}-halo" d=${d}></path><path class="highlight ${kind}" part=${kind === 'chosen' ? 'chosen' : nothing} d=${d}></path>`;
}

/**
 * Dashed outlines of the chosen council's statistical neighbours, over every area, under the chosen
 * council's own outline.
 */
export function neighbourOutlines(geometry: MapGeometry, codes: readonly string[]): SVGTemplateResult {
  return svg`${codes.map((code) => {
    const d = geometry.areas.get(code)?.d;
    return d
      ? svg`<path class="highlight neighbour-halo" d=${d}></path><path class="highlight neighbour" part="neighbour" data-code=${code} d=${d}></path>`
      : nothing;
  })}`;
}

/** The legend's sample of a neighbour's outline. */
export function neighbourSwatch(): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false"><rect class="neighbour" x="1.5" y="1.5" width="21" height="13"></rect></svg>`;
}

/** A legend swatch: a small square in a colour or pattern. */
export function swatch(fill: string): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="23" height="15" fill=${fill}></rect></svg>`;
}

/** The continuous legend's colour bar, from the lowest value (left) to the highest. */
export function gradientBar(stops: readonly string[]): TemplateResult {
  const last = Math.max(stops.length - 1, 1);
  return html`<svg class="gradient" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <defs><linearGradient id="key-gradient">
      ${stops.map((colour, index) => svg`<stop offset=${`${((index / last) * 100).toFixed(1)}%`} stop-color=${colour}></stop>`)}
    </linearGradient></defs>
    <rect width="100" height="12" fill="url(#key-gradient)"></rect>
  </svg>`;
}
