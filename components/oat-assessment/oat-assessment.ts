import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Area } from '../../src/model.js';
import { loadAssessmentView, type AssessmentView } from '../../src/views/assessment-view.js';
import { OatElement } from '../shared/oat-element.js';
import { errorMessage } from '../shared/messages.js';
import '../oat-indicator/define.js';
import { assessmentStyles } from './oat-assessment.styles.js';

/** Detail of the `oat-area-change` event. */
export interface AreaChangeDetail {
  code: string;
  name: string;
}

/**
 * The whole Opportunity Assessment Tool for one area: every indicator in the four domains of the
 * stress–vulnerability–adaptation model, compared with England, with a way to choose another area.
 *
 * @summary The whole assessment for one area.
 * @tag oat-assessment
 *
 * @attr area - The area's ONS code, e.g. `E09000008` (Croydon).
 * @attr source - Where the figures come from: `snapshot` (default).
 * @attr heading-level - Heading level (1–6) of the assessment's title; 2 by default. Domains and indicators take the next levels.
 *
 * @fires oat-area-change - When the reader chooses another area. `detail: { code, name }`; bubbles and is composed.
 *
 * @csspart base - The whole assessment.
 * @csspart title - The assessment's title.
 * @csspart picker - The area chooser.
 * @csspart domain - Each domain's section.
 * @csspart status - The loading or error message.
 *
 * @cssprop --oat-space - Base spacing unit.
 * @cssprop --oat-color-focus - Focus outline colour.
 */
export class OatAssessment extends OatElement {
  static override styles = [...OatElement.styles, assessmentStyles];

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  private readonly data = new Task(this, {
    task: async ([, , area], { signal }) => loadAssessmentView(this.resolveSource(), area, signal),
    args: () => [this.source, this.dataSource, this.area] as const,
  });

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.data.taskComplete.catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => (this.data.value ? this.renderView(this.data.value, true) : this.renderLoading()),
      complete: (view: AssessmentView) => this.renderView(view, false),
      error: (error) => html`<section class="assessment" part="base">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(2)}>The assessment could not be shown</div>
        <p class="message" part="status">${errorMessage(error)}</p>
      </section>`,
    }) as TemplateResult;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="assessment" part="base" aria-busy="true">
      <p class="message" part="status" role="status">Loading the assessment…</p>
    </section>`;
  }

  private choose(event: Event, areas: Area[]): void {
    const code = (event.target as HTMLSelectElement).value;
    const chosen = areas.find((area) => area.code === code);
    if (!chosen) return;
    this.area = chosen.code;
    this.dispatchEvent(
      new CustomEvent<AreaChangeDetail>('oat-area-change', { detail: { code: chosen.code, name: chosen.name }, bubbles: true, composed: true }),
    );
  }

  private renderPicker(view: AssessmentView): TemplateResult {
    const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, 'en-GB');
    return html`<div class="choose" part="picker">
      <label for="area">Area</label>
      <select id="area" @change=${(event: Event) => this.choose(event, view.areas)}>
        ${[...view.regions].sort(byName).map(
          (region) => html`<optgroup label=${region.name}>
            ${view.areas
              .filter((area) => area.parentCode === region.code)
              .sort(byName)
              .map((area) => html`<option value=${area.code} ?selected=${area.code === view.area.code}>${area.name}</option>`)}
          </optgroup>`,
        )}
      </select>
    </div>`;
  }

  private renderView(view: AssessmentView, refreshing: boolean): TemplateResult {
    const level = this.headingLevelOr(2);
    return html`<section class="assessment" part="base" aria-busy=${refreshing ? 'true' : 'false'}>
      <header>
        <div class="title" part="title" role="heading" aria-level=${level}>Opportunity assessment: ${view.area.name}</div>
        ${this.renderPicker(view)}
        <p class="data-date">Compared with England. Figures from the ${view.info.name.toLowerCase()}, built ${view.info.dataDate}.</p>
      </header>
      ${view.domains.map(
        ({ domain, indicators }) => html`<section class="domain" part="domain" aria-labelledby=${`domain-${domain.id}`}>
          <div class="domain-title" id=${`domain-${domain.id}`} role="heading" aria-level=${Math.min(level + 1, 6)}>${domain.title}</div>
          <p class="explanation">${domain.explanation}</p>
          <ul class="cards">
            ${indicators.map(
              (indicator) => html`<li>
                <oat-indicator
                  indicator=${indicator.definition.slug}
                  area=${view.area.code}
                  heading-level=${Math.min(level + 2, 6)}
                  .view=${indicator}
                  .info=${view.info}
                ></oat-indicator>
              </li>`,
            )}
          </ul>
        </section>`,
      )}
      <footer>
        ${view.info.attribution.map((line) => html`<p>${line}</p>`)}
      </footer>
      ${refreshing ? html`<p class="visually-hidden" role="status">Loading figures for the chosen area…</p>` : nothing}
    </section>`;
  }
}
