import { html, nothing, type TemplateResult } from 'lit';
import { sourceLine } from '../../src/format/date.js';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Verdict } from '../../src/model.js';
import { figureText, sourcesLine, summaryLine } from '../../src/view-models/describe.js';
import { judgedBy, methodTag } from '../../src/format/verdict.js';
import { readingKind } from '../../src/stats/compare.js';
import type { IndicatorView } from '../../src/view-models/indicator-view.js';
import { loadAssessmentView, type AssessmentView } from '../../src/view-models/assessment-view.js';
import { TOOL_CREDIT } from '../../src/view-models/credit.js';
import type { AreaNotes, NoteStorage } from '../../src/notes/notes.js';
import { browserNoteStorage, openNotes } from '../shared/browser-notes.js';
import { saveText } from '../shared/save-file.js';
import { errorMessage } from '../shared/messages.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { verdictBadgeStyles, MARKERS } from '../shared/verdict-badge.js';
import { noticeStyles, sourceNotice } from '../shared/notice.js';
import { comparison } from '../shared/more-views.js';
import { DEFAULT_NEIGHBOUR_LIST, NEIGHBOUR_LIST_CHOICES, NEIGHBOUR_LISTS } from '../../src/comparators/format.js';
import { afterNextPaint } from '../shared/after-paint.js';
import '../oat-area-picker/define.js';
import '../oat-domain/define.js';
import { assessmentStyles } from './oat-assessment.styles.js';

import type { AreaChangeDetail } from '../shared/events.js';

export type { AreaChangeDetail };

