// Long because it tests every way an editor puts the built files on a page: plain page, strict policy,
// hostile styles, iframes, the builder and its snippets, and the package contents.
/**
 * The built files as an editor would use them (issue 7): a plain page with only the script tag, the
 * same page under a strict Content-Security-Policy and under a hostile stylesheet, the iframe embed
 * on another origin, the snippet builder, loading the bundle twice, the size budget and the package.
 * Needs `npm run build` first (`npm run test:node` does it). Page scripts are strings: the test
 * runner's TypeScript loader decorates named functions with a helper pages do not have.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { measure } from '../../scripts/size.mjs';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { startStaticServer, STRICT_CSP, type StaticServer } from './static-server.js';
import { startBrowserAndServer, closeBrowserAndServer } from './browser.js';
import { PACKAGE_VERSION } from '../../embed/version.js';
import { axeViolations, settle } from './page-helpers.js';

const built = existsSync(join(REPO_ROOT, 'dist', 'oat.js'));

/** A page that records console errors, uncaught errors and CSP violations. */
async function openPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon\.ico/.test(message.location().url ?? '')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  await page.evaluateOnNewDocument(`document.addEventListener('securitypolicyviolation', (event) =>
    console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI))`);
  return { page, problems };
}

/** Waits until the builder has written its snippets (the plain table is loaded asynchronously). */
const snippetsReady = (page: Page) => page.waitForFunction(`document.querySelector('.snippets').getAttribute('aria-busy') === 'false'`);

/** Text of an indicator row inside an assessment. */
const assessmentRow = (page: Page, slug: string) =>
  page.evaluate(`(() => {
    const domains = [...document.querySelector('oat-assessment').shadowRoot.querySelectorAll('oat-domain')];
    const row = domains.map((d) => d.shadowRoot.querySelector('[data-indicator="${slug}"]')).find(Boolean);
    return row ? [...row.querySelectorAll('[role="cell"]')].slice(0, 2).map((c) => c.textContent.trim()) : null;
  })()`) as Promise<string[] | null>;

