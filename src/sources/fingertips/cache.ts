/**
 * The two caches of Fingertips replies: one in memory, shared by every source on the page, and an
 * optional one in the browser's session or local storage that outlives the page. Both remember when
 * each reply was fetched, so a reply older than its time-to-live is fetched again.
 */

/** Where replies are kept between pages: the tab's session, the browser's local storage, or nowhere. */
export type PersistentCache = 'session' | 'local' | 'none';
export const PERSISTENT_CACHES = ['session', 'local', 'none'] as const satisfies readonly PersistentCache[];

/** A day: Fingertips publishes new figures at most monthly. */
export const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;

/** Every stored key starts with this, so the cache can be cleared without touching the page's own keys. */
export const STORAGE_PREFIX = 'oat-fingertips:';

/** A reply, and when it was fetched (milliseconds since 1970). */
export interface CachedReply<T> {
  body: T;
  fetchedAt: number;
}

const memory = new Map<string, CachedReply<unknown>>();

/**
 * True for a reply fetched no later than now and less than its time-to-live ago. A reply dated in
 * the future (a clock set wrong, or an entry written by hand) is never fresh: it would otherwise be
 * shown for ever as “fetched” on that future day.
 */
function fresh(fetchedAt: number, ttlMs: number, now: number): boolean {
  return Number.isFinite(fetchedAt) && Number.isFinite(ttlMs) && fetchedAt <= now && now - fetchedAt < ttlMs;
}

/** A reply kept in memory and still fresh, or undefined. */
export function fromMemory<T>(key: string, ttlMs: number, now: number): CachedReply<T> | undefined {
  const entry = memory.get(key) as CachedReply<T> | undefined;
  if (entry && fresh(entry.fetchedAt, ttlMs, now)) return entry;
  return undefined;
}

export function toMemory<T>(key: string, reply: CachedReply<T>): void {
  memory.set(key, reply);
}

/**
 * The page's session or local storage, or undefined where there is none (Node, a sandboxed frame, a
 * browser with storage switched off: reading the property can itself throw there).
 */
function storageFor(kind: PersistentCache): Storage | undefined {
  if (kind === 'none') return undefined;
  try {
    if (kind === 'session') return typeof globalThis.sessionStorage === 'undefined' ? undefined : globalThis.sessionStorage;
    return typeof globalThis.localStorage === 'undefined' ? undefined : globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** What is written to storage: the reply as text, with the date it was fetched and how long it keeps. */
interface StoredEntry {
  fetchedAt: number;
  ttlMs: number;
  body: string;
}

function readEntry(raw: string | null): StoredEntry | undefined {
  if (raw === null) return undefined;
  try {
    const entry = JSON.parse(raw) as unknown;
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { fetchedAt, ttlMs, body } = entry as Record<string, unknown>;
    if (typeof fetchedAt !== 'number' || typeof ttlMs !== 'number' || typeof body !== 'string') return undefined;
    return { fetchedAt, ttlMs, body };
  } catch {
    return undefined;
  }
}

/**
 * A reply kept in storage and still fresh, as text. A stale, damaged or unreadable entry counts as
 * absent and is removed.
 */
export function fromStorage(kind: PersistentCache, key: string, ttlMs: number, now: number): CachedReply<string> | undefined {
  const storage = storageFor(kind);
  if (!storage) return undefined;
  try {
    const entry = readEntry(storage.getItem(STORAGE_PREFIX + key));
    if (entry && fresh(entry.fetchedAt, Math.min(ttlMs, entry.ttlMs), now)) return { body: entry.body, fetchedAt: entry.fetchedAt };
    storage.removeItem(STORAGE_PREFIX + key);
  } catch {
    // storage that cannot be read is no cache
  }
  return undefined;
}

/** Removes one stored reply, when its contents turned out to be unreadable. */
export function dropFromStorage(kind: PersistentCache, key: string): void {
  try {
    storageFor(kind)?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // nothing to remove
  }
}

/** Keeps a reply in storage; a full or forbidden storage is not an error, only no cache. */
export function toStorage(kind: PersistentCache, key: string, reply: CachedReply<string>, ttlMs: number): void {
  const storage = storageFor(kind);
  if (!storage) return;
  const entry: StoredEntry = { fetchedAt: reply.fetchedAt, ttlMs, body: reply.body };
  try {
    storage.setItem(STORAGE_PREFIX + key, JSON.stringify(entry));
  } catch {
    // quota exceeded or storage disabled: carry on without it
  }
}

/** A failed request, remembered so that it is not made again until `until`. */
export interface RememberedFailure {
  error: unknown;
  until: number;
}

const failures = new Map<string, RememberedFailure>();

/** Remembers that a request failed, so it is not made again before `until` (milliseconds since 1970). */
export function rememberFailure(key: string, failure: RememberedFailure): void {
  failures.set(key, failure);
}

/** A failure of this request still remembered at `now`, or undefined once its time is up. */
export function recentFailure(key: string, now: number): RememberedFailure | undefined {
  const failure = failures.get(key);
  if (failure && now < failure.until) return failure;
  failures.delete(key);
  return undefined;
}

/**
 * Forgets every Fingertips reply kept in memory, and every remembered failure, and, unless
 * `persistent` is false, the replies in session and local storage too. For tests, and for a page that wants the very latest figures.
 */
export function clearFingertipsCache(options: { persistent?: boolean } = {}): void {
  memory.clear();
  failures.clear();
  if (options.persistent === false) return;
  for (const kind of ['session', 'local'] as const) {
    const storage = storageFor(kind);
    if (!storage) continue;
    try {
      const keys: string[] = [];
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
    } catch {
      // nothing to clear
    }
  }
}
