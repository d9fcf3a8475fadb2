import type { MissingReason, Period } from '../../src/model.js';
import type { PUBLICATIONS } from '../../src/catalogue/publications.js';

/** A publication the snapshot cites, by its key in src/catalogue/publications.ts. */
export type SourceKey = keyof typeof PUBLICATIONS;

/** Where one period's figures came from; written as the period's `sources`, `derivation` and `countDerivation`. */
export interface PeriodProvenance {
  /** The publication of the values first, then those of any counts or denominators. */
  sources: SourceKey[];
  /** Set when the values were calculated here from published figures, saying how. */
  derivation?: string;
  /** Set when the counts or denominators were calculated here, saying how. */
  countDerivation?: string;
}

/** One figure as the builder holds it before writing. */
export interface BuiltObservation {
  value: number | null;
  lower?: number;
  upper?: number;
  count?: number;
  denominator?: number;
  note?: string;
  missing?: { reason: MissingReason; message: string };
  /** True when carried from a former council with the same boundary; the successor's own figure wins. */
  carried?: boolean;
}

export interface BuiltPeriod extends Period {
  byArea: Map<string, BuiltObservation>;
  provenance: PeriodProvenance;
}

export interface BuiltIndicator {
  slug: string;
  /** What the figures were built from, for the coverage table. */
  sourceDescription: string;
  periods: Map<string, BuiltPeriod>;
}

/** Things the builder refused or changed, printed at the end so nothing is dropped silently. */
export class BuildLog {
  private readonly messages: string[] = [];
  /** "what former-code successors" → period labels, so that each gap is reported once. */
  private readonly notCarriedIn = new Map<string, string[]>();

  add(message: string): void {
    this.messages.push(message);
  }

  /** Records that a former council's figure was not carried to its successors (their boundary differs). */
  notCarried(what: string, period: string, formerCode: string, successors: string[]): void {
    const key = `${what}: figures for former area ${formerCode} not carried to ${successors.join(', ')} (boundary changed)`;
    this.notCarriedIn.set(key, [...(this.notCarriedIn.get(key) ?? []), period]);
  }

  get entries(): string[] {
    const grouped = [...this.notCarriedIn].map(([key, periods]) => `${key}; ${periods.length} period(s): ${periods.sort().join(', ')}`);
    return [...this.messages, ...grouped.sort()];
  }
}

function sameFigure(a: BuiltObservation, b: BuiltObservation): boolean {
  return a.value === b.value && a.count === b.count && a.denominator === b.denominator && a.lower === b.lower && a.upper === b.upper;
}

/**
 * Collects the figures of one indicator. Refuses two different figures for the same area and period;
 * an exact repeat is dropped with a log entry.
 */
export class IndicatorCollector {
  readonly indicator: BuiltIndicator;

  /** `provenance` is given to every period this collector starts. */
  constructor(
    slug: string,
    sourceDescription: string,
    private readonly log: BuildLog,
    private readonly provenance: PeriodProvenance = { sources: [] },
  ) {
    this.indicator = { slug, sourceDescription, periods: new Map() };
  }

  set(period: Period, area: string, observation: BuiltObservation): void {
    let built = this.indicator.periods.get(period.sortKey);
    if (!built) {
      built = { ...period, byArea: new Map(), provenance: { ...this.provenance, sources: [...this.provenance.sources] } };
      this.indicator.periods.set(period.sortKey, built);
    } else if (built.label !== period.label) {
      throw new Error(`${this.indicator.slug}: period ${period.sortKey} labelled both "${built.label}" and "${period.label}"`);
    }
    const existing = built.byArea.get(area);
    if (existing && observation.carried && !existing.carried) return;
    if (existing?.carried && !observation.carried) {
      built.byArea.set(area, observation);
      return;
    }
    if (existing) {
      if (sameFigure(existing, observation)) {
        this.log.add(`${this.indicator.slug} ${period.label} ${area}: exact duplicate row ignored`);
        return;
      }
      throw new Error(`${this.indicator.slug} ${period.label} ${area}: two different figures (${existing.value} and ${observation.value}); refusing to choose`);
    }
    built.byArea.set(area, observation);
  }

  has(period: Period, area: string): boolean {
    return this.indicator.periods.get(period.sortKey)?.byArea.has(area) ?? false;
  }
}

/**
 * Records that some figures of a period (counts, denominators) come from further publications, cited
 * after the values' own; `countDerivation` says how counts were derived when they were not published.
 */
export function citeCounts(period: BuiltPeriod, keys: SourceKey[], countDerivation?: string): void {
  for (const key of keys) if (!period.provenance.sources.includes(key)) period.provenance.sources.push(key);
  if (countDerivation) period.provenance.countDerivation = countDerivation;
}

/**
 * Adds to `into` the periods of `from` (the same indicator from another publication, e.g. years the
 * first does not cover). A period both hold is refused: the builder never chooses between them.
 */
export function addPeriods(into: BuiltIndicator, from: BuiltIndicator): void {
  if (into.slug !== from.slug) throw new Error(`Cannot add periods of ${from.slug} to ${into.slug}`);
  for (const [key, period] of from.periods) {
    if (into.periods.has(key)) throw new Error(`${into.slug}: period ${period.label} comes from two publications; refusing to choose`);
    into.periods.set(key, period);
  }
}
