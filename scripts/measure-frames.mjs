#!/usr/bin/env node
// Measures how tall dist/embed.html is for each view at a phone (375 px) and a desktop (1280 px) width,
// to set the heights of the script-free iframe snippets (embed/embed-options.ts, FRAME_HEIGHTS).
// Run with `node --import tsx scripts/measure-frames.mjs [view-query ...]` after `npm run build`.
import { closeBrowserAndServer, startBrowserAndServer } from '../test/node/browser.ts';
import { settle } from '../test/node/page-helpers.ts';
import { CATALOGUE } from '../src/catalogue/catalogue.ts';
import { DOMAINS } from '../src/catalogue/domains.ts';

export const WIDTHS = [375, 1280];

/** Height of embed.html's content for one query, at one width, once its figures are drawn. */
export async function contentHeight(browser, url, width) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 400 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await settle(page);
    return await page.evaluate(`Math.ceil(document.querySelector('main').getBoundingClientRect().height)`);
  } finally {
    await page.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const queries = process.argv.slice(2).length
    ? process.argv.slice(2)
    : [
        'view=summary',
        'view=map',
        ...DOMAINS.map((domain) => `view=domain&domain=${domain.id}`),
        ...CATALOGUE.map((entry) => `view=indicator&indicator=${entry.slug}`),
        'view=choropleth&indicator=children-in-need',
      ];
  const { browser, server } = await startBrowserAndServer();
  try {
    for (const query of queries) {
      const heights = [];
      for (const width of WIDTHS) heights.push(await contentHeight(browser, `${server.url}/dist/embed.html?${query}&area=E09000008`, width));
      console.log(`${query}\t${heights.join('\t')}`);
    }
  } finally {
    await closeBrowserAndServer({ browser, server });
  }
}
