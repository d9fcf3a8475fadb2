import type { MissingReason, SourceReference } from '../model.js';
import type { NeighbourListId } from '../comparators/format.js';
import type { SnapshotFile, SnapshotPeriod } from '../sources/snapshot-format.js';

/**
 * The trend files' format: one small file per area, beside the library, holding every period of every
 * indicator in the snapshot's history for the area, England and the area's region (columns lined up with
 * `areas`, as in the snapshot), the average of the area's statistical neighbours in each period for
 * each list, and the changes of definition that break a series. A page fetches the file of the area it
 * shows only when a trend is shown.
 */
export const TRENDS_FORMAT = 'oat-trends/1';

/** A change that makes a series' periods before it not comparable with those from it on. */
export interface SeriesBreak {
  /** Sort key of the first period of the new series. */
  from: string;
  /** What changed and what the publisher says about comparing across it. */
  text: string;
  /** Where the publisher says so. */
  url?: string;
}

/** The neighbours' average in each period (lined up with `periods`), and how many neighbours had a figure. */
export interface NeighbourAverages {
  value: (number | null)[];
  of: (number | null)[];
}

/**
 * A period as the snapshot stores it, but with its long sentences (how values or counts were derived,
 * why a figure is missing) given as places in the file's `texts`, since the same few recur in every
 * period: that keeps each file small. Read back as a snapshot period with `expandPeriod`.
 */
export interface TrendPeriod extends Omit<SnapshotPeriod, 'derivation' | 'countDerivation' | 'missing'> {
  derivation?: number;
  countDerivation?: number;
  missing?: Record<string, [MissingReason, number]>;
}

export interface TrendIndicator {
  /** Latest first; every array lines up with the file's `areas`. */
  periods: TrendPeriod[];
  /** Changes of definition, latest first. */
  breaks?: SeriesBreak[];
  /** The neighbours' average by list, where the area has neighbours. */
  neighbours?: Partial<Record<NeighbourListId, NeighbourAverages>>;
}

export interface TrendFile {
  format: typeof TRENDS_FORMAT;
  builtAt: string;
  /** The area first, then England, then the area's region (when it has one). */
  areas: SnapshotFile['areas'];
  /** The publications periods cite, by key. */
  sources: Record<string, SourceReference>;
  /** The sentences periods refer to by place. */
  texts: string[];
  /** Keyed by indicator slug; indicators without figures in the history are absent. */
  indicators: Record<string, TrendIndicator>;
}
