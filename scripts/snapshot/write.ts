import { PUBLICATIONS } from '../../src/catalogue/publications.js';
import type { Area, IndicatorDefinition, SourceReference } from '../../src/model.js';
import { SNAPSHOT_FORMAT, type SnapshotFile, type SnapshotIndicator, type SnapshotPeriod } from '../../src/sources/snapshot-format.js';
import type { BuiltIndicator, BuiltPeriod, SourceKey } from './collector.js';

/** Periods of an indicator, latest first. */
export function periodsLatestFirst(indicator: BuiltIndicator): BuiltPeriod[] {
  return [...indicator.periods.values()].sort((a, b) => b.sortKey.localeCompare(a.sortKey));
}

function toSnapshotPeriod(period: BuiltPeriod, areas: Area[]): SnapshotPeriod {
  const column = (pick: (o: NonNullable<ReturnType<BuiltPeriod['byArea']['get']>>) => number | null | undefined) => {
    const values = areas.map((area) => {
      const observation = period.byArea.get(area.code);
      const value = observation ? pick(observation) : undefined;
      return value ?? null;
    });
    return values.some((value) => value !== null) ? values : undefined;
  };
  const result: SnapshotPeriod = {
    label: period.label,
    sortKey: period.sortKey,
    value: column((o) => o.value) ?? areas.map(() => null),
  };
  const { sources, derivation, countDerivation } = period.provenance;
  if (sources.length) result.sources = [...sources];
  if (derivation) result.derivation = derivation;
  if (countDerivation) result.countDerivation = countDerivation;
  const lower = column((o) => o.lower);
  const upper = column((o) => o.upper);
  const count = column((o) => o.count);
  const denominator = column((o) => o.denominator);
  if (lower) result.lower = lower;
  if (upper) result.upper = upper;
  if (count) result.count = count;
  if (denominator) result.denominator = denominator;
  const notes: Record<string, string> = {};
  const missing: NonNullable<SnapshotPeriod['missing']> = {};
  for (const area of areas) {
    const observation = period.byArea.get(area.code);
    if (observation?.note) notes[area.code] = observation.note;
    if (observation?.missing) missing[area.code] = [observation.missing.reason, observation.missing.message];
  }
  if (Object.keys(notes).length) result.notes = notes;
  if (Object.keys(missing).length) result.missing = missing;
  return result;
}

/** Builds a snapshot file holding, for each indicator, its latest period only or every period. */
export function toSnapshotFile(
  indicators: BuiltIndicator[],
  areas: Area[],
  builtAt: string,
  attribution: string[],
  which: 'latest' | 'all',
  catalogue: readonly IndicatorDefinition[],
): SnapshotFile {
  const out: Record<string, SnapshotIndicator> = {};
  const cited = new Set<SourceKey>();
  for (const indicator of indicators) {
    const periods = periodsLatestFirst(indicator);
    const kept = which === 'latest' ? periods.slice(0, 1) : periods;
    for (const period of kept) for (const key of period.provenance.sources) cited.add(key);
    out[indicator.slug] = { periods: kept.map((p) => toSnapshotPeriod(p, areas)) };
  }
  const sources: Record<string, SourceReference> = {};
  for (const key of [...cited].sort()) sources[key] = PUBLICATIONS[key];
  return {
    format: SNAPSHOT_FORMAT,
    builtAt,
    attribution,
    catalogue: [...catalogue],
    ...(cited.size ? { sources } : {}),
    areas: areas.map((area) => [area.code, area.name, area.kind, area.parentCode ?? null]),
    indicators: out,
  };
}
