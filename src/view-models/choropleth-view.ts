import type { Area, Comparison, DataSource, IndicatorDefinition, Observation, SourceInfo } from '../model.js';
import { ENGLAND } from '../model.js';
import { compare } from '../stats/compare.js';
import { resolveIndicator } from './lookup.js';

/** One authority's figure and how it compares with England. */
export interface ChoroplethEntry {
  area: Area;
  observation: Observation | undefined;
  comparison: Comparison;
}

/** One indicator for every upper-tier authority: what a choropleth colours. */
export interface ChoroplethView {
  definition: IndicatorDefinition;
  /** Every area the source holds (England, regions, authorities and any sub-areas), for resolving the chosen one. */
  areas: Area[];
  /** The upper-tier authorities' figures, by ONS code. */
  entries: Map<string, ChoroplethEntry>;
  england: Observation | undefined;
  /** The period most of the councils' figures are for, or '' when there are none. */
  period: string;
  /** Other periods some councils' figures are for (a council's own newer figure, say), so none passes as the main one. */
  otherPeriods: string[];
  info: SourceInfo;
}

/** Builds the view from observations already loaded for every area. */
export function choroplethView(
  definition: IndicatorDefinition,
  areas: readonly Area[],
  observations: readonly Observation[],
  info: SourceInfo,
): ChoroplethView {
  const mine = new Map(observations.filter((o) => o.indicator === definition.slug).map((o) => [o.area, o]));
  const england = mine.get(ENGLAND);
  const entries = new Map<string, ChoroplethEntry>();
  const councils = areas.filter((area) => area.kind === 'utla');
  const peersOf = new Map<string, (number | null)[]>();
  const peersFor = (sortKey: string) => {
    let peers = peersOf.get(sortKey);
    if (!peers) {
      peers = councils.map((area) => mine.get(area.code)).filter((o) => o?.period.sortKey === sortKey).map((o) => o!.value);
      peersOf.set(sortKey, peers);
    }
    return peers;
  };
  for (const area of councils) {
    const observation = mine.get(area.code);
    const peers = observation ? peersFor(observation.period.sortKey) : [];
    entries.set(area.code, { area, observation, comparison: compare(observation, england, definition, { peers }) });
  }
  const periodCounts = new Map<string, number>();
  for (const { observation } of entries.values()) {
    if (observation?.value != null && observation.period.label) periodCounts.set(observation.period.label, (periodCounts.get(observation.period.label) ?? 0) + 1);
  }
  const byCount = [...periodCounts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0])).map(([label]) => label);
  const period = byCount[0] ?? england?.period.label ?? '';
  return { definition, areas: [...areas], entries, england, period, otherPeriods: byCount.slice(1), info };
}

/** Loads one indicator for every area in a single query. */
export async function loadChoroplethView(source: DataSource, slug: string | undefined, signal?: AbortSignal): Promise<ChoroplethView> {
  const [definitions, areas] = await Promise.all([source.indicators(signal), source.areas(signal)]);
  const definition = resolveIndicator(definitions, slug);
  const observations = await source.observations({ indicators: [definition.slug] }, signal);
  return choroplethView(definition, areas, observations, await source.info(signal));
}
