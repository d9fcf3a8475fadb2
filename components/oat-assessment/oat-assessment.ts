import { html, nothing, type TemplateResult } from 'lit';
import { sourceLine } from '../../src/format/date.js';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Verdict } from '../../src/model.js';
import { figureText, sourcesLine, summaryLine } from '../../src/views/describe.js';
import { judgedBy } from '../../src/format/verdict.js';
import { readingKind } from '../../src/stats/compare.js';
import type { IndicatorView } from '../../src/views/indicator-view.js';
import { loadAssessmentView, type AssessmentView } from '../../src/views/assessment-view.js';
import { errorMessage } from '../shared/messages.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { verdictBadgeStyles, MARKERS } from '../shared/verdict-badge.js';
import { noticeStyles, sourceNotice } from '../shared/notice.js';
import '../oat-area-picker/define.js';
import '../oat-domain/define.js';
import { assessmentStyles } from './oat-assessment.styles.js';

/** Detail of the `oat-area-change` event. */
export interface AreaChangeDetail {
  code: string;
  name: string;
}

/**
 * The whole Opportunity Assessment Tool for one area. It opens with the tool's one question – where are
 * more of the area's families under pressure than England's, and where do its children fare worse? –
 * then where the area is better placed, the model at a glance, the four domains of the
 * stress–vulnerability–adaptation model in the model's order, an area picker, the data date and the
 * sources of every figure. Prints on A4.
 *
 * @summary The whole assessment for one area.
 * @tag oat-assessment
 *
 * @attr area - The area's ONS code, e.g. `E09000008` (Croydon). Inside `<oat-provider>` it defaults to the provider's area.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live, falling back to the snapshot) or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr heading-level - Heading level (1–6) of the assessment's title; 2 by default. Sections and domains take the next levels.
 *
 * @fires oat-area-change - When the reader chooses another area with the built-in picker. `detail: { code, name }`; bubbles and is composed.
 *
 * @csspart base - The whole assessment.
 * @csspart title - The assessment's title.
 * @csspart picker - The area picker.
 * @csspart model - The overview of the four domains.
 * @csspart standout - The opening "Where the area's families face more pressure than England's": more pressure, children faring worse, and where it is better placed.
 * @csspart opportunities - The same opening section (an alias that says what it holds).
 * @csspart domain - Each `<oat-domain>`.
 * @csspart sources - The sources and licence at the end.
 * @csspart status - The loading or error message.
 *
 * @cssprop --oat-space - Base spacing unit.
 * @cssprop --oat-color-border - Borders of the model overview.
 * @cssprop --oat-color-focus - Focus outline colour.
 */
export class OatAssessment extends OatHeadedElement {
  static override styles = [...OatElement.styles, verdictBadgeStyles, noticeStyles, assessmentStyles];

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  private readonly loading = this.track(
    new Task(this, {
      task: async ([area], { signal }) => loadAssessmentView(this.resolveSource(), area, signal),
      args: () => [this.areaOr(this.area), ...this.sourceKey()] as const,
    }),
  );

  constructor() {
    super();
    // The picker's event bubbles on to the page; here it also moves the assessment to the chosen area.
    this.addEventListener('oat-area-change', (event) => {
      const detail = (event as CustomEvent<AreaChangeDetail>).detail;
      if (detail?.code && event.composedPath()[0] !== this) this.area = detail.code;
    });
  }

  protected override render(): TemplateResult {
    return this.loading.render({
      initial: () => this.renderLoading(),
      pending: () => (this.loading.value ? this.renderView(this.loading.value, true) : this.renderLoading()),
      complete: (view: AssessmentView) => this.renderView(view, false),
      error: (error) => html`<section class="assessment" part="base">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(2)}>The assessment could not be shown</div>
        <p class="message" part="status">${errorMessage(error)}</p>
        <oat-area-picker part="picker" .dataSource=${this.dataSource} source=${this.source ?? nothing} label="Choose another area"></oat-area-picker>
      </section>`,
    }) as TemplateResult;
  }

  private get level(): number {
    return this.headingLevelOr(2);
  }

  private heading(text: string | TemplateResult, offset: number, className = 'section-title'): TemplateResult {
    return html`<div class=${className} role="heading" aria-level=${Math.min(this.level + offset, 6)}>${text}</div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="assessment" part="base" aria-busy="true">
      <span class="skeleton title-skeleton"></span>
      <span class="skeleton"></span>
      <span class="skeleton block"></span>
      <span class="skeleton block"></span>
      <p class="message" part="status" role="status">Loading the assessment…</p>
    </section>`;
  }

