import { css } from 'lit';

export const domainStyles = css`
  .domain {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .explanation,
  .summary,
  .legend,
  .message {
    margin: 0;
  }
  .explanation {
    max-width: 48rem;
  }
  .summary {
    font-weight: 700;
  }
  /* Past the rows for keyboard users: out of sight until it has focus. */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip {
    justify-self: start;
    color: inherit;
    font-weight: 700;
  }
  #source:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .legend svg {
    width: 1.5em;
    height: 0.9em;
    vertical-align: -0.1em;
  }
  .legend .range { fill: var(--oat-spine-range, color-mix(in srgb, currentColor 14%, transparent)); }
  .legend .middle { fill: var(--oat-spine-middle, color-mix(in srgb, currentColor 32%, transparent)); }
  .legend .england { stroke: currentColor; stroke-width: 2; }
  .rows {
    table-layout: fixed;
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .head > *,
  .row > * {
    padding: 0.5em 0.75em 0.5em 0;
    vertical-align: middle;
    text-align: start;
    border-bottom: 1px solid var(--_border);
  }
  .head > * {
    font-size: 0.875em;
    font-weight: 700;
    vertical-align: bottom;
  }
  .row > :first-child {
    border-inline-start: 0.3rem solid var(--_verdict-color, transparent);
    padding-inline-start: 0.6em;
  }
  .name {
    font-weight: 700;
    text-align: start;
  }
  .name .sub {
    display: block;
    font-weight: 400;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .value {
    font-weight: 700;
  }
  .head > :nth-child(1) { width: 27%; }
  .head > :nth-child(2) { width: 13%; }
  .head > :nth-child(3) { width: 12%; }
  .head > :nth-child(4) { width: 18%; }
  .head > :nth-child(5) { width: 30%; }
  .table-mode .head > * { width: auto; }
  .table-mode .head > :nth-child(1) { width: 24%; }
  .num {
    overflow-wrap: anywhere;
  }
  .head .ends {
    display: flex;
    justify-content: space-between;
    font-weight: 400;
    color: var(--_muted);
  }
  .row .spine .ends {
    display: none;
  }
  .parent-verdict {
    display: block;
    margin-top: 0.35em;
  }
  .note {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .skeleton.short {
    width: 40%;
  }
  .skeleton.tall {
    height: 2.5em;
  }

  /*
   * Narrow containers on screen: each indicator becomes a stacked block with its labels. Paper keeps
   * the table, whose header repeats on each page.
   */
  @media not print {
    @container (max-width: 43rem) {
      .rows,
      .rows tbody,
      .row {
        display: block;
      }
      .head {
        display: none;
      }
      .row {
        padding: var(--_space) 0 var(--_space) 0.6em;
        border-bottom: 1px solid var(--_border);
        border-inline-start: 0.3rem solid var(--_verdict-color, transparent);
      }
      .row > *,
      .row > :first-child {
        display: block;
        border: 0;
        padding: 0.15em 0;
      }
      .row > [data-label]::before {
        content: attr(data-label) ': ';
        color: var(--_muted);
        font-weight: 400;
      }
      .chart-cell {
        width: 100%;
      }
      .row .spine .ends {
        display: flex;
      }
    }
  }

  @media print {
    .domain {
      font-size: 0.78em;
      line-height: 1.3;
      gap: 0.35rem;
    }
    .explanation {
      max-width: none;
    }
    .title,
    .explanation,
    .summary,
    .tools {
      break-after: avoid;
    }
    .tools .toggle,
    details.about {
      display: none;
    }
    /* Column headers repeat on each page, and a row is never split across two. */
    thead {
      display: table-header-group;
    }
    .row {
      break-inside: avoid;
    }
    .head > *,
    .row > * {
      padding: 0.25em 0.5em 0.25em 0;
    }
    .row .how {
      font-size: 0.78em;
      line-height: 1.3;
    }
    .row > * {
      vertical-align: top;
    }
    .head > :nth-child(1) { width: 30%; }
    .head > :nth-child(2) { width: 11%; }
    .head > :nth-child(3) { width: 11%; }
    .head > :nth-child(4) { width: 30%; }
    .head > :nth-child(5) { width: 18%; }
    .name .sub {
      font-size: 0.75em;
    }
    /* A row without data is kept short: its reason in small type across the verdict and chart columns. */
    .row[data-verdict='no-data'] > * {
      padding-block: 0.15em;
      font-size: 0.9em;
    }
    .row[data-verdict='no-data'] .sub {
      display: none;
    }
    .row[data-verdict='no-data'] .reason {
      font-size: 0.85em;
    }
  }
  @media (forced-colors: active) {
    .row > :first-child,
    .row {
      border-inline-start-color: CanvasText;
    }
  }
`;
