import { expect } from '@open-wc/testing';
import { eventually, faultApi, faultPath, LATEST_PATH, MOCK_API, mockRequests, requestsFor, resetMock } from '../../../test/browser/mock-fingertips.js';
import { SourceError } from '../errors.js';
import { clearFingertipsCache, STORAGE_PREFIX } from './cache.js';
import { FingertipsClient, FingertipsError } from './client.js';
import { DEFAULT_API_BASE, latestDataUrl } from './urls.js';

const HOUR = 60 * 60 * 1000;

/** An address on the mock (optionally under a fault) for one indicator. */
function address(base = MOCK_API, indicatorId = 22301): string {
  return latestDataUrl(base, { indicatorIds: [indicatorId], areaTypeId: 502 });
}

async function failure(promise: Promise<unknown>): Promise<FingertipsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    return error as FingertipsError;
  }
  throw new Error('expected the request to fail');
}

/** A fetch that records each call's signal and answers as told. */
function recordingFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const calls: { url: string; signal: AbortSignal | undefined }[] = [];
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), signal: init?.signal ?? undefined });
    return answer(String(input), init);
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

/** A response that never arrives, but gives up when its signal aborts, as fetch does. */
function hanging(_url: string, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
}

describe('FingertipsClient', () => {
  beforeEach(async () => {
    clearFingertipsCache();
    await resetMock();
  });

  describe('sharing and remembering', () => {
    it('makes one request for callers asking for the same address at once, then answers from memory', async () => {
      const client = new FingertipsClient();
      const [a, b] = await Promise.all([client.getJson(address()), client.getJson(address())]);
      expect(a.body).to.be.an('array').with.length(1);
      expect(b.body).to.equal(a.body);
      expect(a.from).to.equal('network');
      const again = await new FingertipsClient().getJson(address());
      expect(again.from).to.equal('memory');
      expect(again.fetchedAt).to.equal(a.fetchedAt);
      expect(await requestsFor(LATEST_PATH)).to.equal(1);
    });

    it('reads a CSV reply as text even when it is labelled as JSON', async () => {
      const client = new FingertipsClient();
      const reply = await client.getText('/mock-fingertips/api/all_data/csv/by_indicator_id?indicator_ids=22301&child_area_type_id=502&parent_area_type_id=15');
      expect(reply.body.startsWith('Indicator ID,Indicator Name,')).to.equal(true);
    });
  });

  describe('retries', () => {
    it('succeeds after a 503 with exactly two requests', async () => {
      const reply = await new FingertipsClient({ backoffMs: 0 }).getJson(address(faultApi('503-then-ok')));
      expect(reply.body).to.be.an('array').with.length(1);
      expect(await requestsFor(faultPath('503-then-ok', LATEST_PATH))).to.equal(2);
    });

    it('gives up on a 500 after one request and two retries', async () => {
      const error = await failure(new FingertipsClient({ backoffMs: 0 }).getJson(address(faultApi('500'))));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(error.message).to.equal('Fingertips had a problem of its own and answered 500 Internal Server Error. Try again later.');
      expect(await requestsFor(faultPath('500', LATEST_PATH))).to.equal(3);
    });

    it('does not retry a 4xx answer', async () => {
      for (const status of ['400', '404', '429']) {
        const error = await failure(new FingertipsClient({ backoffMs: 0 }).getJson(address(faultApi(status))));
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(Number(status));
        expect(await requestsFor(faultPath(status, LATEST_PATH)), status).to.equal(1);
      }
    });

    it('retries network errors, waiting twice as long each time', async () => {
      const { calls, fetch } = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const started = performance.now();
      const error = await failure(new FingertipsClient({ fetch, backoffMs: 40 }).getJson(address()));
      expect(performance.now() - started).to.be.at.least(40 + 80 - 5);
      expect(error.kind).to.equal('network');
      expect(error.blocked).to.equal(false);
      expect(calls).to.have.length(3);
    });

    it('takes the number of retries from its options', async () => {
      const { calls, fetch } = recordingFetch(() => Promise.resolve(new Response('', { status: 502 })));
      await failure(new FingertipsClient({ fetch, retries: 0 }).getJson(address()));
      expect(calls).to.have.length(1);
    });
  });

  describe('timeouts and cancelling', () => {
    it('stops a slow request at the timeout without retrying, and the server sees it go', async () => {
      const error = await failure(new FingertipsClient({ timeoutMs: 300, backoffMs: 0 }).getJson(address(faultApi('slow'))));
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.equal('Fingertips did not answer within 0.3 seconds, so loading stopped.');
      expect(await requestsFor(faultPath('slow', LATEST_PATH))).to.equal(1);
      await eventually(async () => (await mockRequests()).closedEarly === 1, 3000, 'the mock to see the connection closed');
    });

    it('cancels the request when every caller waiting for it has aborted', async () => {
      const { calls, fetch } = recordingFetch((url, init) => globalThis.fetch(url, init));
      const client = new FingertipsClient({ fetch, backoffMs: 0, lingerMs: 0 });
      const first = new AbortController();
      const second = new AbortController();
      const url = address(faultApi('slow-3000'));
      const one = failure(client.getJson(url, first.signal));
      const two = failure(client.getJson(url, second.signal));
      await eventually(async () => (await requestsFor(faultPath('slow-3000', LATEST_PATH))) === 1, 2000, 'the request to reach the mock');
      first.abort();
      expect((await one).kind).to.equal('aborted');
      expect(calls[0]?.signal?.aborted, 'still wanted by the second caller').to.equal(false);
      second.abort();
      expect((await two).kind).to.equal('aborted');
      expect(calls).to.have.length(1);
      expect(calls[0]?.signal?.aborted).to.equal(true);
      await eventually(async () => (await mockRequests()).closedEarly === 1, 3000, 'the mock to see the connection closed');
    });

    it('lets a caller go without cancelling the request for the others', async () => {
      let release: (response: Response) => void = () => undefined;
      const { calls, fetch } = recordingFetch(() => new Promise((resolve) => (release = resolve)));
      const client = new FingertipsClient({ fetch });
      const leaving = new AbortController();
      const gone = failure(client.getJson(address(), leaving.signal));
      const staying = client.getJson(address(), new AbortController().signal);
      leaving.abort();
      expect((await gone).kind).to.equal('aborted');
      release(new Response('[]', { status: 200 }));
      expect((await staying).body).to.deep.equal([]);
      expect(calls).to.have.length(1);
      expect(calls[0]?.signal?.aborted).to.equal(false);
    });

    it('keeps a request nobody waits for a moment, for a caller who asks again at once', async () => {
      const { calls, fetch } = recordingFetch(hanging);
      const client = new FingertipsClient({ fetch, lingerMs: 200 });
      const early = new AbortController();
      const gone = failure(client.getJson(address(), early.signal));
      early.abort();
      expect((await gone).kind).to.equal('aborted');
      const late = new AbortController();
      const next = failure(client.getJson(address(), late.signal));
      expect(calls).to.have.length(1);
      expect(calls[0]?.signal?.aborted).to.equal(false);
      late.abort();
      expect((await next).kind).to.equal('aborted');
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(calls[0]?.signal?.aborted, 'cancelled once the linger passed with nobody waiting').to.equal(true);
    });

    it('starts afresh for a caller who comes after everyone else gave up', async () => {
      const { calls, fetch } = recordingFetch(hanging);
      const client = new FingertipsClient({ fetch, lingerMs: 0 });
      const early = new AbortController();
      const gone = failure(client.getJson(address(), early.signal));
      early.abort();
      await gone;
      const late = new AbortController();
      const next = failure(client.getJson(address(), late.signal));
      expect(calls).to.have.length(2);
      late.abort();
      expect((await next).kind).to.equal('aborted');
    });

    it('refuses at once when the signal has already aborted', async () => {
      const { calls, fetch } = recordingFetch(hanging);
      const error = await failure(new FingertipsClient({ fetch }).getJson(address(), AbortSignal.abort()));
      expect(error.kind).to.equal('aborted');
      expect(calls).to.have.length(0);
    });
  });

  describe('replies that are not data', () => {
    const cases: [string, RegExp][] = [
      ['html', /web page instead of data/],
      ['truncated', /damaged or incomplete/],
      ['empty-body', /empty reply/],
    ];
    for (const [mode, message] of cases) {
      it(`treats ${mode} with status 200 as a format error, without retrying`, async () => {
        const error = await failure(new FingertipsClient({ backoffMs: 0 }).getJson(address(faultApi(mode))));
        expect(error.kind).to.equal('format');
        expect(error.message).to.match(message);
        expect(await requestsFor(faultPath(mode, LATEST_PATH))).to.equal(1);
      });
    }

    it('accepts an empty list as a reply (the source decides what it means)', async () => {
      expect((await new FingertipsClient().getJson(address(faultApi('empty')))).body).to.deep.equal([]);
    });
  });

  describe('a likely CORS block', () => {
    it('says the browser blocked a cross-site request and that the site needs a proxy', async () => {
      const { fetch } = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = await failure(new FingertipsClient({ fetch, backoffMs: 0 }).getJson(address(DEFAULT_API_BASE)));
      expect(error.kind).to.equal('network');
      expect(error.blocked).to.equal(true);
      expect(error.message).to.include('The browser blocked the request to Fingertips (https://fingertips.phe.org.uk)');
      expect(error.message).to.include('same-origin proxy');
      expect(error.message).to.include('api-base="/fingertips-api"');
      expect(error.message).to.include('README’s proxy recipes');
    });

    it('does not blame CORS for a same-site address, or when the browser is offline', async () => {
      const { fetch } = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const sameSite = await failure(new FingertipsClient({ fetch, backoffMs: 0 }).getJson(address(`${location.origin}/api`)));
      expect(sameSite.blocked).to.equal(false);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const offline = await failure(new FingertipsClient({ fetch, backoffMs: 0 }).getJson(address(DEFAULT_API_BASE)));
        expect(offline.blocked).to.equal(false);
        expect(offline.message).to.match(/offline/);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).onLine;
      }
    });
  });

  describe('the persistent cache', () => {
    const key = (url: string) => `${STORAGE_PREFIX}json ${url}`;

    it('keeps a reply in sessionStorage until its time-to-live has passed', async () => {
      let now = Date.UTC(2026, 10, 23, 9, 0);
      const options = { cache: 'session' as const, now: () => now };
      const url = address();
      const first = await new FingertipsClient(options).getJson(url);
      expect(first.from).to.equal('network');
      const stored = JSON.parse(sessionStorage.getItem(key(url)) ?? 'null') as { fetchedAt: number; ttlMs: number; body: string };
      expect(stored.fetchedAt).to.equal(now);
      expect(stored.ttlMs).to.equal(24 * HOUR);

      clearFingertipsCache({ persistent: false }); // as a new page would start
      now += 23 * HOUR;
      const later = await new FingertipsClient(options).getJson(url);
      expect(later.from).to.equal('storage');
      expect(later.fetchedAt).to.equal(stored.fetchedAt);
      expect(later.body).to.deep.equal(first.body);
      expect(await requestsFor(LATEST_PATH)).to.equal(1);

      clearFingertipsCache({ persistent: false });
      now += 2 * HOUR;
      const expired = await new FingertipsClient(options).getJson(url);
      expect(expired.from).to.equal('network');
      expect(expired.fetchedAt).to.equal(now);
      expect(await requestsFor(LATEST_PATH)).to.equal(2);
    });

    it('honours a shorter time-to-live given by the reader', async () => {
      let now = 1_000_000;
      const url = address();
      await new FingertipsClient({ cache: 'session', now: () => now }).getJson(url);
      clearFingertipsCache({ persistent: false });
      now += 2 * HOUR;
      expect((await new FingertipsClient({ cache: 'session', ttlMs: HOUR, now: () => now }).getJson(url)).from).to.equal('network');
    });

    it('ignores and removes damaged entries', async () => {
      const url = address();
      for (const damaged of ['{not json', JSON.stringify({ fetchedAt: 'yesterday', ttlMs: 1, body: '[]' }), JSON.stringify({ fetchedAt: Date.now(), ttlMs: HOUR, body: '[{"IID":' })]) {
        clearFingertipsCache();
        sessionStorage.setItem(key(url), damaged);
        const reply = await new FingertipsClient({ cache: 'session' }).getJson(url);
        expect(reply.from, damaged).to.equal('network');
        expect(JSON.parse(sessionStorage.getItem(key(url)) ?? '{}').body, damaged).to.be.a('string').and.match(/^\[\{"IID":22301/);
      }
    });

    it('writes to localStorage when asked, and to no storage by default', async () => {
      const url = address();
      await new FingertipsClient().getJson(url);
      expect(sessionStorage.getItem(key(url))).to.equal(null);
      expect(localStorage.getItem(key(url))).to.equal(null);
      clearFingertipsCache();
      await new FingertipsClient({ cache: 'local' }).getJson(url);
      expect(localStorage.getItem(key(url))).to.be.a('string');
      clearFingertipsCache();
      expect(localStorage.getItem(key(url))).to.equal(null);
    });
  });
});
