/**
 * The iframe route of issue 15, against `dist/`: embed.html in every theme (axe), frames with no script
 * on the host page at phone and desktop widths, the summary view, and a data address in the link's
 * query string read only from websites the embedding site allowed (issue 11, item 1).
 * Needs `npm run build` first (`npm run test:node` does it).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { EMBED_THEMES, type EmbedOptions } from '../../embed/embed-options.js';
import { frameTitle, iframeSnippet } from '../../embed/snippets.js';
import { axeViolations, settle } from './page-helpers.js';
import { contrast } from '../contrast.js';
import { STRICT_CSP, type StaticServer } from './static-server.js';
import { startBrowserAndServer, closeBrowserAndServer } from './browser.js';

const built = existsSync(join(REPO_ROOT, 'dist', 'embed.html'));

describe('embed.html, the iframe route', { skip: built ? false : 'dist/embed.html is missing: run npm run build first' }, () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => ({ browser, server } = await startBrowserAndServer()));
  after(() => closeBrowserAndServer({ browser, server }));

  for (const theme of EMBED_THEMES) {
    for (const view of ['indicator&indicator=children-in-need', 'summary']) {
      it(`passes axe, colour contrast included, in the ${theme} theme (${view.split('&')[0]})`, async () => {
        const page = await browser.newPage();
        await page.goto(`${server.url}/dist/embed.html?view=${view}&area=E09000008&theme=${theme}`, { waitUntil: 'networkidle0' });
        await settle(page);
        const colours = (await page.evaluate(`(() => {
          const style = getComputedStyle(document.documentElement);
          return { text: getComputedStyle(document.querySelector('main')).color, page: style.backgroundColor };
        })()`)) as { text: string; page: string };
        if (theme === 'dark') assert.deepEqual(colours, { text: 'rgb(243, 242, 241)', page: 'rgb(29, 29, 27)' }, 'pale text on a dark page, as in the preview');
        if (view === 'summary') {
          // The page's own link, reached with the keyboard: its focus outline stands out from the page by 3:1.
          let focused = '';
          for (let press = 0; press < 20 && focused !== 'a'; press += 1) {
            await page.keyboard.press('Tab');
            focused = (await page.evaluate(`document.activeElement?.localName ?? ''`)) as string;
          }
          assert.equal(focused, 'a', 'the summary’s link takes the focus');
          const outline = (await page.evaluate(`getComputedStyle(document.activeElement).outlineColor`)) as string;
          assert.ok(contrast(outline, colours.page) >= 3, `focus outline ${outline} on ${colours.page}`);
        }
        assert.deepEqual(await axeViolations(page), []);
        await page.close();
      });
    }
  }

  it('passes axe on the whole assessment in the dark theme', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}/dist/embed.html?view=assessment&area=E09000008&theme=dark`, { waitUntil: 'networkidle0' });
    await settle(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  /** A host page holding only the iframe snippet, with no script at all and a strict policy. */
  function hostPage(options: EmbedOptions): string {
    const snippet = iframeSnippet(options, { folder: `${server.url}/dist/` }, frameTitle(options, 'Croydon'));
    const path = `/host-${Math.random().toString(36).slice(2)}.html`;
    server.page(path, {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Council page</title></head>
        <body style="margin:0">${snippet}</body></html>`,
      csp: "default-src 'self'; style-src 'unsafe-inline'; frame-src 'self'",
    });
    return path;
  }

  /** What a reader of the frame sees: whether the view fits, and the "see it in full" link if it does not. */
  async function frameState(path: string, width: number) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
    const frame = page.frames().find((candidate) => candidate.url().includes('/dist/embed.html'))!;
    await settle(frame);
    const state = (await frame.evaluate(`(() => {
      const link = document.querySelector('.too-tall');
      return {
        fits: document.documentElement.scrollHeight <= window.innerHeight + 1,
        link: link && !link.hidden ? { text: link.textContent.trim(), href: link.querySelector('a').href, target: link.querySelector('a').target } : null,
        text: ((document.querySelector('main > *')?.shadowRoot ?? document.querySelector('main')).textContent ?? '').replace(/\\s+/g, ' ').trim(),
      };
    })()`)) as { fits: boolean; link: { text: string; href: string; target: string } | null; text: string };
    const title = (await page.evaluate(`document.querySelector('iframe').title`)) as string;
    const scripts = (await page.evaluate(`document.scripts.length`)) as number;
    await page.close();
    return { ...state, title, scripts };
  }

  const fitting: EmbedOptions[] = [
    { view: 'summary', area: 'E09000008', theme: 'default' },
    { view: 'indicator', area: 'E09000008', indicator: 'children-in-need', theme: 'default' },
    { view: 'indicator', area: 'E09000008', indicator: 'adult-mental-health', theme: 'default' },
    { view: 'map', area: 'E09000008', theme: 'default' },
    { view: 'choropleth', area: 'E09000008', indicator: 'children-in-need', theme: 'default' },
  ];
  for (const options of fitting) {
    it(`fits the ${options.view} view${options.indicator ? ` of ${options.indicator}` : ''} in a frame with no host script at 375 and 1280 px`, async () => {
      const path = hostPage(options);
      for (const width of [375, 1280]) {
        const state = await frameState(path, width);
        assert.equal(state.scripts, 0, 'the host page has no script');
        assert.ok(state.fits, `${width} px: the view fits its frame, with no inner scrollbar`);
        assert.equal(state.link, null, `${width} px: no "open in full" link is needed`);
        assert.match(state.title, options.view === 'choropleth' ? /^England’s councils: / : /^Croydon: /);
      }
    });
  }

  it('shows the summary’s figures in a small frame, with a link to the full assessment', async () => {
    const state = await frameState(hostPage({ view: 'summary', area: 'E09000008', theme: 'dark' }), 375);
    assert.match(state.text, /Croydon: families’ pressures compared with England/);
    assert.match(state.text, /Children in need: 493\.6 per 10,000; England 330\.3 per 10,000 \(2024\/25\)/);
    assert.match(state.text, /See the full assessment for Croydon \(opens in a new tab\)/);
    assert.match(state.text, /Sources: .*Department for Education.*Open Government Licence v3\.0.*Figures: Embedded snapshot/);
    assert.equal(state.title, 'Croydon: Opportunity assessment summary – Local Family Offer opportunity assessment');
  });

  it('says where to see the rest when the whole assessment is taller than its script-free frame', async () => {
    for (const width of [375, 1280]) {
      const state = await frameState(hostPage({ view: 'assessment', area: 'E09000008', theme: 'default', chooser: 'off' }), width);
      assert.ok(!state.fits);
      assert.ok(state.link, `${width} px: the link to the full view is shown`);
      assert.match(state.link.text, /open it in full in a new tab/);
      assert.equal(state.link.target, '_blank');
      assert.match(state.link.href, /\/dist\/embed\.html\?view=assessment&area=E09000008&chooser=off$/);
      assert.match(state.text, /Opportunity assessment: Croydon/);
    }
  });

  it('hides the "open in full" link once the host script sizes the frame', async () => {
    const path = '/host-sized.html';
    server.page(path, {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host</title>
        <script type="module" src="/dist/oat-embed-host.js"></script></head><body>
        ${iframeSnippet({ view: 'domain', domain: 'children-outcomes', area: 'E09000008', theme: 'default' }, { folder: `${server.url}/dist/` }, 'Croydon')}</body></html>`,
      csp: STRICT_CSP,
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 375, height: 800 });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
    const frame = page.frames().find((candidate) => candidate.url().includes('/dist/embed.html'))!;
    await settle(frame);
    await frame.waitForFunction(`document.querySelector('.too-tall').hidden && document.documentElement.scrollHeight <= window.innerHeight + 1`, {
      timeout: 10000,
    });
    await page.close();
  });

  describe('a data address in the link (issue 11, item 1)', () => {
    const file = '/test/fixtures/council/cumberland-districts.csv';
    const fileRequests = () => server.requests.filter((request) => request.startsWith(file)).length;

    it('reads no data address from the query string unless the embedding site allowed it', async () => {
      for (const address of [file, `${server.url}${file}`, `//127.0.0.1:1${file}`, 'data:text/csv,indicator']) {
        const before = fileRequests();
        const page = await browser.newPage();
        await page.goto(`${server.url}/dist/embed.html?view=indicator&indicator=lone-parent-households&area=E06000063&source=${encodeURIComponent(address)}`, {
          waitUntil: 'networkidle0',
        });
        await settle(page);
        const text = (await page.evaluate(`document.querySelector('oat-indicator').shadowRoot.textContent.replace(/\\s+/g, ' ')`)) as string;
        assert.match(text, /was not loaded: .*(came from a link|another website|never read)/, `${address}: ${text.slice(0, 300)}`);
        assert.match(text, /The figures shown are the embedded snapshot’s/, `${address}: the published figures stay, with a notice`);
        assert.equal(fileRequests(), before, `${address}: the file was not requested`);
        await page.close();
      }
    });

    it('reads it from a website embed.html lists in its oat-allowed-origins meta tag', async () => {
      const page = readFileSync(join(REPO_ROOT, 'dist', 'embed.html'), 'utf8').replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" /><meta name="oat-allowed-origins" content="${server.url}" />`,
      );
      server.page('/dist/embed-allowed.html', { html: page, csp: STRICT_CSP });
      const tab = await browser.newPage();
      await tab.goto(
        `${server.url}/dist/embed-allowed.html?view=indicator&indicator=lone-parent-households&area=E07000026&source=${encodeURIComponent(file)}`,
        {
          waitUntil: 'networkidle0',
        },
      );
      await settle(tab);
      const value = await tab.evaluate(`document.querySelector('oat-indicator').shadowRoot.querySelector('[part="value"]')?.textContent`);
      assert.equal(value, '6.2%');
      await tab.close();
    });
  });
});
