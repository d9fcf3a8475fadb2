import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { linearScale } from '../../src/charts/linear.js';
import { rankText } from '../../src/format/comparator-words.js';
import { licenceName } from '../../src/format/licence.js';
import { formatNumber } from '../../src/format/number.js';
import { methodText } from '../../src/format/verdict.js';
import type { SourceInfo } from '../../src/model.js';
import type { ComparatorView } from '../../src/view-models/comparator-view.js';
import { figureText } from '../../src/view-models/describe.js';
import { loadIndicatorView, type IndicatorView } from '../../src/view-models/indicator-view.js';
import { errorMessage } from '../shared/messages.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { comparisonStyles } from './oat-comparison.styles.js';

/** The layouts `<oat-comparison>` offers. */
export const COMPARISON_VIEWS = ['full', 'summary', 'clause', 'group'] as const;

let instances = 0;

/** One bar of the neighbours' chart. */
interface Bar {
  name: string;
  value: number;
  own: boolean;
}

/**
 * The comparison of one indicator with the area's region or its statistical neighbours, which adds to
 * the comparison with England and never replaces it: "and more than councils like us". For neighbours
 * it shows their average (as DfE's LAIT does), the area's rank among itself and its neighbours and among
 * all councils ("3rd highest of 153"), and each neighbour's figure in a small chart or a table; the list
 * and its vintage are always named, since DfE's and ONS's lists disagree. For a region it shows the
 * region's figure, judged the way England's is, and the area's rank among the region's councils.
 *
 * @summary An indicator compared with the area's region or statistical neighbours.
 * @tag oat-comparison
 *
 * @attr indicator - The indicator's slug, when the element loads its own figures.
 * @attr area - The area's ONS code. Inside `<oat-provider>` it defaults to the provider's area.
 * @attr comparator - `region` or `neighbours` (the default here, since `england` alone is what `<oat-indicator>` shows).
 * @attr neighbours-list - With `comparator="neighbours"`: `dfe-2025` (default), `dfe-2021` or `ons`.
 * @attr view - `full` (default); `summary`: the verdict and a button that opens the figures; `clause`: the verdict alone; `group`: a sentence naming the region, or the list and every neighbour.
 * @attr heading-level - Heading level (1–6) of the title; 4 by default.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` or a council's file.
 *
 * @csspart base - The whole comparison.
 * @csspart clause - The verdict: "and more than councils like us (DfE statistical neighbours, May 2025)".
 * @csspart figures - The group's figure (the region's, or the neighbours' average) and the ranks.
 * @csspart chart - The chart of each neighbour's figure.
 * @csspart table - The same figures as a table.
 * @csspart toggle - The buttons.
 * @csspart source - The list's source and licence.
 *
 * @cssprop --oat-trend-comparator - Colour of the neighbours' average rule.
 */
export class OatComparison extends OatHeadedElement {
  static override styles = [...OatElement.styles, comparisonStyles];

  /** The indicator's slug. */
  @property({ reflect: true }) indicator?: string;

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  /** `full`, `summary` or `clause`. */
  @property({ reflect: true }) view: (typeof COMPARISON_VIEWS)[number] = 'full';

  /** A view with its comparison made, from an enclosing element. */
  @property({ attribute: false }) data?: IndicatorView;

  @state() private open = false;
  @state() private asTable = false;

  private readonly bodyId = `oat-comparison-${++instances}`;

  private readonly loading = this.track(
    new Task(this, {
      task: async ([ready, indicator, area, comparator, list], { signal }) =>
        ready ? initialState : loadIndicatorView(this.resolveSource(), indicator, area, signal, { comparator: comparator ?? 'neighbours', list }),
      args: () => {
        const choice = this.comparatorChoice();
        return [this.data, this.indicator, this.areaOr(this.area), choice.comparator, choice.list, ...this.sourceKey()] as const;
      },
    }),
  );

  protected override render(): TemplateResult {
    if (this.data) return this.renderView(this.data);
    return this.loading.render({
      initial: () => html`<p class="status" role="status">Loading the comparison…</p>`,
      pending: () => html`<p class="status" role="status">Loading the comparison…</p>`,
      complete: ({ view, info }: { view: IndicatorView; info: SourceInfo }) => this.renderView(view, info),
      error: (error) => html`<p class="status" role="alert">${errorMessage(error)}</p>`,
    }) as TemplateResult;
  }

