import { SourceError, type SourceErrorKind } from '../errors.js';
import { originOf } from './urls.js';

/** The proxy advice given when a browser blocks a request to another site. */
export const PROXY_ADVICE =
  'This site needs a same-origin proxy for Fingertips: set api-base="/fingertips-api" (or the path of your own proxy) and see the README’s proxy recipes.';

/**
 * What lay behind a failure, where the browser lets it be known:
 * `cross-origin` the other site does not let this page read its data (CORS; only a proxy helps),
 * `page-policy` the page's own Content Security Policy forbade the connection,
 * `unreachable` no connection or no such address, `offline` the device is offline,
 * `redirected` the address sent the request on to another site, `rate-limited` Fingertips answered 429.
 */
export type FailureReason = 'cross-origin' | 'page-policy' | 'unreachable' | 'offline' | 'redirected' | 'rate-limited';

export interface FingertipsErrorOptions {
  cause?: unknown;
  status?: number;
  reason?: FailureReason;
  /** How long the server asked to be left alone (its Retry-After header), in milliseconds. */
  retryAfterMs?: number;
  /** The site a redirect led to. */
  redirectedTo?: string;
}

/**
 * A failed request to Fingertips. Besides the kind, it says the HTTP status when there was one, the
 * cause where the browser exposes it, and – once the client has remembered it – when Fingertips will
 * be asked again.
 */
export class FingertipsError extends SourceError {
  readonly status?: number;
  readonly reason?: FailureReason;
  readonly retryAfterMs?: number;
  readonly redirectedTo?: string;
  /** When the client will next ask for this address (milliseconds since 1970); set once the failure is remembered. */
  retryAt?: number;

  constructor(kind: SourceErrorKind, message: string, url: string, options: FingertipsErrorOptions = {}) {
    super(kind, message, url, 'cause' in options ? { cause: options.cause } : undefined);
    if (options.status !== undefined) this.status = options.status;
    if (options.reason !== undefined) this.reason = options.reason;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.redirectedTo !== undefined) this.redirectedTo = options.redirectedTo;
  }

  /** True when the browser most likely blocked a cross-site read (CORS), which only a same-origin proxy can fix. */
  get blocked(): boolean {
    return this.reason === 'cross-origin';
  }
}

/** The page's own origin, where there is a page. */
export function pageOrigin(): string | undefined {
  return typeof globalThis.location === 'undefined' ? undefined : globalThis.location.origin;
}

/** The origin a request goes to: its own for an absolute address, the page's for a path. */
export function targetOrigin(url: string): string | undefined {
  return originOf(url) ?? pageOrigin();
}

/**
 * A Retry-After header in milliseconds from now: a number of seconds, or an HTTP date
 * (RFC 9110 §10.2.3). Undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const text = header?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = text ? Date.parse(text) : Number.NaN;
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function seconds(ms: number): string {
  const value = Math.max(1, Math.round(ms / 1000));
  return `${value} second${value === 1 ? '' : 's'}`;
}

/** The error for an answer that is not 2xx, with the server's Retry-After where it gave one. */
export function httpError(response: Response, url: string, now: number): FingertipsError {
  const status = `${response.status} ${response.statusText}`.trim();
  const wait = response.status === 429 || response.status === 503 ? retryAfterMs(response.headers.get('retry-after'), now) : undefined;
  const options: FingertipsErrorOptions = { status: response.status, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  if (response.status === 429) {
    const asked = wait === undefined ? '' : ` and asked to be left for ${seconds(wait)}`;
    return new FingertipsError('http', `Fingertips is limiting how often it is asked: it answered ${status}${asked}.`, url, {
      ...options,
      reason: 'rate-limited',
    });
  }
  const message =
    response.status === 404
      ? `Fingertips answered ${status}: check the api-base address.`
      : response.status >= 500
        ? `Fingertips had a problem of its own and answered ${status}. Try again later.`
        : `Fingertips refused the request and answered ${status}.`;
  return new FingertipsError('http', message, url, options);
}

/**
 * The other site a reply came from after redirects, when it is not the site asked. `response.url` is
 * the final address after redirects (empty for a reply made in code, which was never redirected).
 */
export function redirectedOffsite(response: Response, url: string): string | undefined {
  if (!response.url) return undefined;
  const final = originOf(response.url);
  const asked = targetOrigin(url);
  return final !== undefined && asked !== undefined && final !== asked ? final : undefined;
}

export function redirectError(url: string, to: string): FingertipsError {
  return new FingertipsError(
    'http',
    `The Fingertips address sent the request on to another site (${to}), so its reply is not used: only the address given is trusted to speak for Fingertips.`,
    url,
    { reason: 'redirected', redirectedTo: to },
  );
}

/**
 * Watches for the page's Content Security Policy refusing a connection to a request's site while the
 * request is under way, so that a refusal can be told apart from a network or cross-origin failure.
 */
export function watchPagePolicy(url: string): { violated: () => boolean; stop: () => void } {
  const doc = globalThis.document;
  const target = targetOrigin(url);
  if (!doc || target === undefined) return { violated: () => false, stop: () => undefined };
  let seen = false;
  const listener = (event: Event) => {
    const blocked = (event as SecurityPolicyViolationEvent).blockedURI ?? '';
    if (blocked === target || originOf(blocked) === target) seen = true;
  };
  doc.addEventListener('securitypolicyviolation', listener);
  return { violated: () => seen, stop: () => doc.removeEventListener('securitypolicyviolation', listener) };
}

function offline(): boolean {
  return typeof globalThis.navigator !== 'undefined' && globalThis.navigator.onLine === false;
}

/**
 * Whether the other site answers at all: a `no-cors` request (which the browser sends but does not
 * let the page read) succeeds when the site is up, so a failure of the real request was a
 * cross-origin block; it fails too when the address cannot be found or reached.
 */
async function answersWithoutCors(origin: string, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    await fetchImpl(`${origin}/`, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Names the cause of a request that failed without an answer (fetch's TypeError): the device being
 * offline, the page's own policy, a cross-origin block (the site answers, but not to this page), or
 * a network failure. Only a cross-origin block gets the advice to use a proxy.
 */
export async function networkFailure(error: unknown, url: string, fetchImpl: typeof fetch, policyViolated: boolean): Promise<FingertipsError> {
  const target = targetOrigin(url);
  const where = target ? ` (${target})` : '';
  if (offline()) {
    return new FingertipsError('network', 'This device appears to be offline, so Fingertips could not be reached.', url, { cause: error, reason: 'offline' });
  }
  if (policyViolated) {
    return new FingertipsError(
      'network',
      `This page’s Content Security Policy does not allow connections to Fingertips${where}, so the browser did not send the request. The site’s owner can add ${target ?? 'the address'} to the policy’s connect-src.`,
      url,
      { cause: error, reason: 'page-policy' },
    );
  }
  const page = pageOrigin();
  if (error instanceof TypeError && target !== undefined && page !== undefined && target !== page && (await answersWithoutCors(target, fetchImpl))) {
    return new FingertipsError(
      'network',
      `The browser blocked the request to Fingertips${where}: that site answers, but does not let pages on other sites read its data. ${PROXY_ADVICE}`,
      url,
      { cause: error, reason: 'cross-origin' },
    );
  }
  return new FingertipsError(
    'network',
    `Fingertips${where} could not be reached: there is no connection, or the address could not be found. Check the connection and the api-base address, and try again.`,
    url,
    { cause: error, reason: 'unreachable' },
  );
}
