import { expect } from '@open-wc/testing';
import { SourceError } from './errors.js';
import { fetchText } from './fetch-text.js';
import { originPolicy } from './origins.js';

/** The same file on another origin: the test server answers on 127.0.0.1 too, without letting other websites read it. */
const CROSS_ORIGIN = new URL('/test/fixtures/council/cumberland-districts.csv', location.href.replace('//localhost', '//127.0.0.1')).href;

async function failure(loading: Promise<unknown>): Promise<SourceError> {
  try {
    await loading;
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected loading to fail');
}

/** A fetch that answers from memory, counting requests; `url` sets where the answer says it came from. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

function redirected(body: string, url: string): Response {
  const response = new Response(body);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetchText: the real cause of a failure', () => {
  it('names the HTTP status', async () => {
    const { fetch } = fakeFetch(() => new Response('', { status: 503, statusText: 'Service Unavailable' }));
    const error = await failure(fetchText('/data/a.csv', { fetch, what: 'a.csv' }));
    expect([error.kind, error.message]).to.deep.equal(['http', 'a.csv could not be loaded: the server answered 503 Service Unavailable.']);
  });

  it('blames the connection for a failure on the page’s own website, without suggesting a proxy', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(fetchText('/data/a.csv', { fetch, what: 'a.csv' }));
    expect([error.kind, error.message]).to.deep.equal(['network', 'a.csv could not be reached. Check your connection and try again.']);
  });

  it('says another website answered but does not let this page read it (CORS), and only then suggests a proxy', async () => {
    const error = await failure(fetchText(CROSS_ORIGIN, { what: 'figures.csv' }));
    expect(error.kind).to.equal('cors');
    expect(error.message).to.equal(
      `figures.csv is on another website (${new URL(CROSS_ORIGIN).origin}), which answered but does not let pages on other websites read its data (CORS). Put the file on this website, or pass it through a proxy on this website.`,
    );
  });

  it('says a server that does not answer at all may be at a wrong address, not that a proxy is needed', async () => {
    const error = await failure(fetchText('http://no-such-host.invalid/figures.csv', { what: 'figures.csv' }));
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('figures.csv could not be reached at http://no-such-host.invalid: the address may be wrong, or the server may be down.');
    expect(error.message).not.to.match(/proxy|CORS/);
  });

  it('never asks an address the policy refuses', async () => {
    const { fetch, asked } = fakeFetch(() => new Response('x'));
    for (const address of ['https://evil.example/figures.csv', '//evil.example/figures.csv', 'data:text/csv,a,b', 'javascript:alert(1)']) {
      const error = await failure(fetchText(address, { fetch, what: 'figures.csv', origins: originPolicy() }));
      expect(error.kind, address).to.equal('origin');
    }
    expect(asked).to.deep.equal([]);
  });

  it('refuses an answer a redirect brought from a website the policy does not allow, and accepts one from an allowed website', async () => {
    const { fetch } = fakeFetch(() => redirected('indicator,area_code,period,value', 'https://evil.example/figures.csv'));
    const error = await failure(fetchText('/data/figures.csv', { fetch, what: 'figures.csv', origins: originPolicy() }));
    expect(error.kind).to.equal('origin');
    expect(error.message).to.match(
      /^figures\.csv was not loaded: its address \(.*\/data\/figures\.csv\) sent the browser on to another website \(https:\/\/evil\.example\), which this page has not allowed\./,
    );
    expect(await fetchText('/data/figures.csv', { fetch, origins: originPolicy(['https://evil.example']) })).to.equal('indicator,area_code,period,value');
    const same = fakeFetch(() => redirected('ok', `${location.origin}/elsewhere/figures.csv`));
    expect(await fetchText('/data/figures.csv', { fetch: same.fetch, origins: originPolicy() })).to.equal('ok');
  });

  it('stops after its timeout, and says so', async () => {
    const fetch = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      )) as typeof globalThis.fetch;
    const error = await failure(fetchText('/data/slow.csv', { fetch, what: 'slow.csv', timeoutMs: 20 }));
    expect([error.kind, error.message]).to.deep.equal(['timeout', 'slow.csv took longer than 1 second to arrive, so loading stopped.']);
  });
});
