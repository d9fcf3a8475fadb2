import { PUBLICATIONS } from '../../catalogue/publications.js';
import {
  ENGLAND,
  type Area,
  type AreaKind,
  type DataSource,
  type IndicatorDefinition,
  type Observation,
  type ObservationQuery,
  type Provenance,
  type SourceInfo,
} from '../../model.js';
import { cancelled } from '../abort.js';
import { SourceError, isAbort } from '../errors.js';
import type { PersistentCache } from './cache.js';
import { FingertipsClient } from './client.js';
import { NO_FINGERTIPS_VALUE, withNote } from './normalise.js';
import { provenanceFromReference } from '../../format/provenance.js';
import { fallbackNotice, isoDate, loadingNotice, shortReason, snapshotNote, type SnapshotReason } from './notice.js';
import { parseLatestData } from './parse-latest.js';
import { requestGroups, type RequestGroup } from './requests.js';
import { Listeners, type SourceListener, type UpdatingSource } from '../updates.js';
import { DEFAULT_API_BASE, resolveApiBase } from './urls.js';
import { readValueNotes } from './value-notes.js';

export interface FingertipsSourceOptions {
  /**
   * Where the Fingertips API is: `https://fingertips.phe.org.uk/api` by default, or a path on the
   * page's own site (such as `/fingertips-api`) where a proxy passes requests on.
   */
  apiBase?: string;
  /** Answers areas and indicators, every figure Fingertips does not publish, and all of them when it fails. */
  fallback: DataSource;
  /** Keep replies in the tab's session or the browser's local storage as well as in memory (default none). */
  cache?: PersistentCache;
  /** How long a kept reply is used before it is fetched again (default 24 hours). */
  ttlMs?: number;
  fetch?: typeof fetch;
  /** Give up on one attempt after this many milliseconds (default 30 seconds); a timeout is tried once more. */
  timeoutMs?: number;
  /** Further attempts after a network error, a server error or a 429 (default 2). */
  retries?: number;
  /** The wait before the first retry, doubled each time (default 500 ms). */
  backoffMs?: number;
  /** After a failure, Fingertips is not asked again for this long (default a minute). */
  coolOffMs?: number;
  /** The longest Retry-After waited out before trying again (default 10 seconds). */
  maxRetryAfterMs?: number;
  /**
   * How long `observations` waits for live figures before answering with the embedded snapshot's,
   * labelled, while the live figures go on loading (default half a second; 0 answers at once). When
   * they arrive, subscribers hear `live-arrived` and the next question is answered live from memory.
   */
  snapshotAfterMs?: number;
  /** The clock, in milliseconds since 1970; for tests. */
  now?: () => number;
}

/** The name the live source goes by wherever its figures are shown. */
export const LIVE_NAME = 'OHID Fingertips (live)';

/** Where a live figure came from: Fingertips itself, fetched on the given day. */
function liveProvenance(fetchedAt: number): Provenance {
  return provenanceFromReference(PUBLICATIONS.ohidFingertips, isoDate(fetchedAt), LIVE_NAME);
}

/** The attribution the licence of Fingertips' figures asks for. */
export const FINGERTIPS_ATTRIBUTION = PUBLICATIONS.ohidFingertips.attribution;

/** A cold live answer takes 10–12 seconds: past this short wait the snapshot's figures are shown, and swapped for live ones when they arrive. */
export const DEFAULT_SNAPSHOT_AFTER_MS = 500;

const LIVE_AREA_KINDS: ReadonlySet<AreaKind> = new Set(['utla', 'england']);

/** What the live data is known to be at the moment. */
type LiveState = { kind: 'not-asked' } | { kind: 'loading' } | { kind: 'live'; fetchedAt: number; warnings: string[] } | { kind: 'failed'; error: unknown };

type GroupOutcome =
  | {
      group: RequestGroup;
      ok: true;
      observations: Observation[];
      found: Set<string>;
      fetchedAt: number;
      noteIds: Map<string, number>;
      problems: Map<string, string>;
    }
  | { group: RequestGroup; ok: false; error: unknown };

