import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { DataSource } from '../../src/model.js';
import { areaContext, comparatorContext, sourceContext } from '../../src/context/keys.js';
import type { ComparatorChoice } from '../../src/view-models/comparator-view.js';
import { BatchingSource } from '../../src/sources/batching.js';
import { defaultSource, sourceNamed } from '../../src/sources/registry.js';
import { errorMessage } from '../shared/messages.js';
import { OatElement } from '../shared/oat-element.js';
import type { AreaChangeDetail } from '../shared/events.js';

/**
 * Shares one data source and the current area with every oat-* element inside it, so that a page
 * with many elements loads its data in one round and one area picker drives them all. Elements
 * inside keep their own `area` or `source` attributes when they have them. The provider listens for
 * `oat-area-change` from elements inside it (such as `<oat-area-picker>`) and makes the chosen area
 * the shared one; the event carries on bubbling to the page.
 *
 * @summary Shares a data source and the current area with the elements inside it.
 * @tag oat-provider
 *
 * @attr area - The ONS code of the area every element inside shows unless it has its own.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live), or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr cache - With `source="fingertips"`: `session`, `local` or `none` (default).
 * @attr allowed-origins - Other websites (space-separated, e.g. `https://data.example.gov.uk`) that a council file may be read from; by default only this page's own website.
 * @attr comparator - What every element inside compares the area with besides England: `england` (default), `region` or `neighbours`.
 * @attr neighbours-list - With `comparator="neighbours"`: `dfe-2025` (default), `dfe-2021` or `ons`.
 *
 * @slot - The oat-* elements (and any other content) to share with.
 */
export class OatProvider extends OatElement {
  static override styles = [
    ...OatElement.styles,
    css`
      :host {
        container-type: normal;
      }
      .problem {
        margin: 0 0 var(--_space);
        padding: var(--_space);
        border: 2px solid var(--_worse);
        border-radius: var(--_radius);
      }
    `,
  ];

  /** The ONS code of the shared area. */
  @property({ reflect: true }) area?: string;

  /** The source shared with the elements inside. */
  @provide({ context: sourceContext })
  @state()
  protected providedSource?: DataSource;

  /** The area shared with the elements inside. */
  @provide({ context: areaContext })
  @state()
  protected providedArea?: string;

  /** The comparator shared with the elements inside. */
  @provide({ context: comparatorContext })
  @state()
  protected providedComparator?: ComparatorChoice;

  @state() private problem?: string;

  constructor() {
    super();
    this.addEventListener('oat-area-change', (event) => {
      const detail = (event as CustomEvent<AreaChangeDetail>).detail;
      if (detail?.code) this.area = detail.code;
    });
  }

  protected override willUpdate(changes: PropertyValues<this>): void {
    const changed = changes as Map<PropertyKey, unknown>;
    const sourceChanged = ['source', 'dataSource', 'apiBase', 'cache', 'allowedOrigins', 'sharedSource'].some((key) => changed.has(key));
    if (sourceChanged || this.providedSource === undefined) {
      try {
        const chosen = this.dataSource ?? (this.source ? sourceNamed(this.source, this.sourceRequest()) : (this.sharedSource ?? defaultSource()));
        this.providedSource = chosen instanceof BatchingSource ? chosen : new BatchingSource(chosen);
        this.problem = undefined;
      } catch (error) {
        this.problem = errorMessage(error);
        this.providedSource = undefined;
      }
    }
    if (changed.has('area') || changed.has('sharedArea')) this.providedArea = this.areaOr(this.area);
    if (['comparator', 'neighboursList', 'sharedComparator'].some((key) => changed.has(key))) this.providedComparator = this.comparatorChoice();
  }

  protected override render(): TemplateResult {
    return html`${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : ''}<slot></slot>`;
  }
}
