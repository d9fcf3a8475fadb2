/**
 * The script of dist/builder.html: lets an editor choose an area, a view, an indicator or domain and
 * a theme, and copy an iframe snippet (no script needed) or a script snippet, with a live preview.
 * The preview's own area chooser and the form stay in step, and the snippets follow both.
 */
import '../components/oat.js';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { DOMAINS } from '../src/catalogue/domains.js';
import { defaultSource } from '../src/sources/registry.js';
import { loadAssessmentView } from '../src/view-models/assessment-view.js';
import { elementAttributes, embedQuery, EMBED_THEMES, EMBED_VIEWS, VIEW_TAGS, type EmbedOptions } from './embed-options.js';
import { showSummary } from './embed-summary.js';
import { loadStaticFigures, staticTableHtml } from './static-table.js';
import { NEIGHBOUR_LISTS, type NeighbourListId } from '../src/comparators/format.js';
import { PACKAGE_VERSION } from './version.js';
import { CDN_CSP, cdnBase, frameTitle, hostScriptSnippet, iframeSnippet, scriptSnippet, type SnippetBase } from './snippets.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = $<HTMLElement & { value?: string }>('area');
const view = $<HTMLSelectElement>('view');
const indicator = $<HTMLSelectElement>('indicator');
const domain = $<HTMLSelectElement>('domain');
const chooser = $<HTMLInputElement>('chooser');
const compare = $<HTMLSelectElement>('compare');
const zoom = $<HTMLInputElement>('zoom');
const table = $<HTMLInputElement>('table');
const theme = $<HTMLSelectElement>('theme');
const source = $<HTMLSelectElement>('source');
const files = $<HTMLSelectElement>('files');
const preview = $<HTMLDivElement>('preview');
const copied = $<HTMLParagraphElement>('copied');

// The script runs: show the builder instead of the "cannot start" message.
$('not-running').remove();
$('workbench').hidden = false;

for (const entry of CATALOGUE) indicator.append(new Option(entry.title, entry.slug));
for (const entry of DOMAINS) domain.append(new Option(entry.title, entry.id));

const siteBase: SnippetBase = { folder: new URL('./', location.href).href };
/** The area's name, once known, for the iframe's title. */
let areaName = '';
/** True once the editor has picked an indicator themselves: then it is never changed for them. */
let indicatorChosen = false;

const area = () => picker.getAttribute('value') || picker.value || 'E09000008';

/** The editor's choices as embed options. */
function choices(): EmbedOptions {
  const chosenView = (EMBED_VIEWS as readonly string[]).includes(view.value) ? (view.value as EmbedOptions['view']) : 'assessment';
  const chosenTheme = (EMBED_THEMES as readonly string[]).includes(theme.value) ? (theme.value as EmbedOptions['theme']) : 'default';
  return {
    view: chosenView,
    theme: chosenTheme,
    area: area(),
    indicator: indicator.value,
    domain: domain.value,
    ...(chooser.checked && chosenView === 'assessment' ? { chooser: 'off' as const } : {}),
    ...comparatorChoice(),
    ...(zoom.checked && chosenView === 'choropleth' ? { zoom: 'region' as const } : {}),
    ...(source.value !== 'snapshot' ? { source: source.value } : {}),
  };
}

/** "Compare also with": nothing for England alone, the region, or the neighbours by one of the three lists. */
function comparatorChoice(): Pick<EmbedOptions, 'comparator' | 'neighboursList'> {
  const [comparator, list] = compare.value.split(' ');
  if (comparator === 'region') return { comparator };
  if (comparator === 'neighbours') return { comparator, ...(NEIGHBOUR_LISTS.find((id) => id === list) ? { neighboursList: list as NeighbourListId } : {}) };
  return {};
}

/** The plain table of figures for the script snippet, if asked for and the view has one; kept for the same figures. */
let lastTable: { key: string; html: string } | undefined;
async function fallbackTable(options: EmbedOptions): Promise<string> {
  if (!table.checked || options.view === 'summary') return '';
  const key = JSON.stringify([options.view, options.area, options.indicator, options.domain]);
  if (lastTable?.key !== key) {
    let html = '';
    try {
      html = staticTableHtml(await loadStaticFigures({ ...options, view: options.view }, defaultSource()));
    } catch {
      html = ''; // an unknown area or indicator: the preview explains it, and the snippet carries no table
    }
    lastTable = { key, html };
  }
  return lastTable.html;
}

/** Counts the writes, so that a slower earlier one never overwrites a later one. */
let writes = 0;

