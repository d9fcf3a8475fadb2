// Long because it covers the live source against each fault the mock Fingertips server plays
// (slow, rate-limited, failing, truncated, redirected), one case each.
import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../catalogue/catalogue.js';
import { watchErrors } from '../../../test/browser/helpers.js';
import { eventually, faultApi, faultPath, LATEST_PATH, MOCK_API, mockRequests, requestsFor, resetMock } from '../../../test/browser/mock-fingertips.js';
import { NO_FINGERTIPS_VALUE } from './normalise.js';
import { ENGLAND, type DataSource, type IndicatorDefinition, type Observation } from '../../model.js';
import { BatchingSource } from '../batching.js';
import { SourceError } from '../errors.js';
import { SnapshotSource } from '../snapshot.js';
import { clearFingertipsCache } from './cache.js';
import { FINGERTIPS_ATTRIBUTION, FingertipsSource, type FingertipsSourceOptions } from './fingertips-source.js';

const EVERY_INDICATOR = CATALOGUE.map((definition) => definition.slug);
const LIVE = new Set(CATALOGUE.filter((definition) => definition.fingertips).map((definition) => definition.slug));
const SNAPSHOT_DAY = '1 December 2026';
const UNAVAILABLE = `Live data unavailable — showing figures from ${SNAPSHOT_DAY}.`;
const NOT_AGAIN = 'Fingertips will not be asked again for about a minute.';
const MINUTE = 60_000;

/** A live source on the mock; it waits for live figures for up to 10 s unless a test says otherwise. */
function source(options: Partial<FingertipsSourceOptions> = {}): FingertipsSource {
  return new FingertipsSource({ apiBase: MOCK_API, fallback: new SnapshotSource(), backoffMs: 0, snapshotAfterMs: 10_000, ...options });
}

/** The one request a page makes for every live indicator: PHOF's, and children in care from Child and Maternal Health. */
const EVERY_LIVE_URL =
  '/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=10401,20401,90631,90803,93203&profile_id=19&restrict_to_profile_ids=19,105';

/** The snapshot as a fallback whose catalogue changes school readiness's Fingertips ids. */
function fallbackWithSchoolReadiness(change: Partial<NonNullable<IndicatorDefinition['fingertips']>>): DataSource {
  const moved = CATALOGUE.map((definition) =>
    definition.slug === 'school-readiness' && definition.fingertips ? { ...definition, fingertips: { ...definition.fingertips, ...change } } : definition,
  );
  const inner = new SnapshotSource();
  return {
    areas: (signal) => inner.areas(signal),
    indicators: async (): Promise<IndicatorDefinition[]> => moved,
    observations: (query, signal) => inner.observations(query, signal),
    info: (signal) => inner.info(signal),
  };
}

const key = (observation: Observation) => `${observation.indicator} ${observation.area}`;

/** The snapshot's own answer, without the notes a live source adds. */
async function snapshotAnswer(): Promise<Observation[]> {
  return new SnapshotSource().observations({ indicators: EVERY_INDICATOR });
}