const ASSESSMENT_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Test</title>
<script type="module" src="/dist/oat.js"></script></head><body>
<oat-assessment area="E09000008"></oat-assessment>
</body></html>`;

describe('the built bundle on a page', { skip: built ? false : 'dist/oat.js is missing: run npm run build first' }, () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => ({ browser, server } = await startBrowserAndServer()));
  after(() => closeBrowserAndServer({ browser, server }));

  it('renders real figures from a plain page with only the script tag, under a strict CSP, with no violations', async () => {
    server.page('/plain.html', { html: ASSESSMENT_PAGE, csp: STRICT_CSP });
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/plain.html`, { waitUntil: 'networkidle0' });
    await settle(page);
    assert.deepEqual(await assessmentRow(page, 'children-in-need'), ['493.6 per 10,000', '330.3 per 10,000']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('keeps its text sizes and charts under a hostile host stylesheet', async () => {
    const measureElement = `(() => {
      const domain = document.querySelector('oat-assessment').shadowRoot.querySelector('oat-domain');
      const host = parseFloat(getComputedStyle(domain).fontSize);
      const size = (selector) => parseFloat(getComputedStyle(domain.shadowRoot.querySelector(selector)).fontSize) / host;
      const chart = domain.shadowRoot.querySelector('svg[role="img"]');
      const box = chart.getBoundingClientRect();
      return {
        title: size('[part="title"]'),
        summary: size('[part="summary"]'),
        chartDisplay: getComputedStyle(chart).display,
        chartWidth: box.width,
        chartHeight: box.height,
        rowBoxSizing: getComputedStyle(domain.shadowRoot.querySelector('[part="row"] [role="cell"]')).boxSizing,
      };
    })()`;
    server.page('/clean.html', { html: ASSESSMENT_PAGE, csp: STRICT_CSP });
    server.page('/hostile.html', {
      html: ASSESSMENT_PAGE.replace('</head>', '<link rel="stylesheet" href="/test/fixtures/hostile.css"></head>'),
      csp: STRICT_CSP,
    });
    const clean = await openPage(browser);
    await clean.page.goto(`${server.url}/clean.html`, { waitUntil: 'networkidle0' });
    await settle(clean.page);
    const expected = (await clean.page.evaluate(measureElement)) as Record<string, unknown>;
    const hostile = await openPage(browser);
    await hostile.page.goto(`${server.url}/hostile.html`, { waitUntil: 'networkidle0' });
    await settle(hostile.page);
    const actual = (await hostile.page.evaluate(measureElement)) as Record<string, number | string>;
    assert.equal(actual.chartDisplay, 'block');
    assert.ok((actual.chartWidth as number) > 50 && (actual.chartHeight as number) > 10, `chart ${actual.chartWidth}×${actual.chartHeight}`);
    // The page's rules cannot reach inside: sizes keep their proportions to the inherited font size.
    assert.equal(actual.title, expected.title);
    assert.equal(actual.summary, expected.summary);
    assert.equal(actual.rowBoxSizing, 'border-box');
    assert.deepEqual([...clean.problems, ...hostile.problems], []);
    await clean.page.close();
    await hostile.page.close();
  });

  it('fetches the maps’ code only for pages that show a map, and draws them under the strict CSP', async () => {
    server.page('/maps.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Maps</title>
        <script type="module" src="/dist/oat.js"></script></head><body>
        <oat-map area="E06000009"></oat-map>
        <oat-choropleth indicator="children-in-need" area="E06000009"></oat-choropleth>
        </body></html>`,
      csp: STRICT_CSP,
    });
    const before = server.requests.length;
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/maps.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(`customElements.get('oat-map') && customElements.get('oat-choropleth')`);
    await settle(page);
    const counts = (await page.evaluate(`({
      segments: document.querySelector('oat-map').shadowRoot.querySelectorAll('.segment').length,
      areas: document.querySelector('oat-choropleth').shadowRoot.querySelectorAll('path[part~="area"]').length,
    })`)) as { segments: number; areas: number };
    assert.deepEqual(counts, { segments: 27, areas: 153 });
    const fetched = server.requests.slice(before);
    assert.ok(
      fetched.some((path) => path.includes('oat-boundaries-utla-2023.json')),
      'boundaries fetched',
    );
    assert.deepEqual(problems, []);
    await page.close();

    // The assessment pages before it (an assessment shows the opportunity map, so fetches its code) fetched
    // neither the choropleth's code nor the boundaries.
    const earlier = server.requests.slice(0, before);
    const choropleth = earlier.filter((path) => path.includes('choropleth') || path.includes('boundaries'));
    assert.deepEqual(choropleth, [], 'only the maps page fetched the choropleth’s code and the boundaries');
  });

  it('saves the map as SVG and as PNG under the strict CSP, with no violation', async () => {
    server.page('/map-export.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Map</title>
        <script type="module" src="/dist/oat.js"></script></head><body><oat-map area="E09000008"></oat-map></body></html>`,
      csp: STRICT_CSP,
    });
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/map-export.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(`customElements.get('oat-map')`);
    await settle(page);
    const outcome = (await page.evaluate(`(async () => {
      const map = document.querySelector('oat-map');
      const svg = await (await map.toSvgBlob()).text();
      const png = await map.toPngBlob();
      const bytes = new Uint8Array(await png.arrayBuffer());
      // The PNG's size is in its header; count the pixels that are not white, to know something was drawn.
      const view = new DataView(bytes.buffer);
      const bitmap = await createImageBitmap(png);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 2] < 200) inked++;
      return { svgHasTitle: svg.includes('Croydon'), type: png.type, width: view.getUint32(16), height: view.getUint32(20), inked: inked / (pixels.length / 4) };
    })()`)) as { svgHasTitle: boolean; type: string; width: number; height: number; inked: number };
    assert.ok(outcome.svgHasTitle, 'the SVG export works under the strict policy');
    assert.equal(outcome.type, 'image/png');
    assert.equal(outcome.width, 1200, 'drawn at twice the picture’s 600 units');
    assert.ok(outcome.height > 1000, `height ${outcome.height}`);
    assert.ok(outcome.inked > 0.05 && outcome.inked < 0.6, `share of inked pixels ${outcome.inked}`);
    // Drawn on a canvas, not loaded as an image: the strict policy has nothing to block.
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('loads twice without an error', async () => {
    server.page('/twice.html', {
      html: ASSESSMENT_PAGE.replace('</head>', '<script type="module" src="/dist/oat.js?again"></script></head>'),
      csp: STRICT_CSP,
    });
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/twice.html`, { waitUntil: 'networkidle0' });
    await settle(page);
    assert.deepEqual(await assessmentRow(page, 'looked-after-children'), ['58 per 10,000', '67 per 10,000']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('sizes an iframe on another origin to its content through the host script', async () => {
    const other = await startStaticServer({ csp: STRICT_CSP });
    try {
      server.page('/host.html', {
        html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host</title>
          <script type="module" src="/dist/oat-embed-host.js"></script></head><body>
          <iframe src="${other.url}/dist/embed.html?view=indicator&indicator=children-in-need&area=E06000009&id=one"
            title="Children in need" width="600" height="50" data-oat-embed></iframe></body></html>`,
        csp: `${STRICT_CSP}; frame-src ${other.url}`,
      });
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}/host.html`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(`document.querySelector('iframe').getBoundingClientRect().height > 200`, { timeout: 10000 });
      const frameHeight = (await page.evaluate(`document.querySelector('iframe').clientHeight`)) as number;
      const frame = page.frames().find((candidate) => candidate.url().startsWith(other.url))!;
      const contentHeight = (await frame.evaluate(`Math.ceil(document.documentElement.getBoundingClientRect().height)`)) as number;
      assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `iframe ${frameHeight}px, content ${contentHeight}px`);
      const value = await frame.evaluate(`document.querySelector('oat-indicator').shadowRoot.querySelector('[part="value"]').textContent`);
      assert.equal(value, '606.1 per 10,000');
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await other.close();
    }
  });

  it('builds snippets that reproduce the preview when pasted into a blank page', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/dist/builder.html`, { waitUntil: 'networkidle0' });
    await settle(page);
    await page.select('#view', 'indicator');
    await page.select('#indicator', 'looked-after-children');
    // Choose Blackpool in the area picker with the keyboard.
    await page.evaluate(
      `(() => { const input = document.querySelector('#area').shadowRoot.querySelector('[part~="input"]'); input.focus(); input.select(); })()`,
    );
    await page.keyboard.type('Blackpool');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await settle(page);
    await snippetsReady(page);
    const previewValue = await page.evaluate(`document.querySelector('#preview oat-indicator').shadowRoot.querySelector('[part="value"]').textContent`);
    assert.equal(previewValue, '184 per 10,000');
    const snippet = (await page.evaluate(`document.querySelector('#script-snippet').textContent`)) as string;
    assert.match(
      snippet,
      /<oat-indicator area="E06000009" indicator="looked-after-children">\n {2}<table class="oat-static-figures">[\s\S]*<\/table>\n<\/oat-indicator>$/,
    );
    // The copy button puts the snippet on the clipboard (or selects it when the browser refuses).
    await page.click('#copy-script');
    await page.waitForFunction(`document.querySelector('#copied').textContent !== ''`);
    assert.match((await page.evaluate(`document.querySelector('#copied').textContent`)) as string, /copied|selected/);
    server.page('/pasted.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pasted</title></head><body>${snippet}</body></html>`,
      csp: STRICT_CSP,
    });
    const pasted = await openPage(browser);
    await pasted.page.goto(`${server.url}/pasted.html`, { waitUntil: 'networkidle0' });
    await settle(pasted.page);
    const pastedValue = await pasted.page.evaluate(`document.querySelector('oat-indicator').shadowRoot.querySelector('[part="value"]').textContent`);
    assert.equal(pastedValue, previewValue);
    const iframe = (await page.evaluate(`document.querySelector('#iframe-snippet').textContent`)) as string;
    assert.match(iframe, /embed\.html\?view=indicator&amp;area=E06000009&amp;indicator=looked-after-children/);
    assert.deepEqual([...problems, ...pasted.problems], []);
    await page.close();
    await pasted.page.close();
  });
});

