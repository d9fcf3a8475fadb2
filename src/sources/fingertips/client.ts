import { cancelled } from '../abort.js';
import { SourceError, type SourceErrorKind } from '../errors.js';
import {
  DEFAULT_TTL_MS,
  dropFromStorage,
  fromMemory,
  fromStorage,
  toMemory,
  toStorage,
  type PersistentCache,
} from './cache.js';
import { originOf } from './urls.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
/** The first wait before trying again; each later wait is twice as long. */
export const DEFAULT_BACKOFF_MS = 500;
/** How long a request with nobody waiting is kept for a caller who asks again at once. */
export const DEFAULT_LINGER_MS = 250;

/** The proxy advice given when a browser blocks a request to another site. */
export const PROXY_ADVICE =
  'This site needs a same-origin proxy for Fingertips: set api-base="/fingertips-api" (or the path of your own proxy) and see the README’s proxy recipes.';

/**
 * A failed request to Fingertips. Besides the kind, it says the HTTP status when there was one, and
 * whether the browser probably blocked the request because the API does not allow other sites to
 * read it (CORS), which only a same-origin proxy can fix.
 */
export class FingertipsError extends SourceError {
  readonly status?: number;
  readonly blocked: boolean;

  constructor(kind: SourceErrorKind, message: string, url: string, options: { cause?: unknown; status?: number; blocked?: boolean } = {}) {
    super(kind, message, url, 'cause' in options ? { cause: options.cause } : undefined);
    if (options.status !== undefined) this.status = options.status;
    this.blocked = options.blocked ?? false;
  }
}

export interface FingertipsClientOptions {
  /** The fetch to use; the page's own by default. */
  fetch?: typeof fetch;
  /** Give up on one attempt after this many milliseconds (default 10 seconds). Timeouts are not retried. */
  timeoutMs?: number;
  /** Further attempts after a network error or a 5xx answer (default 2). 4xx answers are never retried. */
  retries?: number;
  /** The wait before the first retry, doubled for each later one (default 500 ms; 0 in tests). */
  backoffMs?: number;
  /** Where to keep replies between pages (default none); memory is always used. */
  cache?: PersistentCache;
  /** How long a reply stays usable (default 24 hours). */
  ttlMs?: number;
  /** The clock, in milliseconds since 1970; tests pass their own. */
  now?: () => number;
  /**
   * How long a request nobody waits for any more is kept before it is cancelled (default 250 ms), so
   * that an element re-asking at once – after its area changed, say – joins it instead of starting
   * another.
   */
  lingerMs?: number;
}

/** A reply, when it was fetched, and where it came from this time. */
export interface FetchedReply<T> {
  body: T;
  fetchedAt: number;
  from: 'memory' | 'storage' | 'network';
}

type Format = 'json' | 'text';

/** One request on the wire, shared by everyone who asked for the same address meanwhile. */
interface SharedRequest {
  promise: Promise<FetchedReply<unknown>>;
  controller: AbortController;
  /** Callers still waiting; when the last one gives up, the request is cancelled. */
  waiting: number;
  /** Set while the request lingers with nobody waiting, before it is cancelled. */
  cancelTimer?: ReturnType<typeof setTimeout>;
}

const inFlight = new Map<string, SharedRequest>();

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error };
  }
}

