// The demo's address follows what the reader chose – the area, the comparison and the part of the
// assessment in view, and the indicator on the map of England – so a link to it reopens the same view.
const provider = document.querySelector('oat-provider');
const assessment = document.querySelector('oat-assessment');
const englandMap = document.getElementById('england-map');
const VIEWS = ['summary', 'map', 'so-what', 'domains', 'england'];
const AREA_CODE = /^E\d{8}$/;
const COMPARATORS = ['england', 'region', 'neighbours'];
const LISTS = ['dfe-2025', 'dfe-2021', 'ons'];

const params = new URLSearchParams(location.search);
const state = {
  area: AREA_CODE.test(params.get('area') ?? '') ? params.get('area') : provider.getAttribute('area'),
  // England always leads; the region or a list of statistical neighbours is compared as well when chosen.
  comparator: COMPARATORS.includes(params.get('comparator') ?? '') ? params.get('comparator') : 'england',
  list: LISTS.includes(params.get('neighbours-list') ?? '') ? params.get('neighbours-list') : 'dfe-2025',
  view: VIEWS.includes(params.get('view') ?? '') ? params.get('view') : 'summary',
  indicator: params.get('indicator') || englandMap.getAttribute('indicator'),
};

provider.setAttribute('area', state.area);

/**
 * Shares the comparison with every element: the assessment, and the map, which outlines the neighbours or,
 * for the region, draws the region alone.
 */
function compareWith() {
  englandMap.setAttribute('zoom', state.comparator === 'region' ? 'region' : 'england');
  provider.setAttribute('comparator', state.comparator);
  provider.setAttribute('neighbours-list', state.list);
  assessment.removeAttribute('comparator');
  assessment.removeAttribute('neighbours-list');
}
compareWith();
englandMap.setAttribute('indicator', state.indicator);

/** Writes the state into the address without adding to the browser's history. */
function remember() {
  const next = new URLSearchParams({ area: state.area, comparator: state.comparator, view: state.view, indicator: state.indicator });
  if (state.comparator === 'neighbours') next.set('neighbours-list', state.list);
  history.replaceState(null, '', `${location.pathname}?${next}`);
}

/** The element on the page that shows a view. */
async function target(view) {
  if (view === 'england') return document.getElementById('england');
  await assessment.updateComplete;
  const root = assessment.shadowRoot;
  const part = { summary: '[part~="standout"]', map: '[part~="map"]', 'so-what': '[part~="so-what"]', domains: '[part~="domain"]' }[view];
  return root?.querySelector(part) ?? assessment;
}

const smooth = () => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

async function show(view, behavior) {
  state.view = view;
  remember();
  (await target(view)).scrollIntoView({ block: 'start', behavior });
}

for (const button of document.querySelectorAll('[data-view]')) {
  button.addEventListener('click', () => void show(button.dataset.view, smooth()));
}

// The picker inside the assessment changes the provider's area; the address follows.
document.addEventListener('oat-area-change', (event) => {
  if (!event.detail?.code) return;
  state.area = event.detail.code;
  remember();
});

// The assessment's "Compare also with" switch sets its own attributes; the page shares the choice and remembers it.
new MutationObserver(() => {
  const comparator = assessment.getAttribute('comparator');
  if (!comparator) return;
  state.comparator = COMPARATORS.includes(comparator) ? comparator : 'england';
  state.list = assessment.getAttribute('neighbours-list') ?? state.list;
  compareWith();
  remember();
}).observe(assessment, { attributes: true, attributeFilter: ['comparator', 'neighbours-list'] });

// Choosing a segment of the opportunity map shows that indicator on the map of England.
document.addEventListener('oat-indicator-select', (event) => {
  state.indicator = event.detail.indicator;
  englandMap.setAttribute('indicator', state.indicator);
  void show('england', smooth());
});

document.getElementById('copy-link').addEventListener('click', async () => {
  const status = document.getElementById('link-status');
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = 'Link copied.';
  } catch {
    status.textContent = `Copy this link: ${location.href}`;
  }
});

remember();
if (state.view !== 'summary') void customElements.whenDefined('oat-assessment').then(() => show(state.view, 'auto'));
