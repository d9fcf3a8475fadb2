import { css, html, nothing, type TemplateResult } from 'lit';
import type { SourceInfo } from '../../src/model.js';

export const noticeStyles = css`
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 2px solid currentColor;
    border-inline-start-width: 0.4rem;
    border-radius: var(--_radius);
    font-weight: 700;
  }
  .warnings {
    font-size: 0.875em;
  }
  .warnings summary {
    cursor: pointer;
    width: fit-content;
  }
  .warnings summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .warnings ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
`;

/**
 * What the reader must know about where the figures came from this time (a fallback to the snapshot,
 * say), and any problems met in the data (rows of a council's file that could not be used).
 */
export function sourceNotice(info: SourceInfo | undefined): TemplateResult | typeof nothing {
  if (!info?.notice && !info?.warnings?.length) return nothing;
  const warnings = info.warnings ?? [];
  return html`${info.notice ? html`<p class="notice" part="notice" role="status">${info.notice}</p>` : nothing}
  ${
    warnings.length
      ? html`<details class="warnings" part="warnings">
        <summary>${warnings.length === 1 ? '1 problem' : `${warnings.length} problems`} in the data</summary>
        <ul>
          ${warnings.map((warning) => html`<li>${warning}</li>`)}
        </ul>
      </details>`
      : nothing
  }`;
}
