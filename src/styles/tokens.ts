import { css } from 'lit';

/**
 * Design tokens every element reads, each with a built-in fallback, so a page can theme the
 * elements by setting `--oat-*` custom properties on any ancestor. The default palette is
 * colour-blind safe (blue for better, orange for worse) and every colour is paired with a shape and
 * words, so nothing is said by colour alone.
 */
export const tokens = css`
  :host {
    --_better: var(--oat-color-better, #1d5fa8);
    --_worse: var(--oat-color-worse, #b4480b);
    --_similar: var(--oat-color-similar, #5f6b73);
    --_higher-lower: var(--oat-color-no-judgement, #6a4c9c);
    --_not-compared: var(--oat-color-not-compared, #6f6f6f);
    --_text: var(--oat-color-text, currentColor);
    --_muted: var(--oat-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--oat-color-surface, transparent);
    --_border: var(--oat-color-border, color-mix(in srgb, currentColor 25%, transparent));
    --_focus: var(--oat-color-focus, currentColor);
    --_space: var(--oat-space, 0.5rem);
    --_radius: var(--oat-radius, 4px);
  }
`;

/**
 * A reset for the host: the element takes the page's font and colour but protects its own layout
 * from page-wide rules.
 */
export const hostReset = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--_text);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
