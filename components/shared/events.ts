/**
 * The events oat-* elements fire: one home for their detail types and their entries in
 * `HTMLElementEventMap`, so a page's `addEventListener('oat-area-change', …)` is typed, and no element
 * has to import another to name them.
 */

/** Detail of `oat-area-change`: fired by the area picker (and so by an assessment) and by the choropleth when a reader chooses an area. */
export interface AreaChangeDetail {
  /** The area's ONS code, e.g. `E06000009`. */
  code: string;
  /** The area's name, e.g. `Blackpool`. */
  name: string;
}

/** Detail of `oat-indicator-select`: fired by the opportunity map when a reader chooses a segment. */
export interface IndicatorSelectDetail {
  /** The indicator's slug, e.g. `household-overcrowding`. */
  indicator: string;
  /** The area's ONS code. */
  area: string;
}

/** The name of the area-change event. */
export const AREA_CHANGE = 'oat-area-change';
/** The name of the indicator-select event. */
export const INDICATOR_SELECT = 'oat-indicator-select';

/** A bubbling, composed `oat-area-change` event: it leaves the shadow root so the page and a provider hear it. */
export function areaChange(detail: AreaChangeDetail): CustomEvent<AreaChangeDetail> {
  return new CustomEvent<AreaChangeDetail>(AREA_CHANGE, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'oat-area-change': CustomEvent<AreaChangeDetail>;
    'oat-indicator-select': CustomEvent<IndicatorSelectDetail>;
  }
}
