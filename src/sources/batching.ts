import type { Area, DataSource, IndicatorDefinition, Observation, ObservationQuery, SourceInfo, SourceListener } from '../model.js';
import { cancelled, whileWanted } from './abort.js';

interface Waiting {
  query: ObservationQuery;
  resolve: (observations: Observation[]) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
}

/**
 * Wraps a data source so that every observation query made in the same task – by all the elements
 * on a page rendering at once – reaches the underlying source as one query, and areas and indicators
 * are asked for once. Each caller still gets only what it asked for, and can
 * abort its own wait without cancelling the shared request (which is cancelled only when every
 * caller has gone).
 */
export class BatchingSource implements DataSource {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private areasOnce?: Promise<Area[]>;
  private indicatorsOnce?: Promise<IndicatorDefinition[]>;

  constructor(readonly inner: DataSource) {}

  areas(signal?: AbortSignal): Promise<Area[]> {
    this.areasOnce ??= this.remember(
      () => this.inner.areas(),
      () => (this.areasOnce = undefined),
    );
    return whileWanted(this.areasOnce, signal);
  }

  indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
    this.indicatorsOnce ??= this.remember(
      () => this.inner.indicators(),
      () => (this.indicatorsOnce = undefined),
    );
    return whileWanted(this.indicatorsOnce, signal);
  }

  /** Passed straight through: the inner source's figures may change after it answers. */
  subscribe(listener: SourceListener): () => void {
    return this.inner.subscribe?.(listener) ?? (() => undefined);
  }

  /** Passed straight through: a live source's information changes when it falls back. */
  info(signal?: AbortSignal): Promise<SourceInfo> {
    return this.inner.info(signal);
  }

  /** Caches a shared answer, forgetting it on failure so that a later call can try again. */
  private remember<T>(ask: () => Promise<T>, forget: () => void): Promise<T> {
    const answer = ask();
    answer.catch(forget);
    return answer;
  }

  observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    if (signal?.aborted) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      this.waiting.push({ query, resolve, reject, ...(signal ? { signal } : {}) });
      if (!this.scheduled) {
        this.scheduled = true;
        setTimeout(() => this.flush(), 0);
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = [];
    const controller = new AbortController();
    let live = batch.length;
    for (const waiting of batch) {
      waiting.signal?.addEventListener(
        'abort',
        () => {
          waiting.reject(cancelled());
          if (--live === 0) controller.abort();
        },
        { once: true },
      );
    }
    const indicators = [...new Set(batch.flatMap((waiting) => waiting.query.indicators))];
    const everyArea = batch.some((waiting) => waiting.query.areas === undefined);
    const areas = everyArea ? undefined : [...new Set(batch.flatMap((waiting) => waiting.query.areas ?? []))];
    this.inner.observations({ indicators, ...(areas ? { areas } : {}) }, controller.signal).then(
      (observations) => {
        for (const waiting of batch) {
          const wanted = new Set(waiting.query.indicators);
          const wantedAreas = waiting.query.areas ? new Set(waiting.query.areas) : undefined;
          waiting.resolve(observations.filter((o) => wanted.has(o.indicator) && (!wantedAreas || wantedAreas.has(o.area))));
        }
      },
      (error: unknown) => {
        for (const waiting of batch) waiting.reject(error);
      },
    );
  }
}
