/**
 * The release archive (issue 15, "getting the files"): `npm run release:zip` builds a zip of what a page
 * needs; unpacked into an empty folder and served on its own, every page of it works under a strict
 * policy with no file missing, and nothing for bundlers is in it. Needs `npm run build` first, and
 * `unzip` (an independent reader of the archive); skips with a message without either.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { releaseZip } from '../../scripts/release-zip.mjs';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { settle } from './page-helpers.js';
import { startStaticServer, STRICT_CSP, type StaticServer } from './static-server.js';
import { launchBrowser } from './browser.js';

const built = existsSync(join(REPO_ROOT, 'dist', 'oat.js'));
const unzip = spawnSync('unzip', ['-v']).status === 0;
const skip = !built ? 'dist/oat.js is missing: run npm run build first' : !unzip ? 'unzip is not installed: cannot read the archive independently' : false;

describe('the release archive', { skip }, () => {
  let folder: string;
  let names: string[];
  let server: StaticServer;
  let browser: Browser;
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  before(async () => {
    const { path } = releaseZip();
    folder = mkdtempSync(join(tmpdir(), 'oat-release-'));
    names = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    execFileSync('unzip', ['-q', path, '-d', folder]);
    server = await startStaticServer({ root: join(folder, `oat-elements-${version}`), csp: STRICT_CSP });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('holds one folder with the pages, the bundle, the data, the editors’ README and the licences – nothing for bundlers', () => {
    assert.ok(
      names.every((name) => name.startsWith(`oat-elements-${version}/`)),
      'one folder named with the version',
    );
    const files = names.map((name) => name.slice(`oat-elements-${version}/`.length));
    for (const expected of [
      'oat.js',
      'oat-snapshot.json',
      'oat-boundaries-utla-2023.json',
      'embed.html',
      'embed.js',
      'builder.html',
      'builder.js',
      'oat-themes.css',
      'oat-embed.css',
      'oat-builder.css',
      'oat-embed-host.js',
      'README-editors.txt',
      'LICENSE',
      'DATA-LICENCE.md',
    ]) {
      assert.ok(files.includes(expected), `${expected} is in the archive`);
    }
    for (const unwanted of ['index.js', 'define.js']) assert.ok(!files.includes(unwanted), `${unwanted} (for bundlers) is left out`);
    assert.ok(files.includes('oat-trends/E09000008.json'), 'a trend file per area, in its folder');
    assert.ok(files.includes('oat-neighbours/dfe-2025.json'), 'the neighbour lists, in their folder');
    const folders = new Set(files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]));
    assert.deepEqual([...folders].sort(), ['oat-neighbours', 'oat-trends'], 'no other sub-folder');
    assert.ok(!files.some((file) => file.endsWith('.d.ts') || file.endsWith('.map')), 'no types or maps');
    const readme = readFileSync(join(folder, `oat-elements-${version}`, 'README-editors.txt'), 'utf8');
    assert.match(readme, new RegExp(`cdn\\.jsdelivr\\.net/npm/oat-elements@${version.replace(/\./g, '\\.')}/dist/oat\\.js`));
    assert.doesNotMatch(readme, /\{version\}/);
  });

  it('works unpacked on its own, under a strict policy, with no file missing: a script page, every view of embed.html and the builder', async () => {
    server.page('/page.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Page</title>
        <script type="module" src="/oat.js"></script></head><body>
        <oat-assessment area="E09000008"></oat-assessment>
        <oat-choropleth indicator="children-in-need" area="E09000008"></oat-choropleth>
        <oat-indicator indicator="children-in-need" area="E09000008" source="fingertips"></oat-indicator>
        <oat-indicator indicator="children-in-need" area="E09000008" comparator="neighbours"></oat-indicator>
        <oat-trend indicator="children-in-need" area="E09000008"></oat-trend></body></html>`,
      csp: STRICT_CSP,
    });
    const addresses = [
      '/page.html',
      '/embed.html?view=summary&area=E09000008',
      '/embed.html?view=assessment&area=E09000008',
      '/embed.html?view=choropleth&indicator=children-in-need&area=E09000008',
      '/builder.html',
    ];
    const problems: string[] = [];
    for (const address of addresses) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(`${address}: ${String(error)}`));
      await page.goto(`${server.url}${address}`, { waitUntil: 'networkidle0' });
      await settle(page);
      const shown = (await page.evaluate(`(() => {
        const host = document.querySelector('main > *, body > oat-assessment');
        return (host?.shadowRoot ?? document.body).textContent.replace(/\\s+/g, ' ');
      })()`)) as string;
      assert.match(shown, /Croydon|Make a snippet/, `${address} shows its figures`);
      await page.close();
    }
    // The live indicator's code was fetched (and fell back to the snapshot: this machine has no network).
    assert.ok(server.requests.some((request) => request.includes('oat-fingertips-source.js')));
    // The trend and the neighbour comparison read their data from the archive's folders.
    assert.ok(server.requests.includes('/oat-trends/E09000008.json'), 'the trend file was fetched');
    assert.ok(server.requests.includes('/oat-neighbours/dfe-2025.json'), 'the neighbour list was fetched');
    assert.deepEqual(
      server.missing.filter((path) => !path.endsWith('favicon.ico')),
      [],
      'every file a page asked for is in the archive',
    );
    assert.deepEqual(problems, []);
  });
});
