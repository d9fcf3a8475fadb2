import { css } from 'lit';

export const trendStyles = css`
  :host {
    --_england: var(--oat-trend-england, currentColor);
    --_comparator: var(--oat-trend-comparator, #6a4c9c);
  }
  .trend {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  .trend > div {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  [hidden] {
    display: none !important;
  }
  .title {
    font-weight: 700;
  }
  .verdict,
  .method,
  .status,
  .source,
  .legend {
    margin: 0;
  }
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .arrow {
    width: 1em;
    height: 1em;
    flex: none;
    fill: var(--_similar);
  }
  .arrow .hollow {
    fill: none;
    stroke: var(--_not-compared);
    stroke-width: 2;
  }
  [data-effect='worse'] .arrow {
    fill: var(--_worse);
  }
  [data-effect='better'] .arrow {
    fill: var(--_better);
  }
  .method,
  .source,
  .breaks,
  .legend {
    font-size: 0.875em;
  }
  .source,
  .legend {
    color: var(--_muted);
  }
  .breaks {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .trend-chart {
    display: block;
    width: 100%;
    max-width: 32rem;
    height: auto;
    overflow: visible;
  }
  .trend-chart .axis {
    stroke: var(--_border);
  }
  .trend-chart .tick {
    font-size: 10px;
    fill: currentColor;
  }
  .trend-chart .break {
    stroke: currentColor;
    stroke-dasharray: 2 3;
  }
  .line {
    fill: none;
    stroke-width: 2;
  }
  .line.area {
    stroke: var(--_text);
  }
  .line.england {
    stroke: var(--_england);
    stroke-dasharray: 6 4;
    stroke-width: 1.5;
  }
  .line.comparator {
    stroke: var(--_comparator);
    stroke-dasharray: 1 3;
    stroke-linecap: round;
    stroke-width: 2.5;
  }
  .area-point {
    fill: var(--_text);
  }
  .comparator-point {
    fill: var(--_comparator);
  }
  .whisker {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .legend .key {
    width: 1.75em;
    height: 0.625em;
    vertical-align: middle;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .trend-table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .trend-table caption {
    text-align: start;
    padding-bottom: 0.25em;
  }
  .trend-table th,
  .trend-table td {
    padding: 0.2em 0.75em 0.2em 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  .trend-table thead th,
  .trend-table tbody th {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .line.area,
    .line.england,
    .line.comparator,
    .whisker {
      stroke: CanvasText;
    }
    .area-point,
    .comparator-point,
    .arrow {
      fill: CanvasText;
    }
  }
`;
