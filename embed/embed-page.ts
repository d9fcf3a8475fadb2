/**
 * The script of dist/embed.html, for CMSes that only allow iframes: shows one view chosen by the query
 * string (`?view=assessment|summary|domain|indicator|map|choropleth&area=…&indicator=…&domain=…&source=…
 * &theme=…&chooser=off&id=…`) and tells the host page its height with `postMessage` whenever it changes.
 *
 * A data address in `source=` is a link's word, not the site's: it is read only from the websites the
 * site that hosts this page lists in embed.html's `<meta name="oat-allowed-origins" content="…">`
 * (its own website included only if listed). With no such list, only `snapshot` and `fingertips` work.
 *
 * With no script on the host page the frame keeps the height of its snippet; when the view is taller
 * than that, a link at the top opens it in full in a new tab, so no figure is hidden without a way to it.
 */
import '../components/oat.js';
import type { DataSource } from '../src/model.js';
import { defaultSource, sourceNamed } from '../src/sources/registry.js';
import { elementAttributes, embedQuery, readEmbedOptions, RESIZE_MESSAGE, VIEW_TAGS, type EmbedOptions, type EmbedResizeMessage } from './embed-options.js';

const options = readEmbedOptions(location.search);
if (options.theme !== 'default') document.documentElement.classList.add(`oat-theme-${options.theme}`);
const main = document.querySelector('main')!;

/** The source the link asks for, with a data address allowed only from the websites embed.html lists. */
function linkedSource(wanted: string | undefined): DataSource | undefined {
  if (!wanted) return undefined;
  const allowedOrigins = document.querySelector<HTMLMetaElement>('meta[name="oat-allowed-origins"]')?.content ?? '';
  return sourceNamed(wanted, { fromLink: true, allowedOrigins });
}

/** The address of the same view in full, for the summary's link and the "too tall" link. */
function addressOf(wanted: EmbedOptions): string {
  return new URL(`?${embedQuery({ ...wanted, id: undefined })}`, location.href).href;
}

async function show(): Promise<void> {
  let source: DataSource | undefined;
  try {
    source = linkedSource(options.source);
  } catch (error) {
    // An unknown source name, or an allowed list that is not websites: say so, and read nothing.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `These figures cannot be shown. ${error instanceof Error ? error.message : ''}`;
    main.append(message);
    return;
  }
  if (options.view === 'summary') {
    const { showSummary } = await import('./embed-summary.js');
    await showSummary(main, source ?? defaultSource(), options.area, addressOf({ ...options, view: 'assessment' }));
    return;
  }
  const element = document.createElement(VIEW_TAGS[options.view]) as HTMLElement & { dataSource?: DataSource };
  // The element is handed the source checked above; it never reads the link's address itself.
  for (const [name, value] of Object.entries(elementAttributes(options))) if (name !== 'source') element.setAttribute(name, value);
  if (source) element.dataSource = source;
  element.setAttribute('heading-level', '1');
  main.append(element);
}

void show();

const tooTall = document.createElement('p');
tooTall.className = 'too-tall';
tooTall.hidden = true;
const fullLink = Object.assign(document.createElement('a'), { href: addressOf(options), target: '_blank', rel: 'noopener' });
fullLink.textContent = 'This frame is shorter than what it shows: scroll inside it, or open it in full in a new tab';
tooTall.append(fullLink);
document.body.prepend(tooTall);

let lastHeight = -1;
/** Sends the page's height to the host, if the page is in a frame and the height changed. */
function report(): void {
  const framed = window.parent !== window;
  tooTall.hidden = !framed || main.scrollHeight <= window.innerHeight + 2;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || !framed) return;
  lastHeight = height;
  const message: EmbedResizeMessage = { type: RESIZE_MESSAGE, id: options.id ?? null, height };
  // The height is not secret, so any host may read it; hosts must check where messages come from.
  window.parent.postMessage(message, '*');
}

new ResizeObserver(report).observe(document.documentElement);
window.addEventListener('resize', report);
window.addEventListener('load', report);
