// Long because the map is one interactive widget – loading, keyboard, pointer, tooltip, key, table and sorting –
// whose parts share its state; its data work lives in src/view-models/choropleth-view.ts.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { Task } from '@lit/task';
import type { Verdict } from '../../src/model.js';
import { readingKind } from '../../src/stats/compare.js';
import type { Direction, MapGeometry, ScaleKind, ValueScale } from '../../src/charts/choropleth.js';
import { formatNumber } from '../../src/format/number.js';
import { describeUnit } from '../../src/format/unit.js';
import { verdictKeyText } from '../../src/format/verdict.js';
import { figureText, sourcesLineFor } from '../../src/view-models/describe.js';
import {
  VERDICT_ORDER,
  choroplethRows,
  choroplethSelection,
  choroplethValues,
  describeAuthority,
  loadChoroplethView,
  type ChoroplethRow,
  type ChoroplethSelection,
  type ChoroplethView,
} from '../../src/view-models/choropleth-view.js';
import type { NeighbourListFile } from '../../src/comparators/format.js';
import { listLabel } from '../../src/format/comparator-words.js';
import { areaChange, type AreaChangeDetail } from '../shared/events.js';
import { Memo } from '../shared/memo.js';
import { RovingItems } from '../shared/roving-items.js';
import { errorMessage } from '../shared/messages.js';
import { noticeStyles, sourceNotice } from '../shared/notice.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { MARKERS, verdictBadge, verdictBadgeStyles } from '../shared/verdict-badge.js';
import type * as MapCode from './choropleth-geometry.js';
import {
  NO_DATA_FILL,
  areaPaths,
  borderLines,
  gradientBar,
  highlight,
  neighbourOutlines,
  neighbourSwatch,
  patternDefs,
  patternFill,
  swatch,
  type DrawnArea,
} from './choropleth.chart.js';
import { choroplethStyles } from './oat-choropleth.styles.js';

export type { AreaChangeDetail };

/** What colours the areas. */
export const CHOROPLETH_COLOUR_BY = ['value', 'comparison'] as const;
export type ChoroplethColourBy = (typeof CHOROPLETH_COLOUR_BY)[number];
/** How values become colours with `colour-by="value"`. */
export const CHOROPLETH_SCALES = ['quantile', 'continuous'] as const satisfies readonly ScaleKind[];
/** How much of England the map shows. */
export const CHOROPLETH_ZOOMS = ['england', 'region'] as const;
export type ChoroplethZoom = (typeof CHOROPLETH_ZOOMS)[number];

type SortKey = 'name' | 'value';
type SortDirection = 'ascending' | 'descending';

/** What the map-drawing module and the boundaries give once loaded. */
interface LoadedMap {
  code: typeof MapCode;
  boundaries: MapCode.Boundaries;
}

interface Loaded extends LoadedMap {
  view: ChoroplethView;
}

/** One authority's row, with how it is painted. */
type Row = ChoroplethRow & DrawnArea;

/**
 * Loads the map code and the boundaries. The import is dynamic so that d3-geo, topojson-client and
 * the boundary file are fetched only when a map is on the page; a bundler can split them into a
 * chunk of their own.
 */
