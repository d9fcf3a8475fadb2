/**
 * The mock Fingertips API as a standalone server: it starts on a free port, answers its routes in
 * Fingertips' shapes with the snapshot's figures, plays each fault, counts requests, and stops.
 * The parsers read its replies here too, so they are known to work in Node as well as in browsers.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { FingertipsClient } from '../../src/sources/fingertips/client.js';
import { parseLatestData } from '../../src/sources/fingertips/parse-latest.js';
import type { GroupRoot, WantedIndicator } from '../../src/sources/fingertips/types.js';
import { latestDataUrl } from '../../src/sources/fingertips/urls.js';
import { MOCK_INDICATORS, MOCK_VALUE_NOTES } from '../fakes/fingertips-replies.mjs';
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
    (await (await fetch(`${url}/mock-fingertips/__requests`)).json()) as {
      total: number;
      paths: Record<string, number>;
      urls: Record<string, number>;
      closedEarly: number;
    };

  it('listens on 127.0.0.1 on a free port', () => {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(apiBase, `${url}/api`);
  });

  it('publishes the catalogue’s Fingertips indicators with their ids, profiles, splits and polarities', () => {
    const published = MOCK_INDICATORS.filter((indicator) => indicator.slug !== undefined);
    assert.deepEqual(published.map((indicator) => indicator.slug).sort(), WANTED.map((indicator) => indicator.slug).sort());
    for (const indicator of published) {
      const definition = CATALOGUE.find((entry) => entry.slug === indicator.slug)!;
      assert.equal(definition.fingertips?.indicatorId, indicator.id, indicator.slug);
      assert.deepEqual(indicator.profiles, [definition.fingertips?.profileId], indicator.slug);
      assert.equal(indicator.sexId, definition.fingertips?.sexId, indicator.slug);
      if (definition.fingertips?.ageId !== undefined) assert.equal(indicator.ageId, definition.fingertips.ageId, indicator.slug);
      assert.equal(indicator.polarityId, POLARITY_IDS[definition.publishedPolarity], indicator.slug);
    }
  });

  it('answers the latest-data route with a root per split, the named one holding the figures, the same again every time', async () => {
    const address = latestDataUrl(apiBase, { indicatorIds: IDS, areaTypeId: 502, profileId: 19, restrictToProfileIds: [19, 105] });
    const response = await fetch(address);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const text = await response.text();
    const roots = JSON.parse(text) as GroupRoot[];
    assert.deepEqual(
      roots.map((root) => [root.IID, root.Sex?.Id, root.Data?.[0]?.CategoryTypeId ?? null]),
      [
        [10401, 4, null],
        [10401, 1, null],
        [10401, 2, null],
        [20401, 2, null],
        [90631, 4, null],
        [90631, 1, null],
        [90631, 2, null],
        [90803, 4, null],
        [93203, 4, null],
        [93203, 1, null],
        [93203, 2, null],
        [93203, 4, 4],
      ],
    );
    for (const root of roots) {
      assert.equal(root.Data?.length, 153);
      assert.equal(root.Grouping?.find((grouping) => grouping.ComparatorId === 4)?.ComparatorData?.AreaCode, 'E92000001');
    }
    // The further splits carry no figures.
    assert.ok(roots.filter((root) => root.Sex?.Id !== 4 && root.IID !== 20401).every((root) => root.Data?.every((data) => data.Val === -1)));
    const parsed = parseLatestData(roots, WANTED, address);
    assert.deepEqual([...parsed.found].sort(), WANTED.map((indicator) => indicator.slug).sort());
    assert.equal(parsed.problems, undefined);
    assert.equal(await (await fetch(address)).text(), text);
    assert.deepEqual((await counts()).paths, { '/api/latest_data/specific_indicators_for_child_areas': 2 });
  });

  it('finds an indicator only in the profiles a request names, as the real API does', async () => {
    const ids = (body: unknown) => [...new Set((body as GroupRoot[]).map((root) => root.IID))];
    const ask = async (request: { profileId: number; restrictToProfileIds?: number[] }) =>
      ids(await (await fetch(latestDataUrl(apiBase, { indicatorIds: [90803, 93203], areaTypeId: 502, ...request }))).json());
    assert.deepEqual(await ask({ profileId: 19 }), [93203]);
    assert.deepEqual(await ask({ profileId: 105 }), [90803]);
    assert.deepEqual(await ask({ profileId: 19, restrictToProfileIds: [19, 105] }), [90803, 93203]);
  });

  it('gives figures a NoteId only, and the words from value_notes', async () => {
    const roots = (await (await fetch(latestDataUrl(apiBase, { indicatorIds: [90803], areaTypeId: 502, profileId: 105 }))).json()) as GroupRoot[];
    const noted = roots[0]!.Data!.filter((data) => data.NoteId !== undefined).map((data) => [data.AreaCode, data.Val, data.NoteId]);
    assert.deepEqual(noted, [
      ['E06000053', -1, 901],
      ['E09000001', -1, 900],
    ]);
    const notes = (await (await fetch(`${apiBase}/value_notes`)).json()) as { Id: number; Text: string }[];
    assert.deepEqual(notes, MOCK_VALUE_NOTES);
    assert.equal(notes.find((note) => note.Id === 900)?.Text, 'Value suppressed for disclosure control due to small count');
  });

  it('answers indicator_metadata and available_data in the real shapes, with 22301 as a percentage', async () => {
    const metadata = (await (await fetch(`${apiBase}/indicator_metadata/by_indicator_id?indicator_ids=22301,90803`)).json()) as Record<
      string,
      { IID: number; Unit: { Label: string }; ValueType: { Name: string }; Descriptive: { Name: string } }
    >;
    assert.deepEqual(Object.keys(metadata), ['22301', '90803']);
    assert.deepEqual(
      [metadata['22301']!.Descriptive.Name, metadata['22301']!.Unit.Label, metadata['22301']!.ValueType.Name],
      ['Self-reported wellbeing: people with a low satisfaction score', '%', 'Proportion'],
    );
    assert.deepEqual(await (await fetch(`${apiBase}/available_data?indicator_id=90803`)).json(), [
      { IndicatorId: 90803, AreaTypeId: 402 },
      { IndicatorId: 90803, AreaTypeId: 502 },
    ]);
    // The mock has no figures for 22301 (the snapshot holds the ONS mean score, a different measure), so latest_data leaves it out.
    assert.deepEqual(await (await fetch(latestDataUrl(apiBase, { indicatorIds: [22301], areaTypeId: 502 }))).json(), []);
  });

  it('plays slow and rate-limited answers: a cold cache, 429 with Retry-After, and a redirect to another origin', async () => {
    const faulty = (mode: string) => latestDataUrl(`${url}/fault/${mode}/api`, { indicatorIds: [93203], areaTypeId: 502 });
    let started = Date.now();
    assert.equal((await fetch(faulty('cold-400'))).status, 200);
    assert.ok(Date.now() - started >= 380, 'the first answer is slow');
    started = Date.now();
    assert.equal((await fetch(faulty('cold-400'))).status, 200);
    assert.ok(Date.now() - started < 300, 'the cache is warm after that');
    const limited = await fetch(faulty('429'));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '120');
    const once = await fetch(faulty('429-then-ok'));
    assert.deepEqual([once.status, once.headers.get('retry-after')], [429, '1']);
    assert.equal((await fetch(faulty('429-then-ok'))).status, 200);
    const moved = await fetch(faulty('redirect-offsite'));
    assert.equal(moved.status, 200);
    assert.notEqual(new URL(moved.url).origin, new URL(url).origin);
    assert.equal(new URL(moved.url).pathname, '/api/latest_data/specific_indicators_for_child_areas');
  });

  it('answers under the /mock-fingertips mount as well', async () => {
    const response = await fetch(latestDataUrl(`${url}/mock-fingertips/api`, { indicatorIds: [93203], areaTypeId: 502 }));
    assert.equal(((await response.json()) as unknown[]).length, 4);
  });

  it('returns 400 without a profile id, as Fingertips has no default', async () => {
    const response = await fetch(`${apiBase}/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=20401`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /profile_id/);
  });

  it('plays each fault', async () => {
    const faulty = (mode: string) => latestDataUrl(`${url}/fault/${mode}/api`, { indicatorIds: [20401], areaTypeId: 502 });
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
    const pending = fetch(latestDataUrl(`${url}/fault/slow-5000/api`, { indicatorIds: [20401], areaTypeId: 502 }), { signal: controller.signal });
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
