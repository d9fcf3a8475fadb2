/**
 * What a CMS lets through (issue 15): each builder snippet run through the real HTML filters we can get
 * as packages – DOMPurify (in Chromium, as a CMS editor runs it) and sanitize-html (in Node, as Node
 * CMSs run it) – with their default settings and with the one setting an editor can ask for, then
 * pasted into a page with no other script to see whether the figures show. WordPress's kses and Drupal's
 * filters are PHP and are not run here: docs/troubleshooting.md says what they do from their
 * documentation. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { frameTitle, hostScriptSnippet, iframeSnippet, scriptSnippet } from '../../embed/snippets.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { launchBrowser } from './browser.js';

const built = existsSync(join(REPO_ROOT, 'dist', 'oat.js'));
const require = createRequire(import.meta.url);

type Filter = (html: string, host: string) => string | Promise<string>;
interface SanitizeOptions {
  allowedTags?: string[] | false;
  allowedAttributes?: Record<string, string[]> | false;
  allowedIframeHostnames?: string[];
  allowedSchemes?: string[];
}
const sanitizeHtml = require('sanitize-html') as ((html: string, options?: SanitizeOptions) => string) & {
  defaults: { allowedTags: string[]; allowedAttributes: Record<string, string[]> };
};
const PURIFY = readFileSync(join(REPO_ROOT, 'node_modules', 'dompurify', 'dist', 'purify.min.js'), 'utf8');

/** The snippets the builder offers, for Croydon; the one with the plain table is read from the built builder. */
function snippets(folder: string, scriptWithTable: string): Record<string, string> {
  const base = { folder };
  const summary = { view: 'summary', area: 'E09000008', theme: 'default' } as const;
  return {
    'script + table': scriptWithTable,
    script: scriptSnippet({ view: 'indicator', indicator: 'children-in-need', area: 'E09000008', theme: 'default' }, base),
    iframe: iframeSnippet(summary, base, frameTitle(summary, 'Croydon')),
    'iframe + host script': `${iframeSnippet(summary, base, frameTitle(summary, 'Croydon'))}\n${hostScriptSnippet(base)}`,
  };
}

