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
  .model-note {
    color: var(--_muted);
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

  @media print {
    oat-area-picker {
      display: none;
    }
    .assessment {
      gap: 1rem;
    }
    .model,
    .standout-group {
      break-inside: avoid;
    }
    oat-domain {
      break-before: auto;
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
