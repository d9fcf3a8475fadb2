import { SOURCES } from '../../../indicators/sources.js';
import {
  ENGLAND,
  type Area,
  type AreaKind,
  type DataSource,
  type IndicatorDefinition,
  type Observation,
  type ObservationQuery,
  type SourceInfo,
} from '../../model.js';
import { cancelled } from '../abort.js';
import { SourceError, isAbort } from '../errors.js';
import type { PersistentCache } from './cache.js';
import { FingertipsClient } from './client.js';
import { NO_FINGERTIPS_VALUE } from './normalise.js';
import { fallbackNotice, isoDate, shortReason, snapshotNote, type SnapshotReason } from './notice.js';
import { parseLatestData } from './parse-latest.js';
import { requestGroups, type RequestGroup } from './requests.js';
import { DEFAULT_API_BASE, resolveApiBase } from './urls.js';

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
  /** Give up on one attempt after this many milliseconds (default 10 seconds). */
  timeoutMs?: number;
  /** Further attempts after a network error or a server error (default 2). */
  retries?: number;
  /** The wait before the first retry, doubled each time (default 500 ms). */
  backoffMs?: number;
  /** The clock, in milliseconds since 1970; for tests. */
  now?: () => number;
}

/** The attribution the licence of Fingertips' figures asks for. */
export const FINGERTIPS_ATTRIBUTION = SOURCES.ohidFingertips.attribution;

const LIVE_AREA_KINDS: ReadonlySet<AreaKind> = new Set(['utla', 'england']);

/** What the last observations call learned about the live data. */
type LiveState =
  | { kind: 'not-asked' }
  | { kind: 'live'; fetchedAt: number; warnings: string[] }
  | { kind: 'failed'; error: unknown };

type GroupOutcome =
  | { group: RequestGroup; ok: true; observations: Observation[]; found: Set<string>; fetchedAt: number }
  | { group: RequestGroup; ok: false; error: unknown };

/** Why a live source shows the snapshot's figure for an indicator and area, if it is not because everything failed. */
function snapshotReason(
  definition: IndicatorDefinition | undefined,
  isLiveArea: boolean,
  notReturned: ReadonlySet<string>,
  failed: ReadonlyMap<string, unknown>,
): SnapshotReason | undefined {
  if (!definition?.fingertips) return 'not-in-fingertips';
  if (!isLiveArea) return 'region';
  if (notReturned.has(definition.slug)) return 'not-returned';
  if (failed.has(definition.slug)) return 'request-failed';
  return undefined;
}

/**
 * Live figures from OHID Fingertips, with the embedded snapshot behind them.
 *
 * Each observations query becomes one request per profile and area type (normally a single request),
 * asking for every catalogue indicator of that group so that later queries are answered from memory.
 * Indicators Fingertips does not publish, and regions, come from the fallback with a note saying so.
 * If the live request fails, every figure comes from the fallback and `info()` says why in its
 * notice; cancelling is the only failure passed on.
 */
export class FingertipsSource implements DataSource {
  readonly apiBase: string;
  readonly fallback: DataSource;
  private readonly client: FingertipsClient;
  private state: LiveState = { kind: 'not-asked' };

