import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import type { SourceInfo } from '../../src/model.js';
import { describeUnit, formatValue } from '../../src/format/unit.js';
import { loadIndicatorView, type IndicatorView, type LoadedIndicator } from '../../src/views/indicator-view.js';
import { OatElement } from '../shared/oat-element.js';
import { errorMessage } from '../shared/messages.js';
import { verdictBadge, verdictBadgeStyles } from '../shared/verdict-badge.js';
import { indicatorStyles } from './oat-indicator.styles.js';

/**
 * One OAT indicator for one area compared with England: the area's value, England's value, the
 * period and the verdict in words, with its source and licence.
 *
 * @summary One indicator for one area, compared with England.
 * @tag oat-indicator
 *
 * @attr indicator - The indicator's slug, e.g. `children-in-need`.
 * @attr area - The area's ONS code, e.g. `E09000008` (Croydon).
 * @attr source - Where the figures come from: `snapshot` (default).
 * @attr heading-level - Heading level (1–6) of the indicator's title; 3 by default.
 *
 * @csspart base - The card around the whole indicator.
 * @csspart title - The indicator's title.
 * @csspart value - The area's value.
 * @csspart benchmark - England's value.
 * @csspart verdict - The verdict: a shape and words.
 * @csspart status - The line holding the verdict, or the loading or error message.
 * @csspart source - The source and licence line.
 *
 * @cssprop --oat-color-better - Colour of a significantly better verdict.
 * @cssprop --oat-color-worse - Colour of a significantly worse verdict.
 * @cssprop --oat-color-similar - Colour of a similar verdict.
 * @cssprop --oat-color-no-judgement - Colour of a higher or lower verdict where neither is better.
 * @cssprop --oat-color-not-compared - Colour of not compared and no data.
 * @cssprop --oat-color-border - Card border colour.
 * @cssprop --oat-color-surface - Card background.
 * @cssprop --oat-space - Base spacing unit.
 * @cssprop --oat-radius - Corner radius.
 */
export class OatIndicator extends OatElement {
  static override styles = [...OatElement.styles, verdictBadgeStyles, indicatorStyles];

  /** The indicator's slug. */
  @property({ reflect: true }) indicator?: string;

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  /**
   * A ready-made view to show instead of loading one, as `<oat-assessment>` does for its
   * indicators; `info` must be set with it.
   */
  @property({ attribute: false }) view?: IndicatorView;

  /** Where a ready-made `view` came from. */
  @property({ attribute: false }) info?: SourceInfo;

  private readonly data = new Task(this, {
    task: async ([, , indicator, area, view], { signal }) =>
      view ? initialState : loadIndicatorView(this.resolveSource(), indicator, area, signal),
    args: () => [this.source, this.dataSource, this.indicator, this.area, this.view] as const,
  });

  /** Resolves once the figures have loaded (or failed) and are on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.data.taskComplete.catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult {
    if (this.view && this.info) return this.renderView(this.view, this.info);
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: ({ view, info }: LoadedIndicator) => this.renderView(view, info),
      error: (error) => this.renderError(error),
    }) as TemplateResult;
  }

  private renderTitle(text: string): TemplateResult {
    return html`<div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(3)}>${text}</div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="card" part="base" aria-busy="true">
      <span class="skeleton"></span>
      <span class="skeleton big"></span>
      <p class="status" part="status" role="status">Loading ${this.indicator ?? 'indicator'}…</p>
    </section>`;
  }

  private renderError(error: unknown): TemplateResult {
    return html`<section class="card" part="base" data-state="error">
      ${this.renderTitle('This indicator could not be shown')}
      <p class="message" part="status">${errorMessage(error)}</p>
    </section>`;
  }

  private renderView(view: IndicatorView, info: SourceInfo): TemplateResult {
    const { definition, area, local, england, comparison } = view;
    const value = (observation: typeof local) => formatValue(observation?.value, definition.unit, definition.decimals, { withUnit: true });
    const period = local?.period.label || england?.period.label;
    const source = definition.sources[0];
    return html`<section class="card" part="base" data-verdict=${comparison.verdict} aria-label=${`${definition.title}, ${area.name}`}>
      ${this.renderTitle(definition.title)}
      <dl class="figures">
        <div>
          <dt>${area.name}</dt>
          <dd part="value">${value(local)}</dd>
        </div>
        ${area.code === england?.area
          ? nothing
          : html`<div class="benchmark">
              <dt>England</dt>
              <dd part="benchmark">${value(england)}</dd>
            </div>`}
      </dl>
      <p class="status" part="status">${verdictBadge(comparison)}</p>
      <p class="period">${period ? html`${period} · ` : nothing}${describeUnit(definition.unit)}</p>
      ${local?.note ? html`<p class="note">${local.note}</p>` : nothing}
      ${source
        ? html`<p class="source" part="source">
            Source: <a href=${source.url} rel="noopener">${source.publisher}, ${source.dataset}</a>.
            ${info.name}, built ${info.dataDate}. Open Government Licence v3.0.
          </p>`
        : nothing}
    </section>`;
  }
}