  private renderView(view: IndicatorView, info?: SourceInfo): TemplateResult {
    const comparator = view.comparator;
    if (!comparator) return html``;
    const clause = html`<span class="clause" part="clause" data-kind=${comparator.kind} data-verdict=${comparator.comparison?.verdict ?? 'not-compared'}
      >${comparator.clause}</span
    >`;
    if (this.view === 'clause') return clause;
    if (this.view === 'group') return html`<span part="base">${groupSentence(view, comparator)}</span>`;
    const details = !comparator.problem && (comparator.kind === 'neighbours' || comparator.rankInGroup);
    if (this.view === 'summary') {
      return html`<div class="summary" part="base">
        ${clause}
        ${
          details
            ? html`<button type="button" class="toggle" part="toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.bodyId} @click=${() => (this.open = !this.open)}>
                ${comparator.kind === 'neighbours' ? 'Neighbours’ figures' : `${comparator.label}’s figures`}<span class="visually-hidden">: ${view.definition.shortTitle}</span>
              </button>
              <div id=${this.bodyId} ?hidden=${!this.open}>${this.open ? this.renderDetails(view, comparator) : nothing}</div>`
            : nothing
        }
      </div>`;
    }
    return html`<section class="comparison" part="base">
      <div class="title" role="heading" aria-level=${this.headingLevelOr(4)}>
        Compared with ${comparator.kind === 'neighbours' ? `councils like ${view.area.name}` : comparator.label}
      </div>
      <p class="lead">${view.definition.shortTitle}, ${view.area.name}: ${clause}</p>
      ${details ? this.renderDetails(view, comparator) : nothing}
      ${info ? html`<p class="source">${info.name}.</p>` : nothing}
    </section>`;
  }

  private renderDetails(view: IndicatorView, comparator: ComparatorView): TemplateResult {
    const period = view.local?.period.label;
    return html`<dl class="figures" part="figures">
        ${
          comparator.benchmarkLabel
            ? html`<div><dt>${comparator.benchmarkLabel}${comparator.average && comparator.neighbours && comparator.average.of < comparator.neighbours.length ? ` (${comparator.average.of} of ${comparator.neighbours.length} with a figure)` : ''}</dt>
              <dd>${figureText(view, comparator.benchmark)}</dd></div>`
            : nothing
        }
        ${
          comparator.rankInGroup
            ? html`<div><dt>${view.area.name} among ${comparator.kind === 'neighbours' ? 'itself and its neighbours' : `${comparator.group}’s councils`}</dt><dd>${rankText(comparator.rankInGroup)}</dd></div>`
            : nothing
        }
        ${comparator.rankAmongAll ? html`<div><dt>Among all councils${period ? `, ${period}` : ''}</dt><dd>${rankText(comparator.rankAmongAll)}</dd></div>` : nothing}
      </dl>
      ${comparator.comparison ? html`<p class="method">${methodText(comparator.comparison, comparator.kind === 'neighbours' ? 'the neighbours’ average' : comparator.group)}</p>` : nothing}
      ${
        comparator.neighbours
          ? html`${this.asTable ? this.renderTable(view, comparator) : this.renderChart(view, comparator)}
            <button type="button" class="toggle" part="toggle" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>Show as table</button>`
          : nothing
      }
      ${
        comparator.list
          ? html`<p class="source" part="source">
            ${comparator.label}: ${comparator.list.method}
            Source: <a href=${comparator.list.source.url} rel="noopener">${comparator.list.source.publisher}, ${comparator.list.source.dataset}</a>.
            ${licenceName(comparator.list.source.licence)}.
          </p>`
          : nothing
      }`;
  }

  private bars(view: IndicatorView, comparator: ComparatorView): Bar[] {
    const bars: Bar[] = (comparator.neighbours ?? []).flatMap((row) =>
      typeof row.observation?.value === 'number' ? [{ name: row.name, value: row.observation.value, own: false }] : [],
    );
    if (typeof view.local?.value === 'number') bars.push({ name: view.area.name, value: view.local.value, own: true });
    return bars.sort((a, b) => b.value - a.value);
  }

