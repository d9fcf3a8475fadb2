import type { DataSource } from '../model.js';
import { BatchingSource } from './batching.js';
import { SnapshotSource } from './snapshot.js';

/** The names the `source` attribute accepts. */
export const SOURCE_NAMES = ['snapshot'] as const;

let sharedSnapshot: DataSource | undefined;

/**
 * The page-wide embedded snapshot source. Every element without a source of its own shares it, and
 * queries made together are batched, so a page of many elements loads its data in one round.
 */
export function defaultSource(): DataSource {
  sharedSnapshot ??= new BatchingSource(new SnapshotSource());
  return sharedSnapshot;
}

/**
 * The data source a `source` attribute names. Unknown names throw with a message the element shows.
 */
export function sourceNamed(name: string | undefined): DataSource {
  const wanted = (name ?? '').trim().toLowerCase();
  if (wanted === '' || wanted === 'snapshot') return defaultSource();
  throw new Error(`Unknown data source “${name}”. Use source="snapshot" (the embedded figures).`);
}
