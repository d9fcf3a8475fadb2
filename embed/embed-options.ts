/**
 * Reading the embed page's query string into what to show. Pure: no DOM, so the same rules serve the
 * embed page, the snippet builder and the tests.
 */

export const EMBED_VIEWS = ['assessment', 'domain', 'indicator', 'map', 'choropleth'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export const EMBED_THEMES = ['default', 'dark', 'high-contrast'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** What an embed shows, as given in its address. */
export interface EmbedOptions {
  view: EmbedView;
  area?: string;
  indicator?: string;
  domain?: string;
  source?: string;
  theme: EmbedTheme;
  /** Passed back in every message, so a host page with several embeds knows which one spoke. */
  id?: string;
}

/** The element each view is shown with. */
export const VIEW_TAGS: Record<EmbedView, string> = {
  assessment: 'oat-assessment',
  domain: 'oat-domain',
  indicator: 'oat-indicator',
  map: 'oat-map',
  choropleth: 'oat-choropleth',
};

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads the query string. Unknown views and themes fall back to the defaults; the element explains bad areas. */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value.slice(0, 200) : undefined;
  };
  const options: EmbedOptions = {
    view: oneOf(EMBED_VIEWS, params.get('view'), 'assessment'),
    theme: oneOf(EMBED_THEMES, params.get('theme'), 'default'),
  };
  for (const name of ['area', 'indicator', 'domain', 'source', 'id'] as const) {
    const value = text(name);
    if (value) options[name] = value;
  }
  return options;
}

/** The element's attributes for these options. */
export function elementAttributes(options: EmbedOptions): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (options.area) attributes.area = options.area;
  if (options.source) attributes.source = options.source;
  if (options.view === 'indicator' || options.view === 'choropleth') attributes.indicator = options.indicator ?? '';
  if (options.view === 'domain') attributes.domain = options.domain ?? '';
  return attributes;
}

/** The query string that asks for these options (the inverse of readEmbedOptions). */
export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams();
  params.set('view', options.view);
  for (const name of ['area', 'indicator', 'domain', 'source', 'id'] as const) {
    const value = options[name];
    if (value && (name !== 'indicator' || options.view === 'indicator' || options.view === 'choropleth') && (name !== 'domain' || options.view === 'domain')) {
      params.set(name, value);
    }
  }
  if (options.theme !== 'default') params.set('theme', options.theme);
  return params.toString();
}

/**
 * The message an embed sends its host page whenever its height changes:
 * `{ type: 'oat-embed:resize', id, height }`. Hosts must check `event.origin` before using it.
 */
export interface EmbedResizeMessage {
  type: 'oat-embed:resize';
  id: string | null;
  height: number;
}

export const RESIZE_MESSAGE = 'oat-embed:resize';
