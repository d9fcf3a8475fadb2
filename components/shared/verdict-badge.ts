import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Comparison, Verdict } from '../../src/model.js';
import { methodShortText, methodText, verdictShortText, verdictText } from '../../src/format/verdict.js';

/** A distinct shape for each verdict (in a 16 × 16 box), so the verdict never depends on colour alone. */
export const MARKERS: Record<Verdict, TemplateResult> = {
  better: svg`<circle cx="8" cy="8" r="7"></circle><path class="mark" d="M4.5 8.5l2.3 2.3 4.7-5"></path>`,
  worse: svg`<path d="M8 1l7.5 13.5h-15z"></path><path class="mark" d="M8 5.5v4.5M8 12v.5"></path>`,
  similar: svg`<rect x="1.5" y="1.5" width="13" height="13" rx="3"></rect><path class="mark" d="M4.5 6.5h7M4.5 9.5h7"></path>`,
  higher: svg`<path d="M8 1l7 7-7 7-7-7z"></path><path class="mark" d="M8 11.5v-7M5.5 7l2.5-2.5 2.5 2.5"></path>`,
  lower: svg`<path d="M8 1l7 7-7 7-7-7z"></path><path class="mark" d="M8 4.5v7M5.5 9l2.5 2.5 2.5-2.5"></path>`,
  'not-compared': svg`<circle class="hollow" cx="8" cy="8" r="6.5"></circle>`,
  'no-data': svg`<rect class="hollow dashed" x="1.5" y="1.5" width="13" height="13" rx="2"></rect>`,
};

/** Styles for the badge; include them in an element that renders `verdictBadge`. */
export const verdictBadgeStyles = css`
  .verdict {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.4em;
  }
  .verdict svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
    fill: var(--_verdict-color);
    stroke: none;
  }
  .verdict .mark {
    fill: none;
    stroke: var(--oat-color-on-verdict, #fff);
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .verdict .hollow {
    fill: none;
    stroke: var(--_verdict-color);
    stroke-width: 1.5;
  }
  .verdict .reason {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .how {
    display: block;
    margin-top: 0.2em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .verdict .dashed {
    stroke-dasharray: 2.5 2;
  }
  [data-verdict='better'] { --_verdict-color: var(--_better); }
  [data-verdict='worse'] { --_verdict-color: var(--_worse); }
  [data-verdict='similar'] { --_verdict-color: var(--_similar); }
  [data-verdict='higher'],
  [data-verdict='lower'] { --_verdict-color: var(--_higher-lower); }
  [data-verdict='not-compared'],
  [data-verdict='no-data'] { --_verdict-color: var(--_not-compared); }
  @media (forced-colors: active) {
    .verdict svg { fill: CanvasText; }
    .verdict .mark { stroke: Canvas; }
    .verdict .hollow { fill: none; stroke: CanvasText; }
  }
`;

/**
 * The verdict as a shape plus words. `short` gives the one- or two-word form for compact layouts (the
 * full sentence, and how it was judged, are then kept for screen readers); `how` adds the sentence
 * (or with `'brief'` the few words) saying how the verdict was reached (a test, the publisher's comparison or a position among councils),
 * as a sibling with the part `judged`.
 * Where no verdict could be reached, the reason is always shown.
 */
export function verdictBadge(comparison: Comparison, options: { short?: boolean; benchmark?: string; how?: boolean | 'brief' } = {}): TemplateResult {
  const words = verdictText(comparison, options.benchmark);
  const unjudged = comparison.verdict === 'no-data' || comparison.verdict === 'not-compared';
  const how = !options.how || unjudged ? '' : options.how === 'brief' ? methodShortText(comparison) : methodText(comparison, options.benchmark);
  const split = unjudged ? /^([^:]+): (.+)$/s.exec(words) : null;
  return html`<span class="verdict" part="verdict" data-verdict=${comparison.verdict} data-method=${comparison.method ?? 'none'}
    ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${MARKERS[comparison.verdict]}</svg
    >${
      options.short
        ? html`<span aria-hidden="true">${verdictShortText(comparison)}</span><span class="visually-hidden">${words}${how ? ` ${how}` : ''}</span>`
        : split
          ? html`<span>${split[1]}: <span class="reason">${split[2]}</span></span>`
          : html`<span>${words}</span>`
    }</span
  >${how && !options.short ? html` <span class="how" part="judged">${how}</span>` : nothing}`;
}
