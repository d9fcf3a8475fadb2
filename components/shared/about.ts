import { css, html, nothing, type TemplateResult } from 'lit';
import { describeUnit } from '../../src/format/unit.js';
import type { IndicatorDefinition, Observation, Polarity } from '../../src/model.js';

const POLARITY_WORDS: Record<Polarity, string> = {
  'high-is-bad': 'A lower value is better.',
  'high-is-good': 'A higher value is better.',
  'no-judgement': 'Neither a higher nor a lower value is judged better.',
};

export const aboutStyles = css`
  details.about {
    font-size: 0.875em;
  }
  details.about summary {
    cursor: pointer;
    width: fit-content;
    padding: 0.25em 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details.about summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  details.about dl {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.35em 1em;
    margin: 0.5em 0 0;
  }
  details.about dt {
    font-weight: 700;
  }
  details.about dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    details.about dl {
      grid-template-columns: 1fr;
    }
    details.about dd {
      margin-bottom: 0.5em;
    }
  }
`;

/**
 * The "About this indicator" disclosure: the definition in plain words, what is measured and how it
 * relates to the original tool's measure, the unit, which way is better, the period, the sources with
 * links, and the licence attribution. Its content is only built once it is opened, so a page of many
 * indicators stays light; `onToggle` should re-render with `open` set to the details' state.
 */
export function aboutIndicator(
  definition: IndicatorDefinition,
  observation: Observation | undefined,
  open: boolean,
  onToggle: (open: boolean) => void,
): TemplateResult {
  return html`<details class="about" part="about" ?open=${open} @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}>
    <summary>About this indicator</summary>
    ${open ? aboutContent(definition, observation) : nothing}
  </details>`;
}

function aboutContent(definition: IndicatorDefinition, observation: Observation | undefined): TemplateResult {
  return html`<dl>
    <dt>What it shows</dt>
    <dd>${definition.definition}</dd>
    <dt>Why it matters</dt>
    <dd>${definition.question}</dd>
    <dt>Measure</dt>
    <dd>${definition.measure}</dd>
    ${definition.measure === definition.oatMeasure
      ? nothing
      : html`<dt>In the original tool</dt>
          <dd>
            ${definition.oatMeasure}.
            ${definition.successor ? html`Replaced: ${definition.successor.reason}` : nothing}
            ${definition.standIn ? html`Shown here instead: ${definition.standIn.reason}` : nothing}
          </dd>`}
    <dt>Unit</dt>
    <dd>${describeUnit(definition.unit)}</dd>
    <dt>Better is</dt>
    <dd>${POLARITY_WORDS[definition.publishedPolarity]} ${definition.reading?.caveat ?? ''}</dd>
    ${observation?.period.label ? html`<dt>Period</dt><dd>${observation.period.label}</dd>` : nothing}
    <dt>Source</dt>
    <dd>
      ${definition.sources.map(
        (source, index) => html`${index ? '; ' : ''}<a href=${source.url} rel="noopener">${source.publisher}, ${source.dataset}</a>`,
      )}
    </dd>
    <dt>Attribution</dt>
    <dd>${[...new Set(definition.sources.map((source) => source.attribution))].join(' ')}</dd>
  </dl>`;
}
