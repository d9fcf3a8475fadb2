/**
 * Data sources built for stories, each showing one state an element can be in. They are handed to an
 * element's `dataSource` property (which wins over its `source` attribute). All figures come from the
 * embedded snapshot or the council fixtures; these sources only change how and whether they arrive.
 */
import type { Area, DataSource, IndicatorDefinition, Observation, SourceInfo } from '../src/model.js';
import { cancelled } from '../src/sources/abort.js';
import { LazySource } from '../src/sources/lazy.js';
import { defaultSource } from '../src/sources/registry.js';
import { RECORDED_ON, recordedFingertipsFetch } from './recorded-fingertips.js';

// The live and council-file sources are loaded when a story first asks, as the library loads them
// for a page (src/sources/registry.ts), so both stay in chunks of their own.
const councilSource = () => import('../src/sources/council/council-source.js');
const fingertipsSource = () => import('../src/sources/fingertips/fingertips-source.js');

/** Waits for ever, unless the element stops waiting (it left the page, or its area changed). */
function forever<T>(signal?: AbortSignal): Promise<T> {
  return new Promise<T>((_, reject) => {
    if (signal?.aborted) reject(cancelled());
    signal?.addEventListener('abort', () => reject(cancelled()), { once: true });
  });
}

/** A source that never answers, so the element stays in its loading state. */
export function neverAnswers(): DataSource {
  return {
    areas: (signal) => forever<Area[]>(signal),
    indicators: (signal) => forever<IndicatorDefinition[]>(signal),
    observations: (_query, signal) => forever<Observation[]>(signal),
    info: (signal) => forever<SourceInfo>(signal),
  };
}

/** The address of the council's file in the stories where it cannot be loaded. */
const MISSING_FILE = '/council/our-figures-2026.csv';

/** A server that answers every request 404 Not Found, as it does for a file that is not where the page says. */
const notFound: typeof fetch = async () => new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'text/plain' } });

/**
 * A council file whose address is wrong (the server answers 404) on a page whose embedded figures
 * cannot be loaded either, so there is nothing to fall back to and the element shows its error state.
 * (A council file that fails on its own falls back to the snapshot's figures: see {@link councilFileUnavailable}.)
 */
export function missingCouncilFile(url = MISSING_FILE): DataSource {
  return new LazySource(async () => {
    const [{ CouncilSource }, { SnapshotSource }] = await Promise.all([councilSource(), import('../src/sources/snapshot.js')]);
    return new CouncilSource({ url, base: new SnapshotSource({ url: '/council/missing-snapshot.json', fetch: notFound }), fetch: notFound });
  });
}

/**
 * A council file whose address is wrong (the server answers 404) on an ordinary page: the element
 * shows the embedded snapshot's figures instead, under a notice naming the file and the cause.
 */
export function councilFileUnavailable(url = MISSING_FILE): DataSource {
  return new LazySource(async () => {
    const { CouncilSource } = await councilSource();
    return new CouncilSource({ url, base: defaultSource(), fetch: notFound });
  });
}

/**
 * The live source when Fingertips cannot be reached: every request fails as a dropped connection
 * does, and the element shows the embedded snapshot's figures under “Live data unavailable — …”.
 * Its own API base keeps its (failed) requests apart from the recorded source's remembered replies.
 */
export function liveDataUnavailable(): DataSource {
  return new LazySource(async () => {
    const { FingertipsSource } = await fingertipsSource();
    return new FingertipsSource({
      apiBase: '/stories/fingertips-unreachable',
      fallback: defaultSource(),
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      retries: 0,
    });
  });
}

/**
 * The live source answered from recorded Fingertips replies (stories/recorded-fingertips.ts): the
 * elements go through the whole live path – request, reply, parsing, comparison – with the snapshot's
 * figures, and the fetch date is the snapshot's, so the story looks the same every day.
 */
export function recordedFingertips(): DataSource {
  return recordedLive('/stories/fingertips-recorded', recordedFingertipsFetch);
}

/** The live source asking `apiBase` through `fetch` (which answers with recorded replies), on the day they were recorded. */
function recordedLive(apiBase: string, fetch: typeof globalThis.fetch): DataSource {
  const recordedAt = Date.parse(`${RECORDED_ON}T12:00:00Z`);
  return new LazySource(async () => {
    const { FingertipsSource } = await fingertipsSource();
    return new FingertipsSource({ apiBase, fallback: defaultSource(), fetch, now: () => recordedAt });
  });
}

/** A live source whose reply is held back, so the snapshot's figures are shown until {@link SlowLiveSource.arrive}. */
export interface SlowLiveSource extends DataSource {
  /** Lets the recorded reply arrive now. */
  arrive(): void;
}

/** True for the source {@link slowFingertips} makes. */
export function isSlowLiveSource(source: DataSource | undefined): source is SlowLiveSource {
  return typeof (source as Partial<SlowLiveSource> | undefined)?.arrive === 'function';
}

/** How long a slow reply is held when nothing lets it arrive sooner: a cold Fingertips answer takes 10–12 seconds. */
export const SLOW_REPLY_MS = 8000;

/** Each slow source asks at an address of its own, so it never finds the reply an earlier render remembered. */
let slowSources = 0;

/**
 * The live source when Fingertips is slow, as it is on a cold start: the recorded reply is held back
 * (until the story's play lets it arrive, or {@link SLOW_REPLY_MS} have passed), so the element first
 * shows the embedded snapshot's figures under a notice that live figures are still loading, then – when
 * the reply comes – the same figures as Fingertips publishes them, with Fingertips named as their source.
 */
export function slowFingertips(holdMs = SLOW_REPLY_MS): SlowLiveSource {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const timer = setTimeout(arrive, holdMs);
  const heldBack: typeof fetch = async (input, init) => {
    await Promise.race([arrived, forever<void>(init?.signal ?? undefined)]);
    return recordedFingertipsFetch(input, init);
  };
  slowSources += 1;
  return Object.assign(recordedLive(`/stories/fingertips-slow/${slowSources}`, heldBack), {
    arrive: () => {
      clearTimeout(timer);
      arrive();
    },
  });
}

/** The source each story's `dataSource` parameter names. */
export const STORY_SOURCES = {
  loading: neverAnswers,
  'missing-file': missingCouncilFile,
  'council-file-unavailable': councilFileUnavailable,
  'live-unavailable': liveDataUnavailable,
  'fingertips-recorded': recordedFingertips,
  'fingertips-slow': slowFingertips,
} as const;
export type StorySource = keyof typeof STORY_SOURCES;
