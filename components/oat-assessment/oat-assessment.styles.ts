import { css } from 'lit';

export const assessmentStyles = css`
  .assessment {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .top {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }
  .section-title {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
    font-weight: 700;
  }
  oat-area-picker {
    max-width: 28rem;
  }
  .data-date,
  .message,
  .model-note {
    margin: 0;
  }
  .data-date,
  .model-note,
  .credit {
    color: var(--_muted);
  }
  .credit {
    margin: 0;
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .summary-page {
    display: grid;
    gap: calc(var(--_space) * 4);
  }

  /* The model at a glance */
  .model {
    margin: 0;
  }
  .flow {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .box {
    display: grid;
    gap: 0.25em;
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .box-title {
    font-weight: 700;
  }
  .box-summary {
    font-size: 0.875em;
  }
  .relationships,
  .children,
  .arrow {
    grid-column: 1 / -1;
  }
  .arrow {
    justify-self: center;
    font-size: 1.25em;
    line-height: 1;
  }

  /* Where the area stands out */
  .standout-groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    align-items: start;
    gap: calc(var(--_space) * 2);
  }
  .standout-group[data-empty] {
    border-inline-start-color: var(--_border);
  }
  .standout .how {
    color: var(--_muted);
  }
  .standout-group {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_verdict-color);
    border-radius: var(--_radius);
  }
  .group-title {
    margin: 0 0 0.25em;
    font-weight: 700;
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .group-title .marker {
    width: 1.1em;
    height: 1.1em;
    fill: var(--_verdict-color);
  }
  .standout ul,
  .sources ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .standout li {
    margin: 0.15em 0;
  }
  .standout p {
    margin: 0;
  }
  .versus {
    color: var(--_muted);
  }
  .standout-table,
  .standout-table-note {
    display: none;
  }
  .sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .skeleton.title-skeleton {
    height: 2em;
    width: 50%;
  }
  .skeleton.block {
    height: 12rem;
  }

  @container (max-width: 36rem) {
    .flow {
      grid-template-columns: 1fr;
    }
    .title {
      font-size: 1.4em;
    }
  }

  /*
   * The print pack. Page 1 is a summary a director can read on its own: the opportunity map beside the
   * paragraph for a paper and the figures it cites, the opportunities below, then the team's notes.
   * The model and the domains follow, each domain on a page of its own. Controls are not printed.
   */
  /* "Compare also with": a control the size of the others, in the page's font. */
  .compare {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .compare select {
    min-height: 2.75em;
    padding: 0.35em 0.5em;
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .compare select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    oat-area-picker,
    .actions,
    .compare[data-comparator='england'] {
      display: none;
    }
    .assessment {
      gap: 0.8rem;
    }
    .top {
      gap: 0.15rem;
    }
    .title {
      font-size: 1.45em;
    }
    .data-date,
    .credit {
      font-size: 0.75em;
    }
    .summary-page {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'map paper'
        'opportunities opportunities';
      align-items: start;
      gap: 0.5rem 1rem;
      font-size: 0.7em;
      break-after: page;
    }
    .summary-page > oat-map {
      grid-area: map;
    }
    .summary-page > .standout {
      grid-area: opportunities;
    }
    .summary-page oat-map::part(title),
    .summary-page oat-map::part(summary),
    .summary-page oat-map::part(notice),
    .summary-page oat-so-what::part(title),
    .summary-page oat-so-what::part(credit) {
      display: none;
    }
    /* The "so what?" section lends its paragraph and notes to the page's grid. */
    .summary-page oat-so-what,
    .summary-page oat-so-what::part(base) {
      display: contents;
    }
    .summary-page oat-so-what::part(paragraph) {
      grid-area: paper;
    }
    .summary-page oat-so-what::part(questions) {
      grid-column: 1 / -1;
    }
    .standout .section-title {
      font-size: 1.15em;
      margin: 0;
    }
    .standout > .model-note {
      display: none;
    }
    .standout-groups {
      display: none;
    }
    .standout-table {
      display: table;
      width: 100%;
      border-collapse: collapse;
      font-size: 0.9em;
      line-height: 1.3;
      font-variant-numeric: tabular-nums;
    }
    .standout-table th,
    .standout-table td {
      padding: 0.05em 0.6em 0.05em 0;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--_border);
    }
    .standout-table thead th {
      font-weight: 700;
    }
    .standout-table tbody th {
      font-weight: 400;
    }
    .standout-table .group-row {
      padding-top: 0.4em;
      font-weight: 700;
      border-bottom: 2px solid currentColor;
    }
    .standout-table tr {
      break-inside: avoid;
    }
    .standout-table td:nth-child(4) {
      white-space: nowrap;
    }
    .standout-table-note {
      display: block;
      margin: 0.2em 0 0;
      font-size: 0.8em;
      color: var(--_muted);
    }
    /* Each domain starts a page; the model at a glance and the sources close the pack. */
    oat-domain + oat-domain {
      break-before: page;
    }
    .model {
      order: 1;
      break-inside: avoid;
    }
    .sources {
      order: 2;
    }
  }
  @media (forced-colors: active) {
    .standout-group {
      border-inline-start-color: CanvasText;
    }
    .group-title .marker {
      fill: CanvasText;
    }
  }
`;
