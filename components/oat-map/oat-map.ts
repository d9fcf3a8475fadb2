// Long because the opportunity map is one interactive picture – layout, labels, tooltip, table and
// downloads share its state; its geometry lives in src/charts/opportunity-map.ts.
import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { sourceLine } from '../../src/format/date.js';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { Task, initialState } from '@lit/task';
import type { Measure, MapLayout } from '../../src/charts/opportunity-map.js';
import type { SourceInfo } from '../../src/model.js';
import { loadAssessmentView, type AssessmentView } from '../../src/view-models/assessment-view.js';
import { mapView, type MapSegment, type MapView } from '../../src/view-models/opportunity-map-view.js';
import { errorMessage } from '../shared/messages.js';
import { RovingItems } from '../shared/roving-items.js';
import { noticeStyles, sourceNotice } from '../shared/notice.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { MARKERS, verdictBadge, verdictBadgeStyles } from '../shared/verdict-badge.js';
import { layoutFor, mapChart, type MapChartOptions } from './oat-map.chart.js';
import { mapStyles } from './oat-map.styles.js';

import type { IndicatorSelectDetail } from '../shared/events.js';

export type { IndicatorSelectDetail };

/** Containers narrower than this get the compact picture: the ring without labels beside it. */
export const COMPACT_BELOW = 540;

let instances = 0;
/** The font the last map on the page measured its labels in: the best first guess for the next. */
let pageFont: string | undefined;

/**
 * The opportunity map: the whole stress–vulnerability–adaptation model for one area in one picture.
 * The four domains are sectors of a ring, clockwise from the top in the model's order; each indicator
 * is a segment whose pattern and colour give its comparison with England and whose length gives the
 * size of the difference, 0% at the inner ring to 50% or more at the outer ring. Hover or focus a
 * segment for its figures; press Enter or click to choose it. A summary in words comes first, the
 * figures can be shown as a table instead, and the picture can be saved as SVG or PNG for slides.
 *
 * @summary The whole assessment for one area as one picture.
 * @tag oat-map
 *
 * @attr area - The area's ONS code, e.g. `E09000008` (Croydon). Inside `<oat-provider>` it defaults to the provider's area.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live, falling back to the snapshot) or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr heading-level - Heading level (1–6) of the map's title; 3 by default.
 *
 * @fires oat-indicator-select - When the reader chooses a segment (Enter, Space or click). `detail: { indicator, area }`: the indicator's slug and the area's code; bubbles and is composed.
 *
 * @csspart base - The whole element.
 * @csspart title - The map's title.
 * @csspart summary - The summary in words above the picture.
 * @csspart toggle - The "Show as table" button.
 * @csspart download - The "Download SVG" and "Download PNG" buttons.
 * @csspart chart - The picture (an SVG).
 * @csspart tooltip - The figures shown for the segment under the pointer or with focus.
 * @csspart table - The table shown instead of the picture.
 * @csspart status - The loading or error message.
 * @csspart notice - A notice about where the figures came from (a fallback to the snapshot, say).
 *
 * @cssprop --oat-color-better - Colour of less pressure than England (or better for children).
 * @cssprop --oat-color-worse - Colour of more pressure than England (or worse for children): the opportunity.
 * @cssprop --oat-color-similar - Colour of a similar verdict.
 * @cssprop --oat-color-no-judgement - Colour of higher or lower, for a council’s own indicator whose file states no direction.
 * @cssprop --oat-color-not-compared - Colour of untested and missing figures.
 * @cssprop --oat-color-on-verdict - Colour of the pattern lines drawn over a verdict's colour.
 * @cssprop --oat-color-focus - Focus ring colour.
 * @cssprop --oat-map-font - Font of the picture's text; the page's font by default.
 * @cssprop --oat-map-background - Background of the picture on the page; none by default (saved files are always white).
 * @cssprop --oat-map-track - Fill of each segment's track from the inner to the outer ring.
 * @cssprop --oat-map-band - Colour of the thin band marking each domain's sector.
 * @csspart key - On a narrow page, the numbered list of the indicators round the ring (their labels do not fit beside it).
 * @cssprop --oat-map-halo - Outline that keeps the scale labels legible over the segments; the map's background (or the page's canvas colour) by default.
 * @cssprop --oat-tooltip-background - Tooltip background.
 * @cssprop --oat-tooltip-color - Tooltip text colour.
 * @cssprop --oat-space - Base spacing unit.
 */
export class OatMap extends OatHeadedElement {
  static override styles = [...OatElement.styles, verdictBadgeStyles, noticeStyles, mapStyles];

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  /** A ready-made assessment to show instead of loading one; `info`, if set, overrides its source information. */
  @property({ attribute: false }) data?: AssessmentView;

