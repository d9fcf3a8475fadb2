import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import type { DomainId, ReadingKind, SourceInfo } from '../../src/model.js';
import { describeUnit } from '../../src/format/unit.js';
import { benchmarkFromCouncil, figureText, provenanceOf, sourcesLine, summaryLine } from '../../src/view-models/describe.js';
import { readingKind } from '../../src/stats/compare.js';
import { spineEnds } from '../../src/charts/spine.js';
import { methodShortText, verdictText } from '../../src/format/verdict.js';
import { provenanceShort } from '../../src/format/provenance.js';
import type { IndicatorView } from '../../src/view-models/indicator-view.js';
import { loadDomainView, type DomainView, type LoadedDomain } from '../../src/view-models/assessment-view.js';
import { aboutIndicator, aboutStyles } from '../shared/about.js';
import { errorMessage } from '../shared/messages.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { spineChart, spineStyles } from '../shared/spine-chart.js';
import { verdictBadge, verdictBadgeStyles } from '../shared/verdict-badge.js';
import { noticeStyles, sourceNotice } from '../shared/notice.js';
import { indicatorNoteKey, type AreaNotes } from '../../src/notes/notes.js';
import { noteFieldStyles, rowNote } from '../shared/note-field.js';
import { comparison as comparisonOf, trendDisclosure } from '../shared/more-views.js';
import { domainStyles } from './oat-domain.styles.js';

let instances = 0;

/**
 * One domain of the stress–vulnerability–adaptation model for one area: why it matters for parents'
 * relationships, a one-line summary of how the area compares with England, and every indicator in
 * one aligned table – the spine charts of all rows share one convention (England in the middle,
 * more pressure, or worse for children, on the left) so a reader can scan down the column. Each row
 * names the source and licence of its own figure. Both views are real tables, so they paste into Word
 * or a spreadsheet as tables. Inside `<oat-assessment>` each row also takes a team note.
 *
 * @summary One domain of the assessment for one area.
 * @tag oat-domain
 *
 * @attr domain - `stressful-circumstances`, `individual-vulnerabilities`, `family-relationships` or `children-outcomes`.
 * @attr area - The area's ONS code. Inside `<oat-provider>` it defaults to the provider's area.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live, falling back to the snapshot) or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr heading-level - Heading level (1–6) of the domain's title; 3 by default.
 * @attr comparator - Also compare each indicator with the area's `region` or its statistical `neighbours`; `england` (default) alone. England's comparison always comes first.
 * @attr neighbours-list - With `comparator="neighbours"`: `dfe-2025` (default), `dfe-2021` or `ons`.
 *
 * @csspart base - The whole domain.
 * @csspart title - The domain's title.
 * @csspart skip - The link, shown when focused, that skips past the domain's rows to its sources.
 * @csspart summary - The summary line: on how many measures the area's families face more pressure than England's (or its children fare worse).
 * @csspart verdict - Each row's verdict: a shape and words.
 * @csspart judged - How each row's verdict was reached.
 * @csspart table - The indicators' rows.
 * @csspart row - Each indicator's row.
 * @csspart chart - Each spine chart.
 * @csspart toggle - The "Show as table" button.
 * @csspart download - The "Download chart (PNG)" button: the chart for slides, drawn without loading any image, so it works under a strict CSP.
 * @csspart comparison - Each row's comparison with the region or neighbours (`<oat-comparison>`), when one is chosen.
 * @csspart trend-toggle - Each row's "Trend over time" button.
 * @csspart trend - A row's trend (`<oat-trend>`), once its button is pressed: fetched then.
 * @csspart row-note - A row's team note, when one is written (inside `<oat-assessment>`).
 * @csspart note - The box a row's team note is written in.
 * @csspart status - The loading or error message.
 *
 * @cssprop --oat-color-better - Colour of less pressure than England (or better for children).
 * @cssprop --oat-color-worse - Colour of more pressure than England (or worse for children): the opportunity.
 * @cssprop --oat-color-border - Row rule colour.
 * @cssprop --oat-spine-range - Fill of the spine's full range.
 * @cssprop --oat-spine-middle - Fill of the band where half of all councils lie (25th to 75th percentile).
 * @cssprop --oat-space - Base spacing unit.
 */
