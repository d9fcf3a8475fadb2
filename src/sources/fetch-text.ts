import { SourceError } from './errors.js';

export interface FetchTextOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 10 seconds). */
  timeoutMs?: number;
  /** The fetch to use; the page's own by default. */
  fetch?: typeof fetch;
  /** What is being fetched, for messages: "The data file" by default, or a file's name. */
  what?: string;
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
 * Fetches a file as text, turning every way it can go wrong into a SourceError whose message a
 * reader of the page can act on: no connection, an HTTP error status, a timeout or cancellation.
 */
export async function fetchText(url: string | URL, options: FetchTextOptions = {}): Promise<string> {
  const href = String(url);
  const what = options.what ?? 'The data file';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timing = deadline(options.signal, timeoutMs);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const failure = (error: unknown): SourceError => {
    if (options.signal?.aborted) return new SourceError('aborted', 'Loading was cancelled.', href, { cause: error });
    if (timing.timedOut()) {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      return new SourceError('timeout', `${what} took longer than ${seconds} second${seconds === 1 ? '' : 's'} to arrive, so loading stopped.`, href, {
        cause: error,
      });
    }
    return new SourceError('network', `${what} could not be reached. Check your connection and try again.`, href, { cause: error });
  };
  try {
    let response: Response;
    try {
      response = await doFetch(href, { signal: timing.signal, credentials: 'same-origin' });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      throw new SourceError('http', `${what} could not be loaded: the server answered ${`${response.status} ${response.statusText}`.trim()}.`, href);
    }
    try {
      return await response.text();
    } catch (error) {
      throw failure(error);
    }
  } finally {
    timing.done();
  }
}