  /** Where a ready-made `data` view came from. */
  @property({ attribute: false }) info?: SourceInfo;

  @state() private asTable = false;
  /** Pointer, keyboard and tooltip over the segments, by index: the roving tab stop, the hovered and the focused one. */
  private readonly items = new RovingItems<number>(this, {
    itemOf: (event) => this.segmentOf(event)?.index,
    step: (index, key) => this.step(index, key),
    choose: (index) => this.select(index),
    focus: (index) => this.segmentElement(index)?.focus(),
    isWithin: (target) => target.closest('.map .segment') !== null,
  });
  @state() private compact = false;
  /** The font the labels are measured in, once the observer has read it; until then the page's last known. */
  @state() private font?: string;
  @state() private exportMessage = '';

  private readonly idPrefix = `oat-map-${++instances}`;
  private resizeObserver?: ResizeObserver;
  private prepared?: { input: AssessmentView; info: SourceInfo; compact: boolean; font: string; view: MapView; layout: MapLayout };
  private measurer?: { font: string; measure: Measure };

  private readonly loading = this.track(
    new Task(this, {
      task: async ([area, ready], { signal }) => (ready ? initialState : loadAssessmentView(this.resolveSource(), area, signal)),
      args: () => [this.areaOr(this.area), this.data, ...this.sourceKey()] as const,
    }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      // Printing keeps the picture drawn for the screen: a print layout's narrower column must not
      // swap the labelled map for the compact one. Otherwise it is redrawn in the next frame, as
      // redrawing inside the observer's callback can resize the element again in the same frame,
      // which browsers report as an error ("ResizeObserver loop…").
      if (!width || matchMedia('print').matches) return;
      // Read here, where style and layout are already up to date, never while drawing: reading the
      // font during an update would make the browser work out the styles of the whole page early.
      const font = this.fontFamily();
      pageFont = font;
      requestAnimationFrame(() => {
        this.compact = width < COMPACT_BELOW;
        this.font = font;
      });
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Decide the layout before the first drawing, rather than redrawing once the observer reports.
    if (!this.hasUpdated && this.isConnected && this.clientWidth) this.compact = this.clientWidth < COMPACT_BELOW;
    super.willUpdate(changed);
  }

  /**
   * The map as a stand-alone SVG file, always in the full layout with labels, whatever the element's
   * width. The export code is fetched the first time it is needed.
   */
  async toSvgBlob(): Promise<Blob | undefined> {
    const { mapSvgBlob } = await import('./export.js');
    return this.withFullPicture((svg) => mapSvgBlob(svg));
  }

  /** The map as a PNG at twice its size on a white background. Rejects where the page's security policy forbids drawing it. */
  async toPngBlob(): Promise<Blob | undefined> {
    const { mapPngBlob } = await import('./export.js');
    return this.withFullPicture((svg) => mapPngBlob(svg));
  }

  protected override render(): TemplateResult {
    if (this.data) return this.renderView(this.data, this.info ?? this.data.info, false);
    return this.loading.render({
      initial: () => this.renderLoading(),
      pending: () => (this.refreshing && this.loading.value ? this.renderView(this.loading.value, this.loading.value.info, true) : this.renderLoading()),
      complete: (view: AssessmentView) => this.renderView(view, view.info, true),
      error: (error) => html`<section class="base" part="base" aria-labelledby="title">
        ${this.renderTitle('The opportunity map could not be shown')}
        <p class="message" part="status">${errorMessage(error)}</p>
      </section>`,
    }) as TemplateResult;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTooltip();
  }

  private renderTitle(text: string): TemplateResult {
    return html`<div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(3)} id="title">${text}</div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="base" part="base" aria-busy="true">
      <span class="skeleton short"></span>
      ${[1, 2, 3, 4, 5, 6].map(() => html`<span class="skeleton"></span>`)}
      <span class="skeleton picture"></span>
      <p class="message" part="status" role="status">Loading the opportunity map…</p>
    </section>`;
  }

  /** The view and layout for the current data and width, rebuilt only when one of them changes. */
  private prepare(input: AssessmentView, info: SourceInfo): { view: MapView; layout: MapLayout } {
    const font = this.font ?? pageFont ?? '';
    const cached = this.prepared;
    if (cached && cached.input === input && cached.info === info && cached.compact === this.compact && cached.font === font) return cached;
    const view = cached && cached.input === input && cached.info === info ? cached.view : mapView({ ...input, info });
    const layout = layoutFor(view, { compact: this.compact, measure: this.measureFor(font) });
    this.prepared = { input, info, compact: this.compact, font, view, layout };
    return this.prepared;
  }

  private fontFamily(): string {
    const style = getComputedStyle(this);
    return style.getPropertyValue('--oat-map-font').trim() || style.fontFamily || 'sans-serif';
  }

  /** Measures text in the page's own font, so labels wrap where they really need to. */
  private measureFor(font: string): Measure | undefined {
    // Before any font is known, labels are laid out by estimate and redrawn once it is.
    if (!font) return undefined;
    if (this.measurer?.font === font) return this.measurer.measure;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return undefined;
    const measure: Measure = (text, size, bold) => {
      context.font = `${bold ? 700 : 400} ${size}px ${font}`;
      return context.measureText(text).width;
    };
    this.measurer = { font, measure };
    return measure;
  }

  private renderView(input: AssessmentView, info: SourceInfo, ownSource: boolean): TemplateResult {
    const { view, layout } = this.prepare(input, info);
    const area = view.area;
    return html`<section class="base" part="base" aria-labelledby="title">
      ${this.renderTitle(`Opportunity map: ${area.name}`)} ${ownSource ? sourceNotice(info) : nothing}
      <div class="summary" part="summary" id="summary">
        <p class="lead">
          ${area.name} compared with England on ${view.segments.length} indicators in the four domains of the model. ${sourceLine(info)}
        </p>
        <ul>
          ${view.summary.map(
            (line) =>
              html`<li data-verdict=${line.verdict}>
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${MARKERS[line.verdict]}</svg><span>${line.text}</span>
              </li>`,
          )}
        </ul>
      </div>
      <div class="tools">
        <button type="button" class="toggle" part="toggle" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${this.toggleTable}>Show as table</button>
        <button type="button" class="toggle download" part="download" @click=${this.downloadSvg}>Download SVG</button>
        <button type="button" class="toggle download" part="download" @click=${this.downloadPng}>Download PNG</button>
      </div>
      <p class="export-status" role="status">${this.exportMessage}</p>
      ${this.asTable ? this.renderTable(view) : this.renderFigure(view, layout)}
    </section>`;
  }

  private renderFigure(view: MapView, layout: MapLayout): TemplateResult {
    const options: MapChartOptions = { id: this.idPrefix, active: Math.min(this.items.tabStop ?? 0, layout.segments.length - 1) };
    // The picture is only redrawn when its data, layout or tab stop change; hover and focus touch the tooltip alone.
    return html`<figure class="figure">
      <div
        class="frame"
        @keydown=${this.items.onKeyDown}
        @click=${this.items.onClick}
        @pointerover=${this.items.onPointerOver}
        @pointerleave=${this.items.onPointerLeave}
        @focusin=${this.items.onFocusIn}
        @focusout=${this.items.onFocusOut}
      >
        ${guard([view, layout, options.active], () => mapChart(view, layout, options))} ${this.renderTooltip(view)}
      </div>
      ${
        this.compact
          ? html`<ol class="key" part="key" aria-label="The numbers round the ring">
            ${view.segments.map((segment) => html`<li>${segment.label}</li>`)}
          </ol>`
          : nothing
      }
    </figure>`;
  }

  private renderTooltip(view: MapView): TemplateResult {
    const segment: MapSegment | undefined = this.items.tip === undefined ? undefined : view.segments[this.items.tip];
    // The segment's accessible name already says all of this, so the tooltip is for the eye only.
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!segment} data-indicator=${segment?.slug ?? ''}>
      ${
        segment
          ? html`<span class="tip-title">${segment.view.definition.title}</span>
            <span>${view.area.name}: <strong>${segment.areaText}</strong></span>
            <span>England: ${segment.englandText}</span>
            ${segment.period ? html`<span>${segment.period}</span>` : nothing}
            ${verdictBadge(segment.view.comparison, { how: true })}
            ${segment.source ? html`<span class="tip-source">Source: ${segment.source}</span>` : nothing}`
          : nothing
      }
    </div>`;
  }

  /** Puts the tooltip beside its segment's outer end, kept inside the picture. */
  private placeTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const layout = this.prepared?.layout;
    const index = this.items.tip;
    if (!tooltip || tooltip.hidden || !layout || index === undefined) return;
    const shape = layout.segments[index];
    const frame = tooltip.parentElement;
    if (!shape || !frame) return;
    const [width, height] = [frame.clientWidth, frame.clientHeight];
    const x = (shape.tip.x / layout.width) * width;
    const y = (shape.tip.y / layout.height) * height;
    const [tipWidth, tipHeight] = [tooltip.offsetWidth, tooltip.offsetHeight];
    const toRight = shape.tip.x >= layout.centre.x;
    const below = shape.tip.y >= layout.centre.y;
    const left = Math.min(Math.max(toRight ? x + 10 : x - tipWidth - 10, 0), Math.max(width - tipWidth, 0));
    const top = Math.min(Math.max(below ? y + 10 : y - tipHeight - 10, 0), Math.max(height - tipHeight, 0));
    tooltip.style.setProperty('--_tip-left', `${Math.round(left)}px`);
    tooltip.style.setProperty('--_tip-top', `${Math.round(top)}px`);
  }

  private renderTable(view: MapView): TemplateResult {
    const area = view.area.name;
    return html`<table class="table" part="table">
      <caption>
        ${area} compared with England, by domain of the model
      </caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Indicator</th>
          <th scope="col">${area}</th>
          <th scope="col">England</th>
          <th scope="col">Period</th>
          <th scope="col">Compared with England</th>
          <th scope="col">How judged</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      ${view.domains.map(
        ({ domain, segments }) => html`<tbody>
          ${segments.map(
            (segment, i) => html`<tr data-indicator=${segment.slug} data-verdict=${segment.verdict}>
              ${i === 0 ? html`<th scope="rowgroup" rowspan=${segments.length}>${domain.title}</th>` : nothing}
              <th scope="row">${segment.view.definition.title}</th>
              <td class="num" data-label=${area}>${segment.areaText}</td>
              <td class="num" data-label="England">${segment.englandText}</td>
              <td data-label="Period">${segment.period}</td>
              <td data-label="Compared with England">${verdictBadge(segment.view.comparison)}</td>
              <td data-label="How judged">${segment.judged}</td>
              <td data-label="Source">${segment.source}</td>
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>`;
  }

  private readonly toggleTable = () => {
    this.asTable = !this.asTable;
    this.items.reset();
  };

  /** The segment element an event came from, and its index. */
  private segmentOf(event: Event): { element: SVGGElement; index: number } | undefined {
    const target = event.target instanceof Element ? event.target.closest<SVGGElement>('.segment') : null;
    if (!target) return undefined;
    const index = Number(target.dataset.index);
    return Number.isInteger(index) ? { element: target, index } : undefined;
  }

  private segmentElement(index: number): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.map .segment[data-index="${index}"]`);
  }

  private select(index: number): void {
    const segment = this.prepared?.view.segments[index];
    if (!segment) return;
    this.dispatchEvent(
      new CustomEvent<IndicatorSelectDetail>('oat-indicator-select', {
        detail: { indicator: segment.slug, area: segment.view.area.code },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Where a key moves from a segment: round the ring with the arrows (wrapping), to the first or last with Home and End. */
  private step(index: number, key: string): number | undefined {
    const count = this.prepared?.layout.segments.length ?? 0;
    if (!count) return undefined;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return (index + 1) % count;
      case 'ArrowLeft':
      case 'ArrowUp':
        return (index - 1 + count) % count;
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      default:
        return undefined;
    }
  }

  private readonly downloadSvg = async () => {
    const name = this.prepared?.view.area.name;
    try {
      const blob = await this.toSvgBlob();
      if (!blob || !name) return;
      const { mapFileName, saveBlob } = await import('./export.js');
      saveBlob(blob, mapFileName(name, 'svg'), this.renderRoot);
      this.exportMessage = '';
    } catch (error) {
      this.exportMessage = errorMessage(error);
    }
  };

  private readonly downloadPng = async () => {
    const name = this.prepared?.view.area.name;
    try {
      const blob = await this.toPngBlob();
      if (!blob || !name) return;
      const { mapFileName, saveBlob } = await import('./export.js');
      saveBlob(blob, mapFileName(name, 'png'), this.renderRoot);
      this.exportMessage = '';
    } catch (error) {
      this.exportMessage = errorMessage(error);
    }
  };

  /**
   * Draws the full picture off screen (so the file is the same whatever the element's width, and
   * shows no hover or focus), hands it to `use`, and removes it again.
   */
  private withFullPicture<T>(use: (svg: SVGSVGElement) => T): T | undefined {
    const prepared = this.prepared;
    if (!prepared) return undefined;
    const layout = prepared.compact ? layoutFor(prepared.view, { compact: false, measure: this.measureFor(prepared.font) }) : prepared.layout;
    const stage = document.createElement('div');
    stage.className = 'export-stage';
    stage.setAttribute('aria-hidden', 'true');
    this.renderRoot.appendChild(stage);
    render(mapChart(prepared.view, layout, { id: `${this.idPrefix}-export`, active: -1 }), stage);
    const svg = stage.querySelector<SVGSVGElement>('svg.map');
    if (!svg) {
      stage.remove();
      return undefined;
    }
    const result = use(svg);
    if (result instanceof Promise) {
      void result.finally(() => stage.remove()).catch(() => undefined);
    } else {
      stage.remove();
    }
    return result;
  }
}
