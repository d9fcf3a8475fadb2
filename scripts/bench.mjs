#!/usr/bin/env node
// Measures the built files (run `npm run bench`, which builds first): the sizes of everything with a
// budget in scripts/size.mjs and of the files fetched only when used; how long each element takes from
// being inserted to being on screen in headless Chromium, the snapshot already loaded; how smoothly the
// choropleth follows the pointer; and how many requests a page of 40 elements makes. Prints a table and
// writes bench/results.json. The goals are shown beside the numbers; missing one never fails the script,
// but an element that does not show its real figures does, as its timings would mean nothing.
//
// The pages are served from memory on a loopback port with the demo's strict Content-Security-Policy
// and load only /dist/oat.js (which fetches the maps' code when a map first appears): no inline script.
// The measuring is driven with page.evaluate, and the pointer with puppeteer's mouse.
//
// Environment: BENCH_RUNS (warm runs per element, default 20, at least 10), BENCH_COLD_RUNS (default 5),
// BENCH_HOVER_MOVES (pointer moves over the choropleth, default 50, at least 10).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { findChromium, launchChromium } from './chromium.mjs';
import { STRICT_CSP, startStaticServer } from './static-server.mjs';
import { BUDGETS, measure as measureBudgets } from './size.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = Math.max(10, Math.round(Number(process.env.BENCH_RUNS)) || 20);
const COLD_RUNS = Math.max(1, Math.round(Number(process.env.BENCH_COLD_RUNS)) || 5);
const HOVER_MOVES = Math.max(10, Math.round(Number(process.env.BENCH_HOVER_MOVES)) || 50);
const RESULTS = join(ROOT, 'bench', 'results.json');
const BUNDLE = 'dist/oat.js';
const BOUNDARIES = 'dist/oat-boundaries-utla-2023.json';
const CROYDON = 'E09000008';
/** Croydon's children in need rate: every element below must show it. */
const CROYDON_CHILDREN_IN_NEED = '493.6 per 10,000';

/** Files with no budget, fetched beside oat.js only by pages that need them: sized for information. */
const LAZY_FILES = [
  { file: 'dist/oat-map.js', what: '<oat-map>, fetched when the first map appears' },
  { file: 'dist/oat-choropleth.js', what: '<oat-choropleth>, fetched when the first choropleth appears' },
  { file: 'dist/oat-choropleth-geometry.js', what: 'the choropleth’s projection and scales (d3-geo, d3-scale, topojson-client)' },
  { file: 'dist/oat-fingertips-source.js', what: 'the live source, fetched with source="fingertips"' },
  { file: 'dist/oat-council-source.js', what: 'the council-file source, fetched with a .csv or .json source' },
  { file: 'dist/oat-trend.js', what: '<oat-trend>, fetched when the first trend (or trend button) appears' },
  { file: 'dist/oat-comparison.js', what: '<oat-comparison>, fetched when a region or neighbour comparison is shown' },
  { file: 'dist/oat-comparator-view.js', what: 'the region and neighbour comparisons, fetched with comparator="region" or "neighbours"' },
];

/** The budget size.mjs sets for a file, which is also the bench's goal for it. */
function budgetOf(file) {
  const budget = BUDGETS.find((candidate) => candidate.file === file);
  if (!budget) throw new Error(`scripts/size.mjs has no budget for ${file}.`);
  return budget.limit;
}

/** The folder of per-area trend files, whose largest file size.mjs measures against the trend budget. */
const TRENDS = 'dist/oat-trends';

const GOALS = {
  bundleGzip: budgetOf(BUNDLE),
  boundariesGzip: budgetOf(BOUNDARIES),
  trendsGzip: BUDGETS.find((budget) => budget.folder === TRENDS).limit,
  dataRequests: 1,
  /** Trend files the first assessment of a page fetches: none until a trend is opened. */
  trendFilesBeforeOpening: 0,
  /** Inserted → rendered, median, data loaded, in milliseconds, by element measured. */
  rendered: { assessmentWarm: 50, mapWarm: 30, choroplethWarm: 100, choroplethComparisonWarm: 100, trendWarm: 30 },
  /**
   * The assessment's first screen (its title, chooser and opening, with their figures, drawn before the
   * rest) at most this many times the plain table of its figures, by median (issue 15). The whole
   * assessment's ratio is reported beside it.
   */
  assessmentToStaticTable: 3,
};

/**
 * The plain tables of figures the builder puts in a script snippet (issue 15), the physical baseline:
 * the time to show the same figures as static HTML. Which builder choice gives each element's table.
 */
const STATIC_TABLES = {
  assessmentWarm: { view: 'assessment' },
  mapWarm: { view: 'map' },
  indicatorWarm: { view: 'indicator', indicator: 'children-in-need' },
  choroplethWarm: { view: 'choropleth', indicator: 'children-in-need' },
};

