import { SourceError } from './errors.js';

export interface FetchJsonOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 10 seconds). */
  timeoutMs?: number;
  /** The fetch to use; the page's own by default. */
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Combines the caller's signal with a timeout, remembering which of the two fired. */
function deadline(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}

/**
 * Fetches and parses JSON, turning every way it can go wrong into a SourceError whose message a
 * reader of the page can act on: no connection, an HTTP error status, a timeout, or a body that is
 * not JSON (an HTML error page sent with status 200, a truncated response).
 */
export async function fetchJson(url: string | URL, options: FetchJsonOptions = {}): Promise<unknown> {
  const href = String(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timing = deadline(options.signal, timeoutMs);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    let response: Response;
    try {
      response = await doFetch(href, { signal: timing.signal, credentials: 'same-origin' });
    } catch (error) {
      throw failure(error, href, options.signal, timing.timedOut(), timeoutMs);
    }
    if (!response.ok) {
      throw new SourceError('http', `The data file could not be loaded: the server answered ${response.status} ${response.statusText}`.trim() + '.', href);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failure(error, href, options.signal, timing.timedOut(), timeoutMs);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const looksLikeHtml = /^\s*</.test(text);
      throw new SourceError(
        'format',
        looksLikeHtml
          ? 'The data address returned a web page instead of data. Check the address, or whether a login page or proxy is in the way.'
          : 'The data file is damaged or incomplete (it is not valid JSON).',
        href,
        { cause: error },
      );
    }
  } finally {
    timing.done();
  }
}

function failure(error: unknown, href: string, signal: AbortSignal | undefined, timedOut: boolean, timeoutMs: number): SourceError {
  if (signal?.aborted) return new SourceError('aborted', 'Loading was cancelled.', href, { cause: error });
  if (timedOut) {
    return new SourceError('timeout', `The data took longer than ${Math.round(timeoutMs / 1000)} seconds to arrive, so loading stopped.`, href, {
      cause: error,
    });
  }
  return new SourceError('network', 'The data could not be reached. Check your connection and try again.', href, { cause: error });
}