/** Writes the snippets for the current choices; the section is busy until the table is in. */
async function writeSnippets(): Promise<void> {
  const mine = ++writes;
  const snippets = document.querySelector('.snippets')!;
  snippets.setAttribute('aria-busy', 'true');
  const options = choices();
  const base = files.value === 'cdn' ? cdnBase(PACKAGE_VERSION) : siteBase;
  const fallback = await fallbackTable(options);
  if (mine !== writes) return;
  $('files-hint').textContent =
    files.value === 'cdn'
      ? `Only if your site allows it. A site with a Content-Security-Policy adds: ${CDN_CSP}. The iframe still needs embed.html on your site.`
      : `Upload the whole folder to your site; the snippets point to ${siteBase.folder}.`;
  const script = $<HTMLButtonElement>('copy-script');
  if (options.view === 'summary') {
    $('script-snippet').textContent = 'The summary is made for a small iframe: use the iframe snippet above. For a script, choose “The whole assessment”.';
    script.disabled = true;
  } else {
    $('script-snippet').textContent = scriptSnippet({ ...options, view: options.view }, base, fallback);
    script.disabled = false;
  }
  // The iframe page is always on the site's own folder: a CDN serves web pages as plain text.
  $('iframe-snippet').textContent = iframeSnippet(options, siteBase, frameTitle(options, areaName));
  $('host-snippet').textContent = hostScriptSnippet(siteBase);
  copied.textContent = '';
  snippets.setAttribute('aria-busy', 'false');
}

/** Shows the chosen view in the preview. */
function showPreview(): void {
  const options = choices();
  const wrapper = document.createElement('div');
  if (options.theme !== 'default') wrapper.className = `oat-theme-${options.theme}`;
  preview.replaceChildren(wrapper);
  if (options.view === 'summary') {
    const full = new URL(`embed.html?${embedQuery({ ...options, view: 'assessment' })}`, location.href).href;
    void showSummary(wrapper, defaultSource(), options.area, full);
    return;
  }
  const element = document.createElement(VIEW_TAGS[options.view]);
  for (const [name, value] of Object.entries(elementAttributes(options))) element.setAttribute(name, value);
  wrapper.append(element);
}

/**
 * Marks the indicators with no figure for the area (in the embedded snapshot) and, unless the editor
 * chose one, moves the indicator to the first that has figures, so the defaults always show some.
 */
async function markIndicators(): Promise<void> {
  const code = area();
  try {
    const loaded = await loadAssessmentView(defaultSource(), code);
    if (code !== area()) return;
    areaName = loaded.area.name;
    const empty = new Set(
      loaded.domains
        .flatMap((entry) => entry.indicators)
        .filter((entry) => entry.local?.value == null)
        .map((entry) => entry.definition.slug),
    );
    for (const option of indicator.options) {
      const title = CATALOGUE.find((entry) => entry.slug === option.value)?.title ?? option.value;
      option.textContent = empty.has(option.value) ? `${title} (no data for ${loaded.area.name})` : title;
    }
    if (!indicatorChosen && empty.has(indicator.value)) {
      const first = [...indicator.options].find((option) => !empty.has(option.value));
      if (first) {
        indicator.value = first.value;
        showPreview();
      }
    }
  } catch {
    areaName = ''; // an unknown area: the preview explains it
  }
  await writeSnippets();
}

function update(): void {
  const options = choices();
  $('indicator-field').hidden = !(options.view === 'indicator' || options.view === 'choropleth');
  $('domain-field').hidden = options.view !== 'domain';
  $('chooser-field').hidden = options.view !== 'assessment';
  $('compare-field').hidden = options.view === 'map' || options.view === 'summary';
  $('zoom-field').hidden = options.view !== 'choropleth';
  $('table-field').hidden = options.view === 'summary';
  showPreview();
  void writeSnippets();
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

indicator.addEventListener('change', () => (indicatorChosen = true));
for (const control of [view, indicator, domain, chooser, compare, zoom, theme, source]) control.addEventListener('change', update);
for (const control of [files, table]) control.addEventListener('change', () => void writeSnippets());
picker.addEventListener('oat-area-change', (event) => {
  picker.setAttribute('value', event.detail.code);
  update();
  void markIndicators();
});
// The preview's own chooser (the assessment's, or a click on the choropleth) moves the form and the snippets with it.
preview.addEventListener('oat-area-change', (event) => {
  picker.setAttribute('value', event.detail.code);
  areaName = event.detail.name;
  void markIndicators();
});
$('copy-script').addEventListener('click', () => void copy('script-snippet', 'Script snippet'));
$('copy-iframe').addEventListener('click', () => void copy('iframe-snippet', 'Iframe snippet'));
$('copy-host').addEventListener('click', () => void copy('host-snippet', 'Host script'));
update();
void markIndicators();
