import type { Area, DataSource, IndicatorDefinition, Observation, ObservationQuery, SourceInfo, SourceListener } from '../model.js';

/**
 * A data source whose code is loaded only when first asked for something, so that pages using the
 * embedded snapshot never download the live or file-reading code. If loading the code fails, every
 * call rejects with that error and the next call tries again.
 */
export class LazySource implements DataSource {
  private loading?: Promise<DataSource>;

  constructor(private readonly load: () => Promise<DataSource>) {}

  private source(): Promise<DataSource> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  async areas(signal?: AbortSignal): Promise<Area[]> {
    return (await this.source()).areas(signal);
  }

  async indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
    return (await this.source()).indicators(signal);
  }

  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    return (await this.source()).observations(query, signal);
  }

  async info(signal?: AbortSignal): Promise<SourceInfo> {
    return (await this.source()).info(signal);
  }

  /** Listens to the source once its code has loaded (a source that failed to load never changes). */
  subscribe(listener: SourceListener): () => void {
    let stopped = false;
    let stop: (() => void) | undefined;
    this.source().then(
      (source) => {
        if (!stopped) stop = source.subscribe?.(listener);
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      stop?.();
    };
  }
}
