// Long because the Fingertips client is tested against each way the real API answers: caching, retries,
// timeouts, rate limits, redirects and broken replies.
import { expect } from '@open-wc/testing';
import { eventually, faultApi, faultPath, LATEST_PATH, MOCK_API, mockRequests, requestsFor, resetMock } from '../../../test/browser/mock-fingertips.js';
import { SourceError } from '../errors.js';
import { clearFingertipsCache, STORAGE_PREFIX } from './cache.js';
import { FingertipsClient, FingertipsError } from './client.js';
import { DEFAULT_API_BASE, latestDataUrl } from './urls.js';

const HOUR = 60 * 60 * 1000;

/** An address on the mock (optionally under a fault) for one indicator. */
function address(base = MOCK_API, indicatorId = 90631): string {
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
      expect(a.body).to.be.an('array').with.length(3);
      expect(b.body).to.equal(a.body);
      expect(a.from).to.equal('network');
      const again = await new FingertipsClient().getJson(address());
      expect(again.from).to.equal('memory');
      expect(again.fetchedAt).to.equal(a.fetchedAt);
      expect(await requestsFor(LATEST_PATH)).to.equal(1);
    });

    it('gives the exact text of a reply when asked for text, for the check that records replies', async () => {
      const reply = await new FingertipsClient().getText(address());
      expect(reply.body).to.be.a('string');
      expect(reply.body.startsWith('[')).to.equal(true);
      expect(JSON.parse(reply.body)).to.be.an('array').with.length(3);
    });
  });

  describe('retries', () => {
    it('succeeds after a 503 with exactly two requests', async () => {
      const reply = await new FingertipsClient({ backoffMs: 0 }).getJson(address(faultApi('503-then-ok')));
      expect(reply.body).to.be.an('array').with.length(3);
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

    it('waits out a short Retry-After on a 429, then succeeds', async () => {
      const started = performance.now();
      const reply = await new FingertipsClient({ backoffMs: 0 }).getJson(address(faultApi('429-then-ok')));
      expect(performance.now() - started).to.be.at.least(950);
      expect(reply.body).to.be.an('array').with.length(3);
      expect(await requestsFor(faultPath('429-then-ok', LATEST_PATH))).to.equal(2);
    });

    it('gives up on a long Retry-After and does not ask again until it has passed', async () => {
      let now = Date.UTC(2026, 10, 23, 9, 0);
      const client = new FingertipsClient({ backoffMs: 0, now: () => now });
      const error = await failure(client.getJson(address(faultApi('429'))));
      expect(error.reason).to.equal('rate-limited');
      expect(error.retryAfterMs).to.equal(120_000);
      expect(error.retryAt).to.equal(now + 120_000);
      expect(error.message).to.equal('Fingertips is limiting how often it is asked: it answered 429 Too Many Requests and asked to be left for 120 seconds.');
      now += 90_000;
      expect(await failure(client.getJson(address(faultApi('429'))))).to.equal(error);
      expect(await requestsFor(faultPath('429', LATEST_PATH))).to.equal(1);
      now += 31_000;
      await failure(client.getJson(address(faultApi('429'))));
      expect(await requestsFor(faultPath('429', LATEST_PATH))).to.equal(2);
    });

    it('remembers a failure for a minute: no request in between', async () => {
      let now = Date.UTC(2026, 10, 23, 9, 0);
      const client = new FingertipsClient({ backoffMs: 0, now: () => now });
      for (let change = 0; change < 20; change++) await failure(client.getJson(address(faultApi('500'))));
      expect(await requestsFor(faultPath('500', LATEST_PATH))).to.equal(3);
      now += 61_000;
      await failure(client.getJson(address(faultApi('500'))));
      expect(await requestsFor(faultPath('500', LATEST_PATH))).to.equal(6);
    });

    it('takes the number of retries from its options', async () => {
      const { calls, fetch } = recordingFetch(() => Promise.resolve(new Response('', { status: 502 })));
      await failure(new FingertipsClient({ fetch, retries: 0 }).getJson(address()));
      expect(calls).to.have.length(1);
    });
  });

  describe('timeouts and cancelling', () => {
    it('tries once more after a timeout, then stops, and the server sees both go', async () => {
      const error = await failure(new FingertipsClient({ timeoutMs: 300, backoffMs: 0 }).getJson(address(faultApi('slow'))));
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.equal('Fingertips did not answer within 0.3 seconds, so loading stopped.');
      expect(await requestsFor(faultPath('slow', LATEST_PATH))).to.equal(2);
      await eventually(async () => (await mockRequests()).closedEarly === 2, 3000, 'the mock to see the connections closed');
    });

    it('gets a cold answer on the second try after a timeout', async () => {
      const reply = await new FingertipsClient({ timeoutMs: 400, backoffMs: 0 }).getJson(address(faultApi('cold-1500')));
      expect(reply.body).to.be.an('array').with.length(3);
      expect(await requestsFor(faultPath('cold-1500', LATEST_PATH))).to.equal(2);
    });

    it('waits 30 seconds for an answer by default', () => {
      expect(new FingertipsClient().timeoutMs).to.equal(30_000);
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

  describe('naming the cause of a failure', () => {
    it('refuses a reply that came, after a redirect, from another site', async () => {
      const error = await failure(new FingertipsClient({ backoffMs: 0 }).getJson(address(faultApi('redirect-offsite'))));
      expect(error.reason).to.equal('redirected');
      expect(error.redirectedTo).to.match(/^http:\/\/(127\.0\.0\.1|localhost):\d+$/);
      expect(error.redirectedTo).to.not.equal(location.origin);
      expect(error.message).to.include('sent the request on to another site');
    });

    it('says the browser blocked a cross-site request and that the site needs a proxy', async () => {
      // The real request fails, but the site answers a no-cors request: a cross-origin block.
      const { calls, fetch } = recordingFetch((_url, init) =>
        init?.mode === 'no-cors' ? Promise.resolve(new Response(null, { status: 200 })) : Promise.reject(new TypeError('Failed to fetch')),
      );
      const error = await failure(new FingertipsClient({ fetch, backoffMs: 0 }).getJson(address(DEFAULT_API_BASE)));
      expect(calls.map((call) => call.url)).to.deep.equal([address(DEFAULT_API_BASE), 'https://fingertips.phe.org.uk/'], 'a blocked request is not retried');
      expect(error.kind).to.equal('network');
      expect(error.reason).to.equal('cross-origin');
      expect(error.blocked).to.equal(true);
      expect(error.message).to.include('The browser blocked the request to Fingertips (https://fingertips.phe.org.uk)');
      expect(error.message).to.include('same-origin proxy');
      expect(error.message).to.include('api-base="/fingertips-api"');
      expect(error.message).to.include('README’s proxy recipes');
    });

    it('says the site could not be reached, without proxy advice, when it does not answer at all', async () => {
      const { fetch } = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = await failure(new FingertipsClient({ fetch, backoffMs: 0, retries: 0 }).getJson(address(DEFAULT_API_BASE)));
      expect(error.reason).to.equal('unreachable');
      expect(error.message).to.equal(
        'Fingertips (https://fingertips.phe.org.uk) could not be reached: there is no connection, or the address could not be found. Check the connection and the api-base address, and try again.',
      );
      expect(error.message).to.not.include('proxy');
    });

    it('names the page’s own Content Security Policy when it refused the connection', async () => {
      const { fetch } = recordingFetch((url) => {
        document.dispatchEvent(
          new SecurityPolicyViolationEvent('securitypolicyviolation', {
            blockedURI: url,
            violatedDirective: 'connect-src',
            effectiveDirective: 'connect-src',
            originalPolicy: "connect-src 'self'",
            disposition: 'enforce',
            statusCode: 200,
          }),
        );
        return Promise.reject(new TypeError('Failed to fetch'));
      });
      const error = await failure(new FingertipsClient({ fetch, backoffMs: 0 }).getJson(address(DEFAULT_API_BASE)));
      expect(error.reason).to.equal('page-policy');
      expect(error.message).to.include('Content Security Policy does not allow connections to Fingertips (https://fingertips.phe.org.uk)');
      expect(error.message).to.not.include('proxy');
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

    it('ignores a stored reply dated in the future, or older than the time-to-live it was stored with', async () => {
      const now = Date.UTC(2026, 10, 23, 9, 0);
      const url = address();
      for (const entry of [
        { fetchedAt: Date.UTC(2036, 10, 28), ttlMs: 24 * HOUR, body: '[]' },
        { fetchedAt: now - 2 * HOUR, ttlMs: HOUR, body: '[]' },
      ]) {
        clearFingertipsCache();
        localStorage.setItem(key(url), JSON.stringify(entry));
        const reply = await new FingertipsClient({ cache: 'local', now: () => now }).getJson(url);
        expect(reply.from, JSON.stringify(entry)).to.equal('network');
        expect(reply.fetchedAt).to.equal(now);
      }
      clearFingertipsCache();
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
      for (const damaged of [
        '{not json',
        JSON.stringify({ fetchedAt: 'yesterday', ttlMs: 1, body: '[]' }),
        JSON.stringify({ fetchedAt: Date.now(), ttlMs: HOUR, body: '[{"IID":' }),
      ]) {
        clearFingertipsCache();
        sessionStorage.setItem(key(url), damaged);
        const reply = await new FingertipsClient({ cache: 'session' }).getJson(url);
        expect(reply.from, damaged).to.equal('network');
        expect(JSON.parse(sessionStorage.getItem(key(url)) ?? '{}').body, damaged)
          .to.be.a('string')
          .and.match(/^\[\{"IID":90631/);
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
