#!/usr/bin/env node
// Smoke test of the static Storybook (`npm run build-storybook` writes storybook-static/): serves the
// folder from a plain static server on a loopback port, as anyone hosting it would, and opens it in
// headless Chromium. Checks that
//   - the index lists every element, each with a Docs page and stories, and the guides;
//   - the sidebar of the Storybook page shows every element;
//   - each element's Docs page renders its args table and real figures, each guide renders, and a
//     story reading a council's CSV from the static files shows its figure;
//   - nothing is written to the console as an error, and no request leaves the static server.
// Usage: node scripts/smoke-storybook.mjs [folder]   (default storybook-static)
/* global document -- the functions given to page.waitForFunction run in the browser */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

/** The elements the Storybook must list: one file of stories each, titled `Elements/<tag>`. */
export const ELEMENTS = [
  'oat-indicator',
  'oat-domain',
  'oat-assessment',
  'oat-area-picker',
  'oat-provider',
  'oat-map',
  'oat-choropleth',
  'oat-so-what',
  'oat-comparison',
  'oat-trend',
];

/** The guides (MDX pages) the Storybook must have, by their index id. */
const GUIDES = [
  'introduction--docs',
  'guides-add-the-assessment-to-your-website--docs',
  'guides-use-it-in-your-app--docs',
  'embedding-iframe-page-and-snippet-builder--docs',
];

/** A story served with a council's file from the static folder, and the figure it must show. */
const COUNCIL_FILE_STORY = { id: 'elements-oat-indicator--source-council-csv', tag: 'oat-indicator', value: '6.2%' };

const TIMEOUT_MS = 30_000;
const folder = resolve(process.argv[2] ?? 'storybook-static');
const problems = [];
const fail = (message) => problems.push(message);

