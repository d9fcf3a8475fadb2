/**
 * The committed comparator lists and trend files against what they are built from, and a trend as a
 * reader sees it in the built bundle against the raw DfE figures. The raw files live in ../shared; tests
 * that read them skip with a message when it is absent. Needs `npm run build` first for the page test
 * (`npm run test:node` does it). Page scripts are strings, as in embedding.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { read as readWorkbook, utils } from '@e965/xlsx';
import type { Browser } from 'puppeteer-core';
import { readCsv } from '../../scripts/snapshot/read.js';
import { buildSnapshot } from '../../scripts/snapshot/build.js';
import { findShared, rawFile, REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { buildTrendFiles, NEIGHBOURS_FOLDER, readNeighbourLists, TRENDS_FOLDER } from '../../scripts/snapshot/trends.js';
import type { SnapshotFile } from '../../src/sources/snapshot-format.js';
import { STRICT_CSP, type StaticServer } from './static-server.js';
import { BLACKPOOL_NEIGHBOURS } from '../blackpool-neighbours.js';
import { startBrowserAndServer, closeBrowserAndServer } from './browser.js';

const shared = findShared();
const noShared = shared ? false : 'the reference data (../shared) is not beside the repository';
const built = existsSync(join(REPO_ROOT, 'dist', 'oat.js'));
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const history = readJson<SnapshotFile>(join(REPO_ROOT, 'indicators', 'snapshot-history.json'));
const BLACKPOOL = 'E06000009';
const LAIT = 'dfe-analytical-services__local-authority-interactive-tool';
const CSC = 'dfe-analytical-services__CSC_outcomes_and_enablers';

describe('the trend files', () => {
  it('are what the history and the neighbour lists make (run npm run trends:build after changing either)', () => {
    const files = buildTrendFiles(history, readNeighbourLists());
    const committed = readdirSync(TRENDS_FOLDER).filter((name) => name.endsWith('.json'));
    assert.deepEqual(committed.sort(), [...files.keys()].map((code) => `${code}.json`).sort());
    for (const [code, file] of files) assert.deepEqual(readJson(join(TRENDS_FOLDER, `${code}.json`)), JSON.parse(JSON.stringify(file)), code);
  });

  it('keep every page’s trend data under 30 KB gzipped: one file per area', () => {
    const sizes = readdirSync(TRENDS_FOLDER).map((name) => gzipSync(readFileSync(join(TRENDS_FOLDER, name)), { level: 9 }).length);
    assert.ok(Math.max(...sizes) < 30 * 1024, `largest ${Math.max(...sizes)} bytes`);
  });
});

describe('the statistical-neighbour lists', { skip: noShared }, () => {
  it('are what the builder reads from the raw files', async () => {
    const build = await buildSnapshot(shared!, history.builtAt);
    for (const list of build.neighbours) assert.deepEqual(readJson(join(NEIGHBOURS_FOLDER, `${list.id}.json`)), JSON.parse(JSON.stringify(list)), list.id);
  });

  it('give Blackpool its DfE May 2025 neighbours in the spreadsheet’s order', () => {
    const workbook = readWorkbook(readFileSync(rawFile(shared!, LAIT, 'sn_may_2025.xlsx')));
    const rows = utils.sheet_to_json<unknown[]>(workbook.Sheets['LA SN Groups']!, { header: 1, raw: true, defval: null });
    const nameOf = new Map(rows.filter((row) => typeof row[0] === 'number').map((row) => [row[0] as number, String(row[1])]));
    const blackpool = rows.find((row) => row[1] === 'Blackpool')!;
    const raw = [5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map((column) => nameOf.get(blackpool[column] as number));
    assert.deepEqual(raw, BLACKPOOL_NEIGHBOURS);
    const list = readJson<{ groups: Record<string, string[]>; closeness: Record<string, string[]> }>(join(NEIGHBOURS_FOLDER, 'dfe-2025.json'));
    const names = new Map(history.areas.map(([code, name]) => [code, name]));
    assert.deepEqual(
      list.groups[BLACKPOOL]!.map((code) => names.get(code)),
      raw,
    );
    const labels = [6, 8, 10, 12, 14, 16, 18, 20, 22, 24].map((column) => String(blackpool[column]));
    assert.deepEqual(list.closeness[BLACKPOOL], labels);
  });
});

describe('a trend on a page', { skip: !built ? 'dist/oat.js is missing: run npm run build first' : noShared }, () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => ({ browser, server } = await startBrowserAndServer()));
  after(() => closeBrowserAndServer({ browser, server }));

  it('shows Blackpool’s children in need 2012/13–2024/25 with DfE’s own counts and ONS’s populations, fetching one small file', async () => {
    // DfE B1: children in need at 31 March (At31_episodes) of each year; ONS: children aged 0–17 at the previous mid-year.
    const counts = new Map(
      readCsv(rawFile(shared!, CSC, 'b1_children_in_need_2013_to_2025.csv'))
        .filter((row) => row.new_la_code === BLACKPOOL && row.category === 'Children in Need' && row.geographic_level === 'Local authority')
        .map((row) => [Number(row.time_period), Number(row.At31_episodes)]),
    );
    const populations = new Map(
      readCsv(rawFile(shared!, CSC, 'ons_mid-year_population_estimates_2012_to_2024.csv'))
        .filter((row) => row.new_la_code === BLACKPOOL && row.age_group === 'Children aged 0 to 17 years')
        .map((row) => [Number(row.time_period), Number(row.population_estimate)]),
    );
    const expected = Array.from({ length: 13 }, (_, index) => {
      const year = 2013 + index;
      return [`${year - 1}/${String(year).slice(2)}`, counts.get(year)!.toLocaleString('en-GB'), populations.get(year - 1)!.toLocaleString('en-GB')];
    });

    server.page('/trend.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Trend</title>
        <script type="module" src="/dist/oat.js"></script></head><body>
        <oat-trend indicator="children-in-need" area="${BLACKPOOL}"></oat-trend></body></html>`,
      csp: STRICT_CSP,
    });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/favicon\.ico/.test(message.location().url ?? '')) problems.push(message.text());
    });
    const first = server.requests.length;
    await page.goto(`${server.url}/trend.html`, { waitUntil: 'networkidle0' });
    const rows = (await page.evaluate(`(async () => {
      await customElements.whenDefined('oat-trend');
      const trend = document.querySelector('oat-trend');
      await trend.updateComplete;
      await trend.updateComplete;
      trend.shadowRoot.querySelector('button[aria-pressed]').click();
      await trend.updateComplete;
      return [...trend.shadowRoot.querySelectorAll('[part="table"] tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim()));
    })()`)) as string[][];
    assert.deepEqual(
      rows.map((row) => [row[0], row[3], row[4]]),
      expected,
    );
    const requested = server.requests.slice(first);
    const trendFiles = requested.filter((path) => path.includes('/oat-trends/'));
    assert.deepEqual(trendFiles, [`/dist/oat-trends/${BLACKPOOL}.json`]);
    const bytes = gzipSync(readFileSync(join(REPO_ROOT, 'dist', 'oat-trends', `${BLACKPOOL}.json`)), { level: 9 }).length;
    assert.ok(bytes < 30 * 1024, `${bytes} bytes gzipped`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