/**
 * The elements timed with the data loaded. Each check names where the figure must appear: a CSS
 * selector looked up through every shadow root (the element's whole text if none), and the attribute
 * to read (the matched element's text if none). One matching element showing it is enough.
 */
const WARM = [
  {
    key: 'assessmentWarm',
    label: '<oat-assessment>',
    tag: 'oat-assessment',
    attributes: { area: CROYDON },
    checks: [{ where: 'its text' }],
  },
  {
    key: 'indicatorWarm',
    label: '<oat-indicator children-in-need>',
    tag: 'oat-indicator',
    attributes: { indicator: 'children-in-need', area: CROYDON },
    checks: [{ where: 'its text' }],
  },
  {
    key: 'mapWarm',
    label: '<oat-map>',
    tag: 'oat-map',
    attributes: { area: CROYDON },
    checks: [{ where: 'the children-in-need segment’s accessible name', selector: '.segment[data-indicator="children-in-need"]', attribute: 'aria-label' }],
  },
  {
    key: 'choroplethWarm',
    label: '<oat-choropleth children-in-need>',
    tag: 'oat-choropleth',
    attributes: { indicator: 'children-in-need', area: CROYDON },
    checks: [
      { where: 'the side panel', selector: '[part~="selected"]' },
      { where: 'Croydon’s accessible name on the map', selector: `path.area[data-code="${CROYDON}"]`, attribute: 'aria-label' },
    ],
  },
  {
    key: 'choroplethComparisonWarm',
    label: '<oat-choropleth children-in-need colour-by="comparison">',
    tag: 'oat-choropleth',
    attributes: { indicator: 'children-in-need', area: CROYDON, 'colour-by': 'comparison' },
    checks: [
      { where: 'the side panel', selector: '[part~="selected"]' },
      { where: 'Croydon’s accessible name on the map', selector: `path.area[data-code="${CROYDON}"]`, attribute: 'aria-label' },
    ],
  },
  {
    key: 'trendWarm',
    label: '<oat-trend children-in-need>',
    tag: 'oat-trend',
    attributes: { indicator: 'children-in-need', area: CROYDON },
    checks: [{ where: 'the chart’s accessible name', selector: '[part="chart"]', attribute: 'aria-label' }],
  },
].map((element) => ({ ...element, checks: element.checks.map((check) => ({ ...check, figure: CROYDON_CHILDREN_IN_NEED })) }));

/** The elements whose code oat.js fetches only when one first appears (the trend also fetches its area's file). */
const LAZY_TAGS = ['oat-map', 'oat-choropleth', 'oat-trend'];

// ── Sizes ────────────────────────────────────────────────────────────────────────────────────

