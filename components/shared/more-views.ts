import { html, nothing, type TemplateResult } from 'lit';
import type { ComparatorChoice } from '../../src/view-models/comparator-view.js';
import type { IndicatorView } from '../../src/view-models/indicator-view.js';

/**
 * The parts of an indicator that are fetched only when shown: its trend over time (`<oat-trend>`) and
 * its comparison with a region or neighbours (`<oat-comparison>`). Their code, and the trend's figures,
 * load only once they are shown, so a page without them never downloads either.
 */

/**
 * The "Trend over time" button of an indicator with figures in the snapshot (for England, a region or a
 * council), and once it is pressed the trend itself: only then are `<oat-trend>`'s code and the area's
 * earlier figures fetched. `onToggle` should re-render with `open` set.
 */
export function trendDisclosure(
  view: IndicatorView,
  choice: ComparatorChoice,
  open: boolean,
  onToggle: (open: boolean) => void,
): TemplateResult | typeof nothing {
  if (view.area.kind === 'sub-area' || !view.local || view.local.missing?.reason === 'no-snapshot-data') return nothing;
  if (open) void import('../oat-trend/define.js');
  return html`<button type="button" class="toggle trend-toggle" part="trend-toggle" aria-expanded=${open ? 'true' : 'false'} @click=${() => onToggle(!open)}>
      Trend over time<span class="visually-hidden">: ${view.definition.shortTitle}</span></button
    >${
      open
        ? html`<oat-trend part="trend" .data=${view} comparator=${choice.comparator ?? nothing} neighbours-list=${choice.list ?? nothing}></oat-trend>`
        : nothing
    }`;
}

/** The comparison with a region or neighbours, when the reader chose one: `clause`, `summary`, `full`, or `group` (which councils). */
export function comparison(view: IndicatorView | undefined, layout: 'clause' | 'summary' | 'full' | 'group'): TemplateResult | typeof nothing {
  if (!view?.comparator) return nothing;
  void import('../oat-comparison/define.js');
  return html`<oat-comparison part="comparison" view=${layout} .data=${view}></oat-comparison>`;
}