describe('the snippet builder leads (issue 15)', { skip: built ? false : 'dist/builder.html is missing: run npm run build first' }, () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => ({ browser, server } = await startBrowserAndServer()));
  after(() => closeBrowserAndServer({ browser, server }));

  const text = (page: Page, selector: string) => page.evaluate(`document.querySelector(${JSON.stringify(selector)}).textContent`) as Promise<string>;

  async function openBuilder(): Promise<{ page: Page; problems: string[] }> {
    const opened = await openPage(browser);
    await opened.page.setViewport({ width: 1280, height: 800 });
    await opened.page.goto(`${server.url}/dist/builder.html`, { waitUntil: 'networkidle0' });
    await settle(opened.page);
    await snippetsReady(opened.page);
    return opened;
  }

  it('shows both snippets without scrolling on a 1280 × 800 screen, the iframe one first and needing no script', async () => {
    const { page, problems } = await openBuilder();
    await snippetsReady(page);
    const tops = (await page.evaluate(
      `['#iframe-snippet', '#copy-iframe', '#script-snippet', '#copy-script'].map((s) => document.querySelector(s).closest('pre, button').getBoundingClientRect().bottom)`,
    )) as number[];
    for (const bottom of tops) assert.ok(bottom > 0 && bottom <= 800, `bottom at ${bottom}px`);
    const iframe = await text(page, '#iframe-snippet');
    assert.doesNotMatch(iframe, /<script/);
    assert.match(iframe, /title="Croydon: Opportunity assessment – Local Family Offer opportunity assessment"/);
    assert.match(await text(page, '#host-snippet'), /oat-embed-host\.js/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('passes axe, the preview included', async () => {
    const { page } = await openBuilder();
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('defaults to an indicator with figures and marks those with none for the area', async () => {
    const { page } = await openBuilder();
    await page.select('#view', 'indicator');
    await page.waitForFunction(`[...document.querySelectorAll('#indicator option')].some((o) => o.textContent.includes('(no data for Croydon)'))`);
    await settle(page);
    const chosen = (await page.evaluate(`document.querySelector('#indicator').selectedOptions[0].textContent`)) as string;
    assert.doesNotMatch(chosen, /no data/);
    const value = (await page.evaluate(`document.querySelector('#preview oat-indicator').shadowRoot.querySelector('[part="value"]').textContent`)) as string;
    assert.match(value, /\d/, `the preview shows a figure, not “${value}”`);
    await page.close();
  });

  it('keeps the form and the snippets in step with the preview’s own area chooser, and can hide that chooser', async () => {
    const { page, problems } = await openBuilder();
    // Choose Blackpool in the assessment's own picker, inside the preview.
    await page.evaluate(`(() => {
      const picker = document.querySelector('#preview oat-assessment').shadowRoot.querySelector('oat-area-picker');
      const input = picker.shadowRoot.querySelector('[part~="input"]'); input.focus(); input.select();
    })()`);
    await page.keyboard.type('Blackpool');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await page.evaluate(`document.querySelector('#area').getAttribute('value')`), 'E06000009');
    await page.waitForFunction(`document.querySelector('#script-snippet').textContent.includes('<oat-assessment area="E06000009">')`);
    await page.waitForFunction(`document.querySelector('#iframe-snippet').textContent.includes('title="Blackpool: ')`);
    assert.match(await text(page, '#iframe-snippet'), /area=E06000009/);
    await page.click('#chooser');
    await settle(page);
    await snippetsReady(page);
    assert.match(await text(page, '#script-snippet'), /<oat-assessment area="E06000009" chooser="off">/);
    assert.match(await text(page, '#iframe-snippet'), /area=E06000009&amp;chooser=off/);
    assert.equal(await page.evaluate(`document.querySelector('#preview oat-assessment').shadowRoot.querySelector('oat-area-picker')`), null);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('offers the comparison with a region or statistical neighbours, and the map of England zoomed to the region (issue 13)', async () => {
    const { page, problems } = await openBuilder();
    await page.select('#compare', 'neighbours dfe-2021');
    await settle(page);
    await snippetsReady(page);
    assert.match(await text(page, '#script-snippet'), /<oat-assessment area="E09000008" comparator="neighbours" neighbours-list="dfe-2021">/);
    assert.match(await text(page, '#iframe-snippet'), /comparator=neighbours&amp;neighbours-list=dfe-2021/);
    assert.equal(await page.evaluate(`document.querySelector('#preview oat-assessment').getAttribute('neighbours-list')`), 'dfe-2021');
    await page.select('#view', 'choropleth');
    await page.select('#compare', 'region');
    assert.equal(await page.evaluate(`document.querySelector('#zoom-field').hidden`), false);
    await page.click('#zoom');
    await settle(page);
    await snippetsReady(page);
    assert.match(await text(page, '#script-snippet'), /<oat-choropleth area="E09000008" indicator="[a-z0-9-]+" comparator="region" zoom="region">/);
    assert.match(await text(page, '#iframe-snippet'), /comparator=region&amp;zoom=region/);
    await page.select('#view', 'map');
    assert.equal(await page.evaluate(`document.querySelector('#compare-field').hidden`), true, 'the opportunity map compares with England alone');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('offers CDN snippets pinned to the package’s version, with the policy line to add', async () => {
    const { page } = await openBuilder();
    await page.select('#files', 'cdn');
    await snippetsReady(page);
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.match(
      await text(page, '#script-snippet'),
      new RegExp(`src="https://cdn\\.jsdelivr\\.net/npm/oat-elements@${version.replace(/\./g, '\\.')}/dist/oat\\.js"`),
    );
    assert.match(await text(page, '#files-hint'), /script-src https:\/\/cdn\.jsdelivr\.net; connect-src https:\/\/cdn\.jsdelivr\.net/);
    // A CDN serves pages as plain text, so the iframe still points to the site's own copy of embed.html.
    assert.match(await text(page, '#iframe-snippet'), new RegExp(`src="${server.url}/dist/embed\\.html`));
    await page.close();
  });

  it('offers the summary as an iframe only, and previews it', async () => {
    const { page } = await openBuilder();
    await page.select('#view', 'summary');
    await snippetsReady(page);
    await page.waitForFunction(`document.querySelector('#preview').textContent.includes('See the full assessment for Croydon')`);
    assert.equal(await page.evaluate(`document.querySelector('#copy-script').disabled`), true);
    assert.match(await text(page, '#script-snippet'), /use the iframe snippet/);
    assert.match(await text(page, '#iframe-snippet'), /view=summary&amp;area=E09000008/);
    await page.close();
  });

  /** The plain table's rows in a page where scripts do not run: slug → [area's figure, England's]. */
  const tableRows = (page: Page) =>
    page.evaluate(`Object.fromEntries([...document.querySelectorAll('table.oat-static-figures tbody tr')].map((row) =>
      [row.dataset.indicator, [...row.querySelectorAll('td')].slice(0, 2).map((cell) => cell.textContent.trim())]))`) as Promise<Record<string, string[]>>;

  it('puts in the script snippet a plain table of the same figures as the element, which the element replaces when it runs', async () => {
    const { page } = await openBuilder();
    const snippet = await text(page, '#script-snippet');
    await page.close();
    assert.match(snippet, /<caption>Croydon compared with England: 27 indicators\. Figures as of 1 December 2026 \(Embedded snapshot\)/);
    assert.match(
      snippet,
      /<th scope="row">Children in need<\/th><td>493\.6 per 10,000<\/td><td>330\.3 per 10,000<\/td><td>2024\/25<\/td><td>[^<]+<\/td><td>Department for Education, [^<]*Open Government Licence v3\.0<\/td>/,
    );
    server.page('/with-table.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Table</title></head><body>${snippet}</body></html>`,
      csp: STRICT_CSP,
    });

    // Scripts blocked: the reader gets the table.
    const blocked = await browser.newPage();
    await blocked.setJavaScriptEnabled(false);
    await blocked.goto(`${server.url}/with-table.html`, { waitUntil: 'networkidle0' });
    const table = await tableRows(blocked);
    assert.equal(Object.keys(table).length, 27);
    assert.equal(await blocked.evaluate(`document.querySelector('table.oat-static-figures').checkVisibility()`), true);
    await blocked.close();

    // Scripts run: the element shows the same figures, and the table is no longer shown.
    const { page: running, problems } = await openPage(browser);
    await running.goto(`${server.url}/with-table.html`, { waitUntil: 'networkidle0' });
    await settle(running);
    for (const [slug, figures] of Object.entries(table)) assert.deepEqual(await assessmentRow(running, slug), figures, slug);
    assert.equal(await running.evaluate(`document.querySelector('table.oat-static-figures').checkVisibility()`), false);
    assert.deepEqual(problems, []);
    await running.close();
  });

  it('gives the map of England a plain table of every council’s figure, the chosen council’s as the element shows it', async () => {
    const { page } = await openBuilder();
    await page.select('#view', 'choropleth');
    await page.select('#indicator', 'children-in-need');
    await snippetsReady(page);
    const snippet = await text(page, '#script-snippet');
    await page.close();
    server.page('/choropleth-table.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Map</title></head><body>${snippet}</body></html>`,
      csp: STRICT_CSP,
    });
    const blocked = await browser.newPage();
    await blocked.setJavaScriptEnabled(false);
    await blocked.goto(`${server.url}/choropleth-table.html`, { waitUntil: 'networkidle0' });
    const rows = (await blocked.evaluate(
      `[...document.querySelectorAll('table.oat-static-figures tbody tr')].map((row) => [row.dataset.area, row.querySelector('td').textContent])`,
    )) as [string, string][];
    await blocked.close();
    assert.equal(rows.length, 153);
    const croydon = rows.find(([code]) => code === 'E09000008')![1];
    const { page: running } = await openPage(browser);
    await running.goto(`${server.url}/choropleth-table.html`, { waitUntil: 'networkidle0' });
    await running.waitForFunction(`customElements.get('oat-choropleth')`);
    await settle(running);
    const panel = (await running.evaluate(`document.querySelector('oat-choropleth').shadowRoot.querySelector('[part~="selected"]').textContent`)) as string;
    assert.equal(croydon, '493.6 per 10,000');
    assert.ok(panel.includes(croydon), panel);
    assert.equal(await running.evaluate(`document.querySelector('table.oat-static-figures').checkVisibility()`), false);
    await running.close();
  });

  it('leaves the plain table and its note in place when oat.js on another website is blocked (no CORS header)', async () => {
    const { page } = await openBuilder();
    const other = await startStaticServer();
    try {
      // The snippet as the builder writes it, but with oat.js on another website that sends no CORS header.
      const snippet = (await text(page, '#script-snippet')).replace(`${server.url}/dist/oat.js`, `${other.url}/dist/oat.js`);
      server.page('/cross-origin.html', {
        html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Cross</title></head><body>${snippet}</body></html>`,
      });
      const { page: tab, problems } = await openPage(browser);
      await tab.goto(`${server.url}/cross-origin.html`, { waitUntil: 'networkidle0' });
      assert.equal(await tab.evaluate(`customElements.get('oat-assessment') === undefined`), true, 'the browser refused the script');
      assert.ok(
        problems.some((problem) => /CORS|Access-Control-Allow-Origin/.test(problem)),
        problems.join('; '),
      );
      assert.equal(await tab.evaluate(`document.querySelector('table.oat-static-figures').checkVisibility()`), true);
      assert.match(
        (await tab.evaluate(`document.querySelector('table.oat-static-figures caption').textContent`)) as string,
        /the interactive version replaces this table when its script runs/,
      );
      await tab.close();
    } finally {
      await other.close();
      await page.close();
    }
  });

  it('says what to do when opened straight from the computer, instead of a broken half page', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${join(REPO_ROOT, 'dist', 'builder.html')}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const state = (await page.evaluate(`({
      message: document.querySelector('#not-running')?.checkVisibility({ visibilityProperty: true }) ?? false,
      text: document.querySelector('#not-running')?.textContent.replace(/\\s+/g, ' ') ?? '',
      workbench: document.querySelector('#workbench').checkVisibility(),
    })`)) as { message: boolean; text: string; workbench: boolean };
    assert.equal(state.message, true);
    assert.match(state.text, /opened straight from your computer/);
    assert.equal(state.workbench, false);
    await page.close();
  });

  it('names the package’s version for the CDN as package.json does', () => {
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(PACKAGE_VERSION, version);
  });
});

describe('release hygiene', { skip: built ? false : 'dist/oat.js is missing: run npm run build first' }, () => {
  it('keeps every file within its size budget', () => {
    const { rows, ok } = measure();
    assert.ok(ok, rows.map((row) => `${row.file}: ${'gzip' in row ? row.gzip : 'missing'} of ${row.limit}`).join('; '));
  });

  it('packs the bundle, the manifest, the README and both licences', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const files = (JSON.parse(output) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    for (const expected of [
      'dist/oat.js',
      'dist/oat-snapshot.json',
      'dist/index.js',
      'dist/embed.html',
      'dist/builder.html',
      'dist/oat-embed-host.js',
      'custom-elements.json',
      'README.md',
      'LICENSE',
      'DATA-LICENCE.md',
      'CHANGELOG.md',
      'package.json',
    ]) {
      assert.ok(files.includes(expected), `${expected} is in the package`);
    }
    assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/') || file.startsWith('node_modules/')), 'no sources or tests');
  });
});