function sizeOf(path) {
  const bytes = readFileSync(join(ROOT, path));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

/** Every budgeted file as size.mjs measures it (gzip -9), then the files loaded only when used. */
function measureSizes() {
  const sizes = {};
  for (const row of measureBudgets().rows) {
    sizes[row.file] = row.missing
      ? { missing: true, budget: row.limit, withinBudget: false, what: row.what }
      : { raw: row.raw, gzip: row.gzip, budget: row.limit, withinBudget: row.ok, what: row.what };
  }
  for (const { file, what } of LAZY_FILES) sizes[file] = { ...sizeOf(file), loadedWhenUsed: true, what };
  return sizes;
}

/** The size row of the largest trend file, which size.mjs names after it. */
function trendSizeKey(sizes) {
  return Object.keys(sizes).find((file) => file.startsWith(`${TRENDS}/`));
}

// ── The pages ────────────────────────────────────────────────────────────────────────────────

/** The catalogue's slugs, read from its source so the bench needs no TypeScript. */
function catalogueSlugs() {
  const source = readFileSync(join(ROOT, 'src', 'catalogue', 'catalogue.ts'), 'utf8');
  return [...source.matchAll(/^\s*slug: '([a-z0-9-]+)'/gm)].map((match) => match[1]);
}

/** 40 indicator–area pairs: every slug, and areas of every kind spread over England. */
function fortyIndicators() {
  const slugs = catalogueSlugs();
  const snapshot = JSON.parse(readFileSync(join(ROOT, 'indicators', 'snapshot.json'), 'utf8'));
  const upperTier = snapshot.areas.filter((area) => area[2] === 'utla').map((area) => area[0]);
  const areas = [CROYDON, 'E06000009', 'E08000037', 'E92000001', 'E12000007', ...upperTier.filter((_, i) => i % 20 === 0)];
  return Array.from({ length: 40 }, (_, i) => ({ indicator: slugs[i % slugs.length], area: areas[(i * 3) % areas.length] }));
}

const benchPage = (body) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>oat-elements benchmark</title>
    <script type="module" src="/${BUNDLE}"></script>
  </head>
  <body>
    <main id="stage">${body}</main>
  </body>
</html>
`;

const escape = (text) => text.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
const PAGES = {
  '/__bench/empty.html': benchPage(''),
  '/__bench/forty.html': benchPage(
    fortyIndicators()
      .map(({ indicator, area }) => `\n      <oat-indicator indicator="${escape(indicator)}" area="${escape(area)}"></oat-indicator>`)
      .join('') + '\n    ',
  ),
};

/** Serves the in-memory pages and the repository's files (so /dist/… resolves), never outside it, under the strict policy. */
function startServer() {
  return startStaticServer({
    root: ROOT,
    page: (path) => (PAGES[path] ? { html: PAGES[path] } : undefined),
    headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' },
  });
}

// ── In the page (plain functions: puppeteer sends their source to the browser) ───────────────

/* global document, window, customElements, requestAnimationFrame, MutationObserver, Node, Element, oatBench -- the functions below run in the page */

/**
 * Installed in every page before its own scripts, as `oatBench`: the helpers the measuring functions
 * below share (each of those is sent to the page on its own, so it cannot see the others).
 */
function installHelpers() {
  /**
   * Resolves once the next frame is painted: one requestAnimationFrame, then a task posted from it,
   * which runs once that frame's style, layout and paint are done.
   */
  const afterNextPaint = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(undefined);
      }),
    );
  /** The elements matching `selector` in `root`'s shadow tree, however deeply nested. */
  const deepAll = (root, selector) => {
    const found = [];
    const walk = (node) => {
      found.push(...node.querySelectorAll(selector));
      for (const child of node.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    return found;
  };
  /** Custom elements inside `root`'s shadow tree, however deeply nested. */
  const nested = (root) => deepAll(root, '*').filter((element) => element.localName.includes('-'));
  /** Waits until the element and everything rendered inside it have finished updating. */
  const settled = async (element) => {
    await element.updateComplete;
    for (let seen = -1, round = 0; round < 20; round += 1) {
      const inside = nested(element);
      await Promise.all(inside.map((child) => child.updateComplete));
      if (inside.length === seen) return inside;
      seen = inside.length;
    }
    return nested(element);
  };
  /** The text of a node and of every shadow root inside it, whitespace collapsed. */
  const deepText = (node) =>
    [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes]
      .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : child.nodeType === Node.ELEMENT_NODE ? deepText(child) : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
  /** Whether `element` shows each check's figure where the check says (see WARM). */
  const check = (element, checks) =>
    checks.map(({ selector, attribute, figure }) => {
      const targets = selector ? deepAll(element, selector) : [element];
      const shown = targets.map((target) => (attribute ? (target.getAttribute(attribute) ?? '') : deepText(target)).trim());
      return {
        ok: shown.some((text) => text.includes(figure)),
        shown: targets.length ? shown[0].slice(0, 200) : `nothing matches ${selector}`,
      };
    });
  /** A new element with the given attributes, appended to the stage. */
  const insert = (tag, attributes) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.querySelector('#stage').append(element);
    return element;
  };
  globalThis.oatBench = { afterNextPaint, deepAll, nested, settled, deepText, check, insert };
}

/**
 * Inserts an element whose code oat.js fetches when one first appears, waits for the code and for
 * its first rendering (the map and choropleth load their code and boundaries then), and removes it,
 * so that the timed runs measure rendering alone.
 */
async function warmUpInPage(tag, attributes) {
  const element = oatBench.insert(tag, attributes);
  await customElements.whenDefined(tag);
  await oatBench.settled(element);
  await oatBench.afterNextPaint();
  element.remove();
}

/**
 * Creates `count` elements one after another and times each from creation to (a) rendered: its
 * `updateComplete` (which waits for its loading tasks), then that of every element rendered inside it
 * (the assessment nests others), then a forced layout; and (b) painted: then the next frame painted.
 * An element that draws its first screen before the rest (the assessment's `openingComplete`) is also
 * timed to (c) first screen: that promise, then the elements inside it by then, then a forced layout;
 * its figures are checked then too. Also checks where each element shows its figure (see WARM), so
 * the caller can tell that real figures were rendered.
 */
async function timeInPage(tag, attributes, count, checks) {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined in the page.`);
  const samples = [];
  for (let run = 0; run < count; run += 1) {
    await oatBench.afterNextPaint(); // start each run on a quiet page, after the previous run's removal
    const start = performance.now();
    const element = oatBench.insert(tag, attributes);
    let firstScreen;
    if ('openingComplete' in element) {
      await element.openingComplete;
      await Promise.all(oatBench.nested(element).map((child) => child.updateComplete));
      element.getBoundingClientRect();
      firstScreen = { time: performance.now() - start, checks: oatBench.check(element, checks) };
    }
    const inside = await oatBench.settled(element);
    element.getBoundingClientRect(); // style and layout, now
    const rendered = performance.now();
    await oatBench.afterNextPaint();
    const painted = performance.now();
    samples.push({
      rendered: rendered - start,
      painted: painted - start,
      nested: inside.length,
      checks: oatBench.check(element, checks),
      ...(firstScreen ? { firstScreen: firstScreen.time, firstScreenChecks: firstScreen.checks } : {}),
    });
    element.remove();
  }
  return samples;
}