/** What the outcomes of a round of requests say about each indicator. */
interface Round {
  live: Map<string, Map<string, Observation>>;
  notReturned: Set<string>;
  splitMissing: Map<string, string>;
  failed: Map<string, unknown>;
  noteIds: Map<string, number>;
}

function roundOf(outcomes: readonly GroupOutcome[]): Round {
  const round: Round = { live: new Map(), notReturned: new Set(), splitMissing: new Map(), failed: new Map(), noteIds: new Map() };
  for (const outcome of outcomes) {
    for (const wanted of outcome.group.wanted) {
      if (!outcome.ok) round.failed.set(wanted.slug, outcome.error);
      else if (outcome.problems.has(wanted.slug)) round.splitMissing.set(wanted.slug, outcome.problems.get(wanted.slug) as string);
      else if (!outcome.found.has(wanted.slug)) round.notReturned.add(wanted.slug);
    }
    if (!outcome.ok) continue;
    for (const [key, id] of outcome.noteIds) round.noteIds.set(key, id);
    for (const observation of outcome.observations) {
      const byArea = round.live.get(observation.indicator) ?? new Map<string, Observation>();
      byArea.set(observation.area, observation);
      round.live.set(observation.indicator, byArea);
    }
  }
  return round;
}

/** Why a live source shows the snapshot's figure for an indicator and area, if it is not because everything failed. */
function snapshotReason(definition: IndicatorDefinition | undefined, isLiveArea: boolean, round: Round): SnapshotReason | undefined {
  if (!definition?.fingertips) return 'not-in-fingertips';
  if (!isLiveArea) return 'region';
  if (round.splitMissing.has(definition.slug)) return 'split-missing';
  if (round.notReturned.has(definition.slug)) return 'not-returned';
  if (round.failed.has(definition.slug)) return 'request-failed';
  return undefined;
}

/** Resolves with the promise's value, or with undefined once `ms` have passed; rejects if the caller cancels. */
function within<T>(promise: Promise<T>, ms: number, signal?: AbortSignal): Promise<T | undefined> {
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(() => resolve(undefined)), ms);
    const onAbort = () => done(() => reject(cancelled()));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => done(() => resolve(value)),
      (error: unknown) => done(() => reject(error)),
    );
  });
}

/**
 * Live figures from OHID Fingertips, with the embedded snapshot behind them.
 *
 * Each observations query becomes one request per area type (normally a single request), asking for
 * every catalogue indicator of that area type in every profile they live in, so that later queries
 * are answered from memory. Indicators Fingertips does not publish, and regions, come from the
 * fallback with a note saying so. Value notes are put on the figures in words, from /api/value_notes
 * (asked once, and only when a figure shown has a note).
 *
 * A cold answer can take 10–12 seconds: if live figures have not arrived within `snapshotAfterMs`,
 * the snapshot's are returned, `info()` says live figures are loading, and subscribers hear
 * `live-arrived` (or `live-failed`) when the request ends. If the live request fails, every figure
 * comes from the fallback and `info()` says why and when Fingertips will be asked again; cancelling
 * is the only failure passed on.
 */
export class FingertipsSource implements DataSource, UpdatingSource {
  readonly apiBase: string;
  readonly fallback: DataSource;
  readonly snapshotAfterMs: number;
  private readonly client: FingertipsClient;
  private readonly listeners = new Listeners();
  private state: LiveState = { kind: 'not-asked' };