/**
 * The whole Opportunity Assessment Tool for one area. It opens with the tool's one question – where are
 * more of the area's families under pressure than England's, and where do its children fare worse? –
 * then where the area is better placed, the opportunity map, "so what?" (the tool's four questions
 * asked of this area, a paragraph for a paper and the team's notes), the model at a glance, the four
 * domains of the stress–vulnerability–adaptation model in the model's order, an area picker, the data
 * date and the sources of every figure. The figures can be downloaded as CSV. It prints on A4 as a pack
 * for a director: page 1 holds the map, the opportunities, the paragraph and the notes; the domains
 * follow. Team notes (one per question and per indicator) stay in the reader's browser and are never
 * sent anywhere. Based on OnePlusOne and Innovation Unit's Local Family Offer Opportunity Assessment Tool.
 *
 * The first screen comes first: the title, the chooser and the opening (every figure in it) are drawn
 * at once, and the rest once that is on screen – a frame later – so the reader sees the headline
 * without waiting for the 27 rows below it. `openingComplete` resolves when the opening is drawn;
 * `updateComplete` waits for all of it. Printing draws everything at once.
 *
 * @summary The whole assessment for one area.
 * @tag oat-assessment
 *
 * @attr area - The area's ONS code, e.g. `E09000008` (Croydon). Inside `<oat-provider>` it defaults to the provider's area.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live, falling back to the snapshot) or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr heading-level - Heading level (1–6) of the assessment's title; 2 by default. Sections and domains take the next levels.
 * @attr chooser - `on` (default) shows an area chooser under the title; `off` hides it, for a council's page about itself.
 * @attr notes - `on` (default) shows a notes box per "so what?" question and per indicator, kept in this browser; `off` hides notes altogether.
 * @attr comparator - Also compare every indicator with the area's `region` or its statistical `neighbours`; `england` (default) alone. The reader can change it with the "Compare also with" switch. England's comparison always leads.
 * @attr neighbours-list - With `comparator="neighbours"`: `dfe-2025` (DfE, May 2025; default), `dfe-2021` (DfE, April 2021) or `ons` (ONS).
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
 * @csspart map - The opportunity map (`<oat-map>`).
 * @csspart so-what - The "so what?" section (`<oat-so-what>`).
 * @csspart actions - The "Download figures (CSV)" and "Print" buttons.
 * @csspart compare - The "Compare also with" switch: England only, the region, or statistical neighbours (by list).
 * @csspart credit - The credit to the original tool.
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

  /** `on` or `off`: whether to show the area chooser under the title. */
  @property({ reflect: true }) chooser: 'on' | 'off' | string = 'on';

  /** `on` or `off`: whether to show the team's notes boxes. */
  @property({ reflect: true }) notes: 'on' | 'off' | string = 'on';

  /**
   * Where the team's notes are kept: the browser's `localStorage` by default; `null` keeps them only
   * while the page is open. Tests and stories hand in their own.
   */
  @property({ attribute: false }) noteStorage?: NoteStorage | null;

  @state() private actionMessage = '';

  /**
   * Whether the parts after the opening have been drawn: false until the opening has been painted once
   * (or the page is printed). Once drawn they stay, so a change of area or comparator updates them in place.
   */
  private restDrawn = false;

  /** Set once the parts after the opening are due: resolves after the opening's first paint. */
  private restDue?: Promise<void>;

  /** Draws everything before printing, however soon after loading the reader prints. */
  private readonly beforePrint = () => this.showRest();

  /** The notes of the area shown, opened again when the area or the storage changes. */
  private areaNotes?: { notes: AreaNotes; storage: NoteStorage | null | undefined };

  private readonly loading = this.track(
    new Task(this, {
      task: async ([area, comparator, list], { signal }) => loadAssessmentView(this.resolveSource(), area, signal, { comparator, list }),
      args: () => [this.areaOr(this.area), this.comparatorChoice().comparator, this.comparatorChoice().list, ...this.sourceKey()] as const,
    }),
  );

  constructor() {
    super();
    // The map's drawing code and the "so what?" section are fetched only once an assessment is shown.
    void import('../oat-map/define.js');
    void import('../oat-so-what/define.js');
    // The picker's event bubbles on to the page; here it also moves the assessment to the chosen area.
    this.addEventListener('oat-area-change', (event) => {
      const detail = (event as CustomEvent<AreaChangeDetail>).detail;
      if (detail?.code && event.composedPath()[0] !== this) this.area = detail.code;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
  }

  /**
   * Resolves once the title, the chooser and the opening – where the area's families face more
   * pressure, with every figure in it – are drawn, before the rest of the assessment follows. To
   * `true` when nothing else was waiting to be drawn, as `updateComplete`.
   */
  get openingComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** Resolves once everything is drawn: the opening, then the parts that follow it a frame later. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.restDrawn || !this.restDue) return done;
    await this.restDue;
    return super.getUpdateComplete();
  }

  /**
   * Whether to draw the parts after the opening now: once they have been drawn, and on paper. If not,
   * asks for them after the next paint.
   */
  private drawRest(): boolean {
    if (this.restDrawn || matchMedia('print').matches) return (this.restDrawn = true);
    this.restDue ??= afterNextPaint().then(() => this.showRest());
    return false;
  }

  private showRest(): void {
    if (this.restDrawn) return;
    this.restDrawn = true;
    this.requestUpdate();
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

  /** The notes for the area shown, shared by the "so what?" section and the domains' rows. */
  private notesFor(view: AssessmentView): AreaNotes | undefined {
    if (this.notes === 'off') return undefined;
    const current = this.areaNotes;
    if (current && current.notes.area.code === view.area.code && current.storage === this.noteStorage) return current.notes;
    const storage = this.noteStorage === null ? undefined : (this.noteStorage ?? browserNoteStorage());
    const slugs = view.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.definition.slug));
    const notes = openNotes(storage, view.area, slugs);
    this.areaNotes = { notes, storage: this.noteStorage };
    return notes;
  }

  /** Saves exactly the figures shown as a CSV file; its code is fetched the first time it is needed. */
  private async downloadFigures(view: AssessmentView): Promise<void> {
    const { figuresCsv, figuresFileName } = await import('../../src/view-models/figures-csv.js');
    saveText(figuresCsv(view), figuresFileName(view.area), 'text/csv;charset=utf-8', this.renderRoot);
    this.actionMessage = `The figures for ${view.area.name} were saved as ${figuresFileName(view.area)}.`;
  }

  private renderView(view: AssessmentView, refreshing: boolean): TemplateResult {
    const all = view.domains.flatMap((domain) => domain.indicators);
    const rest = this.drawRest();
    return html`<section class="assessment" part="base" aria-busy=${refreshing || !rest ? 'true' : 'false'}>
      <header class="top">
        <div class="title" part="title" role="heading" aria-level=${this.level}>Opportunity assessment: ${view.area.name}</div>
        ${
          this.chooser === 'off'
            ? nothing
            : html`<oat-area-picker
              part="picker"
              value=${view.area.code}
              label="Choose an area"
              .dataSource=${this.dataSource}
              source=${this.source ?? nothing}
            ></oat-area-picker>`
        }
        <p class="data-date">
          ${view.area.name} compared with England on ${all.length} indicators. ${sourceLine(view.info)}
        </p>
        <p class="credit" part="credit">${TOOL_CREDIT}</p>
        ${sourceNotice(view.info)}
        ${this.renderSwitch(view)}
        <div class="actions" part="actions">
          <button type="button" class="toggle" @click=${() => void this.downloadFigures(view)}>Download figures (CSV)</button>
          <button type="button" class="toggle" @click=${() => window.print()}>Print or save as PDF</button>
          <span class="export-status" role="status">${this.actionMessage}</span>
        </div>
      </header>
      <div class="summary-page">
        ${this.renderOpportunities(view, rest)} ${rest ? this.renderSummaryRest(view) : nothing}
      </div>
      ${rest ? this.renderRest(view, all) : nothing}
      ${refreshing ? html`<p class="visually-hidden" role="status">Loading figures for the chosen area…</p>` : nothing}
    </section>`;
  }

  /** The opportunity map and "so what?", which share page 1 of the print pack with the opening. */
  private renderSummaryRest(view: AssessmentView): TemplateResult {
    const notes = this.notesFor(view);
    return html`<oat-map part="map" class="map" area=${view.area.code} heading-level=${Math.min(this.level + 1, 6)} .data=${view} .info=${view.info}></oat-map>
        <oat-so-what
          part="so-what"
          area=${view.area.code}
          heading-level=${Math.min(this.level + 1, 6)}
          notes=${this.notes === 'off' ? 'off' : 'on'}
          .data=${view}
          .notesStore=${notes}
        ></oat-so-what>`;
  }

  /** Everything after page 1: the model at a glance, the four domains and the sources. */
  private renderRest(view: AssessmentView, all: IndicatorView[]): TemplateResult {
    const notes = this.notesFor(view);
    return html`${this.renderModel(view)}
      ${view.domains.map(
        (domain) => html`<oat-domain
          part="domain"
          domain=${domain.domain.id}
          area=${view.area.code}
          heading-level=${Math.min(this.level + 1, 6)}
          .data=${domain}
          .info=${view.info}
          .notesStore=${notes}
          comparator=${this.comparatorChoice().comparator ?? nothing}
          neighbours-list=${this.comparatorChoice().list ?? nothing}
        ></oat-domain>`,
      )}
      <footer class="sources" part="sources">
        ${this.heading('Sources and licence', 1)}
        <p>${sourcesLine(all, view.info)}</p>
        <ul>
          ${view.info.attribution.map((line) => html`<li>${line}</li>`)}
        </ul>
        <p>${TOOL_CREDIT}</p>
      </footer>`;
  }

  /** "Compare also with": England only, the area's region, or its statistical neighbours by one of three lists. */
  private renderSwitch(view: AssessmentView): TemplateResult {
    const { comparator = 'england', list = DEFAULT_NEIGHBOUR_LIST } = this.comparatorChoice();
    const chosen = comparator === 'neighbours' ? `neighbours ${list}` : comparator;
    const region = view.regions.find((candidate) => candidate.code === view.area.parentCode);
    const options = [
      ['england', 'England only'],
      ...(region ? [['region', region.name]] : []),
      ...NEIGHBOUR_LISTS.map((id) => [`neighbours ${id}`, NEIGHBOUR_LIST_CHOICES[id]]),
    ];
    return html`<label class="compare" part="compare" data-comparator=${comparator}
      >Compare also with
      <select
        @change=${(event: Event) => {
          const [next, nextList] = (event.target as HTMLSelectElement).value.split(' ');
          this.comparator = next;
          this.neighboursList = nextList;
        }}
      >
        ${options.map(([value, label]) => html`<option value=${value!} ?selected=${value === chosen}>${label}</option>`)}
      </select></label
    >`;
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
   * judged. Said plainly when a list is empty, so a well-placed council reads as well placed. The table
   * that replaces the lists on paper comes with the rest of the assessment (`printed`).
   */
  private renderOpportunities(view: AssessmentView, printed: boolean): TemplateResult {
    const { area, opportunities: found } = view;
    const item = (entry: IndicatorView) => {
      const period = entry.local?.period.label;
      return html`<li data-indicator=${entry.definition.slug} data-method=${entry.comparison.method ?? 'none'}>
        <strong>${entry.definition.shortTitle}</strong>: ${figureText(entry, entry.local?.value)}
        <span class="versus">(${entry.england?.value == null ? 'no England figure, so judged against the other councils' : `England ${figureText(entry, entry.england.value)}`})</span>${period ? html`, ${period}` : nothing}
        <span class="how">– ${judgedBy(entry.comparison)}</span>
        ${comparison(entry, 'clause')}
      </li>`;
    };
    const group = ({ verdict, key, title, entries, none }: OpeningGroup) =>
      html`<div class="standout-group" data-verdict=${verdict} data-group=${key} ?data-empty=${!entries.length}>
        ${this.heading(html`<svg class="marker" viewBox="0 0 16 16" aria-hidden="true">${MARKERS[verdict]}</svg> ${title}`, 2, 'group-title verdict')}
        ${entries.length ? html`<ul>${entries.map(item)}</ul>` : html`<p>${none}</p>`}
      </div>`;
    const withData = `${found.withData} of the ${found.total} measures have figures for ${area.name}`;
    const groups = openingGroups(view);
    return html`<section class="standout" part="standout opportunities" aria-label=${`Where ${area.name}’s families face more pressure`}>
      ${this.heading(`Where ${area.name}’s families face more pressure than England’s`, 1)}
      <p class="model-note">
        The tool asks one question of every figure: are more of ${area.name}’s families under this pressure than England’s, or do its
        children fare worse? That is where the opportunity to help lies. ${withData}; each is listed below with England’s figure, the
        period and how it was judged. ${comparison(
          view.domains.flatMap((domain) => domain.indicators).find((entry) => entry.comparator),
          'group',
        )}
      </p>
      <div class="standout-groups">${groups.map(group)}</div>
      ${printed ? this.renderPrintedOpening(view, groups) : nothing}
    </section>`;
  }

  /** On paper the opening's lists become one compact table, so that page 1 of the print pack holds the whole summary. */
  private renderPrintedOpening(view: AssessmentView, groups: OpeningGroup[]): TemplateResult {
    const rows = ({ title, entries, none }: OpeningGroup) =>
      html`<tbody>
        <tr>
          <th colspan="5" scope="rowgroup" class="group-row">${title}</th>
        </tr>
        ${entries.length ? nothing : html`<tr><td colspan="5">${none}</td></tr>`}
        ${entries.map(
          (entry) => html`<tr data-indicator=${entry.definition.slug}>
            <th scope="row">${entry.definition.shortTitle}</th>
            <td>${figureText(entry, entry.local?.value)}</td>
            <td>${entry.england?.value == null ? 'no figure' : figureText(entry, entry.england.value)}</td>
            <td>${entry.local?.period.label ?? ''}</td>
            <td>${methodTag(entry.comparison)}</td>
          </tr>`,
        )}
      </tbody>`;
    return html`<table class="standout-table">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">${view.area.name}</th>
            <th scope="col">England</th>
            <th scope="col">Period</th>
            <th scope="col">How judged</th>
          </tr>
        </thead>
        ${groups.map(rows)}
      </table>
      <p class="standout-table-note">Tested: England’s figure lies outside (significant) or inside the area’s 95% confidence interval. Position: the area’s place among England’s councils, 1st having the most pressure – not a significance test.</p>`;
  }
}

/** One of the opening's three lists: its verdict, key, title, entries and what it says when empty. */
interface OpeningGroup {
  verdict: Verdict;
  key: string;
  title: string;
  entries: IndicatorView[];
  none: string;
}

/** The opening's three lists, in order: more pressure, children faring worse, better placed. */
function openingGroups({ area, opportunities: found }: AssessmentView): OpeningGroup[] {
  return [
    {
      verdict: 'worse',
      key: 'pressures',
      title: 'More pressure on families than England',
      entries: found.pressures,
      none: `None of the measures shows more pressure on ${area.name}’s families than England’s.`,
    },
    {
      verdict: 'worse',
      key: 'outcomes',
      title: 'Children faring worse than England',
      entries: found.outcomes,
      none: `None of the measures shows ${area.name}’s children faring worse than England’s.`,
    },
    {
      verdict: 'better',
      key: 'better-placed',
      title: `Where ${area.name} is better placed than England`,
      entries: found.betterPlaced,
      none: `None of the measures shows ${area.name} better placed than England.`,
    },
  ];
}