/**
 * Times showing a plain table of figures as `timeInPage` times an element: from inserting its HTML
 * (parsed here, as a browser parses a page's own HTML) to style and layout done, and to painted.
 */
async function timeStaticInPage(tableHtml, count, figure) {
  const samples = [];
  for (let run = 0; run < count; run += 1) {
    await oatBench.afterNextPaint();
    const start = performance.now();
    const holder = document.createElement('div');
    holder.innerHTML = tableHtml;
    document.querySelector('#stage').append(holder);
    holder.getBoundingClientRect();
    const rendered = performance.now();
    await oatBench.afterNextPaint();
    const painted = performance.now();
    const text = holder.textContent.replace(/\s+/g, ' ');
    samples.push({ rendered: rendered - start, painted: painted - start, checks: [{ ok: text.includes(figure), shown: text.slice(0, 200) }] });
    holder.remove();
  }
  return samples;
}

/**
 * Puts a choropleth on the page and returns a probe for hovering over it: `targets`, up to `count`
 * councils spread over the map, each with a point (in viewport pixels) where it is the topmost
 * shape; `arm()` before each pointer move; `next()` after it, for the time from the move reaching the
 * page to the choropleth updated and to the next frame painted, and the council the tooltip names;
 * `finish()` for what a MutationObserver on the map's SVG saw meanwhile.
 */
async function hoverProbeInPage(attributes, count) {
  const element = oatBench.insert('oat-choropleth', attributes);
  await oatBench.settled(element);
  const root = element.shadowRoot;
  const svg = root.querySelector('svg[part~="map"]');
  if (!svg) throw new Error('The choropleth drew no map.');
  svg.scrollIntoView({ block: 'start' });
  await oatBench.afterNextPaint();
  await oatBench.afterNextPaint(); // the resize observer may set the patterns' scale once

  // Where to point: the middle of a council's box if that is on the council, else a point of a grid over it.
  const spots = [[0.5, 0.5], ...[0.3, 0.5, 0.7, 0.1, 0.9].flatMap((y) => [0.3, 0.5, 0.7, 0.1, 0.9].map((x) => [x, y]))];
  const reachable = [];
  for (const path of root.querySelectorAll('path.area')) {
    const box = path.getBoundingClientRect();
    for (const [across, down] of spots) {
      const x = box.left + box.width * across;
      const y = box.top + box.height * down;
      if (x < 1 || y < 1 || x > window.innerWidth - 1 || y > window.innerHeight - 1) continue;
      if (root.elementFromPoint(x, y) === path) {
        reachable.push({ code: path.dataset.code, x, y });
        break;
      }
    }
  }
  const step = Math.max(1, reachable.length / count);
  const targets = Array.from({ length: Math.min(count, reachable.length) }, (_, i) => reachable[Math.floor(i * step)]);

  const changedAreas = new Set();
  /** The other mutations, counted by what changed, e.g. "attribute d of path.highlight.hover". */
  const otherChanges = {};
  const isArea = (node) => node instanceof Element && node.matches('path.area');
  const nameOf = (node) => (node instanceof Element ? [node.localName, ...node.classList].join('.') : node.nodeName);
  const note = (records) => {
    for (const record of records) {
      const areas = new Set(isArea(record.target) ? [record.target] : []);
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        if (isArea(node)) areas.add(node);
        else if (node instanceof Element) for (const area of node.querySelectorAll('path.area')) areas.add(area);
      }
      for (const area of areas) changedAreas.add(area);
      if (areas.size) continue;
      const what =
        record.type === 'attributes' ? `attribute ${record.attributeName} of ${nameOf(record.target)}` : `${record.type} of ${nameOf(record.target)}`;
      otherChanges[what] = (otherChanges[what] ?? 0) + 1;
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });

  let armed = false;
  let move;
  // Capture on the window: the move as it reaches the page, before the choropleth's own listener.
  const onMoveStart = () => {
    if (!armed) return;
    armed = false;
    move = { start: performance.now() };
  };
  // Bubbling to the window: the choropleth has handled the move, and asked for an update if it needs one.
  const onMoveHandled = () => {
    if (!move || move.result) return;
    const { start } = move;
    move.result = Promise.all([element.updateComplete.then(() => performance.now()), oatBench.afterNextPaint().then(() => performance.now())]).then(
      ([updated, painted]) => ({ updated: updated - start, painted: painted - start }),
    );
  };
  window.addEventListener('pointermove', onMoveStart, { capture: true });
  window.addEventListener('pointermove', onMoveHandled);

  return {
    targets,
    arm() {
      armed = true;
      move = undefined;
    },
    async next() {
      for (let waited = 0; !move?.result && waited < 50; waited += 1) await new Promise((done) => setTimeout(done, 10));
      if (!move?.result) return undefined;
      const timing = await move.result;
      return { ...timing, tooltip: root.querySelector('.tooltip:not([hidden])')?.dataset.code ?? null };
    },
    finish() {
      note(observer.takeRecords());
      observer.disconnect();
      window.removeEventListener('pointermove', onMoveStart, { capture: true });
      window.removeEventListener('pointermove', onMoveHandled);
      const paths = root.querySelectorAll('path.area').length;
      element.remove();
      return { areaPathsChanged: changedAreas.size, otherChanges, paths, reachable: reachable.length };
    },
  };
}

