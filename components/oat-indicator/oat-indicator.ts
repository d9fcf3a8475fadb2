import { html, nothing, type TemplateResult } from 'lit';
import { sourceLine } from '../../src/format/date.js';
import { property, state } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import type { SourceInfo } from '../../src/model.js';
import { benchmarkFromCouncil, figureText, provenanceOf } from '../../src/view-models/describe.js';
import { provenanceShort } from '../../src/format/provenance.js';
import { loadIndicatorView, type IndicatorView, type LoadedIndicator } from '../../src/view-models/indicator-view.js';
import { aboutIndicator, aboutStyles } from '../shared/about.js';
import { errorMessage } from '../shared/messages.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { spineChart, spineStyles, spreadTable } from '../shared/spine-chart.js';
import { verdictBadge, verdictBadgeStyles } from '../shared/verdict-badge.js';
import { noticeStyles, sourceNotice } from '../shared/notice.js';
import { comparison as comparisonOf, trendDisclosure } from '../shared/more-views.js';
import { indicatorStyles } from './oat-indicator.styles.js';

/** The layouts `<oat-indicator>` offers. */
export const INDICATOR_VIEWS = ['full', 'compact'] as const;
export type IndicatorLayout = (typeof INDICATOR_VIEWS)[number];

/**
 * One OAT indicator for one area compared with England: the area's value, England's value, the
 * period, the verdict in words and as a shape (more or less pressure than England, or worse or better
 * for children) with how it was reached, a spine chart of where the area sits among England's
 * upper-tier councils (more pressure, or worse, always to the left), what the indicator is and why it
 * matters, and where this figure came from.
 *
 * @summary One indicator for one area, compared with England.
 * @tag oat-indicator
 *
 * @attr indicator - The indicator's slug, e.g. `children-in-need`.
 * @attr area - The area's ONS code, e.g. `E09000008` (Croydon). Inside `<oat-provider>` it defaults to the provider's area.
 * @attr view - `full` (default): a card with the chart and details; `compact`: one line, for sidebars.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live, falling back to the snapshot) or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr heading-level - Heading level (1–6) of the indicator's title; 3 by default.
 * @attr comparator - Also compare with the area's `region` or its statistical `neighbours` (their average, ranks and each one's figure); `england` (default) alone. England's comparison always comes first.
 * @attr neighbours-list - With `comparator="neighbours"`: `dfe-2025` (DfE, May 2025; default), `dfe-2021` (DfE, April 2021) or `ons` (ONS).
 *
 * @csspart base - The card around the whole indicator.
 * @csspart title - The indicator's title.
 * @csspart value - The area's value.
 * @csspart benchmark - England's value.
 * @csspart benchmark-source - Under England's value, when it is a council's own figure rather than the publisher's: where it came from.
 * @csspart verdict - The verdict: a shape and words (more or less pressure than England, or worse or better for children).
 * @csspart judged - How the verdict was reached: a tested 95% interval, the publisher’s comparison, or the area’s position among councils.
 * @csspart status - The line holding the verdict, or the loading or error message.
 * @csspart chart - The spine chart.
 * @csspart table - The figures behind the chart, when shown as a table.
 * @csspart toggle - The "Show as table" button.
 * @csspart about - The "About this indicator" disclosure.
 * @csspart source - The source and licence line.
 * @csspart notice - Where the figures came from this time, when the reader must know (live data unavailable, say).
 * @csspart parent - For a sub-area such as a ward: its authority's value.
 * @csspart parent-status - For a sub-area: the verdict compared with its authority.
 * @csspart comparison - The comparison with the region or neighbours (`<oat-comparison>`), when one is chosen.
 * @csspart trend-toggle - The "Trend over time" button.
 * @csspart trend - The trend (`<oat-trend>`), once the button is pressed: the figures over time and a test for a recent trend, fetched then.
 *
 * @cssprop --oat-color-better - Colour of less pressure than England (or better for children).
 * @cssprop --oat-color-worse - Colour of more pressure than England (or worse for children): the opportunity.
 * @cssprop --oat-color-similar - Colour of a similar verdict.
 * @cssprop --oat-color-no-judgement - Colour of higher or lower, for a council’s own indicator whose file states no direction.
 * @cssprop --oat-color-not-compared - Colour of not compared and no data.
 * @cssprop --oat-color-border - Card border colour.
 * @cssprop --oat-color-surface - Card background.
 * @cssprop --oat-color-focus - Focus outline colour.
 * @cssprop --oat-spine-range - Fill of the spine's full range.
 * @cssprop --oat-spine-middle - Fill of the band where half of all councils lie (25th to 75th percentile).
 * @cssprop --oat-space - Base spacing unit.
 * @cssprop --oat-radius - Corner radius.
 */
export class OatIndicator extends OatHeadedElement {
  static override styles = [...OatElement.styles, verdictBadgeStyles, spineStyles, aboutStyles, noticeStyles, indicatorStyles];

  /** The indicator's slug. */
  @property({ reflect: true }) indicator?: string;

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  /** `full` or `compact`. */
  @property({ reflect: true }) view: IndicatorLayout = 'full';

  /**
   * A ready-made view to show instead of loading one, as `<oat-assessment>` does for its
   * indicators; `info` must be set with it.
   */
  @property({ attribute: false }) data?: IndicatorView;

  /** Where a ready-made `data` view came from. */
  @property({ attribute: false }) info?: SourceInfo;

  @state() private asTable = false;
  @state() private aboutOpen = false;
  @state() private trendOpen = false;

