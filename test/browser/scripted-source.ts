import type { Area, DataSource, IndicatorDefinition, Observation, ObservationQuery, SourceInfo, SourceListener } from '../../src/model.js';
import { SourceError } from '../../src/sources/errors.js';
import { SnapshotSource } from '../../src/sources/snapshot.js';

/**
 * A data source for tests: answers from the real embedded snapshot, but can be told to hold every
 * answer until released, or to fail in a given way. Counts the queries it is asked.
 */
export class ScriptedSource implements DataSource {
  readonly inner = new SnapshotSource();
  queries: ObservationQuery[] = [];
  failWith?: SourceError;
  private gate?: Promise<void>;
  private open?: () => void;

  /** Holds every answer until `release()` is called. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  private async wait(signal?: AbortSignal): Promise<void> {
    if (this.gate) {
      await Promise.race([
        this.gate,
        new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new SourceError('aborted', 'Loading was cancelled.')))),
      ]);
    }
    if (this.failWith) throw this.failWith;
  }

  async areas(signal?: AbortSignal): Promise<Area[]> {
    await this.wait(signal);
    return this.inner.areas(signal);
  }

  async indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
    await this.wait(signal);
    return this.inner.indicators();
  }

  async info(signal?: AbortSignal): Promise<SourceInfo> {
    await this.wait(signal);
    return this.inner.info(signal);
  }

  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    this.queries.push(query);
    await this.wait(signal);
    return this.inner.observations(query, signal);
  }
}

/**
 * A source that answers first with one set of figures and later, when told, with another – as the live
 * source does when it shows the snapshot's figures while a slow reply loads – and tells its listeners.
 */
export class UpdatingSource extends ScriptedSource {
  private arrived = false;
  private readonly listeners = new Set<SourceListener>();
  /** What is added to every figure once the "live" figures have arrived. */
  constructor(private readonly liveDifference = 1) {
    super();
  }

  subscribe(listener: SourceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listening(): number {
    return this.listeners.size;
  }

  /** The later figures arrive: listeners are told, and the next answers carry them. */
  arrive(): void {
    this.arrived = true;
    for (const listener of this.listeners) listener({ kind: 'live-arrived' });
  }

  override async info(signal?: AbortSignal): Promise<SourceInfo> {
    const info = await super.info(signal);
    return this.arrived ? { ...info, name: 'Live figures' } : { ...info, notice: 'Live figures are still loading; showing the embedded snapshot meanwhile.' };
  }

  override async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    const answer = await super.observations(query, signal);
    return this.arrived ? answer.map((o) => (o.value === null ? o : { ...o, value: o.value + this.liveDifference })) : answer;
  }
}