  constructor(options: FingertipsSourceOptions) {
    this.apiBase = resolveApiBase(options.apiBase ?? DEFAULT_API_BASE);
    this.fallback = options.fallback;
    this.snapshotAfterMs = Math.max(0, options.snapshotAfterMs ?? DEFAULT_SNAPSHOT_AFTER_MS);
    const { fetch, timeoutMs, retries, backoffMs, cache, ttlMs, now, coolOffMs, maxRetryAfterMs } = options;
    const given = { fetch, timeoutMs, retries, backoffMs, cache, ttlMs, now, coolOffMs, maxRetryAfterMs };
    this.client = new FingertipsClient(Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)));
  }

  /** Hears when live figures arrive, or fail, after `observations` answered with the snapshot's meanwhile. */
  subscribe(listener: SourceListener): () => void {
    return this.listeners.subscribe(listener);
  }

  areas(signal?: AbortSignal): Promise<Area[]> {
    return this.fallback.areas(signal);
  }

  indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
    return this.fallback.indicators(signal);
  }

  async info(signal?: AbortSignal): Promise<SourceInfo> {
    const base = await this.fallback.info(signal);
    const state = this.state;
    if (state.kind === 'failed') {
      return { ...base, name: 'Embedded snapshot', notice: fallbackNotice(base.dataDate, state.error, this.client.now()) };
    }
    if (state.kind === 'loading') return { ...base, name: 'Embedded snapshot', notice: loadingNotice(base.dataDate) };
    const warnings = [...(base.warnings ?? []), ...(state.kind === 'live' ? state.warnings : [])];
    return {
      name: LIVE_NAME,
      dataDate: isoDate(state.kind === 'live' ? state.fetchedAt : this.client.now()),
      attribution: [...new Set([FINGERTIPS_ATTRIBUTION, ...base.attribution])],
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  private async fetchGroup(group: RequestGroup, signal?: AbortSignal): Promise<GroupOutcome> {
    try {
      const reply = await this.client.getJson(group.url, signal);
      const parsed = parseLatestData(reply.body, group.wanted, group.url);
      const problems = parsed.problems ?? new Map<string, string>();
      if (parsed.found.length === 0 && problems.size === 0) {
        throw new SourceError('format', 'Fingertips returned no figures for the indicators asked for.', group.url);
      }
      return {
        group,
        ok: true,
        observations: parsed.observations,
        found: new Set(parsed.found),
        fetchedAt: reply.fetchedAt,
        noteIds: parsed.noteIds ?? new Map(),
        problems,
      };
    } catch (error) {
      return { group, ok: false, error };
    }
  }

  /** Remembers what a round of requests said, for `info()`. */
  private record(outcomes: readonly GroupOutcome[], round: Round, bySlug: ReadonlyMap<string, IndicatorDefinition>): boolean {
    const succeeded = outcomes.filter((outcome) => outcome.ok);
    const firstFailure = outcomes.find((outcome) => !outcome.ok);
    if (succeeded.length === 0) {
      this.state = { kind: 'failed', error: firstFailure && !firstFailure.ok ? firstFailure.error : undefined };
      return false;
    }
    const slugs = outcomes.flatMap((outcome) => outcome.group.wanted.map((wanted) => wanted.slug));
    this.state = { kind: 'live', fetchedAt: Math.min(...succeeded.map((outcome) => outcome.fetchedAt)), warnings: this.warningsFor(slugs, bySlug, round) };
    return true;
  }

  /** Goes on loading the live figures after the snapshot's were shown, and tells subscribers how it ended. */
  private finishInBackground(groups: readonly RequestGroup[], bySlug: ReadonlyMap<string, IndicatorDefinition>): void {
    this.state = { kind: 'loading' };
    // No signal: this joins the shared request and keeps it alive after the first caller has gone.
    void Promise.all(groups.map((group) => this.fetchGroup(group))).then((outcomes) => {
      const arrived = this.record(outcomes, roundOf(outcomes), bySlug);
      this.listeners.emit({ kind: arrived ? 'live-arrived' : 'live-failed' });
    });
  }

  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    if (signal?.aborted) throw cancelled();
    const [definitions, areas, snapshot] = await Promise.all([this.fallback.indicators(signal), this.fallback.areas(signal), this.fallback.info(signal)]);
    const bySlug = new Map(definitions.map((definition) => [definition.slug, definition]));
    const kindOf = new Map(areas.map((area) => [area.code, area.kind]));
    const slugs = query.indicators.filter((slug) => bySlug.has(slug));
    const codes = (query.areas ?? areas.map((area) => area.code)).filter((code) => kindOf.has(code));
    const wantsLiveArea = codes.some((code) => LIVE_AREA_KINDS.has(kindOf.get(code) as AreaKind));
    const groups = wantsLiveArea ? requestGroups(this.apiBase, definitions, slugs) : [];
    const fallbackAnswer = this.fallback.observations(query, signal);
    // Cancelling rejects this too; the rejection is passed on below, or was not needed.
    fallbackAnswer.catch(() => undefined);

    // Already loading in the background: the snapshot's figures at once, no second wait.
    if (groups.length > 0 && this.state.kind === 'loading') return fallbackAnswer;
    const outcomes = groups.length === 0 ? [] : await within(Promise.all(groups.map((group) => this.fetchGroup(group, signal))), this.snapshotAfterMs, signal);
    if (signal?.aborted || outcomes?.some((outcome) => !outcome.ok && isAbort(outcome.error))) throw cancelled();
    if (!outcomes) {
      this.finishInBackground(groups, bySlug);
      return fallbackAnswer;
    }

    const round = roundOf(outcomes);
    const liveFailed = groups.length > 0 ? !this.record(outcomes, round, bySlug) : this.state.kind === 'failed';
    const fromFallback = new Map((await fallbackAnswer).map((observation) => [`${observation.indicator} ${observation.area}`, observation]));
    const result: Observation[] = [];
    const noted: number[] = [];
    for (const slug of slugs) {
      const byArea = round.live.get(slug);
      const england = byArea?.get(ENGLAND);
      for (const code of codes) {
        const isLiveArea = LIVE_AREA_KINDS.has(kindOf.get(code) as AreaKind);
        if (byArea && isLiveArea) {
          if (round.noteIds.has(`${slug} ${code}`)) noted.push(result.length);
          const live = byArea.get(code);
          result.push(
            live
              ? { ...live, provenance: liveProvenance(this.state.kind === 'live' ? this.state.fetchedAt : this.client.now()) }
              : {
                  indicator: slug,
                  area: code,
                  period: england ? { ...england.period } : { label: '', sortKey: '' },
                  value: null,
                  missing: { reason: 'not-available', message: NO_FINGERTIPS_VALUE },
                },
          );
          continue;
        }
        const observation = fromFallback.get(`${slug} ${code}`);
        if (!observation) continue;
        // When the live request failed altogether the notice says so once; no figure needs a note.
        const reason = liveFailed ? undefined : snapshotReason(bySlug.get(slug), isLiveArea, round);
        result.push(reason ? { ...observation, note: snapshotNote(snapshot.dataDate, reason, observation.note) } : observation);
      }
    }
    return noted.length > 0 ? this.withNotes(result, noted, round.noteIds, signal) : result;
  }

  /** Puts the words of Fingertips' value notes on the figures that carry one (`noted` are their positions). */
  private async withNotes(result: Observation[], noted: readonly number[], noteIds: ReadonlyMap<string, number>, signal?: AbortSignal): Promise<Observation[]> {
    const notes = await readValueNotes(this.client, this.apiBase, signal);
    if (signal?.aborted) throw cancelled();
    for (const position of noted) {
      const observation = result[position] as Observation;
      const id = noteIds.get(`${observation.indicator} ${observation.area}`) as number;
      result[position] = withNote(observation, notes?.get(id) ?? id);
    }
    return result;
  }

  private warningsFor(slugs: readonly string[], bySlug: ReadonlyMap<string, IndicatorDefinition>, round: Round): string[] {
    const warnings: string[] = [];
    for (const slug of new Set(slugs)) {
      const title = bySlug.get(slug)?.title ?? slug;
      const split = round.splitMissing.get(slug);
      if (split) warnings.push(`The live figures for “${title}” were not used, so the embedded snapshot’s are shown. ${split}`);
      else if (round.notReturned.has(slug)) warnings.push(`Fingertips returned no figures for “${title}”, so the embedded snapshot’s are shown.`);
      else if (round.failed.has(slug)) {
        warnings.push(`The live figures for “${title}” could not be loaded, so the embedded snapshot’s are shown. ${shortReason(round.failed.get(slug))}`);
      }
    }
    return warnings;
  }
}