async function loadMap(url: string | undefined, signal: AbortSignal): Promise<LoadedMap> {
  const code = await import('./choropleth-geometry.js');
  const boundaries = await code.loadBoundaries({ signal, ...(url ? { url } : {}) });
  return { code, boundaries };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

/**
 * A map of England's 153 upper-tier local authorities coloured by one indicator: by its value
 * (darker always means more pressure on families, or worse for children) or by how each compares
 * with England, read the same way. The chosen area is outlined and named; point at or tab to any authority for its figures,
 * and click it or press Enter to choose it. The same figures can be shown as a sortable table.
 *
 * The map is one stop in the tab order. Inside it the arrow keys move to the nearest authority in
 * that direction, Home and End to the first and last by name, Enter or Space chooses, and Escape
 * hides the tooltip. The map code and the boundary file load only when a map is on the page.
 *
 * @summary A map of England's councils coloured by one indicator.
 * @tag oat-choropleth
 *
 * @attr indicator - The indicator's slug, e.g. `children-in-need`.
 * @attr area - The chosen area's ONS code, e.g. `E09000008` (Croydon): outlined and named on the map. Inside `<oat-provider>` it defaults to the provider's area. Optional.
 * @attr colour-by - `value` (default): a sequential colour scale of the figures; `comparison`: each authority's verdict against England, in the verdict colours with a pattern each.
 * @attr scale - With `colour-by="value"`: `quantile` (default), five classes with the same number of authorities in each; or `continuous`, a smooth ramp from the lowest to the highest figure.
 * @attr zoom - `england` (default): the whole country; `region`: only the chosen area's region, drawn larger.
 * @attr comparator - `neighbours`: outline the chosen council's statistical neighbours (dashed), named in the key and the table; `england` (default) and `region` outline nothing more (use `zoom="region"` to draw the region alone).
 * @attr neighbours-list - With `comparator="neighbours"`: `dfe-2025` (DfE, May 2025; default), `dfe-2021` (DfE, April 2021) or `ons` (ONS).
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live, falling back to the snapshot) or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr heading-level - Heading level (1–6) of the map's title; 3 by default.
 *
 * @fires oat-area-change - When the reader chooses an authority on the map. `detail: { code, name }`; bubbles and is composed.
 *
 * @csspart base - The whole element.
 * @csspart title - The map's title.
 * @csspart map - The map (an SVG).
 * @csspart area - Each authority's shape.
 * @csspart chosen - The chosen authority's outline.
 * @csspart neighbour - Each statistical neighbour's dashed outline, with `comparator="neighbours"`.
 * @csspart label - The chosen authority's name on the map.
 * @csspart tooltip - The figures of the authority under the pointer or with keyboard focus.
 * @csspart legend - The colour key.
 * @csspart selected - The chosen area's figure and verdict beside the map.
 * @csspart table - The figures as a table.
 * @csspart toggle - The "Show as table" button.
 * @csspart attribution - The boundaries' copyright and licence line.
 * @csspart status - The loading or error message.
 * @csspart notice - Where the figures came from this time, when the reader must know.
 *
 * @cssprop --oat-color-better - Colour of less pressure than England (or better for children).
 * @cssprop --oat-color-worse - Colour of more pressure than England (or worse for children): the opportunity.
 * @cssprop --oat-color-similar - Colour of a similar verdict.
 * @cssprop --oat-color-no-judgement - Colour of higher or lower, for a council’s own indicator whose file states no direction.
 * @cssprop --oat-color-not-compared - Colour of not compared and of the no-data hatch.
 * @cssprop --oat-color-on-verdict - Colour of the patterns' marks over the verdict colours.
 * @cssprop --oat-color-focus - Focus outline colour.
 * @cssprop --oat-color-border - Colour of the table's rules.
 * @cssprop --oat-map-line - Colour of the thin lines between authorities coloured by value.
 * @cssprop --oat-map-background - Background of the "no data" hatch and halo of the chosen outline (Canvas by default).
 * @cssprop --oat-color-tooltip - Background of the tooltip and the chosen area's label (Canvas by default).
 * @cssprop --oat-space - Base spacing unit.
 * @cssprop --oat-radius - Corner radius.
 */
export class OatChoropleth extends OatHeadedElement {
  static override styles = [...OatElement.styles, verdictBadgeStyles, noticeStyles, choroplethStyles];

  /** The indicator's slug. */
  @property({ reflect: true }) indicator?: string;

  /** The chosen area's ONS code. */
  @property({ reflect: true }) area?: string;

  /** `value` or `comparison`. */
  @property({ attribute: 'colour-by', reflect: true }) colourBy: ChoroplethColourBy = 'value';

  /** `quantile` or `continuous`. */
  @property({ reflect: true }) scale: ScaleKind = 'quantile';

  /** `england` or `region`. */
  @property({ reflect: true }) zoom: ChoroplethZoom = 'england';

  /** Address of the boundary file; by default the copy shipped beside the library. */
  @property({ attribute: false }) boundariesUrl?: string;

  @state() private asTable = false;
  @state() private sortKey: SortKey = 'name';
  @state() private sortDirection: SortDirection = 'ascending';
  /** Pointer, keyboard and tooltip over the councils: the roving tab stop, the hovered and the focused one. */
  private readonly items = new RovingItems<string>(this, {
    itemOf: (event) => (event.target as Element | null)?.closest<SVGPathElement>('path.area')?.dataset.code,
    step: (from, key) => this.step(from, key),
    choose: (code) => this.choose(code),
    focus: (code) => this.areaPath(code)?.focus(),
    isWithin: (target) => this.renderRoot.querySelector('.map-box')?.contains(target) ?? false,
    pointerMoved: (event) => this.placeTooltipAtPointer(event),
  });
  /** Map units per CSS pixel, so that the patterns keep their size whatever the map's width. */
  @state() private unitsPerPixel = 1.6;

  private readonly loading = this.track(
    new Task(this, {
      task: async ([indicator, boundariesUrl], { signal }): Promise<Loaded> => {
        const [view, map] = await Promise.all([loadChoroplethView(this.resolveSource(), indicator, signal), loadMap(boundariesUrl, signal)]);
        return { view, ...map };
      },
      args: () => [this.indicator, this.boundariesUrl, ...this.sourceKey()] as const,
    }),
  );

  /** The neighbour list, with `comparator="neighbours"`; its code and file are fetched only then. */
  private readonly neighbourList = this.track(
    new Task(this, {
      task: async ([comparator, list], { signal }): Promise<NeighbourListFile | undefined> => {
        if (comparator !== 'neighbours') return undefined;
        const { loadNeighbourList, neighbourListId } = await import('../../src/comparators/load.js');
        return loadNeighbourList(neighbourListId(list), signal);
      },
      args: () => [this.comparatorChoice().comparator, this.comparatorChoice().list] as const,
    }),
  );

  /** The chosen council's neighbours in the list shown, and the list's name; none without a list. */
  private neighboursOf(chosen: string | undefined): { codes: string[]; label: string } {
    const list = this.neighbourList.value;
    return { codes: (chosen && list?.groups[chosen]) || [], label: list ? listLabel(list) : '' };
  }

  private resizeObserver?: ResizeObserver;
  private observedBox?: Element;

  // Worked out once per input and reused on every render: hover and focus never recompute them.
  private readonly selectionMemo = new Memo<ChoroplethSelection>();
  private readonly rowsMemo = new Memo<{ rows: Row[]; scale: ValueScale | undefined }>();
  private readonly shownMemo = new Memo<Row[]>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedBox = undefined;
  }

  protected override render(): TemplateResult {
    return this.loading.render({
      initial: () => this.renderLoading(),
      pending: () => (this.loading.value ? this.renderLoaded(this.loading.value) : this.renderLoading()),
      complete: (loaded: Loaded) => this.renderLoaded(loaded),
      error: (error) => this.renderError(error),
    }) as TemplateResult;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.watchSize();
    this.placeLabel();
    if (this.items.hovered === undefined) this.placeTooltipAtArea();
  }

  private renderTitle(text: string): TemplateResult {
    return html`<div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(3)} id="title">${text}</div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="choropleth" part="base" aria-busy="true">
      <span class="skeleton short"></span>
      <div class="body">
        <div class="map-column"><span class="skeleton map-skeleton"></span></div>
        <div class="side"><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span></div>
      </div>
      <p class="message" part="status" role="status">Loading the map of ${this.indicator ?? 'an indicator'}…</p>
    </section>`;
  }

  private renderError(error: unknown): TemplateResult {
    return html`<section class="choropleth" part="base" data-state="error">
      ${this.renderTitle('This map could not be shown')}
      <p class="message" part="status">${errorMessage(error)}</p>
    </section>`;
  }

  /** The chosen area and the region to zoom to, from the `area` attribute or the provider's. */
  private selectionFor(loaded: Loaded): ChoroplethSelection {
    const wanted = this.areaOr(this.area);
    return this.selectionMemo.get([loaded, wanted], () => choroplethSelection(loaded.view, loaded.boundaries.authorities, wanted));
  }

  /** Every authority in the boundary file with its figure, verdict and fill, and the colour scale. */
  private rowsFor(loaded: Loaded): { rows: Row[]; scale: ValueScale | undefined } {
    const chosen = this.selectionFor(loaded).authority;
    const neighbours = this.neighboursOf(chosen?.code);
    return this.rowsMemo.get([loaded, this.colourBy, this.scale, chosen, neighbours.label, neighbours.codes.join()], () => {
      const { view, boundaries, code } = loaded;
      const { definition } = view;
      const reading = { reads: readingKind(definition.domain), ...(definition.reading ? { worseWhen: definition.reading.worseWhen } : {}) };
      const scale =
        this.colourBy === 'comparison' ? undefined : code.valueScale(choroplethValues(view), reading, this.scale === 'continuous' ? 'continuous' : 'quantile');
      const outlined = chosen && neighbours.codes.length ? { of: chosen.name, ...neighbours } : undefined;
      const rows = choroplethRows(view, boundaries.authorities, outlined).map((row): Row => {
        const fill =
          this.colourBy === 'comparison'
            ? patternFill('map', row.verdict)
            : row.value === null || !scale
              ? patternFill('map', NO_DATA_FILL)
              : scale.colourOf(row.value);
        return { ...row, fill };
      });
      return { rows, scale };
    });
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    const selection = this.selectionFor(loaded);
    if (selection.error) return this.renderError(selection.error);
    const { view, boundaries, code } = loaded;
    const { definition } = view;
    const region = this.zoom === 'region' ? selection.region : undefined;
    const geometry = code.geometryFor(boundaries, region);
    const { rows, scale } = this.rowsFor(loaded);
    const shown = this.shownMemo.get([rows, geometry], () => rows.filter((row) => geometry.areas.has(row.code)));
    const regionName = region ? (view.areas.find((area) => area.code === region)?.name ?? boundaries.regions.find((r) => r.code === region)?.name) : undefined;
    const where = regionName ? `${shown.length} councils in ${regionName}` : `England’s ${shown.length} councils`;
    const chosen = selection.authority?.code;
    return html`<section class="choropleth" part="base" aria-labelledby="title" data-colour-by=${this.colourBy}>
      ${this.renderTitle(definition.title)}
      <p class="subtitle">${[view.period, describeUnit(definition.unit), where].filter(Boolean).join(' · ')}${
        view.otherPeriods.length ? ` · some councils’ figures are for ${view.otherPeriods.join(', ')}` : ''
      }</p>
      ${sourceNotice(view.info)}
      <div class="tools">
        <button type="button" class="toggle" part="toggle" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>
          Show as table
        </button>
      </div>
      <div class="body">
        <div class="map-column">
          ${this.asTable ? this.renderTable(loaded, shown, chosen, where) : this.renderMap(loaded, geometry, shown, selection, where)}
          <p class="attribution" part="attribution">${boundaries.attribution}</p>
        </div>
        <div class="side">
          ${this.renderSelected(loaded, selection)} ${this.renderLegend(loaded, shown, scale)} ${this.renderNeighbourKey(selection)}
          <p class="source">${sourcesLineFor(
            [...view.entries.values(), { observation: view.england }].map(({ observation }) => ({ definition: view.definition, observation })),
            view.info,
          )}</p>
        </div>
      </div>
    </section>`;
  }

  private renderMap(loaded: Loaded, geometry: MapGeometry, shown: Row[], selection: ChoroplethSelection, where: string): TemplateResult {
    const chosen = selection.authority?.code;
    const { hovered, focused, tabStop: lastStop, tip: tipCode } = this.items;
    const tipRow = tipCode ? shown.find((row) => row.code === tipCode) : undefined;
    const chosenRow = chosen && geometry.areas.has(chosen) ? shown.find((row) => row.code === chosen) : undefined;
    const title = loaded.view.definition.shortTitle;
    // The listeners sit on the box around the SVG, not on the SVG: Chromium puts an SVG element with
    // focus listeners in the tab order, which would make the map two tab stops.
    // The tab stop: the last area focused, else the chosen one, else the first by name.
    const tabStop = lastStop && geometry.areas.has(lastStop) ? lastStop : chosen && geometry.areas.has(chosen) ? chosen : [...shown].sort(byName)[0]?.code;
    return html`<figure class="map">
      <div
        class="map-box"
        @pointermove=${this.items.onPointerOver}
        @pointerleave=${this.items.onPointerLeave}
        @click=${this.items.onClick}
        @keydown=${this.items.onKeyDown}
        @focusin=${this.items.onFocusIn}
        @focusout=${this.items.onFocusOut}
      >
        <svg part="map" viewBox=${`0 0 ${geometry.width} ${geometry.height}`} role="group" aria-labelledby="map-caption" aria-describedby="map-keys">
          ${patternDefs('map', this.unitsPerPixel)}
          <g class="areas">${guard([geometry, shown, tabStop, chosen], () => areaPaths(geometry, shown, tabStop, chosen))}</g>
          ${borderLines(geometry)} ${neighbourOutlines(geometry, this.neighboursOf(chosen).codes)} ${highlight(geometry, chosen, 'chosen')}
          ${hovered && hovered !== chosen ? highlight(geometry, hovered, 'hover') : nothing}
          ${highlight(geometry, focused, 'focus')}
        </svg>
        ${chosenRow ? html`<span class="label" part="label" aria-hidden="true" data-code=${chosenRow.code}>${chosenRow.name}</span>` : nothing}
        <div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!tipRow} data-code=${tipRow?.code ?? nothing}>
          ${tipRow ? this.renderTooltip(loaded, tipRow) : nothing}
        </div>
      </div>
      <figcaption id="map-caption" class="visually-hidden">Map: ${title}, ${where}</figcaption>
      <p class="hint" id="map-keys">Point at or tab to a council for its figures; click it, or press Enter, to choose it. Arrow keys move between councils.</p>
    </figure>`;
  }

  private renderTooltip(loaded: Loaded, row: Row): TemplateResult {
    const [name, ...rest] = describeAuthority(loaded.view, row.name, row.entry);
    return html`<strong class="tip-name">${name}</strong>
      ${rest.length > 1 ? html`<span class="tip-value">${rest[0]}</span>` : nothing}
      <span class="tip-verdict verdict" data-verdict=${row.verdict}
        ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${MARKERS[row.verdict]}</svg><span>${rest[rest.length - 1]}</span></span
      >`;
  }

  private renderSelected(loaded: Loaded, selection: ChoroplethSelection): TemplateResult {
    const { view } = loaded;
    const entry = selection.authority ? view.entries.get(selection.authority.code) : undefined;
    const england = html`<span class="england">England: <strong>${figureText(loaded.view, view.england?.value)}</strong></span>`;
    if (!selection.authority || !entry) {
      return html`<div class="selected" part="selected">${selection.area ? html`<p class="selected-name">${selection.area.name}</p>` : nothing}<p>${england}</p></div>`;
    }
    return html`<div class="selected" part="selected" data-verdict=${entry.comparison.verdict}>
      <p class="selected-name">${selection.authority.name}</p>
      <p class="selected-figures"><span class="selected-value">${figureText(loaded.view, entry.observation?.value)}</span>${entry.observation?.period.label && entry.observation.period.label !== view.period ? ` (${entry.observation.period.label})` : ''} ${england}</p>
      <p class="selected-verdict">${verdictBadge(entry.comparison)}</p>
    </div>`;
  }

  /** What the dashed outlines are: the chosen council's neighbours, the list named with its vintage. */
  private renderNeighbourKey(selection: ChoroplethSelection): TemplateResult | typeof nothing {
    if (this.comparatorChoice().comparator !== 'neighbours') return nothing;
    const { codes, label } = this.neighboursOf(selection.authority?.code);
    const problem = this.neighbourList.error ? errorMessage(this.neighbourList.error) : undefined;
    const text = problem
      ? problem
      : !selection.authority
        ? 'Choose a council to outline its statistical neighbours.'
        : codes.length
          ? `Dashed outline: ${selection.authority.name}’s statistical neighbours (${label})`
          : `${label} gives ${selection.authority.name} no neighbours.`;
    return html`<p class="legend neighbour-key">${codes.length ? neighbourSwatch() : nothing}<span>${text}</span></p>`;
  }

  private renderLegend(loaded: Loaded, shown: Row[], scale: ValueScale | undefined): TemplateResult {
    const { definition } = loaded.view;
    const keyPatterns = html`<svg class="defs" aria-hidden="true" focusable="false">${patternDefs('key')}</svg>`;
    const noData = html`<li data-class="no-data">${swatch(patternFill('key', NO_DATA_FILL))}<span>No data</span></li>`;
    if (this.colourBy === 'comparison') {
      const counts = new Map<Verdict, number>();
      for (const row of shown) counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
      const possible: Verdict[] = definition.reading ? ['worse', 'similar', 'better'] : ['higher', 'similar', 'lower'];
      const reads = readingKind(definition.domain);
      const listed = VERDICT_ORDER.filter(
        (verdict) => possible.includes(verdict) || (verdict === 'not-compared' && counts.has(verdict)) || verdict === 'no-data',
      );
      return html`<div class="legend" part="legend">
        ${keyPatterns}
        <p class="legend-title">Compared with England: tested by a 95% confidence interval where a count exists, otherwise by position among councils</p>
        <ul>
          ${listed.map(
            (verdict) => html`<li data-class=${verdict}>
              ${swatch(patternFill('key', verdict))}<span>${verdictKeyText(verdict, reads)} <span class="count">(${counts.get(verdict) ?? 0})</span></span>
            </li>`,
          )}
        </ul>
      </div>`;
    }
    const unit = describeUnit(definition.unit);
    const title = html`<p class="legend-title">${definition.shortTitle}, ${unit}</p>`;
    if (!scale) {
      return html`<div class="legend" part="legend">${keyPatterns}${title}<ul>${noData}</ul></div>`;
    }
    const number = (value: number) =>
      definition.unit.kind === 'percent' ? `${formatNumber(value, definition.decimals)}%` : formatNumber(value, definition.decimals);
    if (scale.kind === 'continuous') {
      const [low, high] = scale.domain;
      return html`<div class="legend" part="legend">
        ${keyPatterns}${title}
        <div class="continuous">
          ${gradientBar(scale.stops)}
          <p class="ends"><span>${number(low)}</span><span>${number((low + high) / 2)}</span><span>${number(high)}</span></p>
        </div>
        <ul>${noData}</ul>
        <p class="darker">${scale.darker}</p>
      </div>`;
    }
    return html`<div class="legend" part="legend">
      ${keyPatterns}${title}
      <ul>
        ${scale.classes.map(
          (band, index) => html`<li data-class=${String(index)}>${swatch(band.colour)}<span>${number(band.lower)} to ${number(band.upper)}</span></li>`,
        )}
        ${noData}
      </ul>
      <p class="darker">${scale.darker} Each shade holds a fifth of England’s councils.</p>
    </div>`;
  }

  private renderTable(loaded: Loaded, shown: Row[], chosen: string | undefined, where: string): TemplateResult {
    const { definition } = loaded.view;
    const direction = this.sortDirection === 'ascending' ? 1 : -1;
    const sorted = [...shown].sort((a, b) => {
      if (this.sortKey === 'value') {
        if (a.value === null || b.value === null) return a.value === b.value ? byName(a, b) : a.value === null ? 1 : -1;
        return (a.value - b.value) * direction || byName(a, b);
      }
      return byName(a, b) * direction;
    });
    const header = (key: SortKey, label: string) => {
      const active = this.sortKey === key;
      return html`<th scope="col" aria-sort=${active ? this.sortDirection : 'none'}>
        <button type="button" class="sort" data-sort=${key} @click=${() => this.sortBy(key)}>
          ${label}<span class="arrow" aria-hidden="true">${active ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '▲▼'}</span>
        </button>
      </th>`;
    };
    const neighbours = new Set(this.neighboursOf(chosen).codes);
    return html`<div class="table-wrap">
      <table class="areas-table" part="table">
        <caption>${definition.shortTitle}: ${where}. Choose a column heading to sort.</caption>
        <thead>
          <tr>
            ${header('name', 'Council')} ${header(
              'value',
              describeUnit(definition.unit).replace(/^./, (first) => first.toUpperCase()),
            )}
            <th scope="col">Compared with England</th>
          </tr>
        </thead>
        <tbody>
          ${sorted.map(
            (
              row,
            ) => html`<tr data-code=${row.code} data-verdict=${row.verdict} class=${row.code === chosen ? 'chosen' : ''} aria-current=${row.code === chosen ? 'true' : nothing}>
              <th scope="row">${row.name}${neighbours.has(row.code) ? html` <span class="neighbour-tag">(statistical neighbour)</span>` : nothing}</th>
              <td class="num">${figureText(loaded.view, row.value)}</td>
              <td>${row.entry ? verdictBadge(row.entry.comparison, { short: true }) : 'No data'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDirection = 'ascending';
    }
  }

  // — Interaction —

  private get loaded(): Loaded | undefined {
    return this.loading.value;
  }

  private currentGeometry(): MapGeometry | undefined {
    const loaded = this.loaded;
    if (!loaded) return undefined;
    const region = this.zoom === 'region' ? this.selectionFor(loaded).region : undefined;
    return loaded.code.geometryFor(loaded.boundaries, region);
  }

  private areaPath(code: string | undefined): SVGPathElement | null {
    return code ? this.renderRoot.querySelector<SVGPathElement>(`path.area[data-code="${code}"]`) : null;
  }

  /** Chooses an authority: outlines it, updates `area` and tells the page. */
  private choose(code: string): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const row = this.rowsFor(loaded).rows.find((candidate) => candidate.code === code);
    if (!row) return;
    this.items.tabStop = code;
    if (code === this.selectionFor(loaded).authority?.code) return;
    // Inside a provider that chose the area, the provider hears the event and shares the new area; an
    // own attribute would stop later choices made elsewhere on the page from reaching this map.
    if (this.area !== undefined || this.sharedArea === undefined) this.area = code;
    this.dispatchEvent(areaChange({ code, name: row.name }));
  }

  /** Where a key moves from a council: the nearest in an arrow's direction, or the first or last by name. */
  private step(code: string, key: string): string | undefined {
    const loaded = this.loaded;
    const geometry = this.currentGeometry();
    if (!loaded || !geometry) return undefined;
    const directions: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
    const direction = directions[key];
    if (direction) {
      const from = geometry.areas.get(code);
      return (from ? loaded.code.nearestInDirection(geometry.areas.values(), from.centroid, direction) : undefined) ?? code;
    }
    if (key === 'Home' || key === 'End') {
      const ordered = this.rowsFor(loaded)
        .rows.filter((row) => geometry.areas.has(row.code))
        .sort(byName);
      return (key === 'Home' ? ordered[0] : ordered[ordered.length - 1])?.code ?? code;
    }
    return undefined;
  }

  // — Placing the label and tooltip (set through the CSSOM, which a strict style-src allows) —

  /** Keeps the patterns' marks a fixed size in CSS pixels as the map is resized. */
  private watchSize(): void {
    const box = this.renderRoot.querySelector('.map-box svg');
    if (box === this.observedBox) return;
    this.resizeObserver?.disconnect();
    this.observedBox = box ?? undefined;
    if (!box) return;
    this.resizeObserver ??= new ResizeObserver(() => {
      const svgBox = this.observedBox;
      const geometry = this.currentGeometry();
      const width = svgBox?.getBoundingClientRect().width ?? 0;
      if (!geometry || width <= 0) return;
      const ratio = Math.round((geometry.width / width) * 20) / 20;
      if (ratio !== this.unitsPerPixel) this.unitsPerPixel = ratio;
    });
    this.resizeObserver.observe(box);
  }

  /** Puts the chosen area's name above it (or below, near the top edge), as percentages of the map. */
  private placeLabel(): void {
    const label = this.renderRoot.querySelector<HTMLElement>('.label');
    const geometry = this.currentGeometry();
    const projected = label?.dataset.code ? geometry?.areas.get(label.dataset.code) : undefined;
    if (!label || !geometry || !projected || !this.loaded) return;
    const place = this.loaded.code.labelPlacement(projected, geometry);
    label.dataset.anchor = place.anchor;
    label.dataset.side = place.side;
    label.style.setProperty('--x', `${((place.x / geometry.width) * 100).toFixed(2)}%`);
    label.style.setProperty('--y', `${((place.y / geometry.height) * 100).toFixed(2)}%`);
  }

  /** Puts the tooltip beside the pointer, kept inside the map. */
  private placeTooltipAtPointer(event: PointerEvent): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const box = tooltip?.parentElement?.getBoundingClientRect();
    if (!tooltip || !box || box.width <= 0) return;
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    this.placeTooltip(tooltip, x / box.width, `${x.toFixed(0)}px`, `${y.toFixed(0)}px`, y < box.height * 0.25 ? 'below' : 'above');
  }

  /** For keyboard focus: puts the tooltip over the focused area. */
  private placeTooltipAtArea(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const geometry = this.currentGeometry();
    const projected = tooltip?.dataset.code ? geometry?.areas.get(tooltip.dataset.code) : undefined;
    if (!tooltip || !geometry || !projected) return;
    const [[, top], [, bottom]] = projected.bounds;
    const [x] = projected.centroid;
    const side = top > geometry.height * 0.2 ? 'above' : 'below';
    const y = side === 'above' ? top : bottom;
    this.placeTooltip(tooltip, x / geometry.width, `${((x / geometry.width) * 100).toFixed(2)}%`, `${((y / geometry.height) * 100).toFixed(2)}%`, side);
  }

  private placeTooltip(tooltip: HTMLElement, across: number, x: string, y: string, side: 'above' | 'below'): void {
    tooltip.dataset.anchor = across < 0.3 ? 'start' : across > 0.7 ? 'end' : 'middle';
    tooltip.dataset.side = side;
    tooltip.style.setProperty('--x', x);
    tooltip.style.setProperty('--y', y);
  }
}
