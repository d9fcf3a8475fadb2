import { SourceError } from './errors.js';
import { cleanShort } from './clean-text.js';

/**
 * Where data may come from. A council's file (and a custom Fingertips `api-base`) is read only from
 * the page's own website unless the site allows another one explicitly, with the `allowed-origins`
 * attribute or `configure({ allowedOrigins: [...] })` – never from a link's query string. `data:`,
 * `javascript:` and every other scheme but http and https are never read, and `//host/…` is another
 * website. After redirects, the address the answer really came from is checked against the same list.
 */
export interface OriginPolicy {
  /** The page's own origin ("https://www.croydon.gov.uk"), or undefined outside a web page. */
  page: string | undefined;
  /** Other origins the site has allowed explicitly, each as `scheme://host[:port]`. */
  allowed: readonly string[];
  /**
   * False when the address came from somewhere the site does not control (an embed link's query
   * string, say): then even the page's own website must be in `allowed`.
   */
  trustPage?: boolean;
}

/** The page's own origin, when there is a page served over http or https. */
export function pageOrigin(): string | undefined {
  const origin = globalThis.location?.origin;
  return origin && /^https?:\/\//.test(origin) ? origin : undefined;
}

/** The address relative addresses are read against: the document's base, else the page's. */
function baseAddress(): string | undefined {
  const base = (globalThis as { document?: { baseURI?: string } }).document?.baseURI ?? globalThis.location?.href;
  return base && /^https?:\/\//.test(base) ? base : undefined;
}

/**
 * Reads a list of allowed origins, as the attribute (space- or comma-separated) or `configure()`
 * (a list) gives it. A full address is reduced to its origin; a host name must be a plain one.
 *
 * @throws Error naming an entry that is not an http or https address (such as `*` or `data:`)
 */
export function readOrigins(list: string | readonly string[] | undefined): string[] {
  const entries = (typeof list === 'string' ? [list] : [...(list ?? [])]).flatMap((item) => item.split(/[\s,]+/));
  const origins: string[] = [];
  for (const entry of entries.map((item) => item.trim()).filter(Boolean)) {
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (!origin) {
      throw new Error(
        `“${cleanShort(entry)}” is not a website to allow data from: give each as its address, such as https://data.example.gov.uk, separated by spaces.`,
      );
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

/** The policy of this page: its own origin and the origins given. */
export function originPolicy(allowed: readonly string[] = [], trustPage = true): OriginPolicy {
  return { page: pageOrigin(), allowed, trustPage };
}

/** True when the policy lets data be read from this absolute http(s) address. */
export function isAllowed(url: URL, policy: OriginPolicy): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (policy.trustPage !== false && policy.page !== undefined && url.origin === policy.page) return true;
  return policy.allowed.includes(url.origin);
}

/** How to allow an origin, for messages. */
function howToAllow(origin: string): string {
  return `If the site trusts ${origin}, it can allow it with allowed-origins="${origin}" on the element or provider, or configure({ allowedOrigins: ['${origin}'] }) in the page’s own script.`;
}

function refused(what: string, address: string, reason: string): SourceError {
  return new SourceError('origin', `${what} was not loaded: ${reason}`, address);
}

/**
 * Checks an address before anything is fetched from it, and returns it as an absolute address
 * (or as given, outside a web page, where there is nothing to resolve a relative address against).
 *
 * @param what - what is being loaded, for the message: a file's name, say
 * @throws SourceError of kind `origin` when the policy does not allow the address
 */
export function checkDataAddress(address: string, policy: OriginPolicy, what: string): string {
  const trimmed = address.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    throw refused(
      what,
      cleanShort(trimmed, 80),
      `“${scheme}:” addresses are never read, because they would let a link carry figures of its own. Put the file on this website and give its address.`,
    );
  }
  const base = baseAddress();
  if (!base && !scheme && !trimmed.startsWith('//')) return trimmed;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    throw refused(what, trimmed, 'its address is not a web address.');
  }
  if (isAllowed(url, policy)) return url.href;
  if (policy.trustPage === false && url.origin === policy.page) {
    throw refused(
      what,
      trimmed,
      `its address came from a link, and this page reads data named in a link only from websites it has allowed. ${howToAllow(url.origin)}`,
    );
  }
  const own = policy.page ? ` (${policy.page})` : '';
  throw refused(what, trimmed, `it is on another website (${url.origin}), and this page reads data only from its own website${own}. ${howToAllow(url.origin)}`);
}

/**
 * Checks where an answer really came from, after any redirects (`response.url`), against the same
 * policy as the address asked for. An empty final address (a response made in a test) passes.
 *
 * @throws SourceError of kind `origin` when a redirect led to a website the policy does not allow
 */
export function checkArrivedFrom(requested: string, finalAddress: string, policy: OriginPolicy, what: string): void {
  if (!finalAddress || finalAddress === requested) return;
  let url: URL;
  try {
    url = new URL(finalAddress);
  } catch {
    return;
  }
  if (isAllowed(url, policy)) return;
  throw new SourceError(
    'origin',
    `${what} was not loaded: its address (${cleanShort(requested, 80)}) sent the browser on to another website (${url.origin}), which this page has not allowed. ${howToAllow(url.origin)}`,
    requested,
  );
}
