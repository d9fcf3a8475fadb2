import type { AreaKind, IndicatorDefinition, MissingReason, SourceReference } from '../model.js';

/**
 * The embedded snapshot's file format. Figures are stored column-wise: every array in a period lines up
 * with the file's `areas` list, and null means "no value" (the `missing` map then says why).
 */
export const SNAPSHOT_FORMAT = 'oat-snapshot/1';

export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  /** ISO date the snapshot was built. */
  builtAt: string;
  /** Attribution lines the licences require. */
  attribution: string[];
  /**
   * The indicator catalogue the figures belong to (src/catalogue/catalogue.ts when built). It travels with
   * the data, so pages load the indicators' descriptions once with their figures, not in the script.
   */
  catalogue: IndicatorDefinition[];
  /** The publications periods cite, by key (`SnapshotPeriod.sources`). */
  sources?: Record<string, SourceReference>;
  /** [code, name, kind, parent code or null]. */
  areas: [string, string, AreaKind, string | null][];
  /** Keyed by indicator slug. Indicators with no figures are absent (the catalogue says why). */
  indicators: Record<string, SnapshotIndicator>;
}

export interface SnapshotIndicator {
  /** Latest first. The main snapshot holds only the latest period; the history file holds them all. */
  periods: SnapshotPeriod[];
}

export interface SnapshotPeriod {
  label: string;
  sortKey: string;
  value: (number | null)[];
  lower?: (number | null)[];
  upper?: (number | null)[];
  count?: (number | null)[];
  denominator?: (number | null)[];
  /** Keys into the file's `sources`: the publication of the values first, then any used for counts or denominators. */
  sources?: string[];
  /** Set when the values were calculated here from published figures (e.g. a percentage from Census counts), saying how. */
  derivation?: string;
  /** Set when the counts were derived rather than published (e.g. a percentage × its cohort), saying how. */
  countDerivation?: string;
  /** Notes on particular figures, by area code. */
  notes?: Record<string, string>;
  /** Why a figure is missing, by area code. */
  missing?: Record<string, [MissingReason, string]>;
}

/** The parts of a period that are arrays lined up with the areas list. */
export const SNAPSHOT_COLUMNS = ['value', 'lower', 'upper', 'count', 'denominator'] as const;
