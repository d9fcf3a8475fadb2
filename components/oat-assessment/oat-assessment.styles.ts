import { css } from 'lit';

export const assessmentStyles = css`
  .assessment {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  header {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }
  .choose {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  select {
    font: inherit;
    padding: 0.3em 0.5em;
    min-height: 2.5em;
    max-width: 100%;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: var(--oat-color-input, Canvas);
    color: var(--oat-color-input-text, CanvasText);
  }
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .domain {
    display: grid;
    gap: var(--_space);
  }
  .domain-title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
  }
  .explanation,
  .data-date,
  footer {
    margin: 0;
    color: var(--_muted);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  footer {
    font-size: 0.875em;
  }
  footer p {
    margin: 0 0 0.25em;
  }
  .message {
    margin: 0;
  }
  @media print {
    .choose {
      display: none;
    }
    .cards li {
      break-inside: avoid;
    }
  }
`;
