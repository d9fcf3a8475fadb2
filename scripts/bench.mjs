#!/usr/bin/env node
// Measures the built bundle (run `npm run bench`, which builds first): the sizes of dist/oat.js and
// dist/oat-snapshot.json, how long the elements take from being inserted to being on screen in
// headless Chromium, and how many requests a page of 40 elements makes. Prints a table and writes
// bench/results.json. The goals are shown beside the numbers; missing one never fails the script,
// but a page whose elements do not show their real figures does, as its timings would mean nothing.
//
// The pages are served from memory on a loopback port with the demo's strict Content-Security-Policy
// and load only /dist/oat.js: no inline script. The measuring is driven with page.evaluate.
//
// Environment: BENCH_RUNS (warm runs per element, default 20, at least 10), BENCH_COLD_RUNS (default 5).
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { STRICT_CSP } from './serve-demo.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = Math.max(10, Math.round(Number(process.env.BENCH_RUNS)) || 20);
const COLD_RUNS = Math.max(1, Math.round(Number(process.env.BENCH_COLD_RUNS)) || 5);
const RESULTS = join(ROOT, 'bench', 'results.json');
const BUNDLE = 'dist/oat.js';
const SNAPSHOT = 'dist/oat-snapshot.json';
const CROYDON = 'E09000008';

const GOALS = {
  bundleGzip: 40 * 1024,
  assessmentAfterData: 50,
  dataRequests: 1,
};

// ── What is measured ─────────────────────────────────────────────────────────────────────────