  constructor(options: FingertipsSourceOptions) {
    this.apiBase = resolveApiBase(options.apiBase ?? DEFAULT_API_BASE);
    this.fallback = options.fallback;
    this.client = new FingertipsClient({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
      ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
      ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
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
      return { ...base, name: 'Embedded snapshot', notice: fallbackNotice(base.dataDate, state.error) };
    }
    const warnings = [...(base.warnings ?? []), ...(state.kind === 'live' ? state.warnings : [])];
    return {
      name: 'OHID Fingertips (live)',
      dataDate: isoDate(state.kind === 'live' ? state.fetchedAt : this.client.now()),
      attribution: [...new Set([FINGERTIPS_ATTRIBUTION, ...base.attribution])],
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  private async fetchGroup(group: RequestGroup, signal?: AbortSignal): Promise<GroupOutcome> {
    try {
      const reply = await this.client.getJson(group.url, signal);
      const parsed = parseLatestData(reply.body, group.wanted, group.url);
      if (parsed.found.length === 0) {
        throw new SourceError('format', 'Fingertips returned no figures for the indicators asked for.', group.url);
      }
      return { group, ok: true, observations: parsed.observations, found: new Set(parsed.found), fetchedAt: reply.fetchedAt };
    } catch (error) {
      return { group, ok: false, error };
    }
  }

  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    if (signal?.aborted) throw cancelled();
    const [definitions, areas, snapshot] = await Promise.all([
      this.fallback.indicators(signal),
      this.fallback.areas(signal),
      this.fallback.info(signal),
    ]);
    const bySlug = new Map(definitions.map((definition) => [definition.slug, definition]));
    const kindOf = new Map(areas.map((area) => [area.code, area.kind]));
    const slugs = query.indicators.filter((slug) => bySlug.has(slug));
    const codes = (query.areas ?? areas.map((area) => area.code)).filter((code) => kindOf.has(code));
    const wantsLiveArea = codes.some((code) => LIVE_AREA_KINDS.has(kindOf.get(code) as AreaKind));
    const groups = wantsLiveArea ? requestGroups(this.apiBase, definitions, slugs) : [];

    const [fallbackObservations, outcomes] = await Promise.all([
      this.fallback.observations(query, signal),
      Promise.all(groups.map((group) => this.fetchGroup(group, signal))),
    ]);
    if (signal?.aborted || outcomes.some((outcome) => !outcome.ok && isAbort(outcome.error))) throw cancelled();

    const live = new Map<string, Map<string, Observation>>();
    const notReturned = new Set<string>();
    const failed = new Map<string, unknown>();
    const succeeded = outcomes.filter((outcome) => outcome.ok);
    for (const outcome of outcomes) {
      for (const wanted of outcome.group.wanted) {
        if (!outcome.ok) failed.set(wanted.slug, outcome.error);
        else if (!outcome.found.has(wanted.slug)) notReturned.add(wanted.slug);
      }
      if (!outcome.ok) continue;
      for (const observation of outcome.observations) {
        const byArea = live.get(observation.indicator) ?? new Map<string, Observation>();
        byArea.set(observation.area, observation);
        live.set(observation.indicator, byArea);
      }
    }

    const liveFailed = groups.length > 0 ? succeeded.length === 0 : this.state.kind === 'failed';
    if (groups.length > 0) {
      const firstFailure = outcomes.find((outcome) => !outcome.ok);
      this.state = liveFailed
        ? { kind: 'failed', error: firstFailure && !firstFailure.ok ? firstFailure.error : undefined }
        : {
            kind: 'live',
            fetchedAt: Math.min(...succeeded.map((outcome) => outcome.fetchedAt)),
            warnings: this.warningsFor(slugs, bySlug, notReturned, failed),
          };
    }

    const fromFallback = new Map(fallbackObservations.map((observation) => [`${observation.indicator} ${observation.area}`, observation]));
    const result: Observation[] = [];
    for (const slug of slugs) {
      const byArea = live.get(slug);
      const england = byArea?.get(ENGLAND);
      for (const code of codes) {
        const isLiveArea = LIVE_AREA_KINDS.has(kindOf.get(code) as AreaKind);
        if (byArea && isLiveArea) {
          result.push(
            byArea.get(code) ?? {
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
        const reason = liveFailed ? undefined : snapshotReason(bySlug.get(slug), isLiveArea, notReturned, failed);
        result.push(reason ? { ...observation, note: snapshotNote(snapshot.dataDate, reason, observation.note) } : observation);
      }
    }
    return result;
  }

  private warningsFor(
    slugs: readonly string[],
    bySlug: ReadonlyMap<string, IndicatorDefinition>,
    notReturned: ReadonlySet<string>,
    failed: ReadonlyMap<string, unknown>,
  ): string[] {
    const warnings: string[] = [];
    for (const slug of slugs) {
      const title = bySlug.get(slug)?.title ?? slug;
      if (notReturned.has(slug)) warnings.push(`Fingertips returned no figures for “${title}”, so the embedded snapshot’s are shown.`);
      else if (failed.has(slug)) {
        warnings.push(`The live figures for “${title}” could not be loaded, so the embedded snapshot’s are shown. ${shortReason(failed.get(slug))}`);
      }
    }
    return warnings;
  }
}