  private readonly loading = this.track(
    new Task(this, {
      task: async ([indicator, area, ready, comparator, list], { signal }) =>
        ready ? initialState : loadIndicatorView(this.resolveSource(), indicator, area, signal, { comparator, list }),
      args: () =>
        [this.indicator, this.areaOr(this.area), this.data, this.comparatorChoice().comparator, this.comparatorChoice().list, ...this.sourceKey()] as const,
    }),
  );

  protected override render(): TemplateResult {
    if (this.data && this.info) return this.renderView(this.data, this.info, false);
    return this.loading.render({
      initial: () => this.renderLoading(),
      pending: () => (this.refreshing && this.loading.value ? this.renderView(this.loading.value.view, this.loading.value.info, true) : this.renderLoading()),
      complete: ({ view, info }: LoadedIndicator) => this.renderView(view, info, true),
      error: (error) => this.renderError(error),
    }) as TemplateResult;
  }

  private get compact(): boolean {
    return this.view === 'compact';
  }

  private renderTitle(text: string): TemplateResult {
    return html`<div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(3)}>${text}</div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="card ${this.compact ? 'compact' : ''}" part="base" aria-busy="true">
      <span class="skeleton"></span>
      ${this.compact ? nothing : html`<span class="skeleton big"></span><span class="skeleton chart"></span>`}
      <p class="status" part="status" role="status">Loading ${this.indicator ?? 'indicator'}…</p>
    </section>`;
  }

  private renderError(error: unknown): TemplateResult {
    return html`<section class="card ${this.compact ? 'compact' : ''}" part="base" data-state="error">
      ${this.renderTitle('This indicator could not be shown')}
      <p class="message" part="status">${errorMessage(error)}</p>
    </section>`;
  }

  /** `ownSource` is false when an enclosing element passed the view in and shows the source's notice itself. */
  private renderView(view: IndicatorView, info: SourceInfo, ownSource: boolean): TemplateResult {
    return this.compact ? this.renderCompact(view, ownSource ? info : undefined) : this.renderFull(view, info, ownSource);
  }

  private renderCompact(view: IndicatorView, info: SourceInfo | undefined): TemplateResult {
    const { definition, area, local, england, comparison } = view;
    return html`<section class="card compact" part="base" data-verdict=${comparison.verdict} aria-label=${`${definition.title}, ${area.name}`}>
      ${this.renderTitle(definition.shortTitle)} ${sourceNotice(info)}
      <span class="line">
        <span part="value" class="value">${figureText(view, local?.value)}</span>
        ${
          england?.area === area.code
            ? nothing
            : html`<span class="benchmark-inline">England <span part="benchmark">${figureText(view, england?.value)}</span></span>`
        }
        <span part="status">${verdictBadge(comparison, { short: true })}</span>
        ${comparisonOf(view, 'clause')}
      </span>
    </section>`;
  }

  private renderFull(view: IndicatorView, info: SourceInfo, ownSource: boolean): TemplateResult {
    const { definition, area, local, england, comparison } = view;
    const period = local?.period.label || england?.period.label;
    const provenance = provenanceOf(view, local, info);
    const caption = `${definition.shortTitle}: ${area.name} among England’s councils`;
    return html`<section class="card" part="base" data-verdict=${comparison.verdict} aria-label=${`${definition.title}, ${area.name}`}>
      ${this.renderTitle(definition.title)} ${ownSource ? sourceNotice(info) : nothing}
      <dl class="figures">
        <div>
          <dt>${area.name}</dt>
          <dd part="value">${figureText(view, local?.value)}</dd>
        </div>
        ${
          england?.area === area.code
            ? nothing
            : html`<div class="benchmark">
              <dt>England</dt>
              <dd part="benchmark">${figureText(view, england?.value)}${england?.period.label && local?.period.label && england.period.sortKey !== local.period.sortKey ? ` (${england.period.label})` : ''}</dd>
              ${benchmarkFromCouncil(view, info) ? html`<dd class="sub" part="benchmark-source">${benchmarkFromCouncil(view, info)}</dd>` : nothing}
            </div>`
        }
        ${
          view.parent
            ? html`<div class="benchmark">
              <dt>${view.parent.area.name}</dt>
              <dd part="parent">${figureText(view, view.parent.observation?.value)}</dd>
            </div>`
            : nothing
        }
      </dl>
      <p class="status" part="status">${verdictBadge(comparison, { how: true })}</p>
      ${view.parent ? html`<p class="status" part="parent-status">${verdictBadge(view.parent.comparison, { benchmark: view.parent.area.name })}</p>` : nothing}
      ${comparisonOf(view, 'full')}
      ${
        view.spread
          ? html`<div class="chart-area">
            ${this.asTable ? spreadTable(view, caption) : spineChart(view, { ends: true })}
            <button type="button" class="toggle" part="toggle" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>
              Show as table
            </button>
          </div>`
          : nothing
      }
      ${trendDisclosure(view, this.comparatorChoice(), this.trendOpen, (open) => (this.trendOpen = open))}
      <p class="period">${period ? html`${period} · ` : nothing}${definition.measure}</p>
      ${local?.note ? html`<p class="note">${local.note}</p>` : nothing}
      ${aboutIndicator(view, info, this.aboutOpen, (open) => (this.aboutOpen = open))}
      ${
        provenance
          ? html`<p class="source" part="source">
            Source: ${provenance.url ? html`<a href=${provenance.url} rel="noopener">${provenanceShort(provenance)}</a>` : provenanceShort(provenance)}.
            ${sourceLine(info)}
          </p>`
          : html`<p class="source" part="source">${sourceLine(info)}</p>`
      }
    </section>`;
  }
}
