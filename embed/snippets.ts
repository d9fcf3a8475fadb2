import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { DOMAINS } from '../src/catalogue/domains.js';
import { elementAttributes, embedQuery, frameHeight, VIEW_TAGS, type ElementView, type EmbedOptions } from './embed-options.js';
import { escapeHtml } from './escape-html.js';

/** Where the library lives: the folder the builder page itself was loaded from, or a public CDN. */
export interface SnippetBase {
  /** Address of the folder holding oat.js, embed.html and the rest, ending in "/". */
  folder: string;
}

/** The package's files on jsDelivr, the public npm CDN, pinned to one version so a page never changes under its editor. */
export function cdnBase(version: string): SnippetBase {
  return { folder: `https://cdn.jsdelivr.net/npm/oat-elements@${version}/dist/` };
}

/** The line a site with a Content-Security-Policy adds so that pages may load the library from the CDN. */
export const CDN_CSP = 'script-src https://cdn.jsdelivr.net; connect-src https://cdn.jsdelivr.net; style-src https://cdn.jsdelivr.net';

/** Options whose view is shown by an element (every view but the iframe-only summary). */
export type ElementOptions = EmbedOptions & { view: ElementView };

/**
 * The snippet for pages that allow scripts: the bundle and the element, with a theme wrapper if asked.
 * `fallback` is HTML to put inside the element (the plain table of its figures), shown only where the
 * script does not run.
 */
export function scriptSnippet(options: ElementOptions, base: SnippetBase, fallback = ''): string {
  const tag = VIEW_TAGS[options.view];
  const attributes = Object.entries(elementAttributes(options))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const indent = options.theme === 'default' ? '' : '  ';
  const inner = fallback
    ? `\n${fallback
        .split('\n')
        .map((line) => `${indent}  ${line}`)
        .join('\n')}\n${indent}`
    : '';
  const element = `${indent}<${tag}${attributes}>${inner}</${tag}>`;
  const lines = [`<script type="module" src="${escapeHtml(`${base.folder}oat.js`)}"></script>`];
  if (options.theme === 'default') {
    lines.push(element);
  } else {
    lines.push(`<link rel="stylesheet" href="${escapeHtml(`${base.folder}oat-themes.css`)}">`);
    lines.push(`<div class="oat-theme-${options.theme}">`, element, '</div>');
  }
  return lines.join('\n');
}

/**
 * The snippet for pages that only allow iframes: the frame alone, with no script, at a height measured
 * to show the view's figures at phone and desktop widths (see FRAME_HEIGHTS).
 */
export function iframeSnippet(options: EmbedOptions, base: SnippetBase, title: string): string {
  const src = `${base.folder}embed.html?${embedQuery(options)}`;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${frameHeight(options)}" loading="lazy" data-oat-embed></iframe>`;
}

/** The optional script a host page may add once, so that every oat-elements frame fits its content exactly. */
export function hostScriptSnippet(base: SnippetBase): string {
  return `<script type="module" src="${escapeHtml(`${base.folder}oat-embed-host.js`)}"></script>`;
}

/** The iframe's title: the area and what the frame shows, so a screen reader user knows before entering it. */
export function frameTitle(options: EmbedOptions, name: string): string {
  const what =
    options.view === 'indicator' || options.view === 'choropleth'
      ? (CATALOGUE.find((entry) => entry.slug === options.indicator)?.title ?? 'Indicator')
      : options.view === 'domain'
        ? (DOMAINS.find((entry) => entry.id === options.domain)?.title ?? 'Domain')
        : options.view === 'map'
          ? 'Opportunity map'
          : options.view === 'summary'
            ? 'Opportunity assessment summary'
            : 'Opportunity assessment';
  const where = options.view === 'choropleth' ? 'England’s councils' : name || options.area || '';
  return `${where}: ${what} – Local Family Offer opportunity assessment`;
}
