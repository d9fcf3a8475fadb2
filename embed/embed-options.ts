/**
 * Reading the embed page's query string into what to show. Pure: no DOM, so the same rules serve the
 * embed page, the snippet builder and the tests.
 */

import { NEIGHBOUR_LISTS, type NeighbourListId } from '../src/comparators/format.js';

export const EMBED_VIEWS = ['assessment', 'summary', 'domain', 'indicator', 'map', 'choropleth'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];
/** The views shown by one of the library's elements; the summary is drawn by the embed page itself. */
export type ElementView = Exclude<EmbedView, 'summary'>;

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
  /** `off` hides the assessment's own area chooser (a council's page about itself). */
  chooser?: 'off';
  /** Also compare with the area's region or its statistical neighbours (England's comparison always leads). */
  comparator?: 'region' | 'neighbours';
  /** With `comparator: 'neighbours'`: which list; DfE's of May 2025 when not given. */
  neighboursList?: NeighbourListId;
  /** `region`: the map of England zooms to the area's region. */
  zoom?: 'region';
  /** Passed back in every message, so a host page with several embeds knows which one spoke. */
  id?: string;
}

/** The element each view is shown with. */
export const VIEW_TAGS: Record<ElementView, string> = {
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
  if (params.get('chooser') === 'off') options.chooser = 'off';
  const comparator = params.get('comparator');
  if (comparator === 'region' || comparator === 'neighbours') options.comparator = comparator;
  const list = params.get('neighbours-list');
  if (options.comparator === 'neighbours' && list && (NEIGHBOUR_LISTS as readonly string[]).includes(list)) options.neighboursList = list as NeighbourListId;
  if (params.get('zoom') === 'region') options.zoom = 'region';
  return options;
}

/** The element's attributes for these options. */
export function elementAttributes(options: EmbedOptions): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (options.area) attributes.area = options.area;
  if (options.source) attributes.source = options.source;
  if (options.view === 'indicator' || options.view === 'choropleth') attributes.indicator = options.indicator ?? '';
  if (options.view === 'domain') attributes.domain = options.domain ?? '';
  if (options.view === 'assessment' && options.chooser === 'off') attributes.chooser = 'off';
  // The opportunity map and the summary show England's comparison alone.
  const compares = options.view !== 'map' && options.view !== 'summary';
  if (compares && options.comparator) attributes.comparator = options.comparator;
  if (compares && options.comparator === 'neighbours' && options.neighboursList) attributes['neighbours-list'] = options.neighboursList;
  if (options.view === 'choropleth' && options.zoom === 'region') attributes.zoom = 'region';
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
  if (options.view === 'assessment' && options.chooser === 'off') params.set('chooser', 'off');
  const attributes = elementAttributes(options);
  for (const name of ['comparator', 'neighbours-list', 'zoom']) if (attributes[name]) params.set(name, attributes[name]);
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

/**
 * Heights (px) of an iframe with no script on the host page. `node --import tsx scripts/measure-frames.mjs`
 * measures dist/embed.html for Croydon at a phone (375 px) and a desktop (1280 px) width; each height is
 * the taller of the two plus about 10% for other fonts, so the summary, an indicator (the tallest of
 * the 27), the opportunity map and the choropleth show whole at both widths. A domain is sized for the
 * desktop (its rows stack to twice the height on a phone, which would leave a desktop frame half
 * empty), and the whole assessment (about 12,000 px wide, 25,000 px narrow) gets a screenful: where a
 * frame is shorter than its view, the page shows a link to open it in full.
 */
export const FRAME_HEIGHTS: Record<Exclude<EmbedView, 'domain'>, number> & { domain: Record<string, number> } = {
  assessment: 900, // measured: 11,921 px at 1280, 25,270 px at 375
  summary: 730, // 664 / 335
  indicator: 780, // first-time-entrants-youth-justice, 704 / 450
  map: 2290, // 2080 / 1623 (the numbered key under the ring at 375 px)
  choropleth: 1280, // 1164 / 945
  domain: {
    'stressful-circumstances': 930, // 1914 / 840
    'individual-vulnerabilities': 2000, // 3785 / 1817
    'family-relationships': 970, // 1918 / 881
    'children-outcomes': 2140, // 4355 / 1945
  },
};

/** The height of a script-free iframe showing these options. */
export function frameHeight(options: EmbedOptions): number {
  if (options.view !== 'domain') return FRAME_HEIGHTS[options.view];
  return FRAME_HEIGHTS.domain[options.domain ?? ''] ?? Math.max(...Object.values(FRAME_HEIGHTS.domain));
}