  /** Each council's figure as a bar, highest first, the area's own marked and named, the average and England as rules. */
  private renderChart(view: IndicatorView, comparator: ComparatorView): TemplateResult {
    const bars = this.bars(view, comparator);
    const england = view.england?.value;
    const values = [...bars.map((bar) => bar.value), ...(typeof england === 'number' ? [england] : []), comparator.average?.value ?? 0];
    const width = 320;
    const left = 130;
    const rowHeight = 18;
    const height = bars.length * rowHeight + 22;
    const x = linearScale([Math.min(0, ...values), Math.max(...values) || 1], [left, width - 56]);
    const rule = (value: number | undefined | null, className: string, label: string) =>
      typeof value === 'number'
        ? svg`<line class=${className} x1=${x(value)} x2=${x(value)} y1="0" y2=${bars.length * rowHeight}></line>
            <text class="tick" x=${x(value)} y=${bars.length * rowHeight + 14} text-anchor="middle">${label}</text>`
        : nothing;
    const description = `${view.definition.shortTitle}: ${bars.map((bar) => `${bar.name} ${figureText(view, bar.value)}`).join('; ')}. Neighbours’ average ${figureText(view, comparator.average?.value)}.`;
    return html`<svg class="neighbours-chart" part="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label=${description}>
      ${bars.map(
        (bar, index) => svg`<g class=${bar.own ? 'bar own' : 'bar'} transform=${`translate(0 ${index * rowHeight})`}>
          <text class="name" x=${left - 6} y="12" text-anchor="end">${bar.own ? `▶ ${bar.name}` : bar.name}</text>
          <rect x=${x(Math.min(0, bar.value))} y="3" width=${Math.max(1, Math.abs(x(bar.value) - x(0)))} height=${rowHeight - 6}></rect>
          <text class="value" x=${x(bar.value) + 4} y="12">${formatNumber(bar.value, view.definition.decimals)}</text>
        </g>`,
      )}
      ${rule(comparator.average?.value, 'average', 'average')} ${rule(england, 'england', 'England')}
    </svg>`;
  }

  private renderTable(view: IndicatorView, comparator: ComparatorView): TemplateResult {
    const closeness = comparator.neighbours?.some((row) => row.closeness);
    return html`<div class="table-wrap"><table part="table">
      <caption>${view.definition.shortTitle}, ${view.local?.period.label ?? ''}: ${view.area.name} and its neighbours (${comparator.label}), closest first</caption>
      <thead><tr><th scope="col">Council</th>${closeness ? html`<th scope="col">Closeness</th>` : nothing}<th scope="col">Figure</th></tr></thead>
      <tbody>
        <tr class="own"><th scope="row">${view.area.name}</th>${closeness ? html`<td></td>` : nothing}<td>${figureText(view, view.local?.value)}</td></tr>
        ${comparator.neighbours?.map(
          (row) =>
            html`<tr><th scope="row">${row.name}</th>${closeness ? html`<td>${row.closeness ?? ''}</td>` : nothing}<td>${
              row.observation ? figureText(view, row.observation.value) : row.former ? 'no figure: no longer a council' : 'no figure'
            }</td></tr>`,
        )}
        <tr><th scope="row">Neighbours’ average</th>${closeness ? html`<td></td>` : nothing}<td>${figureText(view, comparator.average?.value)}</td></tr>
        ${view.england ? html`<tr><th scope="row">England</th>${closeness ? html`<td></td>` : nothing}<td>${figureText(view, view.england.value)}</td></tr>` : nothing}
      </tbody>
    </table></div>`;
  }
}

/** Which councils the area is compared with, in a sentence: the list, its vintage and every neighbour, or the region. */
function groupSentence(view: IndicatorView, comparator: ComparatorView): string {
  if (comparator.problem) return comparator.problem;
  if (comparator.kind === 'region') return `Each is also compared with ${comparator.group}’s figure, judged the way England’s is.`;
  const names = (comparator.neighbours ?? []).map((row) => row.name);
  return `Each is also compared with councils like ${view.area.name} – its ${comparator.label}: ${names.join(', ')} – by their average, as DfE’s local authority interactive tool shows it.`;
}
