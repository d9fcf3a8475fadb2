import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import type { Area } from '../../src/model.js';
import { searchAreas, type AreaGroup } from '../../src/view-models/area-search.js';
import { areaChange, type AreaChangeDetail } from '../shared/events.js';
import { OatElement } from '../shared/oat-element.js';
import { errorMessage } from '../shared/messages.js';
import { areaPickerStyles } from './oat-area-picker.styles.js';

export type { AreaChangeDetail };

/** The areas a source holds, arranged for choosing. */
interface PickerAreas {
  /** Every area by code, so a value naming England or a region still shows its name. */
  byCode: Map<string, Area>;
  /** The upper-tier authorities: the choices. */
  authorities: Area[];
  regions: Area[];
}

/** What the list shows for one query. */
interface Results {
  query: string;
  groups: AreaGroup[];
  /** The options in the order the arrow keys visit them. */
  options: Area[];
}

function arrange(areas: Area[]): PickerAreas {
  return {
    byCode: new Map(areas.map((area) => [area.code, area])),
    authorities: areas.filter((area) => area.kind === 'utla'),
    regions: areas.filter((area) => area.kind === 'region'),
  };
}

/** What the status line says about the options on offer. */
function describeResults(count: number, query: string): string {
  const trimmed = query.trim();
  if (!trimmed) return `${count} ${count === 1 ? 'area' : 'areas'}, grouped by region`;
  if (count === 0) return `No areas match “${trimmed}”`;
  return count === 1 ? '1 area matches' : `${count} areas match`;
}

const optionId = (code: string) => `option-${code}`;

/**
 * A searchable list of England's upper-tier local authorities, grouped by region, for choosing the
 * area an assessment is about. It follows the WAI-ARIA editable combobox pattern with list
 * autocomplete: type any part of a name (or a full ONS code) to narrow the list, move through it with
 * the arrow keys and choose with Enter, or click an option. Focus stays in the text box throughout.
 *
 * Keys: Down and Up open the list and move through it; Alt+Down opens it without moving; Alt+Up
 * closes it; Home and End go to the first and last option while the list is open; Enter chooses;
 * Escape closes the list, and a second Escape puts back the chosen area's name; Tab closes the list
 * and moves on without changing the choice.
 *
 * @summary A searchable, accessible chooser of upper-tier local authorities.
 * @tag oat-area-picker
 *
 * @attr value - The chosen area's ONS code, e.g. `E06000009` (Blackpool). Reflected; set when the reader chooses. Without it the area an enclosing `<oat-provider>` shares is shown.
 * @attr label - The visible label of the text box; “Choose an area” by default.
 * @attr source - Where the areas come from: `snapshot` (default).
 *
 * @fires oat-area-change - When the reader chooses a different area. `detail: { code, name }`; bubbles and is composed.
 *
 * @csspart base - The whole picker.
 * @csspart label - The visible label.
 * @csspart input - The text box (the combobox).
 * @csspart button - The button that shows every area.
 * @csspart listbox - The pop-up list of areas.
 * @csspart group - Each region's group of options.
 * @csspart group-label - A region's name heading its group.
 * @csspart option - Each area in the list; the active one also has the part `active`, the chosen one `current`.
 * @csspart status - The number of matches (for screen readers), or the loading, no-match or error message.
 *
 * @cssprop --oat-color-text - Text and border colour.
 * @cssprop --oat-color-muted - Colour of region names.
 * @cssprop --oat-color-surface - Background of the text box and the list (the list is always opaque).
 * @cssprop --oat-color-border - Lines between regions.
 * @cssprop --oat-color-focus - Focus outline and active option colour.
 * @cssprop --oat-color-worse - Edge of the error message.
 * @cssprop --oat-space - Base spacing unit.
 * @cssprop --oat-radius - Corner radius.
 */
export class OatAreaPicker extends OatElement {
  static override styles = [...OatElement.styles, areaPickerStyles];

  /** The chosen area's ONS code. */
  @property({ reflect: true }) value?: string;

  /** The visible label of the text box. */
  @property() label = 'Choose an area';