  private renderView(view: AssessmentView, refreshing: boolean): TemplateResult {
    const all = view.domains.flatMap((domain) => domain.indicators);
    return html`<section class="assessment" part="base" aria-busy=${refreshing ? 'true' : 'false'}>
      <header class="top">
        <div class="title" part="title" role="heading" aria-level=${this.level}>Opportunity assessment: ${view.area.name}</div>
        <oat-area-picker
          part="picker"
          value=${view.area.code}
          label="Choose an area"
          .dataSource=${this.dataSource}
          source=${this.source ?? nothing}
        ></oat-area-picker>
        <p class="data-date">
          ${view.area.name} compared with England on ${all.length} indicators. ${sourceLine(view.info)}
        </p>
        ${sourceNotice(view.info)}
      </header>
      ${this.renderOpportunities(view)} ${this.renderModel(view)}
      ${view.domains.map(
        (domain) => html`<oat-domain
          part="domain"
          domain=${domain.domain.id}
          area=${view.area.code}
          heading-level=${Math.min(this.level + 1, 6)}
          .data=${domain}
          .info=${view.info}
        ></oat-domain>`,
      )}
      <footer class="sources" part="sources">
        ${this.heading('Sources and licence', 1)}
        <p>${sourcesLine(all, view.info)}</p>
        <ul>
          ${view.info.attribution.map((line) => html`<li>${line}</li>`)}
        </ul>
      </footer>
      ${refreshing ? html`<p class="visually-hidden" role="status">Loading figures for the chosen area…</p>` : nothing}
    </section>`;
  }

  /** The model at a glance: pressures and vulnerabilities feed relationships, which feed children's outcomes. */
  private renderModel(view: AssessmentView): TemplateResult {
    const [stress, vulnerability, relationships, children] = view.domains;
    const box = (domain: (typeof view.domains)[number] | undefined, className: string) =>
      domain
        ? html`<li class="box ${className}">
            <span class="box-title">${domain.domain.title}</span>
            <span class="box-summary">${summaryLine(domain.indicators, readingKind(domain.domain.id))}</span>
          </li>`
        : nothing;
    return html`<figure class="model" part="model">
      <figcaption>${this.heading('The model at a glance', 1)}</figcaption>
      <ol class="flow" aria-label="The four domains in the model's order">
        ${box(stress, 'stress')} ${box(vulnerability, 'vulnerability')}
        <li class="arrow arrow-down" aria-hidden="true">↓</li>
        ${box(relationships, 'relationships')}
        <li class="arrow arrow-down" aria-hidden="true">↓</li>
        ${box(children, 'children')}
      </ol>
      <p class="model-note">
        Stressful circumstances and individual vulnerabilities put pressure on parents’ relationships, and the quality of those
        relationships shapes children’s outcomes (Karney and Bradbury’s stress–vulnerability–adaptation model).
      </p>
    </figure>`;
  }

  /**
   * The opening: where the area's families face more pressure than England's, where its children fare
   * worse, then where it is better placed – each with its figure, England's, the period and how it was
   * judged. Said plainly when a list is empty, so a well-placed council reads as well placed.
   */
  private renderOpportunities(view: AssessmentView): TemplateResult {
    const { area, opportunities: found } = view;
    const item = (entry: IndicatorView) => {
      const period = entry.local?.period.label;
      return html`<li data-indicator=${entry.definition.slug} data-method=${entry.comparison.method ?? 'none'}>
        <strong>${entry.definition.shortTitle}</strong>: ${figureText(entry, entry.local?.value)}
        <span class="versus">(${entry.england?.value == null ? 'no England figure' : `England ${figureText(entry, entry.england.value)}`})</span>${period ? html`, ${period}` : nothing}
        <span class="how">– ${judgedBy(entry.comparison)}</span>
      </li>`;
    };
    const group = (verdict: Verdict, key: string, title: string, entries: IndicatorView[], none: string) =>
      html`<div class="standout-group" data-verdict=${verdict} data-group=${key} ?data-empty=${!entries.length}>
        ${this.heading(html`<svg class="marker" viewBox="0 0 16 16" aria-hidden="true">${MARKERS[verdict]}</svg> ${title}`, 2, 'group-title verdict')}
        ${entries.length ? html`<ul>${entries.map(item)}</ul>` : html`<p>${none}</p>`}
      </div>`;
    const withData = `${found.withData} of the ${found.total} measures have figures for ${area.name}`;
    return html`<section class="standout" part="standout opportunities" aria-label=${`Where ${area.name}’s families face more pressure`}>
      ${this.heading(`Where ${area.name}’s families face more pressure than England’s`, 1)}
      <p class="model-note">
        The tool asks one question of every figure: are more of ${area.name}’s families under this pressure than England’s, or do its
        children fare worse? That is where the opportunity to help lies. ${withData}; each is listed below with England’s figure, the
        period and how it was judged.
      </p>
      <div class="standout-groups">
        ${group('worse', 'pressures', 'More pressure on families than England', found.pressures, `None of the measures shows more pressure on ${area.name}’s families than England’s.`)}
        ${group('worse', 'outcomes', 'Children faring worse than England', found.outcomes, `None of the measures shows ${area.name}’s children faring worse than England’s.`)}
        ${group('better', 'better-placed', `Where ${area.name} is better placed than England`, found.betterPlaced, `None of the measures shows ${area.name} better placed than England.`)}
      </div>
    </section>`;
  }
}
