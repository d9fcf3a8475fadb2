import { css } from 'lit';

export const indicatorStyles = css`
  .card {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_verdict-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
  }
  .figures div {
    display: grid;
    gap: 0.1em;
  }
  .figures dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .figures dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figures .benchmark dd {
    font-weight: 400;
  }
  .figures dd.sub {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status,
  .message {
    margin: 0;
  }
  .chart-area {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  table.spread {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  table.spread caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  table.spread th,
  table.spread td {
    padding: 0.2em 1em 0.2em 0;
    text-align: start;
    border-bottom: 1px solid var(--_border);
  }
  table.spread th {
    font-weight: 400;
  }
  .period,
  .note,
  .source {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .skeleton {
    width: 60%;
  }
  .skeleton.big {
    height: 2em;
    width: 40%;
  }
  .skeleton.chart {
    height: 1.75rem;
    width: 100%;
  }

  /* Compact: one line for a sidebar. */
  .card.compact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .compact .title {
    font-size: 1em;
  }
  .compact .line {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em var(--_space);
  }
  .compact .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .compact .benchmark-inline {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .compact .skeleton {
    width: 12rem;
  }

  @container (max-width: 22rem) {
    .card {
      padding: var(--_space);
    }
    .figures dd {
      font-size: 1.25em;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-inline-start-color: CanvasText;
    }
  }
`;