  /** Whether the list is open (it shows only when something matches). */
  @state() private open = false;

  /** Whether the reader has typed since the last choice; if not, the box shows the chosen name. */
  @state() private editing = false;

  /** What the reader has typed. */
  @state() private text = '';

  /** Index in the options of the active (visually focused) option; -1 for none. */
  @state() private active = -1;

  private results?: Results;
  private resultsFor?: PickerAreas;

  private readonly data = this.track(
    new Task(this, {
      task: async (_key, { signal }) => arrange(await this.resolveSource().areas(signal)),
      args: () => [...this.sourceKey()],
    }),
  );

  /** The area shown as chosen: the element's own value, else the provider's. */
  private get chosenCode(): string | undefined {
    return this.areaOr(this.value);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  /** The options for what is typed, worked out once per query. */
  private resultsOf(areas: PickerAreas): Results {
    const query = this.editing ? this.text : '';
    if (!this.results || this.resultsFor !== areas || this.results.query !== query) {
      const groups = searchAreas(areas.authorities, areas.regions, query);
      this.results = { query, groups, options: groups.flatMap((group) => group.areas) };
      this.resultsFor = areas;
    }
    return this.results;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const areas = this.data.value;
    if (areas && this.active >= this.resultsOf(areas).options.length) this.active = -1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if ((changed.has('active') || changed.has('open')) && this.active >= 0) this.revealActive();
  }

  protected override render(): TemplateResult {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => (this.data.value ? this.renderReady(this.data.value) : this.renderLoading()),
      complete: (areas: PickerAreas) => this.renderReady(areas),
      error: (error) => this.renderShell({ state: 'error', message: errorMessage(error) }),
    }) as TemplateResult;
  }

  private renderLoading(): TemplateResult {
    return this.renderShell({ state: 'loading', message: 'Loading areas…' });
  }

  private renderReady(areas: PickerAreas): TemplateResult {
    const { groups, options, query } = this.resultsOf(areas);
    const expanded = this.open && options.length > 0;
    const activeArea = expanded ? options[this.active] : undefined;
    const chosen = this.chosenCode;
    const shown = this.editing ? this.text : (chosen && areas.byCode.get(chosen)?.name) || '';
    const status = this.open ? describeResults(options.length, query) : '';
    return this.renderShell({
      state: 'ready',
      message: status,
      showMessage: this.open && options.length === 0,
      expanded,
      activeId: activeArea ? optionId(activeArea.code) : undefined,
      shown,
      // The options exist only while the list is open: a closed picker costs the page almost nothing.
      list: !expanded
        ? undefined
        : groups.map(
            ({ region, areas: members }) => html`<div class="group" part="group" role="group" aria-labelledby=${`region-${region.code}`}>
          <div class="group-label" part="group-label" id=${`region-${region.code}`} role="presentation">${region.name}</div>
          ${members.map((area) => {
            const isActive = area === activeArea;
            const names = ['option', ...(isActive ? ['active'] : []), ...(area.code === chosen ? ['current'] : [])].join(' ');
            return html`<div
              class=${names}
              part=${names}
              role="option"
              id=${optionId(area.code)}
              data-code=${area.code}
              aria-selected=${isActive ? 'true' : 'false'}
            >
              ${area.name}
            </div>`;
          })}
        </div>`,
          ),
    });
  }

  private renderShell(view: {
    state: 'loading' | 'ready' | 'error';
    message: string;
    showMessage?: boolean;
    expanded?: boolean;
    activeId?: string | undefined;
    shown?: string;
    list?: TemplateResult[];
  }): TemplateResult {
    const ready = view.state === 'ready';
    const expanded = view.expanded ?? false;
    const visibleMessage = !ready || (view.showMessage ?? false);
    return html`<div class="picker" part="base" data-state=${view.state} aria-busy=${view.state === 'loading' ? 'true' : 'false'}>
      <label part="label" id="label" for="input">${this.label}</label>
      <div class="field">
        <input
          part="input"
          id="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${view.activeId ?? nothing}
          aria-describedby=${ready ? nothing : 'status'}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          ?disabled=${!ready}
          .value=${live(view.shown ?? '')}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focusout=${this.onFocusOut}
        />
        <button
          part="button"
          type="button"
          tabindex="-1"
          aria-label="Show all areas"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          ?disabled=${!ready}
          @mousedown=${this.keepFocus}
          @click=${this.onButtonClick}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M4 7.5l6 6 6-6" /></svg>
        </button>
        <div
          part="listbox"
          class="listbox"
          id="listbox"
          role="listbox"
          aria-labelledby="label"
          tabindex="-1"
          ?hidden=${!expanded}
          @mousedown=${this.keepFocus}
          @click=${this.onListClick}
        >
          ${view.list ?? nothing}
        </div>
      </div>
      <p part="status" id="status" class=${visibleMessage ? 'status message' : 'status visually-hidden'} role="status" aria-live="polite">${view.message}</p>
    </div>`;
  }

  /** Moves the active option into the list's visible part, with its region's name if it heads a group. */
  private revealActive(): void {
    const areas = this.data.value;
    const area = areas ? this.resultsOf(areas).options[this.active] : undefined;
    const listbox = this.renderRoot.querySelector<HTMLElement>('#listbox');
    const option = area ? this.renderRoot.querySelector<HTMLElement>(`#${optionId(area.code)}`) : null;
    if (!listbox || !option) return;
    const heading = option.previousElementSibling?.classList.contains('group-label') ? (option.previousElementSibling as HTMLElement) : option;
    const top = heading.offsetTop;
    const bottom = option.offsetTop + option.offsetHeight;
    if (top < listbox.scrollTop) listbox.scrollTop = top;
    else if (bottom > listbox.scrollTop + listbox.clientHeight) listbox.scrollTop = bottom - listbox.clientHeight;
  }

  private openList(active: number): void {
    this.open = true;
    this.active = active;
  }

  private close(): void {
    this.open = false;
    this.active = -1;
  }

  /** Forgets what was typed: the box shows the chosen area's name again. */
  private revert(): void {
    this.editing = false;
    this.text = '';
    this.close();
  }

  private choose(area: Area): void {
    const changed = area.code !== this.chosenCode;
    this.value = area.code;
    this.revert();
    if (changed) {
      this.dispatchEvent(areaChange({ code: area.code, name: area.name }));
    }
  }

  private readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.editing = true;
    this.openList(-1);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const areas = this.data.value;
    if (!areas || event.isComposing || event.ctrlKey || event.metaKey) return;
    const count = this.resultsOf(areas).options.length;
    const expanded = this.open && count > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) this.openList(this.open ? this.active : -1);
        else if (!expanded) this.openList(count ? 0 : -1);
        else this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.close();
        else if (!expanded) this.openList(count - 1);
        else this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Home':
      case 'End':
        // With the list closed these move the caret, as in any text box.
        if (!expanded || event.shiftKey) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : count - 1;
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        // Back to editing the text: the caret moves and no option is active.
        this.active = -1;
        break;
      case 'Enter': {
        if (!this.open) return;
        event.preventDefault();
        const { options } = this.resultsOf(areas);
        const choice = options[this.active] ?? (options.length === 1 ? options[0] : undefined);
        if (choice) this.choose(choice);
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.editing) {
          event.preventDefault();
          this.revert();
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  };

  /**
   * Leaving the picker (by Tab, or by clicking or tapping elsewhere) closes the list and puts back
   * the chosen area's name.
   */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    this.revert();
  };

  /** Keeps focus in the text box when the button or an option is pressed. */
  private readonly keepFocus = (event: MouseEvent): void => {
    event.preventDefault();
  };

  private readonly onButtonClick = (): void => {
    // Closes a list of every area; otherwise shows every area, whatever was typed.
    if (this.open && !this.editing) this.close();
    else {
      this.editing = false;
      this.text = '';
      this.openList(-1);
    }
    this.input?.focus();
  };

  private readonly onListClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const area = option?.dataset.code ? this.data.value?.byCode.get(option.dataset.code) : undefined;
    if (!area) return;
    this.choose(area);
    this.input?.focus();
  };
}