/** Waits for every <oat-indicator> on the page and reports what each shows. */
async function fortyInPage() {
  await customElements.whenDefined('oat-indicator');
  const elements = [...document.querySelectorAll('oat-indicator')];
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements.map((element) => ({
    indicator: element.getAttribute('indicator'),
    area: element.getAttribute('area'),
    value: (element.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? '').trim(),
    error: element.shadowRoot?.querySelector('[data-state="error"]') ? element.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : undefined,
  }));
}

// ── Driving the browser ──────────────────────────────────────────────────────────────────────

const problems = [];

/** A fresh profile (no cache, no loaded snapshot) with a page on `path`, collecting its requests. */
async function openPage(browser, origin, path) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setCacheEnabled(false);
  await tab.setViewport({ width: 1280, height: 900 });
  const requests = [];
  tab.on('request', (request) => requests.push(request.url().replace(origin, '')));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${path}: ${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await tab.evaluateOnNewDocument(installHelpers);
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  await tab.evaluate(() => customElements.whenDefined('oat-assessment'));
  return { context, tab, requests };
}

const round = (value) => Math.round(value * 10) / 10;

/** Reads the plain table of figures the built builder writes for each choice in STATIC_TABLES. */
async function staticTables(browser, origin) {
  const tab = await browser.newPage();
  const tables = {};
  try {
    await tab.goto(`${origin}/dist/builder.html`, { waitUntil: 'networkidle0' });
    for (const [key, choice] of Object.entries(STATIC_TABLES)) {
      await tab.select('#view', choice.view);
      if (choice.indicator) await tab.select('#indicator', choice.indicator);
      await tab.waitForFunction(`document.querySelector('.snippets').getAttribute('aria-busy') === 'false'`);
      const snippet = await tab.evaluate(() => document.querySelector('#script-snippet').textContent);
      const table = snippet.match(/<table[\s\S]*<\/table>/)?.[0];
      if (!table) throw new Error(`The builder wrote no plain table for ${JSON.stringify(choice)}.`);
      tables[key] = table;
    }
  } finally {
    await tab.close();
  }
  return tables;
}

function summarise(samples, key) {
  const values = samples.map((sample) => sample[key]).sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  const median = values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  return { median: round(median), min: round(values[0]), max: round(values.at(-1)), runs: values.length, samples: values.map(round) };
}

/** Stops with a clear message when an element did not show the figure it should. */
function expectFigures(label, samples, checks) {
  for (const sample of samples) {
    const index = sample.checks.findIndex((result) => !result.ok);
    if (index >= 0) {
      const { where, figure } = checks[index];
      throw new Error(`${label} did not show “${figure}” in ${where}; it showed: “${sample.checks[index].shown}…”`);
    }
  }
}

const attributeText = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');

/** Moves the pointer over the choropleth's councils one after another, timing each move. */
async function hover(tab, attributes) {
  const probe = await tab.evaluateHandle(hoverProbeInPage, attributes, HOVER_MOVES);
  try {
    const targets = await probe.evaluate((handle) => handle.targets);
    if (targets.length < HOVER_MOVES) throw new Error(`only ${targets.length} councils of the choropleth could be pointed at; ${HOVER_MOVES} were wanted.`);
    const moves = [];
    let missed = 0;
    let wrongTooltip = 0;
    await tab.mouse.move(1, 1);
    for (const target of targets) {
      await probe.evaluate((handle) => handle.arm());
      await tab.mouse.move(target.x, target.y);
      const move = await probe.evaluate((handle) => handle.next());
      if (!move) {
        missed += 1;
        continue;
      }
      if (move.tooltip !== target.code) wrongTooltip += 1;
      moves.push(move);
    }
    const seen = await probe.evaluate((handle) => handle.finish());
    if (missed || wrongTooltip) {
      throw new Error(
        `hovering over the choropleth went wrong: ${missed} of ${targets.length} moves never reached the page, ${wrongTooltip} tooltips named another council.`,
      );
    }
    return {
      element: `<oat-choropleth${attributeText(attributes)}>`,
      moves: moves.length,
      councilsOnMap: seen.paths,
      updated: summarise(moves, 'updated'),
      painted: summarise(moves, 'painted'),
      tooltipsNamingTheCouncil: moves.length - wrongTooltip,
      areaPathsChanged: seen.areaPathsChanged,
      areaPathsChangedExpected: 0,
      otherChanges: seen.otherChanges,
      councilsReachable: seen.reachable,
    };
  } finally {
    await probe.dispose();
  }
}

