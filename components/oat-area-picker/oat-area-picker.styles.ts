import { css } from 'lit';

export const areaPickerStyles = css`
  :host {
    /* 44 CSS px: comfortably above WCAG 2.2's 24 px minimum target size. */
    --_target: 2.75rem;
    --_line: 2px;
  }
  .picker {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  label {
    font-weight: 700;
    line-height: 1.3;
  }
  .field {
    position: relative;
    display: flex;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  input {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: var(--_target);
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: var(--_line) solid var(--_text);
    border-inline-end-width: 0;
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  input:disabled {
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }
  button {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: var(--_target);
    min-block-size: var(--_target);
    margin: 0;
    padding: 0;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: var(--_line) solid var(--_text);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  button:disabled {
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }
  button svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    transition: transform 0.15s ease-out;
  }
  button[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  /* Focus: a thick outline in the focus colour plus a doubled border in the text colour, so the change
     is plain whatever the page's background (WCAG 2.2 focus appearance). */
  input:focus,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--_line) var(--_text);
    position: relative;
    z-index: 1;
  }

  .listbox {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 2px);
    inset-inline: 0;
    max-block-size: min(20rem, 60vh);
    margin: 0;
    padding: 0 0 calc(var(--_space) * 0.5);
    overflow-y: auto;
    overscroll-behavior: contain;
    color: var(--_text);
    /* Opaque whatever the surface token says: the list lies over the page. */
    background-color: Canvas;
    background-image: linear-gradient(var(--_surface), var(--_surface));
    border: var(--_line) solid var(--_text);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 0.75rem color-mix(in srgb, var(--_text) 25%, transparent);
  }
  .listbox[hidden] {
    display: none;
  }
  .group + .group {
    border-block-start: 1px solid var(--_border);
  }
  .group-label {
    padding: var(--_space) var(--_space) calc(var(--_space) * 0.25);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_muted);
    user-select: none;
    cursor: default;
  }
  .option {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.5) var(--_space) calc(var(--_space) * 0.5) calc(var(--_space) * 2.5);
    line-height: 1.3;
    overflow-wrap: anywhere;
    cursor: pointer;
    user-select: none;
  }
  .option:hover {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
    text-decoration: underline;
  }
  .option.current::after {
    content: '✓';
    margin-inline-start: auto;
    font-weight: 700;
  }
  /* The option that Enter would choose: a bar, an outline and a tint, so it shows without colour. */
  .option.active {
    background: color-mix(in srgb, var(--_focus) 35%, transparent);
    box-shadow: inset 0.375rem 0 0 var(--_text);
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .status {
    margin: 0;
  }
  .status.message {
    padding-inline-start: var(--_space);
    border-inline-start: 0.25rem solid var(--_border);
  }
  .picker[data-state='error'] .status {
    border-inline-start-color: var(--_worse);
  }

  @media (forced-colors: active) {
    input:focus,
    button:focus-visible {
      outline-color: Highlight;
    }
    .listbox {
      background: Canvas;
      border-color: CanvasText;
    }
    .group-label {
      color: CanvasText;
    }
    .option:hover {
      background: Canvas;
    }
    .option.active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline: 2px solid HighlightText;
      outline-offset: -4px;
    }
    button svg {
      stroke: ButtonText;
    }
    button:disabled svg,
    input:disabled {
      color: GrayText;
      stroke: GrayText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
