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
    gap: calc(var(--_space) * 3);
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
  .period,
  .note,
  .source {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .message {
    margin: 0;
  }
  .skeleton {
    display: block;
    height: 1em;
    width: 60%;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .skeleton.big {
    height: 2em;
    width: 40%;
  }
  a {
    color: inherit;
  }
`;