export class OatDomain extends OatHeadedElement {
  static override styles = [...OatElement.styles, verdictBadgeStyles, spineStyles, aboutStyles, noticeStyles, noteFieldStyles, domainStyles];

  /** Which domain. */
  @property({ reflect: true }) domain?: DomainId | string;

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  /** A ready-made view to show instead of loading one (`<oat-assessment>` uses this); set `info` with it. */
  @property({ attribute: false }) data?: DomainView;

  /** Where a ready-made `data` view came from. */
  @property({ attribute: false }) info?: SourceInfo;

  /** The team's notes, one per row: `<oat-assessment>` hands in the area's notes; without them rows take none. */
  @property({ attribute: false }) notesStore?: AreaNotes;

  @state() private asTable = false;
  @state() private exportMessage = '';
  /** Slugs whose "About this indicator" is open. */
  @state() private aboutOpen = new Set<string>();
  /** Slugs whose trend is open. */
  @state() private trendsOpen = new Set<string>();
  /** Slugs whose notes box is open. */
  @state() private notesOpen = new Set<string>();

  private readonly idPrefix = `oat-domain-${++instances}`;
  private unsubscribe?: () => void;

  private readonly loading = this.track(
    new Task(this, {
      task: async ([domain, area, ready, comparator, list], { signal }) =>
        ready ? initialState : loadDomainView(this.resolveSource(), domain, area, signal, { comparator, list }),
      args: () =>
        [this.domain, this.areaOr(this.area), this.data, this.comparatorChoice().comparator, this.comparatorChoice().list, ...this.sourceKey()] as const,
    }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('notesStore')) this.listen();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Re-renders the rows whenever a note changes, here or elsewhere in the assessment. */
  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.notesStore?.subscribe(() => this.requestUpdate());
  }

  protected override render(): TemplateResult {
    if (this.data && this.info) return this.renderView(this.data, this.info, false);
    return this.loading.render({
      initial: () => this.renderLoading(),
      pending: () => (this.refreshing && this.loading.value ? this.renderView(this.loading.value.view, this.loading.value.info, true) : this.renderLoading()),
      complete: ({ view, info }: LoadedDomain) => this.renderView(view, info, true),
      error: (error) => html`<section class="domain" part="base">
        ${this.renderTitle('This part of the assessment could not be shown')}
        <p class="message" part="status">${errorMessage(error)}</p>
      </section>`,
    }) as TemplateResult;
  }

  private renderTitle(text: string): TemplateResult {
    return html`<div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(3)} id="title">${text}</div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="domain" part="base" aria-busy="true">
      <span class="skeleton short"></span>
      <span class="skeleton"></span>
      ${[1, 2, 3, 4].map(() => html`<span class="skeleton tall"></span>`)}
      <p class="message" part="status" role="status">Loading ${this.domain ?? 'domain'}…</p>
    </section>`;
  }

  /** `ownSource` is false when an enclosing assessment passed the view in and shows the source's notice itself. */
  private renderView(view: DomainView, info: SourceInfo, ownSource: boolean): TemplateResult {
    const { domain, area, indicators } = view;
    return html`<section class="domain" part="base" aria-labelledby="title" data-domain=${domain.id}>
      ${this.renderTitle(domain.title)}
      <p class="explanation">${domain.explanation}</p>
      ${ownSource ? sourceNotice(info) : nothing}
      <p class="summary" part="summary">${area.name}: ${summaryLine(indicators, readingKind(domain.id))}</p>
      <div class="tools">
        ${this.asTable ? html`<span></span>` : this.renderLegend(area.name)}
        <span class="buttons">
          ${
            this.asTable
              ? nothing
              : html`<button type="button" class="toggle" part="download" @click=${() => void this.downloadPng(view, info)}>Download chart (PNG)</button>`
          }
          <button type="button" class="toggle" part="toggle" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>
            Show as table
          </button>
        </span>
      </div>
      <p class="export-status" role="status">${this.exportMessage}</p>
      <a class="skip" part="skip" href="#source" @click=${this.skipRows}>Skip the ${indicators.length} rows of ${domain.title}</a>
      <table class="rows ${this.asTable ? 'table-mode' : ''}" part="table" aria-labelledby="title" aria-describedby="source">
        <thead>
          ${this.asTable ? this.renderTableHead(area.name) : this.renderChartHead(area.name, readingKind(domain.id))}
        </thead>
        <tbody>
          ${indicators.map((indicator) => (this.asTable ? this.renderTableRow(indicator, info) : this.renderChartRow(indicator, info)))}
        </tbody>
      </table>
      <p class="legend" id="source" tabindex="-1">${sourcesLine(indicators, info)}</p>
    </section>`;
  }