async function measure(browser, origin) {
  const [assessment] = WARM;

  // Cold: a new profile each time, so the first element fetches and indexes the snapshot.
  const cold = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const { context, tab } = await openPage(browser, origin, '/__bench/empty.html');
    cold.push(...(await tab.evaluate(timeInPage, assessment.tag, assessment.attributes, 1, assessment.checks)));
    await context.close();
  }
  expectFigures(`${assessment.label} (cold)`, cold, assessment.checks);

  // Warm: one page; a first assessment loads the snapshot, a first map and choropleth their code and
  // the boundaries (each noted with the requests it made), then the timed runs.
  const { context, tab, requests } = await openPage(browser, origin, '/__bench/empty.html');
  const fetchedBy = {};
  let before = requests.length;
  await tab.evaluate(timeInPage, assessment.tag, assessment.attributes, 1, assessment.checks);
  fetchedBy['oat-assessment'] = requests.slice(before);
  for (const tag of LAZY_TAGS) {
    const element = WARM.find((candidate) => candidate.tag === tag);
    before = requests.length;
    await tab.evaluate(warmUpInPage, tag, element.attributes);
    fetchedBy[tag] = requests.slice(before);
  }
  const render = {
    assessmentCold: {
      element: `<${assessment.tag}${attributeText(assessment.attributes)}>`,
      rendered: summarise(cold, 'rendered'),
      painted: summarise(cold, 'painted'),
    },
  };
  let elementsInsideAssessment = 0;
  for (const element of WARM) {
    const samples = await tab.evaluate(timeInPage, element.tag, element.attributes, RUNS, element.checks);
    expectFigures(`${element.label} (data loaded)`, samples, element.checks);
    const firstScreen = samples[0].firstScreen === undefined ? undefined : summarise(samples, 'firstScreen');
    if (firstScreen) {
      expectFigures(
        `${element.label} (first screen)`,
        samples.map((sample) => ({ checks: sample.firstScreenChecks })),
        element.checks,
      );
    }
    if (element === assessment) elementsInsideAssessment = samples[0].nested;
    render[element.key] = {
      element: `<${element.tag}${attributeText(element.attributes)}>`,
      rendered: summarise(samples, 'rendered'),
      painted: summarise(samples, 'painted'),
      ...(firstScreen ? { firstScreen } : {}),
      figureShownIn: element.checks.map((check) => check.where),
    };
  }
  // The same figures as a plain table: each element's rendered median as a ratio to the table's.
  const tables = await staticTables(browser, origin);
  const staticTable = {};
  for (const [key, tableHtml] of Object.entries(tables)) {
    const samples = await tab.evaluate(timeStaticInPage, tableHtml, RUNS, CROYDON_CHILDREN_IN_NEED);
    expectFigures(`the static table for ${key}`, samples, [{ where: 'its text', figure: CROYDON_CHILDREN_IN_NEED }]);
    const rendered = summarise(samples, 'rendered');
    const ratioTo = (median) => Math.round((median / Math.max(rendered.median, 0.1)) * 10) / 10;
    const { firstScreen } = render[key];
    staticTable[key] = {
      rows: (tableHtml.match(/<tr data-/g) ?? []).length,
      rendered,
      painted: summarise(samples, 'painted'),
      ratio: ratioTo(render[key].rendered.median),
      ...(firstScreen ? { firstScreenRatio: ratioTo(firstScreen.median) } : {}),
    };
  }
  const hoverResult = await hover(tab, { indicator: 'children-in-need', area: CROYDON });
  await context.close();

  // Requests: a fresh profile loading a page of 40 elements.
  const forty = await openPage(browser, origin, '/__bench/forty.html');
  const shown = await forty.tab.evaluate(fortyInPage);
  await forty.tab.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
  await forty.context.close();
  const failed = shown.filter((element) => element.error);
  if (shown.length !== 40 || failed.length) {
    throw new Error(`The page of 40 elements did not render: ${shown.length} found; errors: ${JSON.stringify(failed.slice(0, 3))}`);
  }
  const isData = (url) => new URL(url, origin).pathname.endsWith('.json');
  const pageRequests = forty.requests.filter((url) => url !== '/favicon.ico');

  return {
    elementsInsideAssessment,
    fetchedByTheFirst: Object.fromEntries(Object.entries(fetchedBy).map(([tag, urls]) => [tag, urls.filter((url) => url !== '/favicon.ico')])),
    render,
    staticTable,
    hover: hoverResult,
    network: {
      elements: shown.length,
      elementsWithFigures: shown.filter((element) => /\d/.test(element.value)).length,
      dataRequests: pageRequests.filter(isData).length,
      totalRequests: pageRequests.length,
      requests: pageRequests,
      browserFaviconRequest: forty.requests.length !== pageRequests.length,
    },
  };
}

