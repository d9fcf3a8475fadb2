import type { ReactiveControllerHost } from 'lit';

/** What a picture of many items (the opportunity map's segments, the choropleth's councils) tells the controller. */
export interface RovingItemsOptions<K> {
  /** The item an event came from, if any. */
  itemOf(event: Event): K | undefined;
  /** Where an arrow, Home or End key moves from an item; undefined for any other key. */
  step(from: K, key: string): K | undefined;
  /** Chooses an item: a click, Enter or Space. */
  choose(item: K): void;
  /** Moves keyboard focus to an item, once it has been drawn as the tab stop. */
  focus(item: K): void;
  /** Whether focus moving to this element stays within the picture (so the focused item is kept). */
  isWithin(target: Element): boolean;
  /** Told of every pointer move over an item, to place a tooltip beside the pointer. */
  pointerMoved?(event: PointerEvent): void;
}

/**
 * Keyboard, pointer and tooltip behaviour shared by `<oat-map>` and `<oat-choropleth>`: the picture is
 * one stop in the tab order (a roving tab stop); arrow keys, Home and End move between its items;
 * Enter, Space or a click chooses one; the tooltip shows for the item under the pointer or with focus,
 * can itself be hovered (WCAG 1.4.13) and Escape hides it until another item is reached.
 *
 * The element binds the handlers to the picture's frame and reads `tabStop`, `tip`, `hovered` and
 * `focused` when it renders.
 */
export class RovingItems<K> {
  /** The item under the pointer. */
  hovered?: K;
  /** The item with keyboard focus. */
  focused?: K;
  /** The one item in the tab order. */
  tabStop?: K;
  /** Whether Escape has hidden the tooltip. */
  dismissed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingItemsOptions<K>,
  ) {}

  /** The item whose tooltip shows, if any. */
  get tip(): K | undefined {
    return this.dismissed ? undefined : (this.hovered ?? this.focused);
  }

  /** Forgets the pointer and focus, e.g. when the picture gives way to a table. */
  reset(): void {
    this.hovered = undefined;
    this.focused = undefined;
    this.host.requestUpdate();
  }

  private change(update: () => void): void {
    update();
    this.host.requestUpdate();
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    // The tooltip can be hovered too: moving onto it keeps it, rather than hiding it.
    if (event.target instanceof Element && event.target.closest('.tooltip')) return;
    const item = this.options.itemOf(event);
    if (item !== this.hovered) {
      this.change(() => {
        this.hovered = item;
        if (item !== undefined) this.dismissed = false;
      });
    }
    if (item !== undefined) this.options.pointerMoved?.(event);
  };

  readonly onPointerLeave = (): void => {
    this.change(() => (this.hovered = undefined));
  };

  readonly onClick = (event: MouseEvent): void => {
    const item = this.options.itemOf(event);
    if (item === undefined) return;
    this.change(() => (this.tabStop = item));
    this.options.choose(item);
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const item = this.options.itemOf(event);
    if (item === undefined) return;
    // A screen reader may move focus itself; the tab stop follows it.
    this.change(() => {
      if (item !== this.focused) this.dismissed = false;
      this.focused = item;
      this.tabStop = item;
    });
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Element && this.options.isWithin(next)) return;
    this.change(() => (this.focused = undefined));
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const item = this.options.itemOf(event);
    if (item === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.choose(item);
      return;
    }
    if (event.key === 'Escape') {
      if (!this.dismissed) {
        event.preventDefault();
        this.change(() => (this.dismissed = true));
      }
      return;
    }
    const next = this.options.step(item, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === item) return;
    this.change(() => {
      this.tabStop = next;
      this.focused = next;
      this.dismissed = false;
    });
    // Focus follows once the new tab stop is drawn.
    void this.host.updateComplete.then(() => this.options.focus(next));
  };
}
