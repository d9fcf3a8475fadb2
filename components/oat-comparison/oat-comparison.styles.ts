import { css } from 'lit';

export const comparisonStyles = css`
  :host {
    display: inline;
    container-type: normal;
  }
  :host([view='full']),
  :host([view='summary']) {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .comparison,
  .summary,
  .summary > div {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  .summary .toggle {
    justify-self: start;
  }
  .title {
    font-weight: 700;
  }
  .lead,
  .method,
  .source,
  .status {
    margin: 0;
  }
  .method,
  .source {
    font-size: 0.875em;
  }
  .source {
    color: var(--_muted);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 3);
    margin: 0;
  }
  .figures div {
    display: grid;
  }
  .figures dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .figures dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .neighbours-chart {
    display: block;
    width: 100%;
    max-width: 32rem;
    height: auto;
    overflow: visible;
  }
  .neighbours-chart text {
    font-size: 10px;
    fill: currentColor;
  }
  .neighbours-chart .bar rect {
    fill: color-mix(in srgb, currentColor 35%, transparent);
  }
  .neighbours-chart .bar.own rect {
    fill: currentColor;
  }
  .neighbours-chart .bar.own .name {
    font-weight: 700;
  }
  .neighbours-chart .average {
    stroke: var(--oat-trend-comparator, #6a4c9c);
    stroke-width: 2;
    stroke-dasharray: 1 3;
    stroke-linecap: round;
  }
  .neighbours-chart .england {
    stroke: currentColor;
    stroke-dasharray: 6 4;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.2em 0.75em 0.2em 0;
    text-align: start;
    border-bottom: 1px solid var(--_border);
  }
  tr.own th,
  tr.own td {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .neighbours-chart .bar rect,
    .neighbours-chart .bar.own rect {
      fill: CanvasText;
    }
    .neighbours-chart .average,
    .neighbours-chart .england {
      stroke: CanvasText;
    }
  }
`;
