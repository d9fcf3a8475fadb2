import type { DataSource } from '../model.js';
import { SnapshotSource } from './snapshot.js';

/** The names the `source` attribute accepts. */
export const SOURCE_NAMES = ['snapshot'] as const;

let sharedSnapshot: SnapshotSource | undefined;

/** The page-wide embedded snapshot source: every element without its own source shares it. */
export function defaultSource(): DataSource {
  sharedSnapshot ??= new SnapshotSource();
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
