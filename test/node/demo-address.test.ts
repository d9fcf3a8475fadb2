/**
 * The demo's address follows the reader's choices, so a link reopens the same view: the area, the
 * comparison (England, and the region or neighbours when chosen), the part of the assessment in view and the indicator on the map of England.
 * Needs `npm run build` first (`npm run test:node` does it).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from './browser.js';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';

const built = existsSync(join(REPO_ROOT, 'dist', 'oat.js'));

describe('the demo page’s address', { skip: built ? false : 'dist/oat.js is missing: run npm run build first' }, () => {
  let browser: Browser;
  let page: Page;
  let base: string;
  let close: () => void;
  const problems: string[] = [];

  before(async () => {
    const { server, url } = await startDemoServer(0);
    base = url;
    close = () => server.close();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
    close?.();
  });

  const title = () =>
    page.evaluate(`document.querySelector('oat-assessment').updateComplete.then(() =>
      document.querySelector('oat-assessment').shadowRoot.querySelector('[part="title"]').textContent.replace(/\\s+/g, ' ').trim())`) as Promise<string>;
  const address = () => page.evaluate('location.search') as Promise<string>;

  it('reopens the area, view and indicator a link names', async () => {
    await page.goto(`${base}?area=E06000009&comparator=england&view=so-what&indicator=looked-after-children`, { waitUntil: 'networkidle0' });
    assert.equal(await title(), 'Opportunity assessment: Blackpool');
    assert.equal(await page.evaluate(`document.getElementById('england-map').getAttribute('indicator')`), 'looked-after-children');
    const search = new URLSearchParams(await address());
    assert.deepEqual(Object.fromEntries(search), { area: 'E06000009', comparator: 'england', view: 'so-what', indicator: 'looked-after-children' });
  });

  it('follows the area chosen in the picker and the part chosen', async () => {
    await page.goto(base, { waitUntil: 'networkidle0' });
    await title();
    await page.evaluate(`(() => {
      const input = document.querySelector('oat-assessment').shadowRoot.querySelector('oat-area-picker').shadowRoot.querySelector('[part~="input"]');
      input.focus();
      input.select();
    })()`);
    await page.keyboard.type('Wokingham');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`new URLSearchParams(location.search).get('area') === 'E06000041'`);
    await page.click('[data-view="map"]');
    await page.waitForFunction(`new URLSearchParams(location.search).get('view') === 'map'`);
    // The same address opened afresh shows the same area.
    const link = (await page.evaluate('location.href')) as string;
    await page.goto(link, { waitUntil: 'networkidle0' });
    assert.equal(await title(), 'Opportunity assessment: Wokingham');
    assert.deepEqual(problems, []);
  });

  it('reopens a neighbour comparison a link names, and follows the assessment’s switch', async () => {
    await page.goto(`${base}?area=E06000009&comparator=neighbours&neighbours-list=ons&view=summary&indicator=children-in-need`, { waitUntil: 'networkidle0' });
    await title();
    const clause = () =>
      page.evaluate(`(async () => {
        const assessment = document.querySelector('oat-assessment');
        const item = assessment.shadowRoot.querySelector('[part~="standout"] [data-indicator="children-in-need"] oat-comparison');
        await item.updateComplete;
        return item.shadowRoot.querySelector('[part="clause"]').textContent.trim();
      })()`) as Promise<string>;
    await page.waitForFunction(`!!document.querySelector('oat-assessment').shadowRoot.querySelector('[part~="standout"] oat-comparison')`);
    assert.match(await clause(), /\(ONS nearest neighbours, 2023 council areas\)$/);
    // The map of England outlines the same neighbours.
    await page.waitForFunction(`document.getElementById('england-map').shadowRoot.querySelectorAll('[part="neighbour"]').length === 10`);
    await page.evaluate(`(() => {
      const select = document.querySelector('oat-assessment').shadowRoot.querySelector('[part="compare"] select');
      select.value = 'region';
      select.dispatchEvent(new Event('change'));
    })()`);
    await page.waitForFunction(`new URLSearchParams(location.search).get('comparator') === 'region'`);
    assert.equal(new URLSearchParams(await address()).get('neighbours-list'), null);
    await page.waitForFunction(`document.getElementById('england-map').shadowRoot.querySelectorAll('[part="neighbour"]').length === 0`);
    // Compared with the region, the map draws the region alone.
    assert.equal(await page.evaluate(`document.getElementById('england-map').getAttribute('zoom')`), 'region');
    assert.deepEqual(problems, []);
  });

  it('ignores an address that names no real area code', async () => {
    await page.goto(`${base}?area=%3Cscript%3E&view=nonsense`, { waitUntil: 'networkidle0' });
    assert.equal(await title(), 'Opportunity assessment: Croydon');
    const search = new URLSearchParams(await address());
    assert.equal(search.get('area'), 'E09000008');
    assert.equal(search.get('view'), 'summary');
  });
});
