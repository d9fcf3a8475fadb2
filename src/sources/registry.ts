import type { DataSource } from '../model.js';
import { BatchingSource } from './batching.js';
import { LazySource } from './lazy.js';
import { originPolicy, readOrigins, type OriginPolicy } from './origins.js';
import { SnapshotSource } from './snapshot.js';

/** The names the `source` attribute accepts, besides the address of a council's own file. */
export const SOURCE_NAMES = ['snapshot', 'fingertips'] as const;

/** Where a persistent copy of live data may be kept in the browser. */
export type CacheMode = 'session' | 'local' | 'none';

/** Page-wide settings for sources named by attribute. */
export interface OatConfiguration {
  /** The Fingertips API address, e.g. a same-origin proxy such as `/fingertips-api`. */
  apiBase?: string;
  /** Keep live responses in sessionStorage or localStorage between page loads. */
  cache?: CacheMode;
  /**
   * Other websites a council's file (or a custom `apiBase`) may be read from, such as
   * `['https://data.example.gov.uk']`. By default data is read only from the page's own website.
   */
  allowedOrigins?: readonly string[];
}

/** How an element or provider asks for a source: the attribute values that name it. */
export interface SourceRequest {
  apiBase?: string | undefined;
  cache?: string | undefined;
  /** The `allowed-origins` attribute: websites besides the page's own that data may be read from, separated by spaces. */
  allowedOrigins?: string | undefined;
  /**
   * True when the address came from a link the site does not control (an embed page's query string):
   * then a file is read only from websites allowed explicitly, the page's own included.
   */
  fromLink?: boolean;
}

let configuration: OatConfiguration = {};
let sharedSnapshot: DataSource | undefined;
const named = new Map<string, DataSource>();

/**
 * Sets page-wide defaults for every element: `configure({ apiBase: '/fingertips-api' })` sends live
 * requests through a same-origin proxy. An element's own attributes still win.
 */
export function configure(options: OatConfiguration): void {
  const allowedOrigins = options.allowedOrigins === undefined ? configuration.allowedOrigins : readOrigins(options.allowedOrigins);
  configuration = { ...configuration, ...options, ...(allowedOrigins ? { allowedOrigins } : {}) };
  named.clear();
}

/**
 * Where data may come from for a request: the page's own website, the websites `configure()` allowed
 * and those of the request's `allowed-origins` attribute. The live source checks a custom `apiBase`
 * with the same policy.
 *
 * @throws Error naming an `allowed-origins` entry that is not a website's address
 */
export function originPolicyFor(request: SourceRequest = {}): OriginPolicy {
  const allowed = [...new Set([...(configuration.allowedOrigins ?? []), ...readOrigins(request.allowedOrigins)])];
  return originPolicy(allowed, !request.fromLink);
}

/**
 * The page-wide embedded snapshot source. Every element without a source of its own shares it, and
 * queries made together are batched, so a page of many elements loads its data in one round.
 */
export function defaultSource(): DataSource {
  sharedSnapshot ??= new BatchingSource(new SnapshotSource());
  return sharedSnapshot;
}

function cacheMode(value: string | undefined): CacheMode {
  const wanted = (value ?? configuration.cache ?? 'none').trim().toLowerCase();
  if (wanted === 'session' || wanted === 'local' || wanted === 'none') return wanted;
  throw new Error(`Unknown cache “${value}”. Use cache="session", "local" or "none".`);
}

/**
 * True for a `source` value that is the address of a council's own CSV or JSON file – or that looks
 * like an address of any kind (`data:`, `javascript:`), so that the file source refuses it with a
 * reason rather than it being taken for an unknown name.
 */
export function isFileAddress(value: string): boolean {
  return (
    /\.(csv|json)(\?.*)?$/i.test(value) ||
    /^[a-z][a-z0-9+.-]*:/i.test(value) ||
    value.startsWith('//') ||
    value.startsWith('/') ||
    value.startsWith('./') ||
    value.startsWith('../')
  );
}

/**
 * The data source a `source` attribute names: `snapshot` (the default), `fingertips` (live, falling
 * back to the snapshot), or the address of a council's CSV or JSON file – read only from the page's
 * own website and the websites allowed (see {@link originPolicyFor}). Elements asking for the same
 * source share one instance, so their queries are batched and cached together. Unknown names throw
 * with a message the element shows.
 */
export function sourceNamed(name: string | undefined, request: SourceRequest = {}): DataSource {
  const wanted = (name ?? '').trim();
  if (wanted === '' || wanted.toLowerCase() === 'snapshot') return defaultSource();
  if (wanted.toLowerCase() === 'fingertips') {
    const apiBase = request.apiBase ?? configuration.apiBase;
    const cache = cacheMode(request.cache);
    const key = `fingertips ${apiBase ?? ''} ${cache}`;
    let source = named.get(key);
    if (!source) {
      // The live source's code is fetched only by pages that use it.
      source = new BatchingSource(
        new LazySource(async () => {
          const { FingertipsSource } = await import('./fingertips/fingertips-source.js');
          return new FingertipsSource({ ...(apiBase ? { apiBase } : {}), cache, fallback: defaultSource() });
        }),
      );
      named.set(key, source);
    }
    return source;
  }
  if (isFileAddress(wanted)) {
    const origins = originPolicyFor(request);
    const key = `file ${wanted} ${origins.trustPage === false ? 'from-link' : 'from-page'} ${origins.allowed.join(' ')}`;
    let source = named.get(key);
    if (!source) {
      source = new BatchingSource(
        new LazySource(async () => {
          const { CouncilSource } = await import('./council/council-source.js');
          return new CouncilSource({ url: wanted, base: defaultSource(), origins });
        }),
      );
      named.set(key, source);
    }
    return source;
  }
  throw new Error(
    `Unknown data source “${name}”. Use source="snapshot" (the embedded figures), source="fingertips" (live figures) or the address of your own .csv or .json file.`,
  );
}
