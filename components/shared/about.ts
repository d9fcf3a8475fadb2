import { css, html, nothing, type TemplateResult } from 'lit';
import { describeUnit } from '../../src/format/unit.js';
import { methodText } from '../../src/format/verdict.js';
import { provenanceText } from '../../src/format/provenance.js';
import type { IndicatorDefinition, SourceInfo } from '../../src/model.js';
import { readingKind } from '../../src/stats/compare.js';
import { provenanceOf } from '../../src/view-models/describe.js';
import type { IndicatorView } from '../../src/view-models/indicator-view.js';

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
 * The "About this indicator" disclosure: what the figure is and why it matters for parents'
 * relationships or children, which way means more pressure (and what else a difference can mean),
 * what is measured and how it relates to the original tool's measure, how this area's verdict was
 * reached, the period, where this very figure came from (and England's, when that differs), and the
 * sources with links. Its content is only built once it is opened, so a page of many indicators stays
 * light; `onToggle` should re-render with `open` set to the details' state. Each disclosure is named
 * after its indicator, so a screen reader's list of controls tells them apart.
 */
export function aboutIndicator(view: IndicatorView, info: SourceInfo, open: boolean, onToggle: (open: boolean) => void): TemplateResult {
  return html`<details class="about" part="about" ?open=${open} @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}>
    <summary>About this indicator<span class="visually-hidden">: ${view.definition.title}</span></summary>
    ${open ? aboutContent(view, info) : nothing}
  </details>`;
}

/** Which way the figure reads, in a sentence. */
function readingText(definition: IndicatorDefinition): string {
  const { reading } = definition;
  if (!reading)
    return 'The council’s file does not say whether a higher or a lower figure means more pressure, so differences are reported as higher or lower.';
  const means = readingKind(definition.domain) === 'pressure' ? 'more families under this pressure' : 'a worse outcome for children';
  return `A ${reading.worseWhen} figure means ${means}. ${reading.reason}`;
}

function aboutContent(view: IndicatorView, info: SourceInfo): TemplateResult {
  const { definition, local, england, comparison } = view;
  const provenance = provenanceOf(view, local, info);
  const englandProvenance = provenanceOf(view, england, info);
  const showEngland =
    englandProvenance && england?.area !== view.area.code && (englandProvenance.kind === 'council' || englandProvenance.publisher !== provenance?.publisher);
  return html`<dl>
    <dt>What it shows</dt>
    <dd>${definition.definition}</dd>
    <dt>Why it matters</dt>
    <dd>${definition.whyItMatters ?? definition.question}</dd>
    <dt>Which way is worse</dt>
    <dd>${readingText(definition)} ${definition.reading?.caveat ?? ''}</dd>
    ${
      definition.publishedPolarity === 'no-judgement' && definition.reading
        ? html`<dt>The publisher’s view</dt>
          <dd>The publisher makes no better-or-worse judgement of this measure, as it describes need or activity rather than a council’s performance. This tool asks a different question – are more families here under this pressure? – so it reads the figure that way.</dd>`
        : nothing
    }
    <dt>Measure</dt>
    <dd>${definition.measure}</dd>
    ${
      definition.measure === definition.oatMeasure
        ? nothing
        : html`<dt>In the original tool</dt>
          <dd>
            ${definition.oatMeasure}.
            ${definition.successor ? html`Replaced: ${definition.successor.reason}` : nothing}
            ${definition.standIn ? html`Shown here instead: ${definition.standIn.reason}` : nothing}
          </dd>`
    }
    <dt>Unit</dt>
    <dd>${describeUnit(definition.unit)}</dd>
    ${
      comparison.verdict === 'no-data'
        ? nothing
        : html`<dt>How it was judged</dt>
          <dd>${methodText(comparison)}</dd>`
    }
    ${
      local?.period.label
        ? html`<dt>Period</dt>
          <dd>${local.period.label}</dd>`
        : nothing
    }
    ${
      provenance
        ? html`<dt>This figure</dt>
          <dd>${provenanceText(provenance)}${local?.countDerivation ? ` The count behind its interval is derived: ${local.countDerivation}` : ''}</dd>`
        : nothing
    }
    ${
      showEngland && englandProvenance
        ? html`<dt>England’s figure</dt>
          <dd>${provenanceText(englandProvenance)}</dd>`
        : nothing
    }
    <dt>Sources</dt>
    <dd>
      ${definition.sources.map((source, index) => html`${index ? '; ' : ''}<a href=${source.url} rel="noopener">${source.publisher}, ${source.dataset}</a>`)}
    </dd>
  </dl>`;
}
