import { SourceError } from './errors.js';
import { checkArrivedFrom, checkDataAddress, pageOrigin, type OriginPolicy } from './origins.js';

export interface FetchTextOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 10 seconds). */
  timeoutMs?: number;
  /** The fetch to use; the page's own by default. */
  fetch?: typeof fetch;
  /** What is being fetched, for messages: "The data file" by default, or a file's name. */
  what?: string;
  /**
   * Where the data may come from. With a policy, an address it does not allow is never fetched, and
   * an answer that arrived from elsewhere after a redirect is refused. Without one (the snapshot
   * shipped beside the library), any address is fetched.
   */
  origins?: OriginPolicy;
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

interface Violation {
  blocked: string;
  directive: string;
}

type ViolationTarget = { addEventListener?: EventTarget['addEventListener']; removeEventListener?: EventTarget['removeEventListener'] };

/**
 * Listens for the page's Content Security Policy refusing a request while a fetch is under way. The
 * browser reports it as a `securitypolicyviolation` event, which reaches the window; the fetch itself
 * only fails with "Failed to fetch", which would otherwise be blamed on the network.
 */
function watchPolicy() {
  const seen: Violation[] = [];
  const target = globalThis as unknown as ViolationTarget;
  const listener = (event: Event) => {
    const violation = event as SecurityPolicyViolationEvent;
    seen.push({ blocked: violation.blockedURI ?? '', directive: violation.effectiveDirective || violation.violatedDirective || '' });
  };
  target.addEventListener?.('securitypolicyviolation', listener);
  return {
    /** The violation that most likely stopped a request to this address. */
    find(href: string): Violation | undefined {
      const requests = seen.filter((violation) => /^(connect-src|default-src)/.test(violation.directive));
      const origin = originOf(href);
      return requests.find((violation) => violation.blocked === href || (origin !== undefined && originOf(violation.blocked) === origin)) ?? requests[0];
    },
    stop: () => target.removeEventListener?.('securitypolicyviolation', listener),
  };
}

function originOf(address: string): string | undefined {
  try {
    const url = new URL(address, globalThis.location?.href);
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Lets events the browser has queued (a policy violation report, say) arrive. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const offline = () => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;

interface Attempt {
  href: string;
  what: string;
  doFetch: typeof fetch;
  signal: AbortSignal;
}

/**
 * Names the real cause of a fetch that failed without an answer, as far as the browser lets a page
 * know it: the page's own Content Security Policy, the device being offline, another website that
 * answers but does not let other sites read its data (CORS), or a server that did not answer.
 * Only the CORS case suggests a proxy.
 */
async function unanswered(attempt: Attempt, policy: ReturnType<typeof watchPolicy>, cause: unknown): Promise<SourceError> {
  const { href, what } = attempt;
  await nextTask();
  const blocked = () => {
    const violation = policy.find(href);
    if (!violation) return undefined;
    const where = originOf(violation.blocked) ?? originOf(href) ?? violation.blocked;
    return new SourceError(
      'policy',
      `${what} was blocked by this page’s own Content Security Policy (${violation.directive.split(' ')[0]}), which does not allow ${where}. The website’s editor can allow it there.`,
      href,
      { cause },
    );
  };
  const byPolicy = blocked();
  if (byPolicy) return byPolicy;
  if (offline()) return new SourceError('network', `${what} could not be reached: this device appears to be offline.`, href, { cause });
  const target = originOf(href);
  const page = pageOrigin();
  if (target === undefined || page === undefined || target === page) {
    return new SourceError('network', `${what} could not be reached. Check your connection and try again.`, href, { cause });
  }
  // Another website: ask again without reading the answer. If that arrives, the server is there and
  // only refuses to let this page read it.
  const answers = await attempt.doFetch(href, { mode: 'no-cors', credentials: 'omit', signal: attempt.signal }).then(
    () => true,
    () => false,
  );
  const late = blocked();
  if (late) return late;
  if (answers) {
    return new SourceError(
      'cors',
      `${what} is on another website (${target}), which answered but does not let pages on other websites read its data (CORS). Put the file on this website, or pass it through a proxy on this website.`,
      href,
      { cause },
    );
  }
  return new SourceError('network', `${what} could not be reached at ${target}: the address may be wrong, or the server may be down.`, href, { cause });
}

/**
 * Fetches a file as text, turning every way it can go wrong into a SourceError whose message a
 * reader of the page can act on and that names the real cause where the browser exposes it: an
 * address the page does not allow (checked before and, after redirects, after fetching), the page's
 * own Content Security Policy, no connection, a server that refuses other websites (CORS), an HTTP
 * error status, a timeout or cancellation.
 */
export async function fetchText(url: string | URL, options: FetchTextOptions = {}): Promise<string> {
  const what = options.what ?? 'The data file';
  const href = String(url);
  // Checked as an absolute address; fetched, and named in errors, as the page gave it.
  const absolute = options.origins ? checkDataAddress(href, options.origins, what) : href;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timing = deadline(options.signal, timeoutMs);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const policy = watchPolicy();
  const failure = async (error: unknown): Promise<SourceError> => {
    if (error instanceof SourceError) return error;
    if (options.signal?.aborted) return new SourceError('aborted', 'Loading was cancelled.', href, { cause: error });
    if (timing.timedOut()) {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      return new SourceError('timeout', `${what} took longer than ${seconds} second${seconds === 1 ? '' : 's'} to arrive, so loading stopped.`, href, {
        cause: error,
      });
    }
    return unanswered({ href, what, doFetch, signal: timing.signal }, policy, error);
  };
  try {
    let response: Response;
    try {
      response = await doFetch(href, { signal: timing.signal, credentials: 'same-origin' });
    } catch (error) {
      throw await failure(error);
    }
    if (options.origins) {
      try {
        checkArrivedFrom(absolute, response.url, options.origins, what);
      } catch (error) {
        response.body?.cancel().catch(() => undefined);
        throw error;
      }
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      throw new SourceError('http', `${what} could not be loaded: the server answered ${`${response.status} ${response.statusText}`.trim()}.`, href);
    }
    try {
      return await response.text();
    } catch (error) {
      throw await failure(error);
    }
  } finally {
    timing.done();
    policy.stop();
  }
}
