import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { dateInWords } from '../../src/format/date.js';
import { licenceName } from '../../src/format/licence.js';
import { formatNumber } from '../../src/format/number.js';
import { trendEffect } from '../../src/format/trend-words.js';
import type { IndicatorView } from '../../src/view-models/indicator-view.js';
import { loadTrendView, type TrendRow, type TrendView } from '../../src/view-models/trend-view.js';
import { errorMessage } from '../shared/messages.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { figureText } from '../../src/view-models/describe.js';
import { bareFigure, describeTrend, trendChartTemplate, trendLegend } from './trend-chart.js';
import { trendStyles } from './oat-trend.styles.js';

/**
 * One indicator's figures for one area over time, with England's and, when one is chosen, the region's
 * or the statistical neighbours' average: a small chart with 95% intervals where they are known (or a
 * table of every period, with counts and denominators), the periods as the publisher labels them, every
 * break in the series said plainly (a changed definition, a gap year, a council created by a
 * reorganisation), and a reading of the recent trend like Fingertips': the latest five periods tested
 * for a linear trend where counts or intervals allow, read the tool's way ("Rising – more pressure"),
 * otherwise the direction only, said to be untested. The earlier figures are fetched only when a trend
 * is shown: one small file per area.
 *
 * @summary One indicator's figures over time, with a trend test.
 * @tag oat-trend
 *
 * @attr indicator - The indicator's slug, e.g. `children-in-need`.
 * @attr area - The area's ONS code. Inside `<oat-provider>` it defaults to the provider's area.
 * @attr comparator - Also draw the area's `region` or its `neighbours`' average; `england` (default) draws England only.
 * @attr neighbours-list - With `comparator="neighbours"`: `dfe-2025` (default), `dfe-2021` or `ons`.
 * @attr heading-level - Heading level (1–6) of the trend's title; 4 by default.
 * @attr source - Where the indicator and area are looked up: `snapshot` (default), `fingertips` or a council's file. The earlier figures always come from the embedded snapshot's history.
 *
 * @csspart base - The whole trend.
 * @csspart toggle - The "Show as table" button.
 * @csspart verdict - The trend in words, with a shape.
 * @csspart method - How the trend was read.
 * @csspart breaks - The list of breaks in the series.
 * @csspart chart - The chart.
 * @csspart table - The table of every period.
 * @csspart source - The source and licence line.
 * @csspart status - The loading or error message.
 *
 * @cssprop --oat-color-worse - Colour of a trend towards more pressure (or worse for children).
 * @cssprop --oat-color-better - Colour of a trend towards less pressure (or better for children).
 * @cssprop --oat-trend-england - Colour of England's line.
 * @cssprop --oat-trend-comparator - Colour of the region's or neighbours' line.
 */
export class OatTrend extends OatHeadedElement {
  static override styles = [...OatElement.styles, trendStyles];

  /** The indicator's slug. */
  @property({ reflect: true }) indicator?: string;

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  /** The indicator and area already loaded by an enclosing element, so neither is asked for again. */
  @property({ attribute: false }) data?: IndicatorView;

  @state() private asTable = false;

  private readonly loading = this.track(
    new Task(this, {
      task: async ([indicator, area, data, comparator, list], { signal }) => {
        const given = data ? { definition: data.definition, area: data.area } : undefined;
        return loadTrendView(this.resolveSource(), indicator, area, { comparator, list }, signal, given);
      },
      args: () => {
        const choice = this.comparatorChoice();
        return [this.indicator, this.areaOr(this.area), this.data, choice.comparator, choice.list, ...this.sourceKey()] as const;
      },
    }),
  );

  protected override render(): TemplateResult {
    return html`<section class="trend" part="base">
      ${this.loading.render({
        initial: () => nothing,
        pending: () => html`<p class="status" part="status" role="status">Loading the earlier figures…</p>`,
        complete: (view: TrendView) => this.renderView(view),
        error: (error) => html`<p class="status" part="status" role="alert">${errorMessage(error)}</p>`,
      })}
    </section>`;
  }