function inWords(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** Waits before a retry; stops at once if the request is cancelled meanwhile. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(cancelled());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The page's own origin, where there is a page. */
function pageOrigin(): string | undefined {
  return typeof globalThis.location === 'undefined' ? undefined : globalThis.location.origin;
}

function offline(): boolean {
  return typeof globalThis.navigator !== 'undefined' && globalThis.navigator.onLine === false;
}

/**
 * Fetches Fingertips replies for every source on the page: one request per address at a time,
 * replies kept in memory (and in storage if asked), a timeout, retries with a growing wait after
 * network errors and server errors, and every failure turned into a FingertipsError whose message a
 * reader can act on.
 */
export class FingertipsClient {
  private readonly fetchImpl: typeof fetch;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
  readonly cache: PersistentCache;
  readonly ttlMs: number;
  readonly now: () => number;
  readonly lingerMs: number;

  constructor(options: FingertipsClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES));
    this.backoffMs = Math.max(0, options.backoffMs ?? DEFAULT_BACKOFF_MS);
    this.cache = options.cache ?? 'none';
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.now = options.now ?? (() => Date.now());
    this.lingerMs = Math.max(0, options.lingerMs ?? DEFAULT_LINGER_MS);
  }

  /** A JSON reply. An empty body, a web page or anything that is not JSON is a `format` error. */
  getJson(url: string, signal?: AbortSignal): Promise<FetchedReply<unknown>> {
    return this.get('json', url, signal);
  }

  /** A text reply, such as a CSV export. An empty body or a web page is a `format` error. */
  getText(url: string, signal?: AbortSignal): Promise<FetchedReply<string>> {
    return this.get('text', url, signal) as Promise<FetchedReply<string>>;
  }

  private get(format: Format, url: string, signal?: AbortSignal): Promise<FetchedReply<unknown>> {
    if (signal?.aborted) return Promise.reject(cancelled());
    const key = `${format} ${url}`;
    const now = this.now();
    const remembered = fromMemory(key, this.ttlMs, now);
    if (remembered) return Promise.resolve({ ...remembered, from: 'memory' });
    const stored = fromStorage(this.cache, key, this.ttlMs, now);
    if (stored) {
      const parsed = format === 'json' ? parseJson(stored.body) : { ok: true as const, value: stored.body };
      if (parsed.ok) {
        toMemory(key, { body: parsed.value, fetchedAt: stored.fetchedAt });
        return Promise.resolve({ body: parsed.value, fetchedAt: stored.fetchedAt, from: 'storage' });
      }
      dropFromStorage(this.cache, key);
    }
    let shared = inFlight.get(key);
    if (!shared) {
      shared = this.start(format, url, key);
      inFlight.set(key, shared);
    }
    return this.join(key, shared, signal);
  }

  /** Starts the one request for an address; its reply is remembered once it arrives. */
  private start(format: Format, url: string, key: string): SharedRequest {
    const controller = new AbortController();
    const promise = this.withRetries(format, url, controller.signal)
      .then(({ body, text }) => {
        const fetchedAt = this.now();
        toMemory(key, { body, fetchedAt });
        toStorage(this.cache, key, { body: text, fetchedAt }, this.ttlMs);
        return { body, fetchedAt, from: 'network' as const };
      })
      .finally(() => {
        if (inFlight.get(key) === shared) inFlight.delete(key);
      });
    const shared: SharedRequest = { promise, controller, waiting: 0 };
    // A request everybody gave up on still settles; nobody needs to hear about it.
    shared.promise.catch(() => undefined);
    return shared;
  }

  /**
   * Waits for a shared request on behalf of one caller. The caller's abort ends only its own wait;
   * the request itself is cancelled when the last caller waiting for it has aborted.
   */
  private join(key: string, shared: SharedRequest, signal?: AbortSignal): Promise<FetchedReply<unknown>> {
    shared.waiting++;
    if (shared.cancelTimer !== undefined) {
      clearTimeout(shared.cancelTimer);
      delete shared.cancelTimer;
    }
    if (!signal) return shared.promise;
    const cancel = () => {
      delete shared.cancelTimer;
      if (shared.waiting > 0) return;
      if (inFlight.get(key) === shared) inFlight.delete(key);
      shared.controller.abort();
    };
    const leave = () => {
      shared.waiting--;
      if (shared.waiting > 0) return;
      if (this.lingerMs === 0) cancel();
      else shared.cancelTimer = setTimeout(cancel, this.lingerMs);
    };
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(cancelled());
        leave();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private async withRetries(format: Format, url: string, signal: AbortSignal): Promise<{ body: unknown; text: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(format, url, signal);
      } catch (error) {
        if (attempt >= this.retries || !worthRetrying(error)) throw error;
        await pause(this.backoffMs * 2 ** attempt, signal);
      }
    }
  }

  /** One attempt, with its own timeout. */
  private async once(format: Format, url: string, signal: AbortSignal): Promise<{ body: unknown; text: string }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const forward = () => controller.abort();
    signal.addEventListener('abort', forward, { once: true });
    if (signal.aborted) controller.abort();
    const failed = (error: unknown) => this.failure(error, url, signal.aborted, timedOut);
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          signal: controller.signal,
          headers: { Accept: format === 'json' ? 'application/json' : 'text/csv, text/plain, */*' },
        });
      } catch (error) {
        throw failed(error);
      }
      if (!response.ok) {
        response.body?.cancel().catch(() => undefined);
        throw httpError(response, url);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw failed(error);
      }
      return { body: checkBody(format, text, response.headers.get('content-type'), url), text };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forward);
    }
  }

  private failure(error: unknown, url: string, aborted: boolean, timedOut: boolean): FingertipsError {
    if (error instanceof FingertipsError) return error;
    if (aborted) return new FingertipsError('aborted', 'Loading was cancelled.', url, { cause: error });
    if (timedOut) {
      return new FingertipsError('timeout', `Fingertips did not answer within ${inWords(this.timeoutMs)}, so loading stopped.`, url, {
        cause: error,
      });
    }
    if (offline()) {
      return new FingertipsError('network', 'This device appears to be offline, so Fingertips could not be reached.', url, { cause: error });
    }
    const target = originOf(url);
    const page = pageOrigin();
    if (error instanceof TypeError && target !== undefined && page !== undefined && target !== page) {
      return new FingertipsError(
        'network',
        `The browser blocked the request to Fingertips (${target}), most likely because that site does not let pages on other sites read its data. ${PROXY_ADVICE}`,
        url,
        { cause: error, blocked: true },
      );
    }
    return new FingertipsError('network', 'Fingertips could not be reached. Check the connection and try again.', url, { cause: error });
  }
}

function worthRetrying(error: unknown): boolean {
  if (!(error instanceof FingertipsError)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && error.status !== undefined && error.status >= 500;
}

function httpError(response: Response, url: string): FingertipsError {
  const status = `${response.status} ${response.statusText}`.trim();
  const message =
    response.status === 404
      ? `Fingertips answered ${status}: check the api-base address.`
      : response.status >= 500
        ? `Fingertips had a problem of its own and answered ${status}. Try again later.`
        : `Fingertips refused the request and answered ${status}.`;
  return new FingertipsError('http', message, url, { status: response.status });
}

/** Turns a 200 reply's text into data, refusing what Fingertips sends when something went wrong. */
function checkBody(format: Format, text: string, contentType: string | null, url: string): unknown {
  if (text.trim() === '') {
    throw new FingertipsError('format', 'Fingertips sent an empty reply, which is how it reports a failure of its own.', url);
  }
  if (/^\s*</.test(text) || /\btext\/html\b/i.test(contentType ?? '')) {
    throw new FingertipsError(
      'format',
      'Fingertips sent a web page instead of data. Check the api-base address, and whether a login page or proxy is in the way.',
      url,
    );
  }
  if (format === 'text') return text;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    throw new FingertipsError('format', 'Fingertips sent a damaged or incomplete reply (it is not valid JSON).', url, { cause: parsed.error });
  }
  return parsed.value;
}
