import { css } from 'lit';

export const mapStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .message,
  .lead {
    margin: 0;
  }
  .summary {
    display: grid;
    gap: 0.35em;
  }
  .summary ul {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .summary li {
    display: flex;
    align-items: flex-start;
    gap: 0.45em;
  }
  .summary li svg {
    flex: none;
    width: 1em;
    height: 1em;
    margin-top: 0.2em;
    fill: var(--_verdict-color);
  }
  .summary li .mark {
    fill: none;
    stroke: var(--oat-color-on-verdict, #fff);
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .summary li .hollow {
    fill: none;
    stroke: var(--_verdict-color);
    stroke-width: 1.5;
  }
  .summary li .dashed {
    stroke-dasharray: 2.5 2;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  /* The picture. */
  .figure {
    margin: 0;
  }
  .frame {
    position: relative;
    max-width: 56rem;
    margin-inline: auto;
  }
  .map {
    display: block;
    width: 100%;
    height: auto;
    font-family: var(--oat-map-font, inherit);
    color: var(--_text);
  }
  .map .backdrop {
    fill: var(--oat-map-background, none);
  }
  .map text {
    fill: currentColor;
  }
  .map .subtitle-text,
  .map .source-text,
  .map .centre-text {
    fill: var(--_muted);
  }
  .map .scale-text {
    fill: var(--_muted);
    stroke: var(--oat-map-halo, var(--oat-map-background, Canvas));
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .map .grid-ring {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .map .england-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .map .band {
    fill: var(--oat-map-band, color-mix(in srgb, currentColor 55%, transparent));
  }
  .map .number-text {
    fill: var(--_text);
  }
  .key {
    margin: var(--_space) 0 0;
    padding-left: 2.2em;
    columns: 2 9rem;
    column-gap: 1.5rem;
    font-size: 0.875em;
    line-height: 1.35;
  }
  .key li {
    break-inside: avoid;
  }
  .map .leader {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .map .segment {
    cursor: pointer;
    outline: none;
  }
  .map .track {
    fill: var(--oat-map-track, color-mix(in srgb, currentColor 5%, transparent));
    stroke: none;
  }
  .map .bar {
    stroke: var(--_verdict-color);
    stroke-width: 1;
  }
  .map [data-verdict='no-data'] .bar,
  .map [data-verdict='no-data'] .swatch {
    stroke-dasharray: 2.5 2;
    stroke-width: 1.25;
  }
  .map .swatch {
    stroke: var(--_verdict-color);
    stroke-width: 1;
  }
  .map .segment:hover .bar {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .map .pattern-fill {
    fill: var(--_verdict-color);
  }
  .map .pattern-fill.pale {
    fill: var(--oat-map-untested, color-mix(in srgb, var(--_verdict-color) 22%, #fff));
  }
  .map .pattern-ink {
    stroke: var(--oat-color-on-verdict, #fff);
  }
  .map .pattern-ink.tinted {
    stroke: var(--_verdict-color);
  }
  .map .pattern-dot {
    fill: var(--_verdict-color);
  }
  .map .focus-ring,
  .map .focus-ring-inner {
    display: none;
    fill: none;
    pointer-events: none;
  }
  .map:has(.segment:focus-visible) .focus-ring,
  .map:has(.segment:focus-visible) .focus-ring-inner {
    display: inline;
  }
  .map .focus-ring {
    stroke: var(--_focus);
    stroke-width: 5;
  }
  .map .focus-ring-inner {
    stroke: var(--oat-color-focus-inner, #0b0c0c);
    stroke-width: 1.5;
  }

  /* The tooltip: shown for the segment under the pointer or with keyboard focus. */
  .tooltip {
    position: absolute;
    left: var(--_tip-left, 0);
    top: var(--_tip-top, 0);
    z-index: 1;
    display: grid;
    gap: 0.15em;
    width: max-content;
    max-width: min(18rem, 90%);
    padding: 0.5em 0.7em;
    font-size: 0.875em;
    line-height: 1.35;
    color: var(--oat-tooltip-color, #fff);
    background: var(--oat-tooltip-background, #0b0c0c);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip .tip-title {
    font-weight: 700;
  }
  .tooltip .verdict {
    margin-top: 0.2em;
  }
  .tooltip .verdict svg {
    fill: var(--_verdict-color);
  }
  .tooltip .verdict .hollow {
    stroke: currentColor;
  }

  /* The table instead of the picture. */
  .table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.35em;
  }
  .table th,
  .table td {
    padding: 0.45em 0.75em 0.45em 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  .table thead th {
    font-size: 0.875em;
    vertical-align: bottom;
  }
  .table th[scope='rowgroup'] {
    font-weight: 700;
  }
  .table .num {
    white-space: nowrap;
  }
  /* Where the full picture is drawn, out of sight, to be saved as a file. */
  .export-stage {
    position: fixed;
    top: 0;
    left: -10000px;
    width: 600px;
    pointer-events: none;
  }
  .skeleton.short {
    width: 40%;
  }
  .skeleton.picture {
    width: 100%;
    max-width: 56rem;
    height: auto;
    aspect-ratio: 600 / 860;
    margin-inline: auto;
  }

  /* Narrow containers: the table's rows become stacked blocks with their labels. */
  @container (max-width: 36rem) {
    .table,
    .table caption,
    .table tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
    }
    .table thead {
      display: none;
    }
    .table tr {
      padding: 0.35em 0;
      border-bottom: 1px solid var(--_border);
    }
    .table th,
    .table td {
      border: 0;
      padding: 0.1em 0;
    }
    .table td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    .table th[scope='rowgroup'] {
      padding-top: 0.75em;
      font-size: 1.05em;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition: opacity 120ms ease-out;
    }
    .map .bar {
      transition: stroke-width 120ms ease-out;
    }
  }

  /* Forced colours: system colours, with the patterns kept so every verdict can still be told apart. */
  @media (forced-colors: active) {
    .map text,
    .map .subtitle-text,
    .map .source-text,
    .map .centre-text,
    .map .scale-text,
    .map .pattern-dot {
      fill: CanvasText;
    }
    .map .scale-text {
      stroke: Canvas;
    }
    .map .pattern-fill,
    .map .pattern-fill.pale {
      fill: Canvas;
    }
    .map [data-verdict='worse'] .pattern-fill {
      fill: CanvasText;
    }
    .map .pattern-ink,
    .map .pattern-ink.tinted {
      stroke: CanvasText;
    }
    .map .bar,
    .map .swatch,
    .map .england-ring {
      stroke: CanvasText;
    }
    .map .band {
      fill: CanvasText;
    }
    .map .grid-ring,
    .map .leader {
      stroke: GrayText;
    }
    .map .track {
      fill: Canvas;
      stroke: GrayText;
      stroke-width: 0.5;
    }
    .map .segment:hover .bar {
      stroke: Highlight;
    }
    .map .focus-ring {
      stroke: Highlight;
    }
    .map .focus-ring-inner {
      stroke: CanvasText;
    }
    .summary li svg {
      fill: CanvasText;
    }
    .summary li .mark {
      stroke: Canvas;
    }
    .tooltip {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    .tooltip .verdict svg {
      fill: CanvasText;
    }
  }
`;