  private renderView(view: TrendView): TemplateResult {
    const { reading } = view;
    const direction = reading.status === 'tested' ? reading.test?.trend : reading.direction;
    const effect = direction === 'rising' || direction === 'falling' ? trendEffect(direction, view.definition.reading) : undefined;
    const title = `${view.definition.shortTitle} over time: ${view.area.name}`;
    return html`<div class="title" role="heading" aria-level=${this.headingLevelOr(4)}>${title}</div>
      <p class="verdict" part="verdict" data-status=${reading.status} data-trend=${direction ?? 'none'} data-effect=${reading.status === 'tested' ? (effect ?? 'none') : 'untested'}>
        <svg class="arrow" viewBox="0 0 16 16" aria-hidden="true">${arrowFor(reading.status === 'tested' ? reading.test?.trend : undefined)}</svg>
        <strong>${view.verdict}</strong>
      </p>
      <p class="method" part="method">${view.method}</p>
      ${
        view.breaks.length
          ? html`<ul class="breaks" part="breaks" aria-label="Breaks in the series">
            ${view.breaks.map(
              (found) =>
                html`<li data-kind=${found.kind}><strong>Break before ${found.before.label}:</strong> ${found.text}${found.url ? html` <a href=${found.url} rel="noopener">Source</a>` : nothing}</li>`,
            )}
          </ul>`
          : nothing
      }
      ${view.comparatorProblem ? html`<p class="method">${view.comparatorProblem}</p>` : nothing}
      ${
        view.rows.length > 1
          ? html`${this.asTable ? this.renderTable(view) : html`${trendChartTemplate(view)}${trendLegend(view)}`}
            <button type="button" class="toggle" part="toggle" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>Show as table</button>`
          : nothing
      }
      ${this.renderSource(view)}`;
  }

  private renderTable(view: TrendView): TemplateResult {
    const breaksBefore = (row: TrendRow) => view.breaks.filter((found) => found.before.sortKey === row.period.sortKey);
    const counted = view.rows.some((row) => row.local.count !== undefined);
    return html`<div class="table-wrap"><table class="trend-table" part="table">
      <caption>${describeTrend(view)}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">${view.area.name}</th>
          <th scope="col">95% confidence interval</th>
          ${counted ? html`<th scope="col">Count</th><th scope="col">Denominator</th>` : nothing}
          ${view.withEngland ? html`<th scope="col">England</th>` : nothing}
          ${view.comparator ? html`<th scope="col">${view.comparator.name}</th>` : nothing}
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        ${view.rows.map((row) => {
          const notes = [
            ...breaksBefore(row).map((found) => `Break: ${found.text}`),
            ...(row.local.missing ? [row.local.missing.message] : []),
            ...(row.local.note ? [row.local.note] : []),
            ...(row.local.countDerivation ? ['Count derived from published figures.'] : []),
            ...(row.comparatorOf != null && row.comparatorOf < 10 && view.comparator?.kind === 'neighbours'
              ? [`Average of ${row.comparatorOf} neighbours with a figure.`]
              : []),
          ];
          return html`<tr data-period=${row.period.label}>
            <th scope="row">${row.period.label}</th>
            <td>${figureText(view, row.local.value)}</td>
            <td>${row.interval ? `${bareFigure(view, row.interval.lower)} to ${bareFigure(view, row.interval.upper)}` : ''}</td>
            ${
              counted
                ? html`<td>${row.local.count === undefined ? '' : formatNumber(row.local.count, Number.isInteger(row.local.count) ? 0 : 1)}</td>
                  <td>${row.local.denominator === undefined ? '' : formatNumber(row.local.denominator, Number.isInteger(row.local.denominator) ? 0 : 1)}</td>`
                : nothing
            }
            ${view.withEngland ? html`<td>${figureText(view, row.england)}</td>` : nothing}
            ${view.comparator ? html`<td>${figureText(view, row.comparator)}</td>` : nothing}
            <td>${notes.join(' ')}</td>
          </tr>`;
        })}
      </tbody>
    </table></div>`;
  }

  private renderSource(view: TrendView): TemplateResult {
    if (!view.sources.length) return html`<p class="source" part="source">${view.absent ?? ''}</p>`;
    return html`<p class="source" part="source">
      Source:
      ${view.sources.map(
        (source, index) => html`${index ? '; ' : ''}<a href=${source.url} rel="noopener">${source.publisher}, ${source.dataset}</a>`,
      )}. ${[...new Set(view.sources.map((source) => licenceName(source.licence)))].join('; ')}. Earlier figures from the embedded snapshot${
        view.builtAt ? `, built ${dateInWords(view.builtAt)}` : ''
      }.
    </p>`;
  }
}

/** An arrow for a tested rise or fall, a level bar for no significant change, nothing when untested. */
function arrowFor(trend: 'rising' | 'falling' | 'no-change' | undefined): SVGTemplateResult {
  switch (trend) {
    case 'rising':
      return svg`<path d="M8 2 14 10H10V14H6V10H2Z"></path>`;
    case 'falling':
      return svg`<path d="M8 14 2 6H6V2H10V6H14Z"></path>`;
    case 'no-change':
      return svg`<path d="M2 6H14V10H2Z"></path>`;
    default:
      return svg`<circle cx="8" cy="8" r="5" class="hollow"></circle>`;
  }
}
