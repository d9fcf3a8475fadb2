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

/**
 * A council file whose address is wrong (the server answers 404) on a page whose embedded figures
 * cannot be loaded either, so there is nothing to fall back to and the element shows its error state.
 * (A council file that fails on its own falls back to the snapshot's figures, with a notice.)
 */
export function missingCouncilFile(url = '/council/our-figures-2026.csv'): DataSource {
  return new LazySource(async () => {
    const [{ CouncilSource }, { SnapshotSource }] = await Promise.all([councilSource(), import('../src/sources/snapshot.js')]);
    const notFound = async () => new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'text/plain' } });
    return new CouncilSource({ url, base: new SnapshotSource({ url: '/council/missing-snapshot.json', fetch: notFound }), fetch: notFound });
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
  const recordedAt = Date.parse(`${RECORDED_ON}T12:00:00Z`);
  return new LazySource(async () => {
    const { FingertipsSource } = await fingertipsSource();
    return new FingertipsSource({
      apiBase: '/stories/fingertips-recorded',
      fallback: defaultSource(),
      fetch: recordedFingertipsFetch,
      now: () => recordedAt,
    });
  });
}

/** The source each story's `dataSource` parameter names. */
export const STORY_SOURCES = {
  loading: neverAnswers,
  'missing-file': missingCouncilFile,
  'live-unavailable': liveDataUnavailable,
  'fingertips-recorded': recordedFingertips,
} as const;
export type StorySource = keyof typeof STORY_SOURCES;