describe('FingertipsSource', () => {
  let errors: ReturnType<typeof watchErrors>;

  beforeEach(async () => {
    clearFingertipsCache();
    await resetMock();
    errors = watchErrors();
  });

  afterEach(() => {
    errors.stop();
    expect(errors.errors, 'uncaught errors or unhandled rejections').to.deep.equal([]);
  });

  describe('with Fingertips answering', () => {
    it('asks once for every indicator and area, naming every profile they live in, then answers from memory', async () => {
      const live = source();
      const first = await live.observations({ indicators: EVERY_INDICATOR });
      expect(await requestsFor(LATEST_PATH)).to.equal(1);
      const { urls } = await mockRequests();
      // The value notes are asked for once, because some figures shown carry a note.
      expect(Object.keys(urls)).to.deep.equal([EVERY_LIVE_URL, '/api/value_notes']);
      const second = await live.observations({ indicators: EVERY_INDICATOR });
      expect(second).to.deep.equal(first);
      await source().observations({ indicators: ['school-readiness'], areas: ['E09000008'] });
      expect((await mockRequests()).total, 'no more requests').to.equal(2);
    });

    it('shows children in care live: it lives in Child and Maternal Health (profile 105), not PHOF', async () => {
      const answer = await source().observations({ indicators: ['looked-after-children'], areas: ['E09000008', ENGLAND] });
      expect(answer.map((observation) => [observation.value, observation.period.sortKey, observation.note])).to.deep.equal([
        [58, '20240000', undefined],
        [67, '20240000', undefined],
      ]);
      // Asking PHOF alone, as every request did before, finds nothing for 90803.
      const phofOnly = await (
        await fetch(`${MOCK_API}/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=90803&profile_id=19`)
      ).json();
      expect(phofOnly).to.deep.equal([]);
    });

    it('puts the words of Fingertips’ value notes on figures that carry only a note number', async () => {
      const answer = await source().observations({ indicators: ['looked-after-children', 'under-18-conceptions'], areas: ['E09000001', 'E06000053'] });
      expect(answer.map((observation) => [observation.indicator, observation.area, observation.missing])).to.deep.equal([
        [
          'looked-after-children',
          'E09000001',
          { reason: 'suppressed', message: `${NO_FINGERTIPS_VALUE} Fingertips notes: “Value suppressed for disclosure control due to small count”.` },
        ],
        [
          'looked-after-children',
          'E06000053',
          { reason: 'not-available', message: `${NO_FINGERTIPS_VALUE} Fingertips notes: “Value missing in source data”.` },
        ],
        ['under-18-conceptions', 'E09000001', { reason: 'not-available', message: `${NO_FINGERTIPS_VALUE} Fingertips notes: “Value missing in source data”.` }],
        ['under-18-conceptions', 'E06000053', { reason: 'not-available', message: `${NO_FINGERTIPS_VALUE} Fingertips notes: “Value missing in source data”.` }],
      ]);
      expect(await requestsFor('/api/value_notes')).to.equal(1);
      await source().observations({ indicators: ['neet-16-17'], areas: ['E09000001'] });
      expect(await requestsFor('/api/value_notes'), 'the notes are kept').to.equal(1);
    });

    it('gives the note’s number when the value notes cannot be loaded, and still shows the figures', async () => {
      const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        String(input).endsWith('/value_notes') ? Promise.resolve(new Response('', { status: 500 })) : globalThis.fetch(input, init)) as typeof globalThis.fetch;
      const [city] = await source({ fetch }).observations({ indicators: ['looked-after-children'], areas: ['E09000001'] });
      expect(city?.missing?.message).to.equal(
        `${NO_FINGERTIPS_VALUE} Fingertips attached its note 900 to this figure, but the note’s words could not be loaded.`,
      );
    });

    it('asks nothing of value_notes when no figure shown carries a note', async () => {
      await source().observations({ indicators: EVERY_INDICATOR, areas: ['E06000009', ENGLAND] });
      expect((await mockRequests()).paths).to.deep.equal({ [LATEST_PATH]: 1 });
    });

    it('reads only the split the catalogue names, not the other sexes or a category split', async () => {
      const [neet] = await source().observations({ indicators: ['neet-16-17'], areas: ['E09000008'] });
      expect(neet?.value).to.equal((await new SnapshotSource().observations({ indicators: ['neet-16-17'], areas: ['E09000008'] }))[0]?.value);
      expect(neet?.value).to.be.a('number');
      expect(neet?.period.sortKey).to.equal('20240000');
    });

    it('shows the snapshot’s figure, and says why, when the named split is not in the reply', async () => {
      const live = source({ fallback: fallbackWithSchoolReadiness({ sexId: 2, ageId: 999 }) });
      const [readiness] = await live.observations({ indicators: ['school-readiness'], areas: ['E09000008'] });
      expect(readiness?.note).to.equal(
        `From the embedded snapshot of ${SNAPSHOT_DAY}, because Fingertips’ reply did not hold the split (sex, age, category and years) this indicator uses.`,
      );
      const { warnings } = await live.info();
      expect(warnings?.[0]).to.equal(
        'The live figures for “School readiness” were not used, so the embedded snapshot’s are shown. Fingertips holds no split of indicator 90631 for sex 2, age 999, no category (it holds: sex 4, age 34, 1-year range; sex 1, age 34, 1-year range; sex 2, age 34, 1-year range).',
      );
    });

    it('answers a provider’s batched queries from elements with the same single request', async () => {
      const batched = new BatchingSource(source());
      const answers = await Promise.all([
        batched.observations({ indicators: EVERY_INDICATOR }),
        batched.observations({ indicators: ['school-readiness', 'children-in-need'], areas: ['E09000008', ENGLAND] }),
        batched.observations({ indicators: ['neet-16-17'], areas: ['E12000007'] }),
      ]);
      expect(answers.map((answer) => answer.length)).to.deep.equal([EVERY_INDICATOR.length * 163, 4, 1]);
      expect((await mockRequests()).paths).to.deep.equal({ [LATEST_PATH]: 1, '/api/value_notes': 1 });
    });

    it('makes one request per area type, naming every profile of its indicators', async () => {
      const live = source({ fallback: fallbackWithSchoolReadiness({ profileId: 20 }) });
      await live.observations({ indicators: EVERY_INDICATOR, areas: ['E09000008'] });
      expect(Object.keys((await mockRequests()).urls)).to.deep.equal([
        EVERY_LIVE_URL.replace('restrict_to_profile_ids=19,105', 'restrict_to_profile_ids=19,20,105'),
      ]);
      const byAreaType = source({ fallback: fallbackWithSchoolReadiness({ areaTypeId: 402 }) });
      await resetMock();
      await byAreaType.observations({ indicators: EVERY_INDICATOR, areas: ['E09000008'] });
      expect(Object.keys((await mockRequests()).urls).sort()).to.deep.equal([
        '/api/latest_data/specific_indicators_for_child_areas?area_type_id=402&parent_area_code=E92000001&indicator_ids=90631&profile_id=19',
        '/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=10401,20401,90803,93203&profile_id=19&restrict_to_profile_ids=19,105',
      ]);
    });

    it('keeps the live figures of one request when another fails, and warns about the rest', async () => {
      const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        String(input).includes('area_type_id=402')
          ? Promise.resolve(new Response('Not found', { status: 404 }))
          : globalThis.fetch(input, init)) as typeof globalThis.fetch;
      const live = source({ fallback: fallbackWithSchoolReadiness({ areaTypeId: 402 }), fetch });
      const [readiness, neet] = await live.observations({ indicators: ['school-readiness', 'neet-16-17'], areas: ['E09000008'] });
      expect(readiness?.note).to.equal(`From the embedded snapshot of ${SNAPSHOT_DAY}, because the live figures for this indicator could not be loaded.`);
      expect(neet?.period.sortKey).to.equal('20240000');
      const info = await live.info();
      expect(info.notice).to.equal(undefined);
      expect(info.warnings).to.deep.equal([
        'The live figures for “School readiness” could not be loaded, so the embedded snapshot’s are shown. Fingertips answered with an error (HTTP 404).',
      ]);
    });

    it('asks nothing of Fingertips for indicators it does not publish or for regions only', async () => {
      const live = source();
      await live.observations({ indicators: ['children-in-need', 'lone-parent-households'] });
      await live.observations({ indicators: ['school-readiness'], areas: ['E12000001', 'E12000002'] });
      expect((await mockRequests()).total).to.equal(0);
    });

    it('gives live figures for councils and England, and the snapshot’s with a note for the rest', async () => {
      const answer = await source().observations({ indicators: EVERY_INDICATOR });
      const embedded = await snapshotAnswer();
      expect(answer.map(key)).to.deep.equal(embedded.map(key));
      const byKey = new Map(embedded.map((observation) => [key(observation), observation]));
      for (const observation of answer) {
        const snapshot = byKey.get(key(observation))!;
        const isRegion = observation.area.startsWith('E12');
        if (LIVE.has(observation.indicator) && !isRegion) {
          expect(observation.period.sortKey, key(observation)).to.match(/^\d{8}$/);
          expect(observation.value, key(observation)).to.equal(snapshot.value);
          expect(observation.note ?? '', key(observation)).to.not.include('embedded snapshot');
        } else {
          const because =
            isRegion && LIVE.has(observation.indicator) ? 'the live figures cover councils and England only' : 'this indicator is not published in Fingertips';
          const expected = `From the embedded snapshot of ${SNAPSHOT_DAY}, because ${because}.`;
          expect(observation, key(observation)).to.deep.equal({ ...snapshot, note: snapshot.note ? `${snapshot.note} ${expected}` : expected });
        }
      }
    });

    it('reports itself as live, dated the day of the fetch, with Fingertips’ attribution first', async () => {
      const now = Date.UTC(2026, 11, 3, 14, 30);
      const live = source({ now: () => now });
      await live.observations({ indicators: ['school-readiness'] });
      const info = await live.info();
      expect(info.name).to.equal('OHID Fingertips (live)');
      expect(info.dataDate).to.equal('2026-12-03');
      expect(info.attribution[0]).to.equal(FINGERTIPS_ATTRIBUTION);
      expect(FINGERTIPS_ATTRIBUTION).to.include('Open Government Licence v3.0');
      expect(info.attribution).to.include.members((await new SnapshotSource().info()).attribution);
      expect(info).to.not.have.any.keys('notice', 'warnings');
    });

    it('dates figures kept in sessionStorage by when they were fetched', async () => {
      let now = Date.UTC(2026, 11, 3, 23, 0);
      await source({ cache: 'session', now: () => now }).observations({ indicators: ['school-readiness'] });
      clearFingertipsCache({ persistent: false });
      now += 12 * 60 * 60 * 1000;
      const later = source({ cache: 'session', now: () => now });
      await later.observations({ indicators: ['school-readiness'] });
      expect((await later.info()).dataDate).to.equal('2026-12-03');
      expect((await mockRequests()).total).to.equal(1);
    });

    it('recovers after a retry and reports no problem', async () => {
      const live = source({ apiBase: faultApi('503-then-ok') });
      const answer = await live.observations({ indicators: ['looked-after-children'], areas: ['E06000001', ENGLAND] });
      expect(answer.map((observation) => observation.period.sortKey)).to.deep.equal(['20240000', '20240000']);
      expect(await requestsFor(faultPath('503-then-ok', LATEST_PATH))).to.equal(2);
      expect((await live.info()).notice).to.equal(undefined);
    });

    it('fills in the snapshot for an indicator Fingertips did not return, and warns', async () => {
      const live = source({ apiBase: faultApi('unknown-indicator') });
      const answer = await live.observations({ indicators: ['first-time-entrants-youth-justice', 'school-readiness'], areas: ['E06000001'] });
      const [entrants, readiness] = answer;
      expect(entrants?.note).to.equal(`From the embedded snapshot of ${SNAPSHOT_DAY}, because Fingertips returned no figures for this indicator.`);
      expect(readiness?.period.sortKey).to.equal('20240000');
      expect(readiness?.note).to.equal(undefined);
      const info = await live.info();
      expect(info.name).to.equal('OHID Fingertips (live)');
      expect(info.notice).to.equal(undefined);
      expect(info.warnings).to.deep.equal([
        'Fingertips returned no figures for “First time entrants to the youth justice system”, so the embedded snapshot’s are shown.',
      ]);
    });
  });

  describe('when Fingertips fails', () => {
    // An empty list is a reply, kept like any other, so asking again costs nothing and is not held back.
    const modes: [string, string, Partial<FingertipsSourceOptions>?][] = [
      ['500', 'Fingertips answered with an error (HTTP 500).'],
      ['503', 'Fingertips answered with an error (HTTP 503).'],
      ['404', 'Fingertips answered with an error (HTTP 404).'],
      ['slow', 'Fingertips took too long to answer.', { timeoutMs: 300 }],
      ['truncated', 'Fingertips sent a reply that could not be read.'],
      ['html', 'Fingertips sent a reply that could not be read.'],
      ['empty', 'Fingertips sent a reply that could not be read.', { coolOffMs: 0 }],
      ['empty-body', 'Fingertips sent a reply that could not be read.'],
    ];
    for (const [mode, reason, options] of modes) {
      it(`falls back to the snapshot with a notice: ${mode}`, async () => {
        const live = source({ apiBase: faultApi(mode), ...options });
        const answer = await live.observations({ indicators: EVERY_INDICATOR });
        expect(answer).to.deep.equal(await snapshotAnswer());
        const info = await live.info();
        const snapshotInfo = await new SnapshotSource().info();
        const held = mode === 'empty' ? '' : ` ${NOT_AGAIN}`;
        expect(info).to.deep.equal({ ...snapshotInfo, name: 'Embedded snapshot', notice: `${UNAVAILABLE} ${reason}${held}` });
      });
    }

    it('says the site needs a proxy when the browser blocks a cross-site request', async () => {
      // The site answers a no-cors request, so the failure was a cross-origin block.
      const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
        init?.mode === 'no-cors'
          ? Promise.resolve(new Response(null, { status: 200 }))
          : Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
      const live = source({ apiBase: 'https://fingertips.phe.org.uk/api', fetch });
      const answer = await live.observations({ indicators: ['school-readiness'], areas: ['E09000008'] });
      const [embedded] = await new SnapshotSource().observations({ indicators: ['school-readiness'], areas: ['E09000008'] });
      expect(answer).to.deep.equal([embedded]);
      const { notice } = await live.info();
      expect(notice).to.match(new RegExp(`^${UNAVAILABLE} The browser blocked the request to Fingertips\\.`));
      expect(notice).to.include('same-origin proxy');
      expect(notice).to.include('api-base="/fingertips-api"');
      expect(notice).to.include('README’s proxy recipes');
    });

    it('names the real cause, without proxy advice, when the site cannot be reached at all', async () => {
      const fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
      const live = source({ apiBase: 'https://fingertips.phe.org.uk/api', fetch, retries: 0 });
      await live.observations({ indicators: ['school-readiness'], areas: ['E09000008'] });
      const { notice } = await live.info();
      expect(notice).to.equal(`${UNAVAILABLE} Fingertips could not be reached: there is no connection, or its address could not be found. ${NOT_AGAIN}`);
    });

    it('does not show another site’s figures as Fingertips’ when the api-base redirects there', async () => {
      const live = source({ apiBase: faultApi('redirect-offsite') });
      const answer = await live.observations({ indicators: ['looked-after-children'], areas: ['E09000008'] });
      expect(answer).to.deep.equal(await new SnapshotSource().observations({ indicators: ['looked-after-children'], areas: ['E09000008'] }));
      const info = await live.info();
      expect(info.name).to.equal('Embedded snapshot');
      expect(info.notice).to.match(
        /^Live data unavailable — showing figures from 1 December 2026\. The Fingertips address sent the request on to another site \(http:\/\/(127\.0\.0\.1|localhost):\d+\), so its figures are not used\./,
      );
    });

    it('asks a failing Fingertips once, not again for every change of area, and says when it will ask again', async () => {
      let now = Date.UTC(2026, 11, 3, 9, 0);
      const live = new BatchingSource(source({ apiBase: faultApi('500'), now: () => now }));
      const councils = (await new SnapshotSource().areas()).filter((area) => area.kind === 'utla').slice(0, 20);
      for (const council of councils) await live.observations({ indicators: ['looked-after-children'], areas: [council.code, ENGLAND] });
      // One request and its two retries; the other 19 changes of area ask nothing.
      expect(await requestsFor(faultPath('500', LATEST_PATH))).to.equal(3);
      expect((await live.info()).notice).to.equal(`${UNAVAILABLE} Fingertips answered with an error (HTTP 500). ${NOT_AGAIN}`);
      now += MINUTE / 2;
      expect((await live.info()).notice).to.equal(`${UNAVAILABLE} Fingertips answered with an error (HTTP 500). ${NOT_AGAIN}`);
      now += MINUTE;
      await live.observations({ indicators: ['looked-after-children'], areas: ['E09000008'] });
      expect(await requestsFor(faultPath('500', LATEST_PATH)), 'asked again after the pause').to.equal(6);
    });

    it('honours a long Retry-After from a rate-limited Fingertips', async () => {
      const now = Date.UTC(2026, 11, 3, 9, 0);
      const live = source({ apiBase: faultApi('429'), now: () => now });
      await live.observations({ indicators: ['neet-16-17'], areas: ['E09000008'] });
      await live.observations({ indicators: ['neet-16-17'], areas: ['E06000009'] });
      expect(await requestsFor(faultPath('429', LATEST_PATH))).to.equal(1);
      expect((await live.info()).notice).to.equal(
        `${UNAVAILABLE} Fingertips is limiting how often it is asked (HTTP 429). Fingertips will not be asked again for about 2 minutes.`,
      );
    });

    it('goes back to live figures once Fingertips answers again', async () => {
      let down = true;
      let now = Date.UTC(2026, 11, 3, 9, 0);
      const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        down ? Promise.resolve(new Response('', { status: 503 })) : globalThis.fetch(input, init)) as typeof globalThis.fetch;
      const live = source({ fetch, retries: 0, now: () => now });
      await live.observations({ indicators: ['neet-16-17'] });
      expect((await live.info()).notice).to.match(/^Live data unavailable/);
      down = false;
      now += MINUTE;
      const answer = await live.observations({ indicators: ['neet-16-17'], areas: [ENGLAND] });
      expect(answer[0]?.period.sortKey).to.equal('20240000');
      expect((await live.info()).notice).to.equal(undefined);
    });

    it('passes cancelling on rather than falling back, and remembers no failure', async () => {
      const live = source({ apiBase: faultApi('slow-3000') });
      const controller = new AbortController();
      const pending = live.observations({ indicators: EVERY_INDICATOR }, controller.signal);
      setTimeout(() => controller.abort(), 100);
      let error: unknown;
      try {
        await pending;
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(SourceError);
      expect((error as SourceError).kind).to.equal('aborted');
      expect((await live.info()).notice).to.equal(undefined);
    });
  });

  describe('when Fingertips is slow', () => {
    it('shows the snapshot’s figures, labelled, while a cold answer loads, then tells subscribers the live ones arrived', async () => {
      const live = source({ apiBase: faultApi('cold-1200'), snapshotAfterMs: 200 });
      const changes: string[] = [];
      live.subscribe((change) => changes.push(change.kind));
      const started = performance.now();
      const first = await live.observations({ indicators: ['looked-after-children'], areas: ['E09000008'] });
      expect(performance.now() - started, 'no blank wait for the cold answer').to.be.below(1000);
      expect(first).to.deep.equal(await new SnapshotSource().observations({ indicators: ['looked-after-children'], areas: ['E09000008'] }));
      const loading = await live.info();
      expect(loading.name).to.equal('Embedded snapshot');
      expect(loading.notice).to.equal(
        `Live figures are still loading from Fingertips, which can take up to a minute — showing figures from the embedded snapshot of ${SNAPSHOT_DAY} meanwhile.`,
      );
      // Another question while loading is answered from the snapshot at once, with no second request.
      const meanwhile = performance.now();
      await live.observations({ indicators: ['neet-16-17'], areas: ['E06000009'] });
      expect(performance.now() - meanwhile).to.be.below(150);
      await eventually(async () => changes.length === 1, 3000, 'the live figures to arrive');
      expect(changes).to.deep.equal(['live-arrived']);
      const [swapped] = await live.observations({ indicators: ['looked-after-children'], areas: ['E09000008'] });
      expect(swapped?.period.sortKey).to.equal('20240000');
      expect((await live.info()).name).to.equal('OHID Fingertips (live)');
      expect(await requestsFor(faultPath('cold-1200', LATEST_PATH))).to.equal(1);
    });

    it('tells subscribers when the live figures failed after the snapshot’s were shown', async () => {
      const live = source({ apiBase: faultApi('slow-600'), snapshotAfterMs: 100, timeoutMs: 300 });
      const changes: string[] = [];
      live.subscribe((change) => changes.push(change.kind));
      await live.observations({ indicators: ['looked-after-children'], areas: ['E09000008'] });
      await eventually(async () => changes.length === 1, 3000, 'the live request to fail');
      expect(changes).to.deep.equal(['live-failed']);
      // The timeout was tried once more before giving up.
      expect(await requestsFor(faultPath('slow-600', LATEST_PATH))).to.equal(2);
      expect((await live.info()).notice).to.equal(`${UNAVAILABLE} Fingertips took too long to answer. ${NOT_AGAIN}`);
    });

    it('answers live without showing the snapshot first when live figures come within the wait', async () => {
      const live = source({ apiBase: faultApi('slow-200'), snapshotAfterMs: 2000 });
      const changes: string[] = [];
      live.subscribe((change) => changes.push(change.kind));
      const [figure] = await live.observations({ indicators: ['looked-after-children'], areas: ['E09000008'] });
      expect(figure?.period.sortKey).to.equal('20240000');
      expect(changes).to.deep.equal([]);
    });
  });

  it('refuses an API base that is neither an address nor a path on this site', () => {
    expect(() => new FingertipsSource({ apiBase: 'fingertips.phe.org.uk/api', fallback: new SnapshotSource() })).to.throw(RangeError);
  });

  it('takes areas and indicators from the fallback', async () => {
    const live = source();
    expect(await live.indicators()).to.deep.equal(await new SnapshotSource().indicators());
    expect(await live.areas()).to.deep.equal(await new SnapshotSource().areas());
    expect((await mockRequests()).total).to.equal(0);
  });
});
