/**
 * The mock Fingertips API as a standalone server: it starts on a free port, answers both routes in
 * Fingertips' shapes with the snapshot's figures, plays each fault, counts requests, and stops.
 * The parsers read its replies here too, so they are known to work in Node as well as in browsers.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { CATALOGUE } from '../../indicators/catalogue.js';
import { FingertipsClient } from '../../src/sources/fingertips/client.js';
import { parseAllDataCsv } from '../../src/sources/fingertips/parse-csv.js';
import { parseLatestData } from '../../src/sources/fingertips/parse-latest.js';
import type { GroupRoot, WantedIndicator } from '../../src/sources/fingertips/types.js';
import { allDataCsvUrl, latestDataUrl } from '../../src/sources/fingertips/urls.js';
import { MOCK_INDICATORS } from '../mock-fingertips/handler.mjs';
import { startMockFingertips } from '../mock-fingertips/server.mjs';

const WANTED: WantedIndicator[] = CATALOGUE.flatMap((definition) =>
  definition.fingertips ? [{ slug: definition.slug, fingertips: definition.fingertips, polarity: definition.publishedPolarity }] : [],
);
const IDS = WANTED.map((indicator) => indicator.fingertips.indicatorId);
const POLARITY_IDS = { 'high-is-bad': 0, 'high-is-good': 1, 'no-judgement': 99 } as const;

describe('the standalone mock Fingertips API', () => {
  let url: string;
  let apiBase: string;
  let close: () => Promise<void>;

  before(async () => {
    ({ url, apiBase, close } = await startMockFingertips());
  });

  after(async () => {
    await close?.();
  });

  beforeEach(async () => {
    await fetch(`${url}/mock-fingertips/__reset`, { method: 'POST' });
  });

  const counts = async () =>
    (await (await fetch(`${url}/mock-fingertips/__requests`)).json()) as { total: number; paths: Record<string, number>; urls: Record<string, number>; closedEarly: number };

  it('listens on 127.0.0.1 on a free port', () => {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(apiBase, `${url}/api`);
  });

  it('publishes the catalogue’s Fingertips indicators with their ids, sexes and polarities', () => {
    assert.deepEqual(
      MOCK_INDICATORS.map((indicator) => indicator.slug).sort(),
      WANTED.map((indicator) => indicator.slug).sort(),
    );
    for (const indicator of MOCK_INDICATORS) {
      const definition = CATALOGUE.find((entry) => entry.slug === indicator.slug);
      assert.equal(definition?.fingertips?.indicatorId, indicator.id, indicator.slug);
      if (definition?.fingertips?.sexId !== undefined) assert.equal(indicator.sexId, definition.fingertips.sexId, indicator.slug);
      assert.equal(indicator.polarityId, POLARITY_IDS[definition!.publishedPolarity], indicator.slug);
    }
  });

  it('answers the latest-data route with GroupRoots the parser reads, the same again every time', async () => {
    const address = latestDataUrl(apiBase, { indicatorIds: IDS, areaTypeId: 502 });
    const response = await fetch(address);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const text = await response.text();
    const roots = JSON.parse(text) as GroupRoot[];
    assert.equal(roots.length, WANTED.length);
    for (const root of roots) {
      assert.equal(root.Data?.length, 153);
      assert.equal(root.Grouping?.find((grouping) => grouping.ComparatorId === 4)?.ComparatorData?.AreaCode, 'E92000001');
    }
    const parsed = parseLatestData(roots, WANTED, address);
    assert.deepEqual([...parsed.found].sort(), WANTED.map((indicator) => indicator.slug).sort());
    assert.equal(await (await fetch(address)).text(), text);
    assert.deepEqual((await counts()).paths, { '/api/latest_data/specific_indicators_for_child_areas': 2 });
  });

  it('answers under the /mock-fingertips mount as well', async () => {
    const response = await fetch(latestDataUrl(`${url}/mock-fingertips/api`, { indicatorIds: [22301], areaTypeId: 502 }));
    assert.equal(((await response.json()) as unknown[]).length, 1);
  });

  it('answers the CSV route with every period, which reads the same as the JSON route', async () => {
    const [json, csv] = await Promise.all([
      fetch(latestDataUrl(apiBase, { indicatorIds: IDS, areaTypeId: 502 })).then((response) => response.json()),
      fetch(allDataCsvUrl(apiBase, { indicatorIds: IDS, childAreaTypeId: 502 })).then((response) => response.text()),
    ]);
    assert.match(csv, /^Indicator ID,Indicator Name,Parent Code,/);
    const fromJson = parseLatestData(json, WANTED).observations;
    const jsonAreas = new Set(fromJson.map((observation) => observation.area));
    const fromCsv = parseAllDataCsv(csv, WANTED).observations.filter((observation) => jsonAreas.has(observation.area));
    assert.deepEqual(fromCsv, fromJson);
  });

  it('returns 400 without a profile id, as Fingertips has no default', async () => {
    const response = await fetch(`${apiBase}/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=22301`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /profile_id/);
  });

  it('plays each fault', async () => {
    const faulty = (mode: string) => latestDataUrl(`${url}/fault/${mode}/api`, { indicatorIds: [22301], areaTypeId: 502 });
    assert.equal((await fetch(faulty('500'))).status, 500);
    assert.equal((await fetch(faulty('404'))).status, 404);
    assert.equal((await fetch(faulty('503-then-ok'))).status, 503);
    assert.equal((await fetch(faulty('503-then-ok'))).status, 200);
    const html = await fetch(faulty('html'));
    assert.equal(html.status, 200);
    assert.match(await html.text(), /^<!DOCTYPE html>/);
    const truncated = await (await fetch(faulty('truncated'))).text();
    assert.ok(truncated.length > 100);
    assert.throws(() => JSON.parse(truncated), SyntaxError);
    assert.equal(await (await fetch(faulty('empty'))).text(), '[]');
    assert.equal(await (await fetch(faulty('empty-body'))).text(), '');
    const unknown = (await (await fetch(faulty('unknown-indicator'))).json()) as GroupRoot[];
    assert.deepEqual(
      unknown.map((root) => root.IID),
      [99999],
      'the only indicator asked for is replaced by one nobody asked for',
    );
    const { paths } = await counts();
    assert.equal(paths['/fault/503-then-ok/api/latest_data/specific_indicators_for_child_areas'], 2);
  });

  it('forgets 503-then-ok addresses on reset', async () => {
    const address = latestDataUrl(`${url}/fault/503-then-ok/api`, { indicatorIds: [20401], areaTypeId: 502 });
    assert.equal((await fetch(address)).status, 503);
    await fetch(`${url}/mock-fingertips/__reset`, { method: 'POST' });
    assert.equal((await fetch(address)).status, 503);
    assert.equal((await fetch(`${url}/mock-fingertips/__reset`)).status, 405);
  });

  it('notices a client giving up on a slow reply', async () => {
    const controller = new AbortController();
    const pending = fetch(latestDataUrl(`${url}/fault/slow-5000/api`, { indicatorIds: [22301], areaTypeId: 502 }), { signal: controller.signal });
    await waitFor(async () => (await counts()).total === 1);
    controller.abort();
    await assert.rejects(pending);
    await waitFor(async () => (await counts()).closedEarly === 1);
  });

  it('serves the client: retries, then the cache', async () => {
    const client = new FingertipsClient({ backoffMs: 0 });
    const address = latestDataUrl(`${url}/fault/503-then-ok/api`, { indicatorIds: [90631], areaTypeId: 502 });
    const reply = await client.getJson(address);
    assert.equal(reply.from, 'network');
    assert.equal((await client.getJson(address)).from, 'memory');
    assert.equal((await counts()).total, 2);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the Fingertips CSV parser on a real export', () => {
  const fixture = new URL('../../../shared/fixtures/fingertips/ONSdigital__sdg_data_updates/new_series_from_stable_link.csv', import.meta.url);
  const present = existsSync(fixture);

  it('reads the latest period of a real (R re-saved) export', { skip: present ? false : '../shared is not here' }, () => {
    const wanted: WantedIndicator[] = [{ slug: 'air-pollution', fingertips: { indicatorId: 93861, areaTypeId: 102, confidence: 'verified' } }];
    const { observations, found } = parseAllDataCsv(readFileSync(fixture, 'utf8'), wanted);
    assert.deepEqual(found, ['air-pollution']);
    const england = observations.find((observation) => observation.area === 'E92000001');
    assert.ok(england && england.value !== null && england.value > 0);
    assert.match(england.period.sortKey, /^20\d{2}0000$/);
    assert.ok(observations.every((observation) => observation.period.sortKey === england.period.sortKey));
    assert.ok(observations.length > 100);
    assert.ok(observations.every((observation) => observation.publishedSignificance === undefined), 'the export says “Not compared”');
  });
});
