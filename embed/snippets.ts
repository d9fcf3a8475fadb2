import { elementAttributes, embedQuery, VIEW_TAGS, type EmbedOptions } from './embed-options.js';

/** Escapes text for an HTML attribute value in a snippet the editor will paste. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Where the library lives: the folder the builder page itself was loaded from. */
export interface SnippetBase {
  /** Address of the folder holding oat.js, embed.html and the rest, ending in "/". */
  folder: string;
}

/** The snippet for pages that allow scripts: the bundle and the element, with a theme wrapper if asked. */
export function scriptSnippet(options: EmbedOptions, base: SnippetBase): string {
  const tag = VIEW_TAGS[options.view];
  const attributes = Object.entries(elementAttributes(options))
    .map(([name, value]) => ` ${name}="${attribute(value)}"`)
    .join('');
  const lines = [`<script type="module" src="${attribute(`${base.folder}oat.js`)}"></script>`];
  if (options.theme === 'default') {
    lines.push(`<${tag}${attributes}></${tag}>`);
  } else {
    lines.push(`<link rel="stylesheet" href="${attribute(`${base.folder}oat-themes.css`)}">`);
    lines.push(`<div class="oat-theme-${options.theme}">`, `  <${tag}${attributes}></${tag}>`, '</div>');
  }
  return lines.join('\n');
}

/** The snippet for pages that only allow iframes, with the optional script that sizes the frame. */
export function iframeSnippet(options: EmbedOptions, base: SnippetBase, title: string): string {
  const src = `${base.folder}embed.html?${embedQuery(options)}`;
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="900" frameborder="0" loading="lazy" data-oat-embed></iframe>`,
    `<script type="module" src="${attribute(`${base.folder}oat-embed-host.js`)}"></script>`,
  ].join('\n');
}
