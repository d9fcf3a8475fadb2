/**
 * The script of dist/embed.html, for CMSes that only allow iframes: shows one element chosen by the
 * query string (`?view=assessment|domain|indicator|map|choropleth&area=…&indicator=…&domain=…&source=…&theme=…&id=…`)
 * and tells the host page its height with `postMessage` whenever it changes.
 */
import '../components/oat.js';
import { elementAttributes, readEmbedOptions, RESIZE_MESSAGE, VIEW_TAGS, type EmbedResizeMessage } from './embed-options.js';

const options = readEmbedOptions(location.search);
if (options.theme !== 'default') document.documentElement.classList.add(`oat-theme-${options.theme}`);

const element = document.createElement(VIEW_TAGS[options.view]);
for (const [name, value] of Object.entries(elementAttributes(options))) element.setAttribute(name, value);
element.setAttribute('heading-level', '1');
document.querySelector('main')?.append(element);

let lastHeight = -1;
/** Sends the page's height to the host, if the page is in a frame and the height changed. */
function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const message: EmbedResizeMessage = { type: RESIZE_MESSAGE, id: options.id ?? null, height };
  // The height is not secret, so any host may read it; hosts must check where messages come from.
  window.parent.postMessage(message, '*');
}

new ResizeObserver(report).observe(document.documentElement);
window.addEventListener('load', report);
