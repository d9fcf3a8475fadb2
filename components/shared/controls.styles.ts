import { css } from 'lit';

/**
 * Styles every element shares for its controls and states: the "Show as table" toggle, link focus,
 * the status line under download buttons, and the loading skeleton (which pulses only when the reader has not asked for reduced motion).
 */
export const controlStyles = css`
  .toggle {
    min-height: 2.75em;
    padding: 0.35em 0.9em;
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* The "Trend over time" button keeps to its own width wherever it sits. */
  .trend-toggle {
    justify-self: start;
    width: fit-content;
  }
  .toggle[aria-pressed='true'] {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .toggle:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  /* What became of a download or an import, said where the reader pressed the button. */
  .export-status {
    margin: 0;
    font-size: 0.875em;
  }
  .export-status:empty {
    display: none;
  }
  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: oat-pulse 1.5s ease-in-out infinite;
    }
    @keyframes oat-pulse {
      50% {
        opacity: 0.5;
      }
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      background: GrayText;
    }
  }
  @media print {
    .toggle {
      display: none;
    }
  }
`;
