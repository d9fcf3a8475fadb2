import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { spineEnds, spineGeometry } from '../../src/charts/spine.js';
import { describeSpread, figureText } from '../../src/view-models/describe.js';
import type { IndicatorView } from '../../src/view-models/indicator-view.js';
import { MARKERS } from './verdict-badge.js';
import { methodText, verdictText } from '../../src/format/verdict.js';

export const spineStyles = css`
  .spine {
    display: grid;
    gap: 0.15em;
    margin: 0;
    min-width: 8rem;
  }
  .spine svg {
    display: block;
    width: 100%;
    height: 1.75rem;
    overflow: visible;
  }
  .spine .range {
    fill: var(--oat-spine-range, color-mix(in srgb, currentColor 14%, transparent));
  }
  .spine .middle {
    fill: var(--oat-spine-middle, color-mix(in srgb, currentColor 32%, transparent));
  }
  .spine .england {
    stroke: var(--oat-spine-england, currentColor);
    stroke-width: 2;
  }
  .spine .interval {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .spine .marker {
    fill: var(--_verdict-color);
    stroke: var(--oat-color-marker-outline, Canvas);
    stroke-width: 1;
  }
  .spine .marker .mark {
    fill: none;
    stroke: var(--oat-color-on-verdict, #fff);
    stroke-width: 1.8;
    stroke-linecap: round;
  }
  .spine .marker .hollow {
    fill: var(--oat-color-marker-outline, Canvas);
    stroke: var(--_verdict-color);
    stroke-width: 2;
  }
  .spine .ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.75em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .spine .range { fill: GrayText; }
    .spine .middle { fill: CanvasText; opacity: 0.5; }
    .spine .england, .spine .interval { stroke: CanvasText; }
    .spine .marker { fill: Highlight; stroke: CanvasText; }
  }
`;

/**
 * The spine chart: the councils' range and the band where half of them lie, England's line and the
 * area's marker with its 95% interval, more pressure (or worse) always to the left. It carries its
 * description as its accessible name; `ends` adds the labels saying what each end means.
 */
export function spineChart(view: IndicatorView, options: { ends?: boolean } = {}): TemplateResult | typeof nothing {
  const { spread, local, england, comparison, definition } = view;
  if (!spread) return nothing;
  const g = spineGeometry({
    spread,
    ...(definition.reading ? { worseWhen: definition.reading.worseWhen } : {}),
    england: england?.value,
    value: local?.value,
    ...(comparison.interval ? { interval: comparison.interval } : {}),
  });
  const ends = spineEnds(comparison.reads, definition.reading !== undefined);
  const pct = (n: number) => `${n.toFixed(2)}%`;
  return html`<figure class="spine" part="chart">
    <svg role="img" aria-label=${describeSpread(view)} focusable="false">
      <rect class="range" x=${pct(g.low)} width=${pct(Math.max(g.high - g.low, 0.5))} y="8" height="12" rx="2"></rect>
      <rect class="middle" x=${pct(g.q1)} width=${pct(Math.max(g.q3 - g.q1, 0.5))} y="8" height="12"></rect>
      ${g.england === undefined ? nothing : svg`<line class="england" x1=${pct(g.england)} x2=${pct(g.england)} y1="2" y2="26"></line>`}
      ${
        g.lower === undefined || g.upper === undefined
          ? nothing
          : svg`<line class="interval" x1=${pct(g.lower)} x2=${pct(g.upper)} y1="14" y2="14"></line>
            <line class="interval" x1=${pct(g.lower)} x2=${pct(g.lower)} y1="10" y2="18"></line>
            <line class="interval" x1=${pct(g.upper)} x2=${pct(g.upper)} y1="10" y2="18"></line>`
      }
      ${
        g.value === undefined
          ? nothing
          : svg`<svg x=${pct(g.value)} y="14" overflow="visible"><g class="marker" transform="translate(-9 -9) scale(1.125)">${MARKERS[comparison.verdict]}</g></svg>`
      }
    </svg>
    ${options.ends ? html`<figcaption class="ends" aria-hidden="true"><span>← ${ends.left}</span><span>${ends.right} →</span></figcaption>` : nothing}
  </figure>`;
}

/** The numbers behind a spine chart as a table, for the "Show as table" view. */
export function spreadTable(view: IndicatorView, caption: string): TemplateResult {
  const { area, local, england, comparison, spread } = view;
  const row = (label: string, value: number | null | undefined) => html`<tr><th scope="row">${label}</th><td>${figureText(view, value)}</td></tr>`;
  return html`<table class="spread" part="table">
    <caption>${caption}</caption>
    <tbody>
      ${row(area.name, local?.value)}
      ${
        comparison.interval
          ? html`<tr><th scope="row">95% confidence interval</th><td>${figureText(view, comparison.interval.lower)} to ${figureText(view, comparison.interval.upper)}</td></tr>`
          : nothing
      }
      ${england?.area === area.code ? nothing : row('England', england?.value)}
      <tr><th scope="row">Compared with England</th><td>${verdictText(comparison)}</td></tr>
      ${comparison.method ? html`<tr><th scope="row">How this was judged</th><td>${methodText(comparison)}</td></tr>` : nothing}
      ${
        spread
          ? html`${row(`Lowest of ${spread.n} councils`, spread.min)} ${row('A quarter of councils are below', spread.q1)} ${row('Middle council (median)', spread.median)}
          ${row('A quarter of councils are above', spread.q3)} ${row('Highest', spread.max)}`
          : nothing
      }
    </tbody>
  </table>`;
}
