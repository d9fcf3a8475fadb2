/**
 * The script of dist/builder.html: lets an editor choose an area, a view, an indicator or domain and
 * a theme, shows a live preview, and copies a script snippet or an iframe snippet that reproduces it.
 */
import '../components/oat.js';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { DOMAINS } from '../src/catalogue/domains.js';
import { elementAttributes, EMBED_THEMES, EMBED_VIEWS, VIEW_TAGS, type EmbedOptions } from './embed-options.js';
import { iframeSnippet, scriptSnippet } from './snippets.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = $<HTMLElement & { value?: string }>('area');
const view = $<HTMLSelectElement>('view');
const indicator = $<HTMLSelectElement>('indicator');
const domain = $<HTMLSelectElement>('domain');
const theme = $<HTMLSelectElement>('theme');
const source = $<HTMLSelectElement>('source');
const preview = $<HTMLDivElement>('preview');
const copied = $<HTMLParagraphElement>('copied');

for (const entry of CATALOGUE) indicator.append(new Option(entry.title, entry.slug));
for (const entry of DOMAINS) domain.append(new Option(entry.title, entry.id));

const base = { folder: new URL('./', location.href).href };

/** The editor's choices as embed options. */
function choices(): EmbedOptions {
  const chosenView = (EMBED_VIEWS as readonly string[]).includes(view.value) ? (view.value as EmbedOptions['view']) : 'assessment';
  const chosenTheme = (EMBED_THEMES as readonly string[]).includes(theme.value) ? (theme.value as EmbedOptions['theme']) : 'default';
  return {
    view: chosenView,
    theme: chosenTheme,
    area: picker.value || picker.getAttribute('value') || 'E09000008',
    indicator: indicator.value,
    domain: domain.value,
    ...(source.value !== 'snapshot' ? { source: source.value } : {}),
  };
}

/** A short title for the iframe, from what it shows. */
function titleOf(options: EmbedOptions): string {
  const what =
    options.view === 'indicator' || options.view === 'choropleth'
      ? (CATALOGUE.find((entry) => entry.slug === options.indicator)?.title ?? 'Indicator')
      : options.view === 'domain'
        ? (DOMAINS.find((entry) => entry.id === options.domain)?.title ?? 'Domain')
        : options.view === 'map'
          ? 'Opportunity map'
          : 'Opportunity assessment';
  return `${what} – Local Family Offer opportunity assessment`;
}

/** Shows the chosen element in the preview and writes both snippets. */
function update(): void {
  const options = choices();
  $('indicator-field').hidden = !(options.view === 'indicator' || options.view === 'choropleth');
  $('domain-field').hidden = options.view !== 'domain';

  const element = document.createElement(VIEW_TAGS[options.view]);
  for (const [name, value] of Object.entries(elementAttributes(options))) element.setAttribute(name, value);
  const wrapper = document.createElement('div');
  if (options.theme !== 'default') wrapper.className = `oat-theme-${options.theme}`;
  wrapper.append(element);
  preview.replaceChildren(wrapper);

  $('script-snippet').textContent = scriptSnippet(options, base);
  $('iframe-snippet').textContent = iframeSnippet(options, base, titleOf(options));
  copied.textContent = '';
}

/** Copies a snippet, or selects it so the editor can copy it themselves if the browser refuses. */
async function copy(codeId: string, what: string): Promise<void> {
  const code = $(codeId);
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copied.textContent = `${what} copied. Paste it into your page.`;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    copied.textContent = `Your browser did not let the page copy. The ${what.toLowerCase()} is selected: press Ctrl+C (or ⌘C) to copy it.`;
  }
}

for (const control of [view, indicator, domain, theme, source]) control.addEventListener('change', update);
picker.addEventListener('oat-area-change', (event) => {
  picker.setAttribute('value', (event as CustomEvent<{ code: string }>).detail.code);
  update();
});
$('copy-script').addEventListener('click', () => void copy('script-snippet', 'Script snippet'));
$('copy-iframe').addEventListener('click', () => void copy('iframe-snippet', 'Iframe snippet'));
update();
