import { cancelled } from '../abort.js';
import { isAbort } from '../errors.js';
import {
  DEFAULT_TTL_MS,
  dropFromStorage,
  fromMemory,
  fromStorage,
  recentFailure,
  rememberFailure,
  toMemory,
  toStorage,
  type PersistentCache,
} from './cache.js';
import { FingertipsError, httpError, networkFailure, redirectError, redirectedOffsite, watchPagePolicy } from './failure.js';

export { FingertipsError, PROXY_ADVICE } from './failure.js';

/** A cold `latest_data` call has been measured at 10–12 seconds, so one attempt gets 30. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Attempts after a timeout: one, since a second cold call usually finds the server's cache warm. */
export const TIMEOUT_RETRIES = 1;
export const DEFAULT_RETRIES = 2;
/** The first wait before trying again; each later wait is twice as long. */
export const DEFAULT_BACKOFF_MS = 500;
/** How long a request with nobody waiting is kept for a caller who asks again at once. */
export const DEFAULT_LINGER_MS = 250;
/** After a failure, the same address is not asked again for this long (a minute). */
export const DEFAULT_COOL_OFF_MS = 60_000;
/** The longest Retry-After the client waits out before trying again; a longer one ends the attempt. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 10_000;

export interface FingertipsClientOptions {
  /** The fetch to use; the page's own by default. */
  fetch?: typeof fetch;
  /** Give up on one attempt after this many milliseconds (default 30 seconds); a timeout is tried once more. */
  timeoutMs?: number;
  /**
   * Further attempts after a network error, a 5xx answer or a 429 (default 2); a Retry-After up to
   * `maxRetryAfterMs` is waited out. Other 4xx answers are never retried.
   */
  retries?: number;
  /** The wait before the first retry, doubled for each later one (default 500 ms; 0 in tests). */
  backoffMs?: number;
  /** The longest Retry-After waited out before a retry (default 10 seconds). */
  maxRetryAfterMs?: number;
  /** After a failure, answer the same address with that failure for this long without asking again (default a minute). */
  coolOffMs?: number;
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

/**
 * Fetches Fingertips replies for every source on the page: one request per address at a time,
 * replies kept in memory (and in storage if asked), a timeout tried once more, retries with a growing
 * wait after network errors and server errors, the server's Retry-After honoured, a failure
 * remembered for a short while so a failing API is not asked again and again, a redirect to another
 * site refused, and every failure turned into a FingertipsError whose message a reader can act on.
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
  readonly coolOffMs: number;
  readonly maxRetryAfterMs: number;

  constructor(options: FingertipsClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES));
    this.backoffMs = Math.max(0, options.backoffMs ?? DEFAULT_BACKOFF_MS);
    this.cache = options.cache ?? 'none';
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.now = options.now ?? (() => Date.now());
    this.lingerMs = Math.max(0, options.lingerMs ?? DEFAULT_LINGER_MS);
    this.coolOffMs = Math.max(0, options.coolOffMs ?? DEFAULT_COOL_OFF_MS);
    this.maxRetryAfterMs = Math.max(0, options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS);
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
    const failed = recentFailure(key, now);
    if (failed) return Promise.reject(failed.error);
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
      .catch((error: unknown) => {
        if (!isAbort(error)) this.remember(key, error);
        throw error;
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

  /** Remembers a failure until the cool-off (or the server's longer Retry-After) has passed. */
  private remember(key: string, error: unknown): void {
    const now = this.now();
    const until = Math.max(now + this.coolOffMs, error instanceof FingertipsError && error.retryAfterMs !== undefined ? now + error.retryAfterMs : 0);
    if (error instanceof FingertipsError) error.retryAt = until;
    rememberFailure(key, { error, until });
  }

  private async withRetries(format: Format, url: string, signal: AbortSignal): Promise<{ body: unknown; text: string }> {
    const tries = { timeouts: 0, others: 0 };
    for (;;) {
      try {
        return await this.once(format, url, signal);
      } catch (error) {
        const wait = this.waitBeforeRetry(error, tries);
        if (wait === undefined) throw error;
        if (error instanceof FingertipsError && error.kind === 'timeout') tries.timeouts++;
        else tries.others++;
        await pause(wait, signal);
      }
    }
  }

  /** How long to wait before trying again after this failure, or undefined when it is not worth another try. */
  private waitBeforeRetry(error: unknown, tries: { timeouts: number; others: number }): number | undefined {
    if (!(error instanceof FingertipsError)) return undefined;
    if (error.kind === 'timeout') return tries.timeouts < TIMEOUT_RETRIES ? 0 : undefined;
    if (tries.others >= this.retries) return undefined;
    if (error.retryAfterMs !== undefined) return error.retryAfterMs <= this.maxRetryAfterMs ? error.retryAfterMs : undefined;
    const backoff = this.backoffMs * 2 ** tries.others;
    if (error.kind === 'network') return error.reason === 'unreachable' ? backoff : undefined;
    if (error.kind === 'http' && error.status !== undefined && (error.status >= 500 || error.status === 429)) return backoff;
    return undefined;
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
    const policy = watchPagePolicy(url);
    const failed = (error: unknown) => this.failure(error, url, signal.aborted, timedOut, policy.violated);
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          signal: controller.signal,
          headers: { Accept: format === 'json' ? 'application/json' : 'text/csv, text/plain, */*' },
        });
      } catch (error) {
        throw await failed(error);
      }
      const elsewhere = redirectedOffsite(response, url);
      if (elsewhere !== undefined || !response.ok) {
        response.body?.cancel().catch(() => undefined);
        throw elsewhere !== undefined ? redirectError(url, elsewhere) : httpError(response, url, this.now());
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw await failed(error);
      }
      return { body: checkBody(format, text, response.headers.get('content-type'), url), text };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forward);
      policy.stop();
    }
  }

  private async failure(error: unknown, url: string, aborted: boolean, timedOut: boolean, policyViolated: () => boolean): Promise<FingertipsError> {
    if (error instanceof FingertipsError) return error;
    if (aborted) return new FingertipsError('aborted', 'Loading was cancelled.', url, { cause: error });
    if (timedOut) {
      return new FingertipsError('timeout', `Fingertips did not answer within ${inWords(this.timeoutMs)}, so loading stopped.`, url, {
        cause: error,
      });
    }
    // A policy violation is reported in a task of its own, which may come just after the failure.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return networkFailure(error, url, this.fetchImpl, policyViolated());
  }
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