/** Every goal with its target and what was measured; `met` is only ever reported. */
function goals(sizes, measured) {
  const size = (file, target) => ({
    goal: `${file} gzip ≤ ${kb(target)}`,
    target,
    unit: 'bytes',
    actual: sizes[file].gzip ?? null,
    met: typeof sizes[file].gzip === 'number' && sizes[file].gzip <= target,
  });
  const timing = (key, target) => {
    const { element, rendered, painted } = measured.render[key];
    return {
      goal: `${element} inserted → rendered, data loaded, median ≤ ${target} ms`,
      target,
      unit: 'ms',
      actual: rendered.median,
      met: rendered.median <= target,
      paintedForInformation: painted.median,
    };
  };
  return [
    size(BUNDLE, GOALS.bundleGzip),
    ...Object.entries(GOALS.rendered).map(([key, target]) => timing(key, target)),
    {
      goal: `<oat-assessment>’s first screen (title, chooser, and the opening with its figures) rendered within ${GOALS.assessmentToStaticTable}× the plain table of the same figures`,
      target: GOALS.assessmentToStaticTable,
      unit: '×',
      actual: measured.staticTable.assessmentWarm.firstScreenRatio,
      met: measured.staticTable.assessmentWarm.firstScreenRatio <= GOALS.assessmentToStaticTable,
      wholeForInformation: measured.staticTable.assessmentWarm.ratio,
    },
    size(BOUNDARIES, GOALS.boundariesGzip),
    size(trendSizeKey(sizes), GOALS.trendsGzip),
    {
      goal: 'an assessment fetches no trend data before a trend is opened',
      target: GOALS.trendFilesBeforeOpening,
      unit: 'requests',
      actual: measured.fetchedByTheFirst['oat-assessment'].filter((url) => url.includes('/oat-trends/')).length,
      met: measured.fetchedByTheFirst['oat-assessment'].every((url) => !url.includes('/oat-trends/')),
    },
    {
      goal: 'one data request per page (40 <oat-indicator>)',
      target: GOALS.dataRequests,
      unit: 'requests',
      actual: measured.network.dataRequests,
      met: measured.network.dataRequests <= GOALS.dataRequests,
    },
  ];
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const mark = (met, text) => `${met ? '✓' : '✗'} ${text}`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length)));
  const line = (row) =>
    row
      .map((cell, column) => String(cell ?? '').padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function report(results) {
  const { sizes, render, hover: hovered, network, staticTable } = results;
  const sizeRows = Object.entries(sizes).map(([file, size]) => {
    if (size.missing) return [file, 'missing', '', mark(false, `≤ ${kb(size.budget)}`), size.what];
    const budget = size.loadedWhenUsed ? 'none, loaded when used' : mark(size.withinBudget, `≤ ${kb(size.budget)}`);
    return [file, kb(size.raw), kb(size.gzip), budget, size.what];
  });
  const timingRow = (label, key) => {
    const { rendered, painted } = render[key];
    const target = GOALS.rendered[key];
    return [
      label,
      ms(rendered.median),
      ms(rendered.min),
      ms(rendered.max),
      ms(painted.median),
      ms(painted.min),
      ms(painted.max),
      target === undefined ? '' : mark(rendered.median <= target, `≤ ${target} ms`),
    ];
  };
  const firstScreenRow = (label, key) => {
    const { firstScreen } = render[key];
    return [label, ms(firstScreen.median), ms(firstScreen.min), ms(firstScreen.max), '', '', '', ''];
  };
  const fetched = Object.entries(results.fetchedByTheFirst).map(([tag, urls]) => `  <${tag}>: ${urls.length ? urls.join(', ') : 'nothing'}`);
  const spread = ({ median, min, max }) => [ms(median), ms(min), ms(max)];
  const out = [
    `oat-elements benchmark: built files in ${results.browser}, ${results.runs} runs per element with the data loaded, ${results.coldRuns} cold (1 KB = 1,024 bytes)`,
    '',
    table([['file', 'raw', 'gzip -9', 'budget (scripts/size.mjs)', 'what'], ...sizeRows]),
    '',
    'Fetched by the first element of each kind on a page that has loaded oat.js:',
    ...fetched,
    '',
    `Rendered: inserted → its updateComplete (which waits for its data), then that of every element inside it (${results.elementsInsideAssessment} in the assessment), then a forced layout.`,
    'Painted: rendered, then one requestAnimationFrame and a task posted from it, which runs once that frame is painted;',
    'it adds the wait for the next frame (up to ~17 ms at 60 Hz) and is shown for information. The goals are judged on the rendered median.',
    `Every element showed Croydon’s children in need rate, “${CROYDON_CHILDREN_IN_NEED}”: the map in its segment’s accessible name, the choropleth in its side panel and Croydon’s accessible name, the trend in its chart’s accessible name.`,
    '',
    table([
      ['element (area E09000008)', 'rendered', 'min', 'max', 'painted', 'min', 'max', 'goal (rendered median)'],
      timingRow('<oat-assessment> cold, data fetched', 'assessmentCold'),
      ...WARM.flatMap((element) => [
        timingRow(`${element.label} data loaded`, element.key),
        ...(render[element.key].firstScreen ? [firstScreenRow(`${element.label} data loaded, first screen`, element.key)] : []),
      ]),
    ]),
    'First screen: inserted → its openingComplete (the title, chooser and opening, drawn before the rest), then every element',
    'inside it by then, then a forced layout. The rest follows after that is painted; “rendered” waits for all of it.',
    '',
    'The physical baseline: the same figures as the plain HTML table the builder puts inside a script snippet',
    '(inserted as HTML, to style and layout done). Ratio = the element’s rendered median ÷ the table’s. The assessment’s',
    'goal is judged on its first screen; its whole rendering (every section, the map, charts and notes) is shown for information.',
    table([
      ['element', 'table rows', 'table rendered', 'min', 'max', 'element rendered', 'ratio', 'goal'],
      ...Object.entries(staticTable).flatMap(([key, entry]) => {
        const label = WARM.find((element) => element.key === key)?.label ?? key;
        const table = [entry.rows, ms(entry.rendered.median), ms(entry.rendered.min), ms(entry.rendered.max)];
        const whole = [label, ...table, ms(render[key].rendered.median), `${entry.ratio}×`, ''];
        if (entry.firstScreenRatio === undefined) return [whole];
        const goal = mark(entry.firstScreenRatio <= GOALS.assessmentToStaticTable, `≤ ${GOALS.assessmentToStaticTable}×`);
        return [[`${label}, first screen`, ...table, ms(render[key].firstScreen.median), `${entry.firstScreenRatio}×`, goal], whole];
      }),
    ]),
    '',
    table([
      [`${hovered.element}: ${hovered.moves} pointer moves, each to another council`, 'median', 'min', 'max'],
      ['move reaches the page → choropleth updated', ...spread(hovered.updated)],
      ['move reaches the page → next frame painted', ...spread(hovered.painted)],
    ]),
    `Tooltip named the council under the pointer after ${hovered.tooltipsNamingTheCouncil} of ${hovered.moves} moves.`,
    `Council paths changed while hovering (MutationObserver on the map’s SVG): ${mark(hovered.areaPathsChanged === hovered.areaPathsChangedExpected, `${hovered.areaPathsChanged} of ${hovered.councilsOnMap} (0 expected)`)}.`,
    `Other changes in the SVG: ${
      Object.entries(hovered.otherChanges)
        .map(([what, times]) => `${what} ×${times}`)
        .join(', ') || 'none'
    }.`,
    '',
    table([
      [`page with ${network.elements} <oat-indicator> (all rendered, ${network.elementsWithFigures} with a figure)`, 'requests', 'goal'],
      ['data (.json)', network.dataRequests, mark(network.dataRequests <= GOALS.dataRequests, 'one per page')],
      ['all (not counting Chromium’s own /favicon.ico)', network.totalRequests, network.requests.join(', ')],
    ]),
    '',
    'Goals (reported, never failing the bench):',
    ...results.goals.map(
      (entry) =>
        `  ${mark(entry.met, entry.goal)}: ${entry.unit === 'bytes' ? kb(entry.actual ?? 0) : entry.unit === 'ms' ? `${ms(entry.actual)} (painted ${ms(entry.paintedForInformation)})` : entry.unit === '×' ? `${entry.actual}×${entry.wholeForInformation === undefined ? '' : ` (the whole assessment: ${entry.wholeForInformation}×)`}` : entry.actual}`,
    ),
  ];
  if (Object.values(sizes).some((size) => !size.loadedWhenUsed && !size.withinBudget)) out.push('', 'Over budget: `npm run size` fails.');
  if (problems.length) out.push('', 'Logged by the pages:', ...problems.map((problem) => `  ${problem}`));
  out.push('', `Written to ${RESULTS.replace(`${ROOT}${sep}`, '')}.`);
  return out.join('\n');
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

const missing = [...BUDGETS.map((budget) => budget.file ?? budget.folder), ...LAZY_FILES.map((lazy) => lazy.file)].filter(
  (path) => !existsSync(join(ROOT, path)),
);
if (missing.length) {
  console.error(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: run \`npm run bench\` (it builds first) or \`npm run build\`.`);
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node scripts/chromium.mjs --ensure`, or set CHROME_PATH.');
  process.exit(1);
}

const { server, origin } = await startServer();
const browser = await launchChromium(executablePath);
try {
  const measured = await measure(browser, origin);
  const sizes = measureSizes();
  const results = {
    date: new Date().toISOString(),
    browser: await browser.version(),
    node: process.version,
    runs: RUNS,
    coldRuns: COLD_RUNS,
    sizes,
    ...measured,
    goals: goals(sizes, measured),
    problems,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
} catch (error) {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
