/**
 * The embed page's compact "summary" view, for a small fixed iframe: the area's one-line readings, its
 * biggest pressures and the children's outcomes that fare worst, each with England's figure, a link to
 * the full assessment and the figures' sources. Drawn by the embed page and the builder, not by an
 * element, so none of it is in oat.js.
 */
import { html, render, type TemplateResult } from 'lit';
import type { DataSource } from '../src/model.js';
import { loadAssessmentView, type AssessmentView } from '../src/view-models/assessment-view.js';
import { figureText, sourcesLine } from '../src/view-models/describe.js';
import type { IndicatorView } from '../src/view-models/indicator-view.js';
import { errorMessage } from '../components/shared/messages.js';

/** How many indicators each list shows: enough to say where the pressure is, few enough for a small frame. */
const LISTED = 2;

function item(view: IndicatorView): TemplateResult {
  const period = view.local?.period.label;
  const byPosition = view.comparison.method === 'position' ? ', judged by position among councils' : '';
  return html`<li>
    <strong>${view.definition.title}</strong>: ${figureText(view, view.local?.value)}; England ${figureText(view, view.england?.value)}${
      period ? ` (${period}${byPosition})` : ''
    }
  </li>`;
}

function list(title: string, views: readonly IndicatorView[]): TemplateResult {
  return html`<h2>${title}</h2>
    ${views.length ? html`<ul>${views.slice(0, LISTED).map(item)}</ul>` : html`<p>None of the figures reads this way.</p>`}`;
}

/** The summary of a loaded assessment; `fullAddress` is where the whole assessment is shown. */
export function summaryTemplate(view: AssessmentView, fullAddress: string): TemplateResult {
  const all = view.domains.flatMap((domain) => domain.indicators);
  const { pressures, outcomes, withData, total } = view.opportunities;
  return html`<section class="oat-summary" aria-labelledby="oat-summary-title">
    <h1 id="oat-summary-title">${view.area.name}: families’ pressures compared with England</h1>
    <p>
      More pressure on families than England on ${pressures.length} measures, and children fare worse on ${outcomes.length}, of the
      ${withData} with figures (${total} in all).
    </p>
    ${list('Biggest pressures on families', pressures)} ${list('Where children fare worst', outcomes)}
    <p class="oat-summary-link">
      <a href=${fullAddress} target="_blank" rel="noopener">See the full assessment for ${view.area.name} (opens in a new tab)</a>
    </p>
    <p class="oat-summary-sources">${sourcesLine(all, view.info)}</p>
  </section>`;
}

/** Loads the area's assessment and draws its summary into `container`, or says why it cannot. */
export async function showSummary(container: HTMLElement, source: DataSource, area: string | undefined, fullAddress: string): Promise<void> {
  render(html`<p role="status">Loading the summary…</p>`, container);
  try {
    render(summaryTemplate(await loadAssessmentView(source, area), fullAddress), container);
  } catch (error) {
    render(html`<h1>The summary could not be shown</h1><p role="alert">${errorMessage(error)}</p>`, container);
  }
}
