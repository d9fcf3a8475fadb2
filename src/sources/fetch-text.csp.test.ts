/**
 * In a page of its own, because the Content Security Policy it sets stays for the life of the page.
 */
import { expect } from '@open-wc/testing';
import { SourceError } from './errors.js';
import { fetchText } from './fetch-text.js';

describe('fetchText under a Content Security Policy', () => {
  before(() => {
    // The test runner's own connections (this origin, its web socket) stay allowed; 127.0.0.1 does not.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = `connect-src 'self' ws: ${location.origin}`;
    document.head.append(meta);
  });

  it('says the page’s own policy blocked the request, not the network or the other website', async () => {
    const url = new URL('/test/fixtures/council/cumberland-districts.csv', location.href.replace('//localhost', '//127.0.0.1')).href;
    let error: unknown;
    try {
      await fetchText(url, { what: 'figures.csv' });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(SourceError);
    expect((error as SourceError).kind).to.equal('policy');
    expect((error as SourceError).message).to.equal(
      `figures.csv was blocked by this page’s own Content Security Policy (connect-src), which does not allow ${new URL(url).origin}. The website’s editor can allow it there.`,
    );
    expect(await fetchText('/test/fixtures/council/cumberland-districts.csv')).to.match(/^indicator,area_code/);
  });
});
