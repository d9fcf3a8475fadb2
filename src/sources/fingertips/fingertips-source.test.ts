import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../../indicators/catalogue.js';
import { watchErrors } from '../../../test/browser/helpers.js';
import { faultApi, faultPath, LATEST_PATH, MOCK_API, mockRequests, requestsFor, resetMock } from '../../../test/browser/mock-fingertips.js';
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

function source(options: Partial<FingertipsSourceOptions> = {}): FingertipsSource {
  return new FingertipsSource({ apiBase: MOCK_API, fallback: new SnapshotSource(), backoffMs: 0, ...options });
}

/** The snapshot as a fallback whose catalogue puts school readiness in another profile (20). */
function fallbackWithSchoolReadinessInProfile20(): DataSource {
  const moved = CATALOGUE.map((definition) =>
    definition.slug === 'school-readiness' && definition.fingertips ? { ...definition, fingertips: { ...definition.fingertips, profileId: 20 } } : definition,
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
    it('asks once per profile and area type for every indicator and area, then answers from memory', async () => {
      const live = source();
      const first = await live.observations({ indicators: EVERY_INDICATOR });
      expect(await requestsFor(LATEST_PATH)).to.equal(1);
      const { urls } = await mockRequests();
      expect(Object.keys(urls)).to.deep.equal([
        '/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=10401,20401,22301,90631,90803,93203&profile_id=19',
      ]);
      const second = await live.observations({ indicators: EVERY_INDICATOR });
      expect(second).to.deep.equal(first);
      await source().observations({ indicators: ['school-readiness'], areas: ['E09000008'] });
      expect((await mockRequests()).total, 'no more requests').to.equal(1);
    });

    it('answers a provider’s batched queries from elements with the same single request', async () => {
      const batched = new BatchingSource(source());
      const answers = await Promise.all([
        batched.observations({ indicators: EVERY_INDICATOR }),
        batched.observations({ indicators: ['school-readiness', 'children-in-need'], areas: ['E09000008', ENGLAND] }),
        batched.observations({ indicators: ['neet-16-17'], areas: ['E12000007'] }),
      ]);
      expect(answers.map((answer) => answer.length)).to.deep.equal([EVERY_INDICATOR.length * 163, 4, 1]);
      expect((await mockRequests()).total).to.equal(1);
    });

    it('makes one request per distinct profile and area type', async () => {
      const live = source({ fallback: fallbackWithSchoolReadinessInProfile20() });
      await live.observations({ indicators: EVERY_INDICATOR });
      const { urls, total } = await mockRequests();
      expect(total).to.equal(2);
      expect(Object.keys(urls).sort()).to.deep.equal([
        '/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=10401,20401,22301,90803,93203&profile_id=19',
        '/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=90631&profile_id=20',
      ]);
      await live.observations({ indicators: EVERY_INDICATOR });
      expect((await mockRequests()).total).to.equal(2);
    });

    it('keeps the live figures of one request when another fails, and warns about the rest', async () => {
      const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        String(input).includes('profile_id=20') ? Promise.resolve(new Response('Not found', { status: 404 })) : globalThis.fetch(input, init)) as typeof globalThis.fetch;
      const live = source({ fallback: fallbackWithSchoolReadinessInProfile20(), fetch });
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
          const because = isRegion && LIVE.has(observation.indicator) ? 'the live figures cover councils and England only' : 'this indicator is not published in Fingertips';
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
      const answer = await live.observations({ indicators: ['adult-low-wellbeing'], areas: ['E06000001', ENGLAND] });
      expect(answer.map((observation) => observation.value)).to.deep.equal([7.29, 7.44]);
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
    const modes: [string, string, Partial<FingertipsSourceOptions>?][] = [
      ['500', 'Fingertips answered with an error (HTTP 500).'],
      ['503', 'Fingertips answered with an error (HTTP 503).'],
      ['404', 'Fingertips answered with an error (HTTP 404).'],
      ['slow', 'Fingertips took too long to answer.', { timeoutMs: 300 }],
      ['truncated', 'Fingertips sent a reply that could not be read.'],
      ['html', 'Fingertips sent a reply that could not be read.'],
      ['empty', 'Fingertips sent a reply that could not be read.'],
      ['empty-body', 'Fingertips sent a reply that could not be read.'],
    ];
    for (const [mode, reason, options] of modes) {
      it(`falls back to the snapshot with a notice: ${mode}`, async () => {
        const live = source({ apiBase: faultApi(mode), ...options });
        const answer = await live.observations({ indicators: EVERY_INDICATOR });
        expect(answer).to.deep.equal(await snapshotAnswer());
        const info = await live.info();
        const snapshotInfo = await new SnapshotSource().info();
        expect(info).to.deep.equal({ ...snapshotInfo, name: 'Embedded snapshot', notice: `${UNAVAILABLE} ${reason}` });
      });
    }

    it('says the site needs a proxy when the browser blocks a cross-site request', async () => {
      const fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
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

    it('goes back to live figures once Fingertips answers again', async () => {
      let down = true;
      const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        down ? Promise.resolve(new Response('', { status: 503 })) : globalThis.fetch(input, init)) as typeof globalThis.fetch;
      const live = source({ fetch, retries: 0 });
      await live.observations({ indicators: ['neet-16-17'] });
      expect((await live.info()).notice).to.match(/^Live data unavailable/);
      down = false;
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
