import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { DataSource } from '../../src/model.js';
import { areaContext, comparatorContext, sourceContext } from '../../src/context/keys.js';
import type { ComparatorChoice } from '../../src/view-models/comparator-view.js';
import { defaultSource, sourceNamed, type SourceRequest } from '../../src/sources/registry.js';
import { hostReset, tokens } from '../../src/styles/tokens.js';
import { TaskStatus, type Task } from '@lit/task';
import { cancelled } from '../../src/sources/abort.js';
import { controlStyles } from './controls.styles.js';

/** Heading levels an element may use for its own title. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * What every oat-* element shares: design tokens and a host reset, the `source` attribute, a
 * `dataSource` property for pages and tests that hand over a ready source, and the source and area an
 * enclosing `<oat-provider>` shares. An element's own attribute or property always wins.
 */
export class OatElement extends LitElement {
  static override styles = [tokens, hostReset, controlStyles];

  /**
   * Where the figures come from: `snapshot` (the default) is the embedded snapshot of published data;
   * `fingertips` fetches live figures from OHID Fingertips, falling back to the snapshot; a URL ending
   * `.csv` or `.json` reads a council's own file.
   */
  @property({ reflect: true }) source?: string;

  /** A data source object to use instead of the `source` attribute. */
  @property({ attribute: false }) dataSource?: DataSource;

  /**
   * With `source="fingertips"`: the API's address, e.g. a same-origin proxy such as `/fingertips-api`.
   */
  @property({ attribute: 'api-base', reflect: true }) apiBase?: string;

  /** With `source="fingertips"`: keep live figures in `session` or `local` storage, or `none` (default). */
  @property({ reflect: true }) cache?: string;

  /**
   * Other websites a council's file may be read from, as their addresses separated by spaces, such as
   * `https://data.example.gov.uk`. Without it, data is read only from the page's own website.
   */
  @property({ attribute: 'allowed-origins', reflect: true }) allowedOrigins?: string;

  /**
   * What to compare the area with besides England, which always comes first: `england` (the default)
   * alone, `region` (the area's region, judged the way England is) or `neighbours` (its statistical
   * neighbours: their average, each one's figure and the area's rank).
   */
  @property({ reflect: true }) comparator?: string;

  /** With `comparator="neighbours"`, which list: `dfe-2025` (DfE, May 2025; the default), `dfe-2021` (DfE, April 2021) or `ons` (ONS). */
  @property({ attribute: 'neighbours-list', reflect: true }) neighboursList?: string;

  /** The comparator shared by an enclosing `<oat-provider>`. */
  @consume({ context: comparatorContext, subscribe: true })
  @state()
  protected sharedComparator?: ComparatorChoice;

  /** The source shared by an enclosing `<oat-provider>`. */
  @consume({ context: sourceContext, subscribe: true })
  @state()
  protected sharedSource?: DataSource;

  /** The area shared by an enclosing `<oat-provider>`. */
  @consume({ context: areaContext, subscribe: true })
  @state()
  protected sharedArea?: string;

  /** The tasks that load this element's data; `updateComplete` waits for them. */
  private readonly loadingTasks: Task<readonly unknown[], unknown>[] = [];

  /** Registers a loading task, so that `updateComplete` resolves only once its figures are on screen. */
  protected track<T extends Task<readonly unknown[], unknown>>(task: T): T {
    this.loadingTasks.push(task);
    return task;
  }

  /** Tasks cancelled because the element left the page, to run again if it comes back. */
  private cancelledTasks = new Set<Task<readonly unknown[], unknown>>();

  /** The source this element listens to for later changes, and how to stop listening. */
  private followed?: { source: DataSource | undefined; stop?: () => void };

  /**
   * True while the figures are being asked for again because the source said they changed (live
   * figures replacing the snapshot's shown meanwhile): elements keep showing what they have, with no
   * blank loading state, until the new figures are ready.
   */
  @state() protected refreshing = false;

  /** Listens to the source in effect, so that figures that arrive later replace those shown. */
  private followSource(): void {
    let source: DataSource | undefined;
    try {
      source = this.resolveSource();
    } catch {
      source = undefined; // an unknown source name: the element's task reports it
    }
    if (this.followed && this.followed.source === source) return;
    this.followed?.stop?.();
    this.followed = { source, ...(source?.subscribe ? { stop: source.subscribe(() => void this.refresh()) } : {}) };
  }

  private stopFollowing(): void {
    this.followed?.stop?.();
    this.followed = undefined;
  }

  /** Asks again for the figures, keeping the current ones on screen meanwhile. */
  private async refresh(): Promise<void> {
    this.refreshing = true;
    try {
      await Promise.all(this.loadingTasks.map((task) => task.run().catch(() => undefined)));
    } finally {
      this.refreshing = false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.isConnected) this.followSource();
  }

  /**
   * Leaving the page cancels any loading in progress, so that a request nobody will see can be
   * dropped; coming back (an element moved in the page, say) loads again.
   */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing();
    for (const task of this.loadingTasks) {
      if (task.status === TaskStatus.PENDING) {
        this.cancelledTasks.add(task);
        task.abort(cancelled());
      }
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const task of this.cancelledTasks) void task.run();
    this.cancelledTasks.clear();
  }

  /** Resolves once every loading task has finished (or failed) and its result is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.loadingTasks.length) return done;
    await Promise.all(this.loadingTasks.map((task) => task.taskComplete.catch(() => undefined)));
    return super.getUpdateComplete();
  }

  /**
   * The data source in effect: the `dataSource` property, else the `source` attribute, else the
   * provider's, else the page-wide snapshot. Throws for an unknown source name.
   */
  protected resolveSource(): DataSource {
    if (this.dataSource) return this.dataSource;
    if (this.source) return sourceNamed(this.source, this.sourceRequest());
    return this.sharedSource ?? defaultSource();
  }

  /** The attributes that name this element's source, as `sourceNamed` takes them. */
  protected sourceRequest(): SourceRequest {
    return { apiBase: this.apiBase, cache: this.cache, allowedOrigins: this.allowedOrigins };
  }

  /** What the source depends on, for a task's arguments. */
  protected sourceKey(): readonly unknown[] {
    return [this.dataSource, this.source, this.apiBase, this.cache, this.allowedOrigins, this.sharedSource];
  }

  /** The comparator in effect: the element's own attributes, else the provider's. */
  protected comparatorChoice(): ComparatorChoice {
    return { comparator: this.comparator ?? this.sharedComparator?.comparator, list: this.neighboursList ?? this.sharedComparator?.list };
  }

  /** The area in effect: the element's own, else the provider's. */
  protected areaOr(own: string | undefined): string | undefined {
    return own ?? this.sharedArea;
  }
}

/** An element with a title of its own, whose heading level the page can set. */
export class OatHeadedElement extends OatElement {
  /** The heading level of the element's title, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** The heading level clamped to 1–6, falling back to the element's own default. */
  protected headingLevelOr(fallback: HeadingLevel): HeadingLevel {
    const level = Math.round(Number(this.headingLevel));
    return (level >= 1 && level <= 6 ? level : fallback) as HeadingLevel;
  }
}

/** Registers an element once: loading the library twice, or beside another copy, must not throw. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