describe('snippets through the CMS filters we can run', { skip: built ? false : 'dist/oat.js is missing: run npm run build first' }, () => {
  let browser: Browser;
  let server: StaticServer;
  let purifier: Page;
  let scriptWithTable: string;

  before(async () => {
    browser = await launchBrowser();
    server = await startStaticServer();
    purifier = await browser.newPage();
    await purifier.goto(`${server.url}/package.json`);
    await purifier.addScriptTag({ content: PURIFY });
    const builder = await browser.newPage();
    await builder.goto(`${server.url}/dist/builder.html`, { waitUntil: 'networkidle0' });
    await builder.select('#view', 'indicator');
    await builder.select('#indicator', 'children-in-need');
    await builder.waitForFunction(
      `document.querySelector('.snippets').getAttribute('aria-busy') === 'false' && document.querySelector('#script-snippet').textContent.includes('<table')`,
    );
    scriptWithTable = (await builder.evaluate(`document.querySelector('#script-snippet').textContent`)) as string;
    await builder.close();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const purify =
    (config: object): Filter =>
    (html) =>
      purifier.evaluate(`DOMPurify.sanitize(${JSON.stringify(html)}, ${JSON.stringify(config)})`) as Promise<string>;
  const filters: Record<string, Filter> = {
    'DOMPurify, default profile': purify({}),
    'DOMPurify, iframes allowed (ADD_TAGS iframe)': purify({ ADD_TAGS: ['iframe'], ADD_ATTR: ['loading', 'data-oat-embed'] }),
    'DOMPurify, oat-* elements allowed (CUSTOM_ELEMENT_HANDLING)': (html) =>
      purifier.evaluate(
        `DOMPurify.sanitize(${JSON.stringify(html)}, { CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^oat-/, attributeNameCheck: /^(area|indicator|domain|view|source|chooser|notes|heading-level)$/ } })`,
      ) as Promise<string>,
    'sanitize-html, defaults': (html) => sanitizeHtml(html),
    'sanitize-html, iframes from the site allowed': (html, host) =>
      sanitizeHtml(html, {
        allowedTags: [...sanitizeHtml.defaults.allowedTags, 'iframe'],
        allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, iframe: ['src', 'title', 'width', 'height', 'loading', 'data-oat-embed'] },
        allowedIframeHostnames: [host],
      }),
  };

  /** Pastes filtered HTML into a page (with no script of its own unless its template adds one) and says whether Croydon's figures show. */
  async function showsFigures(html: string, template = ''): Promise<boolean> {
    const path = `/pasted-${Math.random().toString(36).slice(2)}.html`;
    server.page(path, {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pasted</title>${template}</head><body>${html}</body></html>`,
    });
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const frame of page.frames()) {
        const text = (await frame.evaluate(`(() => {
          const hosts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('oat-') && e.shadowRoot);
          return [document.body.textContent, ...hosts.map((e) => e.shadowRoot.textContent)].join(' ');
        })()`)) as string;
        if (/493\.6 per 10,000/.test(text)) return true;
      }
      return false;
    } finally {
      await page.close();
    }
  }

  it('keeps or removes each route as the filter’s documentation says', async () => {
    const host = new URL(server.url).hostname;
    const outcome: Record<string, Record<string, string>> = {};
    for (const [filterName, filter] of Object.entries(filters)) {
      outcome[filterName] = {};
      for (const [snippetName, snippet] of Object.entries(snippets(`${server.url}/dist/`, scriptWithTable))) {
        const filtered = await filter(snippet, host);
        const kept = ['<script', '<iframe', '<oat-', '<table'].filter((tag) => filtered.includes(tag)).map((tag) => tag.slice(1));
        outcome[filterName][snippetName] = `${(await showsFigures(filtered)) ? 'figures shown' : 'nothing shown'} (kept: ${kept.join(', ') || 'nothing'})`;
      }
    }
    assert.deepEqual(outcome, {
      'DOMPurify, default profile': {
        'script + table': 'figures shown (kept: table)',
        script: 'nothing shown (kept: nothing)',
        iframe: 'nothing shown (kept: nothing)',
        'iframe + host script': 'nothing shown (kept: nothing)',
      },
      'DOMPurify, iframes allowed (ADD_TAGS iframe)': {
        'script + table': 'figures shown (kept: table)',
        script: 'nothing shown (kept: nothing)',
        iframe: 'figures shown (kept: iframe)',
        'iframe + host script': 'figures shown (kept: iframe)',
      },
      'DOMPurify, oat-* elements allowed (CUSTOM_ELEMENT_HANDLING)': {
        'script + table': 'figures shown (kept: oat-, table)',
        script: 'nothing shown (kept: oat-)',
        iframe: 'nothing shown (kept: nothing)',
        'iframe + host script': 'nothing shown (kept: nothing)',
      },
      'sanitize-html, defaults': {
        'script + table': 'figures shown (kept: table)',
        script: 'nothing shown (kept: nothing)',
        iframe: 'nothing shown (kept: nothing)',
        'iframe + host script': 'nothing shown (kept: nothing)',
      },
      'sanitize-html, iframes from the site allowed': {
        'script + table': 'figures shown (kept: table)',
        script: 'nothing shown (kept: nothing)',
        iframe: 'figures shown (kept: iframe)',
        'iframe + host script': 'figures shown (kept: iframe)',
      },
    });
  });

  it('shows the figures when the site’s template loads oat.js and the filter keeps oat-* elements', async () => {
    const filtered = await filters['DOMPurify, oat-* elements allowed (CUSTOM_ELEMENT_HANDLING)']!(
      snippets(`${server.url}/dist/`, scriptWithTable).script!,
      '',
    );
    assert.doesNotMatch(filtered, /<script/);
    assert.equal(await showsFigures(filtered, `<script type="module" src="${server.url}/dist/oat.js"></script>`), true);
  });
});
