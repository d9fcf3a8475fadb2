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
  /** The period of the figures (the latest the source has), or '' when it holds none. */
  period: string;
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
  for (const area of areas) {
    if (area.kind !== 'utla') continue;
    const observation = mine.get(area.code);
    entries.set(area.code, { area, observation, comparison: compare(observation, england, definition.publishedPolarity, definition.unit) });
  }
  const period = [...mine.values()].find((o) => o.period.label)?.period.label ?? '';
  return { definition, areas: [...areas], entries, england, period, info };
}

/** Loads one indicator for every area in a single query. */
export async function loadChoroplethView(source: DataSource, slug: string | undefined, signal?: AbortSignal): Promise<ChoroplethView> {
  const [definitions, areas] = await Promise.all([source.indicators(signal), source.areas(signal)]);
  const definition = resolveIndicator(definitions, slug);
  const observations = await source.observations({ indicators: [definition.slug] }, signal);
  return choroplethView(definition, areas, observations, await source.info(signal));
}
