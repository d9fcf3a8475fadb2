import { expect } from '@open-wc/testing';
import { SourceError } from './errors.js';
import { checkArrivedFrom, checkDataAddress, isAllowed, originPolicy, readOrigins } from './origins.js';

const PAGE = location.origin;
const OTHER = 'https://data.example.gov.uk';

function refusal(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    expect((error as SourceError).kind).to.equal('origin');
    return error as SourceError;
  }
  throw new Error('expected the address to be refused');
}

describe('where data may come from', () => {
  it('reads the page’s own website by default, relative or absolute', () => {
    const policy = originPolicy();
    expect(policy.page).to.equal(PAGE);
    expect(checkDataAddress('/data/our-figures.csv', policy, 'our-figures.csv')).to.equal(`${PAGE}/data/our-figures.csv`);
    expect(checkDataAddress('figures.json', policy, 'figures.json')).to.equal(new URL('figures.json', document.baseURI).href);
    expect(checkDataAddress(`${PAGE}/a.csv`, policy, 'a.csv')).to.equal(`${PAGE}/a.csv`);
  });

  it('refuses another website, including //host/… and http on an https page, saying how a site can allow it', () => {
    const policy = originPolicy();
    const other = refusal(() => checkDataAddress(`${OTHER}/figures.csv`, policy, 'figures.csv'));
    expect(other.message).to.equal(
      `figures.csv was not loaded: it is on another website (${OTHER}), and this page reads data only from its own website (${PAGE}). If the site trusts ${OTHER}, it can allow it with allowed-origins="${OTHER}" on the element or provider, or configure({ allowedOrigins: ['${OTHER}'] }) in the page’s own script.`,
    );
    expect(other.url).to.equal(`${OTHER}/figures.csv`);
    expect(refusal(() => checkDataAddress('//evil.example/figures.csv', policy, 'figures.csv')).message).to.contain('another website (http://evil.example)');
    expect(refusal(() => checkDataAddress(`${PAGE.replace('http:', 'https:')}/figures.csv`, policy, 'f')).message).to.contain('another website');
  });

  it('never reads data:, javascript: or any scheme but http and https, even when other websites are allowed', () => {
    const policy = originPolicy([OTHER]);
    for (const address of [
      'data:text/csv,indicator,area_code,period,value',
      'javascript:alert(1)//.csv',
      'JAVASCRIPT:alert(1)',
      'blob:https://x/1',
      'file:///etc/passwd.csv',
      'ftp://x/y.csv',
    ]) {
      const error = refusal(() => checkDataAddress(address, policy, 'The file'));
      expect(error.message, address).to.match(
        /^The file was not loaded: “[a-z]+:” addresses are never read, because they would let a link carry figures of its own\./,
      );
    }
  });

  it('reads another website the site allowed explicitly', () => {
    const policy = originPolicy(readOrigins(`${OTHER}/any/path   https://other.example.org:8443`));
    expect(policy.allowed).to.deep.equal([OTHER, 'https://other.example.org:8443']);
    expect(checkDataAddress(`${OTHER}/figures.csv`, policy, 'f')).to.equal(`${OTHER}/figures.csv`);
    expect(isAllowed(new URL('https://other.example.org:8443/x'), policy)).to.equal(true);
    expect(isAllowed(new URL('https://other.example.org/x'), policy)).to.equal(false);
  });

  it('refuses a list entry that is not a website', () => {
    for (const entry of ['*', 'data:text/plain,x', 'example.org', 'javascript:alert(1)']) {
      expect(() => readOrigins(entry), entry).to.throw(/is not a website to allow data from/);
    }
    expect(readOrigins(['https://a.example, https://a.example'])).to.deep.equal(['https://a.example']);
    expect(readOrigins(undefined)).to.deep.equal([]);
  });

  it('reads an address from a link only from websites the site allowed, its own included', () => {
    const fromLink = originPolicy([], false);
    expect(refusal(() => checkDataAddress('/data/figures.csv', fromLink, 'figures.csv')).message).to.match(/its address came from a link/);
    expect(checkDataAddress('/data/figures.csv', originPolicy([PAGE], false), 'figures.csv')).to.equal(`${PAGE}/data/figures.csv`);
  });

  it('checks where the answer really came from after redirects', () => {
    const policy = originPolicy();
    expect(() => checkArrivedFrom(`${PAGE}/a.csv`, `${PAGE}/b.csv`, policy, 'a.csv')).not.to.throw();
    expect(() => checkArrivedFrom(`${PAGE}/a.csv`, '', policy, 'a.csv')).not.to.throw();
    const error = refusal(() => checkArrivedFrom(`${PAGE}/a.csv`, 'https://evil.example/a.csv', policy, 'a.csv'));
    expect(error.message).to.match(
      /^a\.csv was not loaded: its address \(.*\/a\.csv\) sent the browser on to another website \(https:\/\/evil\.example\), which this page has not allowed\./,
    );
  });
});
