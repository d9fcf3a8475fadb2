// Long because the map of England styles its map, key, tooltip, label, table and print layout, each for
// every theme, in one shadow root.
import { css } from 'lit';

export const choroplethStyles = css`
  :host {
    --_map-background: var(--oat-map-background, Canvas);
    --_map-line: var(--oat-map-line, color-mix(in srgb, CanvasText 30%, transparent));
    --_on-verdict: var(--oat-color-on-verdict, #fff);
    /* England's shape at the map's full width: keeps the loading skeleton the size of the map. */
    --_map-aspect: 1000 / 1144;
  }
  .choropleth {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle,
  .message,
  .attribution,
  .source,
  .hint {
    margin: 0;
  }
  .subtitle {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tools {
    display: flex;
    justify-content: flex-start;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .map-column,
  .side {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .attribution,
  .source,
  .hint {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  /* The map */
  .map {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  .map-box {
    position: relative;
    max-width: 40rem;
  }
  .map-box > svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
  }
  .area {
    stroke: var(--_map-line);
    stroke-width: 0.5;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
  }
  /* Over the verdicts' strong colours a light line separates the areas better. */
  [data-colour-by='comparison'] .area {
    stroke: color-mix(in srgb, var(--_map-background) 75%, transparent);
  }
  .borders,
  .outline,
  .highlight {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .borders {
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  .outline {
    stroke: var(--_text);
    stroke-width: 0.75;
  }
  .chosen-halo {
    stroke: var(--_map-background);
    stroke-width: 6;
  }
  .chosen {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .hover {
    stroke: var(--_text);
    stroke-width: 1.75;
  }
  .neighbour-halo {
    stroke: var(--_map-background);
    stroke-width: 4;
  }
  .neighbour {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .swatch rect.neighbour {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .neighbour-tag {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .focus-halo {
    stroke: var(--_focus);
    stroke-width: 6;
  }
  .focus {
    stroke: #0b0c0c;
    stroke-width: 2;
  }

  /* The patterns: each verdict's colour with its marks, and the no-data hatch. */
  .pattern-ground {
    fill: var(--_verdict-color);
  }
  .pattern[data-verdict='no-data'] .pattern-ground {
    fill: var(--_map-background);
  }
  .pattern[data-verdict='not-compared'] .pattern-ground {
    fill: color-mix(in srgb, var(--_not-compared) 35%, var(--_map-background));
  }
  .mark-dot {
    fill: var(--_on-verdict);
  }
  .mark-line {
    stroke: var(--_on-verdict);
    stroke-width: 1.5;
  }
  .mark-cross {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .mark-hatch {
    stroke: var(--_not-compared);
    stroke-width: 1.1;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }

  /* The chosen area's name and the tooltip, placed over the map through --x and --y. */
  .label,
  .tooltip {
    position: absolute;
    left: var(--x, 0);
    top: var(--y, 0);
    translate: var(--_ax, -50%) var(--_ay, calc(-100% - 0.4rem));
    pointer-events: none;
    color: CanvasText;
    background: var(--oat-color-tooltip, Canvas);
    border: 1px solid CanvasText;
    border-radius: var(--_radius);
  }
  .label {
    padding: 0.05em 0.4em;
    font-size: 0.875em;
    font-weight: 700;
    white-space: nowrap;
  }
  .label:not([data-anchor]) {
    visibility: hidden;
  }
  .tooltip {
    z-index: 1;
    display: grid;
    gap: 0.15em;
    width: max-content;
    max-width: min(17rem, 90%);
    padding: 0.4em 0.6em;
    font-size: 0.875em;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip:not([data-anchor]) {
    visibility: hidden;
  }
  [data-anchor='start'] {
    --_ax: -0.5rem;
  }
  [data-anchor='end'] {
    --_ax: calc(-100% + 0.5rem);
  }
  .tooltip[data-side='above'] {
    --_ay: calc(-100% - 0.9rem);
  }
  .tooltip[data-side='below'],
  .label[data-side='below'] {
    --_ay: 0.9rem;
  }
  .tip-value {
    font-variant-numeric: tabular-nums;
  }

  /* Beside the map: the chosen area, the legend and the source. */
  .selected {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.3rem solid var(--_verdict-color, var(--_border));
  }
  .selected p {
    margin: 0;
  }
  .selected-name {
    font-weight: 700;
    font-size: 1.125em;
  }
  .selected-figures {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .selected-value {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .england {
    color: var(--_muted);
  }
  .legend {
    display: grid;
    gap: 0.4em;
    font-size: 0.875em;
  }
  .legend p {
    margin: 0;
  }
  .legend-title {
    font-weight: 700;
  }
  .legend ul {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    flex: none;
    width: 1.75em;
    height: 1.15em;
  }
  .swatch rect {
    stroke: var(--_map-line);
    stroke-width: 1;
  }
  .count,
  .darker {
    color: var(--_muted);
  }
  .continuous {
    display: grid;
    gap: 0.2em;
    max-width: 18rem;
  }
  .gradient {
    display: block;
    width: 100%;
    height: 0.9rem;
  }
  .continuous .ends {
    display: flex;
    justify-content: space-between;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  /* The table */
  .areas-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .areas-table caption {
    padding-bottom: 0.35em;
    text-align: start;
    font-weight: 700;
  }
  .areas-table th,
  .areas-table td {
    padding: 0.3em 0.75em 0.3em 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  .areas-table tbody th {
    font-weight: 400;
  }
  .areas-table tr.chosen th,
  .areas-table tr.chosen td {
    font-weight: 700;
  }
  .areas-table .num {
    overflow-wrap: anywhere;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 1.75rem;
    padding: 0.1em 0.2em;
    margin-inline-start: -0.2em;
    font: inherit;
    font-weight: 700;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .sort .arrow {
    font-size: 0.7em;
    color: var(--_muted);
  }
  .sort:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  /* Loading */
  .skeleton.short {
    width: 40%;
    height: 1.5em;
  }
  .skeleton.map-skeleton {
    width: 100%;
    max-width: 40rem;
    height: auto;
    aspect-ratio: var(--_map-aspect);
  }

  /* Wide containers: the legend and the chosen area beside the map. */
  @container (min-width: 46rem) {
    .body {
      grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
    }
  }

  @media (forced-colors: active) {
    /* The colours carry the data: keep them, and draw every line in system colours. */
    .map-box > svg,
    .swatch,
    .gradient,
    .defs {
      forced-color-adjust: none;
    }
    .area,
    .swatch rect {
      stroke: CanvasText;
    }
    .borders,
    .outline,
    .chosen,
    .hover {
      stroke: CanvasText;
    }
    .chosen-halo {
      stroke: Canvas;
    }
    .focus-halo {
      stroke: Highlight;
    }
    .focus {
      stroke: CanvasText;
    }
    .selected {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    .hint,
    .tooltip,
    .sort .arrow {
      display: none;
    }
  }
`;
