/**
 * The demo page (what `npm start` serves) in headless Chromium: it must show real figures for the
 * default area, let the reader switch area, and log no errors or Content-Security-Policy violations.
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

describe('the demo page', { skip: built ? false : 'dist/oat.js is missing: run npm run build first' }, () => {
  let browser: Browser;
  let page: Page;
  let close: () => void;
  const problems: string[] = [];

  before(async () => {
    const { server, url } = await startDemoServer(0);
    close = () => server.close();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await settledAssessment();
  });

  after(async () => {
    await browser?.close();
    close?.();
  });

  /**
   * The figures of one indicator's row inside the assessment. The page script is a string because
   * the test runner's TypeScript loader decorates named functions with a helper the page lacks.
   */
  const row = (slug: string) =>
    page.evaluate(`(() => {
      const domains = [...document.querySelector('oat-assessment').shadowRoot.querySelectorAll('oat-domain')];
      const row = domains.map((d) => d.shadowRoot.querySelector('[data-indicator="${slug}"]')).find(Boolean);
      const cells = [...row.querySelectorAll('[role="cell"]')].map((c) => c.textContent.replace(/\\s+/g, ' ').trim());
      return { value: cells[0], benchmark: cells[1], verdict: row.querySelector('[part="verdict"]').textContent.replace(/\\s+/g, ' ').trim() };
    })()`) as Promise<{ value?: string; benchmark?: string; verdict?: string }>;

  const settledAssessment = () =>
    page.evaluate(`document.querySelector('oat-assessment').updateComplete.then(() =>
      Promise.all([...document.querySelector('oat-assessment').shadowRoot.querySelectorAll('oat-domain')].map((d) => d.updateComplete)))`);

  it('shows Croydon’s real figures compared with England', async () => {
    const title = await page.evaluate(`document.querySelector('oat-assessment').shadowRoot.querySelector('[part="title"]').textContent`);
    assert.equal(String(title).replace(/\s+/g, ' ').trim(), 'Opportunity assessment: Croydon');
    assert.deepEqual(await row('children-in-need'), {
      value: '493.6 per 10,000',
      benchmark: '330.3 per 10,000',
      verdict: 'More pressure than England',
    });
    assert.deepEqual(await row('looked-after-children'), { value: '58 per 10,000', benchmark: '67 per 10,000', verdict: 'Better than England' });
  });

  it('switches area with the keyboard in the area picker', async () => {
    await page.evaluate(`(() => {
      const input = document.querySelector('oat-assessment').shadowRoot.querySelector('oat-area-picker').shadowRoot.querySelector('[part~="input"]');
      input.focus();
      input.select();
    })()`);
    await page.keyboard.type('Blackpool');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await settledAssessment();
    assert.equal((await row('children-in-need')).value, '606.1 per 10,000');
    // The picker drives the provider, so the opportunity map and the map of England follow.
    await page.waitForFunction(`customElements.get('oat-map') && customElements.get('oat-choropleth')`);
    // The opportunity map is part of the assessment.
    const maps = `[document.querySelector('oat-assessment').shadowRoot.querySelector('oat-map'), document.querySelector('oat-choropleth')]`;
    await page.evaluate(`Promise.all(${maps}.map((e) => e.updateComplete))`);
    const titles = await page.evaluate(`${maps}.map((e) => e.shadowRoot.querySelector('[part="title"]').textContent.trim())`);
    assert.equal((titles as string[])[0], 'Opportunity map: Blackpool');
    const chosen = await page.evaluate(`document.querySelector('oat-choropleth').shadowRoot.querySelector('[part~="selected"]')?.textContent`);
    assert.match(String(chosen), /^\s*Blackpool\s+606\.1 per 10,000/);
  });

  it('logged no errors, warnings or CSP violations', () => {
    assert.deepEqual(problems, []);
  });
});