if (!existsSync(join(folder, 'index.json'))) {
  console.error(`${folder} has no index.json: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

// ── The index ────────────────────────────────────────────────────────────────────────────────

const entries = Object.values(JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
for (const tag of ELEMENTS) {
  const title = `Elements/${tag}`;
  const count = stories.filter((entry) => entry.title === title).length;
  if (count === 0) fail(`the index has no stories for ${tag} (title “${title}”)`);
  if (!docs.some((entry) => entry.title === title)) fail(`the index has no Docs page for ${tag}`);
}
for (const id of GUIDES) if (!entries.some((entry) => entry.id === id)) fail(`the index has no page ${id}`);
const unlisted = [...new Set(entries.map((entry) => entry.title).filter((title) => title.startsWith('Elements/')))]
  .map((title) => title.slice('Elements/'.length))
  .filter((tag) => !ELEMENTS.includes(tag));
if (unlisted.length) console.log(`Note: stories for ${unlisted.join(', ')} are not in ELEMENTS in scripts/smoke-storybook.mjs yet.`);
// Elements the manifest knows that have no stories yet: a reminder, not a failure, while they are built.
const manifestFile = resolve(folder, '..', 'custom-elements.json');
if (existsSync(manifestFile)) {
  const tags = JSON.parse(readFileSync(manifestFile, 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .map((declaration) => declaration.tagName)
    .filter((tag) => tag && !ELEMENTS.includes(tag) && !unlisted.includes(tag));
  for (const tag of new Set(tags)) {
    console.log(`Note: <${tag}> has no stories yet: add stories/${tag}.stories.ts (title “Elements/${tag}”) and list it in ELEMENTS.`);
  }
}

// ── A plain static server ────────────────────────────────────────────────────────────────────

const { server, origin } = await startStaticServer({ root: folder });

// ── The browser ──────────────────────────────────────────────────────────────────────────────

const executablePath = findChromium();
if (!executablePath) {
  server.close();
  console.error('No Chromium found: run `node scripts/chromium.mjs --ensure` or set CHROME_PATH.');
  process.exit(1);
}
const browser = await launchChromium(executablePath);
const outside = new Set();

/** Opens an address in a fresh page, noting console errors and every request that leaves the server. */
async function open(path, what) {
  const page = await browser.newPage();
  // The static server answers a browser's own /favicon.ico request with 204, so no error here is excused.
  page.on('console', (message) => {
    if (message.type() === 'error') fail(`${what}: console error: ${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) fail(`${what}: ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => fail(`${what}: uncaught error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) outside.add(url);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  return page;
}

/** Runs a check, turning a timeout or any other failure into a reported problem. */
async function check(what, run) {
  try {
    await run();
  } catch (error) {
    fail(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

const started = Date.now();

await check('the Storybook page', async () => {
  const page = await open('/', 'the Storybook page');
  for (const tag of ELEMENTS) {
    await page.waitForSelector(`[data-item-id="elements-${tag}"]`, { timeout: TIMEOUT_MS });
  }
  await page.close();
});

for (const tag of ELEMENTS) {
  await check(`the Docs page of ${tag}`, async () => {
    const page = await open(`/iframe.html?id=elements-${tag}--docs&viewMode=docs`, `the Docs page of ${tag}`);
    await page.waitForSelector('.docblock-argstable-body tr', { timeout: TIMEOUT_MS });
    // The page's first story has loaded the snapshot: a figure (or, for the picker, a council's name) is on show.
    await page.waitForFunction(
      (tagName) => {
        const first = document.querySelector(`.sbdocs-content ${tagName}`);
        if (!first) return false;
        if (tagName === 'oat-area-picker') {
          const input = first.shadowRoot?.querySelector('input[role="combobox"]');
          return Boolean(input) && !/Loading/.test(first.shadowRoot?.textContent ?? '');
        }
        // The opportunity map's figures are in its segments' names (its text is words and the scale).
        if (tagName === 'oat-map') {
          const names = Array.from(first.shadowRoot?.querySelectorAll('.segment[aria-label]') ?? []).map((segment) => segment.getAttribute('aria-label'));
          return names.length === 27 && names.some((name) => /\d[\d,.]*(%| per )/.test(name ?? ''));
        }
        // Its text, through every shadow root inside it.
        const texts = [];
        const visit = (root) => {
          for (const node of Array.from(root.querySelectorAll('*'))) {
            if (node.shadowRoot) {
              texts.push(node.shadowRoot.textContent ?? '');
              visit(node.shadowRoot);
            }
          }
        };
        visit(first.parentNode);
        const text = texts.join(' ');
        return /(\d[\d,.]*(%| per )|out of 10)/.test(text) && !/Loading/.test(text);
      },
      { timeout: TIMEOUT_MS },
      tag,
    );
    // The assessment's Docs page shows one whole assessment and links to the rest (it once rendered every story, 160,614 px tall).
    if (tag === 'oat-assessment') {
      const shown = await page.evaluate(() => ({
        assessments: document.querySelectorAll('.sbdocs-content oat-assessment').length,
        links: document.querySelectorAll('.sbdocs-content a[href*="path=/story/elements-oat-assessment--"]').length,
      }));
      if (shown.assessments !== 1 || shown.links < 20)
        fail(`the Docs page of oat-assessment shows ${shown.assessments} assessments and ${shown.links} links to the others (1 and at least 20 expected)`);
    }
    await page.close();
  });
}

for (const id of GUIDES) {
  await check(`the page ${id}`, async () => {
    const page = await open(`/iframe.html?id=${id}&viewMode=docs`, `the page ${id}`);
    await page.waitForSelector('.sbdocs-content h1', { timeout: TIMEOUT_MS });
    await page.close();
  });
}

await check(`the story ${COUNCIL_FILE_STORY.id}`, async () => {
  const page = await open(`/iframe.html?id=${COUNCIL_FILE_STORY.id}&viewMode=story`, `the story ${COUNCIL_FILE_STORY.id}`);
  await page.waitForFunction(
    ({ tag, value }) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim() === value,
    { timeout: TIMEOUT_MS },
    COUNCIL_FILE_STORY,
  );
  await page.close();
});

await browser.close();
server.close();

if (outside.size) fail(`requests left the static server: ${[...outside].join(', ')}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const perElement = ELEMENTS.map((tag) => `${tag} ${stories.filter((entry) => entry.title === `Elements/${tag}`).length}`).join(', ');
console.log(`Static Storybook (${folder}): ${stories.length} stories and ${docs.length} docs pages in the index; stories per element: ${perElement}.`);
console.log('');
if (problems.length) {
  console.error(`Storybook smoke test FAILED (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log(
  `Storybook smoke test passed in ${seconds} s: every element listed and documented, the guides render, no console errors, no request outside the static server.`,
);