function sizeOf(path) {
  const bytes = readFileSync(join(ROOT, path));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

/** The catalogue's slugs, read from its source so the bench needs no TypeScript. */
function catalogueSlugs() {
  const source = readFileSync(join(ROOT, 'indicators', 'catalogue.ts'), 'utf8');
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

// ── The loopback server ──────────────────────────────────────────────────────────────────────

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

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** Serves the in-memory pages and the repository's files (so /dist/… resolves), never outside it. */
function startServer() {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const headers = { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' };
    if (PAGES[path]) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
      response.end(PAGES[path]);
      return;
    }
    if (path === '/favicon.ico') {
      // Chromium asks for it by itself (not always at the same moment); it is not the page's doing,
      // so it is left out of the request count, and a 404 would only add an error to the log.
      response.writeHead(204, headers);
      response.end();
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ── In the page (plain functions: puppeteer sends their source to the browser) ───────────────

/* global document, customElements, requestAnimationFrame, Node -- the functions below run in the page */

/**
 * Creates `count` elements one after another and times each from creation to (a) fully rendered:
 * its `updateComplete`, then that of every element rendered inside it (the assessment nests others),
 * then a forced layout; and (b) the next frame painted: one requestAnimationFrame, then a task posted
 * from it, which runs once that frame's style, layout and paint are done. Also reports whether the
 * text a reader sees (through every shadow root) includes `expected`, so the caller can check that
 * real figures were rendered.
 */
async function timeInPage(tag, attributes, count, expected) {
  const stage = document.querySelector('#stage');
  const afterNextPaint = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(undefined);
      }),
    );
  /** Custom elements inside `root`'s shadow tree, however deeply nested. */
  const nested = (root) => {
    const found = [];
    const walk = (node) => {
      for (const child of node.querySelectorAll('*')) {
        if (child.localName.includes('-')) found.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    return found;
  };
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
  const samples = [];
  for (let run = 0; run < count; run += 1) {
    await afterNextPaint(); // start each run on a quiet page, after the previous run's removal
    const start = performance.now();
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    stage.append(element);
    const inside = await settled(element);
    element.getBoundingClientRect(); // style and layout, now
    const rendered = performance.now();
    await afterNextPaint();
    const painted = performance.now();
    const text = deepText(element);
    samples.push({
      rendered: rendered - start,
      painted: painted - start,
      nested: inside.length,
      showsExpected: text.includes(expected),
      text: text.slice(0, 200).trim(),
    });
    element.remove();
  }
  return samples;
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
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  await tab.evaluate(() => customElements.whenDefined('oat-assessment'));
  return { context, tab, requests };
}

function summarise(samples, key) {
  const values = samples.map((sample) => sample[key]).sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  const median = values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  const round = (value) => Math.round(value * 10) / 10;
  return { median: round(median), min: round(values[0]), max: round(values.at(-1)), runs: values.length, samples: values.map(round) };
}

/** Stops with a clear message when an element did not show the figure it should. */
function expectFigures(label, samples, expected) {
  const wrong = samples.find((sample) => !sample.showsExpected);
  if (wrong) throw new Error(`${label} did not show “${expected}”; it showed: “${wrong.text}…”`);
}

async function measure(browser, origin) {
  const assessment = ['oat-assessment', { area: CROYDON }];
  const indicator = ['oat-indicator', { indicator: 'children-in-need', area: CROYDON }];
  const croydon = '493.6 per 10,000'; // Croydon's children in need rate, shown by both

  // Cold: a new profile each time, so the first element fetches and indexes the snapshot.
  const cold = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const { context, tab } = await openPage(browser, origin, '/__bench/empty.html');
    cold.push(...(await tab.evaluate(timeInPage, ...assessment, 1, croydon)));
    await context.close();
  }
  expectFigures('<oat-assessment> (cold)', cold, croydon);

  // Warm: one page, the snapshot loaded once by a first element, then the timed runs.
  const { context, tab } = await openPage(browser, origin, '/__bench/empty.html');
  await tab.evaluate(timeInPage, ...assessment, 1, croydon);
  const warmAssessment = await tab.evaluate(timeInPage, ...assessment, RUNS, croydon);
  const warmIndicator = await tab.evaluate(timeInPage, ...indicator, RUNS, croydon);
  await context.close();
  expectFigures('<oat-assessment> (warm)', warmAssessment, croydon);
  expectFigures('<oat-indicator> (warm)', warmIndicator, croydon);

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
    elementsInsideAssessment: warmAssessment[0].nested,
    render: {
      assessmentCold: { rendered: summarise(cold, 'rendered'), painted: summarise(cold, 'painted') },
      assessmentWarm: { rendered: summarise(warmAssessment, 'rendered'), painted: summarise(warmAssessment, 'painted') },
      indicatorWarm: { rendered: summarise(warmIndicator, 'rendered'), painted: summarise(warmIndicator, 'painted') },
    },
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

// ── Report ───────────────────────────────────────────────────────────────────────────────────

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const goal = (met, text) => `${met ? '✓' : '✗'} ${text}`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length)));
  const line = (row) => row.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function report(results) {
  const { sizes, render, network } = results;
  const bundle = sizes[BUNDLE];
  const snapshot = sizes[SNAPSHOT];
  const assessment = render.assessmentWarm.painted;
  const timing = (label, { median, min, max }, target = '') => [label, ms(median), ms(min), ms(max), target];
  const out = [
    `oat-elements benchmark: built bundle in ${results.browser}, ${results.runs} warm runs, ${results.coldRuns} cold (1 KB = 1,024 bytes)`,
    '',
    table([
      ['file', 'raw', 'gzip -9', 'goal'],
      [BUNDLE, kb(bundle.raw), kb(bundle.gzip), goal(bundle.gzip <= GOALS.bundleGzip, '≤ 40 KB gzip')],
      [SNAPSHOT, kb(snapshot.raw), kb(snapshot.gzip), ''],
    ]),
    '',
    `Inserted → rendered: updateComplete, then that of every element inside it (${results.elementsInsideAssessment} in the assessment), then a forced layout.`,
    'Inserted → painted: then one requestAnimationFrame and a task posted from it, which runs after that frame is painted.',
    '',
    table([
      ['element (area E09000008)', 'median', 'min', 'max', 'goal'],
      timing('<oat-assessment> cold, data fetched: painted', render.assessmentCold.painted),
      timing('<oat-assessment> cold, data fetched: rendered', render.assessmentCold.rendered),
      timing('<oat-assessment> data loaded: painted', assessment, goal(assessment.median <= GOALS.assessmentAfterData, '≤ 50 ms after data')),
      timing('<oat-assessment> data loaded: rendered', render.assessmentWarm.rendered),
      timing('<oat-indicator children-in-need> data loaded: painted', render.indicatorWarm.painted),
      timing('<oat-indicator children-in-need> data loaded: rendered', render.indicatorWarm.rendered),
    ]),
    '',
    table([
      [`page with ${network.elements} <oat-indicator> (all rendered, ${network.elementsWithFigures} with a figure)`, 'requests', 'goal'],
      ['data (.json)', network.dataRequests, goal(network.dataRequests <= GOALS.dataRequests, 'one per page')],
      ['all (not counting Chromium’s own /favicon.ico)', network.totalRequests, network.requests.join(', ')],
    ]),
  ];
  if (problems.length) out.push('', 'Logged by the pages:', ...problems.map((problem) => `  ${problem}`));
  out.push('', `Written to ${RESULTS.replace(`${ROOT}${sep}`, '')}.`);
  return out.join('\n');
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

for (const path of [BUNDLE, SNAPSHOT]) {
  if (!existsSync(join(ROOT, path))) {
    console.error(`${path} is missing: run \`npm run bench\` (it builds first) or \`npm run build\`.`);
    process.exit(1);
  }
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node scripts/chromium.mjs --ensure`, or set CHROME_PATH.');
  process.exit(1);
}

const { server, origin } = await startServer();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  const measured = await measure(browser, origin);
  const sizes = { [BUNDLE]: sizeOf(BUNDLE), [SNAPSHOT]: sizeOf(SNAPSHOT) };
  const results = {
    date: new Date().toISOString(),
    browser: await browser.version(),
    node: process.version,
    runs: RUNS,
    coldRuns: COLD_RUNS,
    sizes,
    ...measured,
    goals: [
      { goal: `${BUNDLE} gzip ≤ 40 KB`, target: GOALS.bundleGzip, actual: sizes[BUNDLE].gzip, met: sizes[BUNDLE].gzip <= GOALS.bundleGzip },
      {
        goal: '<oat-assessment> inserted → painted, data loaded, median ≤ 50 ms',
        target: GOALS.assessmentAfterData,
        actual: measured.render.assessmentWarm.painted.median,
        met: measured.render.assessmentWarm.painted.median <= GOALS.assessmentAfterData,
      },
      {
        goal: 'one data request per page',
        target: GOALS.dataRequests,
        actual: measured.network.dataRequests,
        met: measured.network.dataRequests <= GOALS.dataRequests,
      },
    ],
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