  /** The skip link's target is in this shadow root, where the page's own #fragment cannot reach: move focus to it. */
  private skipRows(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#source')?.focus();
  }

  /** Saves the chart as a PNG for slides; its drawing code is fetched the first time it is needed. */
  private async downloadPng(view: DomainView, info: SourceInfo): Promise<void> {
    try {
      const { domainPngBlob, domainFileName } = await import('./domain-png.js');
      const blob = await domainPngBlob(view, info, this.renderRoot, getComputedStyle(this).fontFamily);
      const { saveBlob } = await import('../shared/save-file.js');
      saveBlob(blob, domainFileName(view), this.renderRoot);
      this.exportMessage = '';
    } catch (error) {
      this.exportMessage = errorMessage(error);
    }
  }

  private renderLegend(areaName: string): TemplateResult {
    return html`<p class="legend" aria-label="How to read the charts">
      <span><svg aria-hidden="true" viewBox="0 0 24 12"><rect class="range" x="0" y="2" width="24" height="8"></rect></svg> range of councils</span>
      <span><svg aria-hidden="true" viewBox="0 0 24 12"><rect class="middle" x="0" y="2" width="24" height="8"></rect></svg> where half of councils lie</span>
      <span><svg aria-hidden="true" viewBox="0 0 24 12">${svg`<line class="england" x1="12" x2="12" y1="0" y2="12"></line>`}</svg> England</span>
      <span>marker: ${areaName}, with its 95% confidence interval</span>
    </p>`;
  }

  private renderChartHead(areaName: string, reads: ReadingKind): TemplateResult {
    const ends = spineEnds(reads);
    return html`<tr class="head" role="row">
      <th scope="col" role="columnheader">Indicator</th>
      <th scope="col" role="columnheader">${areaName}</th>
      <th scope="col" role="columnheader">England</th>
      <th scope="col" role="columnheader">Compared with England</th>
      <th scope="col" role="columnheader" class="chart-cell">
        Where ${areaName} sits among councils
        <span class="ends" aria-hidden="true"><span>← ${ends.left.toLowerCase()}</span><span>${ends.right.toLowerCase()} →</span></span>
      </th>
    </tr>`;
  }

  private renderTableHead(areaName: string): TemplateResult {
    return html`<tr class="head" role="row">
      <th scope="col" role="columnheader">Indicator</th>
      <th scope="col" role="columnheader">${areaName}</th>
      <th scope="col" role="columnheader">95% confidence interval</th>
      <th scope="col" role="columnheader">England</th>
      <th scope="col" role="columnheader">Compared with England</th>
      <th scope="col" role="columnheader">How judged</th>
      <th scope="col" role="columnheader">Lowest council</th>
      <th scope="col" role="columnheader">Highest council</th>
      <th scope="col" role="columnheader">Source</th>
    </tr>`;
  }

  private renderName(view: IndicatorView, info: SourceInfo): TemplateResult {
    const { definition, local, england } = view;
    const period = local?.period.label || england?.period.label;
    const provenance = provenanceOf(view, local, info);
    const notes = this.notesStore;
    return html`<th scope="row" role="rowheader" class="name">
      ${definition.title}
      <span class="sub">${period ? html`${period} · ` : nothing}${describeUnit(definition.unit)}</span>
      ${provenance ? html`<span class="sub provenance">${provenanceShort(provenance)}</span>` : nothing}
      ${local?.note ? html`<span class="note">${local.note}</span>` : nothing}
      ${aboutIndicator(view, info, this.aboutOpen.has(definition.slug), (open) => (this.aboutOpen = toggled(this.aboutOpen, definition.slug, open)))}
      ${trendDisclosure(view, this.comparatorChoice(), this.trendsOpen.has(definition.slug), (open) => (this.trendsOpen = toggled(this.trendsOpen, definition.slug, open)))}
      ${
        notes
          ? rowNote(
              notes,
              indicatorNoteKey(definition.slug),
              definition.title,
              `${this.idPrefix}-${definition.slug}`,
              this.notesOpen.has(definition.slug),
              (open) => (this.notesOpen = toggled(this.notesOpen, definition.slug, open)),
            )
          : nothing
      }
    </th>`;
  }

