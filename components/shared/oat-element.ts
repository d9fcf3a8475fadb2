import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataSource } from '../../src/model.js';
import { sourceNamed } from '../../src/sources/registry.js';
import { hostReset, tokens } from '../../src/styles/tokens.js';

/** Heading levels an element may use for its own title. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * What every oat-* element shares: design tokens and a host reset, the `source` attribute, and a
 * `dataSource` property for pages and tests that hand over a ready source.
 */
export class OatElement extends LitElement {
  static override styles = [tokens, hostReset];

  /**
   * Where the figures come from: `snapshot` (the default) is the embedded snapshot of published data.
   */
  @property({ reflect: true }) source?: string;

  /** A data source object to use instead of the `source` attribute. */
  @property({ attribute: false }) dataSource?: DataSource;

  /** The heading level of the element's title, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** The data source in effect: the property, else the attribute's named source. Throws for an unknown name. */
  protected resolveSource(): DataSource {
    return this.dataSource ?? sourceNamed(this.source);
  }

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