  /** For a sub-area such as a ward: how it compares with its own authority. */
  private renderParent(view: IndicatorView): TemplateResult | typeof nothing {
    if (!view.parent) return nothing;
    return html`<span class="parent-verdict" data-verdict=${view.parent.comparison.verdict}>
      ${verdictBadge(view.parent.comparison, { benchmark: view.parent.area.name })}
      <span class="note">${view.parent.area.name}: ${figureText(view, view.parent.observation?.value)}</span>
    </span>`;
  }

  private renderChartRow(view: IndicatorView, info: SourceInfo): TemplateResult {
    const { area, local, england, comparison } = view;
    return html`<tr class="row" part="row" role="row" data-verdict=${comparison.verdict} data-indicator=${view.definition.slug}>
      ${this.renderName(view, info)}
      <td role="cell" class="num value" data-label=${area.name}>${figureText(view, local?.value)}</td>
      <td role="cell" class="num" data-label="England">${figureText(view, england?.value)}${englandPeriod(view)}${englandSource(view, info)}</td>
      ${
        comparison.verdict === 'no-data'
          ? // Without a figure there is nothing to place on the chart: the reason takes its room, and the row stays short.
            html`<td role="cell" class="verdict-cell" colspan="2" data-label="Compared with England">${verdictBadge(comparison)}${this.renderParent(view)}</td>`
          : html`<td role="cell" class="verdict-cell" data-label="Compared with England">
              ${verdictBadge(comparison, { how: 'brief' })}${this.renderParent(view)}${comparisonOf(view, 'summary')}
            </td>
            <td role="cell" class="chart-cell">${spineChart(view, { ends: true })}</td>`
      }
    </tr>`;
  }

  private renderTableRow(view: IndicatorView, info: SourceInfo): TemplateResult {
    const { area, local, england, comparison, spread } = view;
    const interval = comparison.interval;
    const figure = (value: number | undefined) => figureText(view, value);
    const provenance = provenanceOf(view, local, info);
    return html`<tr class="row" part="row" role="row" data-verdict=${comparison.verdict} data-indicator=${view.definition.slug}>
      ${this.renderName(view, info)}
      <td role="cell" class="num value" data-label=${area.name}>${figureText(view, local?.value)}</td>
      <td role="cell" class="num" data-label="95% confidence interval">${interval ? `${figure(interval.lower)} to ${figure(interval.upper)}` : 'none'}</td>
      <td role="cell" class="num" data-label="England">${figureText(view, england?.value)}${englandPeriod(view)}${englandSource(view, info)}</td>
      <td role="cell" data-label="Compared with England">${verdictText(comparison)}${this.renderParent(view)} ${comparisonOf(view, 'clause')}</td>
      <td role="cell" data-label="How judged">${methodShortText(comparison)}</td>
      <td role="cell" class="num" data-label="Lowest council">${figure(spread?.min)}</td>
      <td role="cell" class="num" data-label="Highest council">${figure(spread?.max)}</td>
      <td role="cell" data-label="Source">${provenance ? provenanceShort(provenance) : 'none'}</td>
    </tr>`;
  }
}

/** A set with `slug` added (when `open`) or taken out; the same set when nothing changes. */
function toggled(set: Set<string>, slug: string, open: boolean): Set<string> {
  if (open === set.has(slug)) return set;
  const next = new Set(set);
  if (open) next.add(slug);
  else next.delete(slug);
  return next;
}

/** Where England's figure came from, when it is a council's own rather than the publisher's. */
function englandSource(view: IndicatorView, info: SourceInfo): TemplateResult | typeof nothing {
  const words = benchmarkFromCouncil(view, info);
  return words ? html` <span class="sub">(${words})</span>` : nothing;
}

/** England's period, when it differs from the area's, so two periods are never shown as one. */
function englandPeriod(view: IndicatorView): TemplateResult | typeof nothing {
  const { local, england } = view;
  if (!england?.period.label || !local?.period.label || england.period.sortKey === local.period.sortKey) return nothing;
  return html`<span class="sub">(${england.period.label})</span>`;
}
