import type { Area, Comparison, DataSource, IndicatorDefinition, Observation, SourceInfo } from '../model.js';
import { ENGLAND } from '../model.js';
import { compare } from '../stats/compare.js';
import { spineSummary, type SpineSummary } from '../stats/quantiles.js';
import { resolveArea, resolveIndicator } from './lookup.js';
import type { ComparatorChoice, ComparatorView } from './comparator-view.js';

/** Everything an element needs to show one indicator for one area. */
export interface IndicatorView {
  definition: IndicatorDefinition;
  area: Area;
  local: Observation | undefined;
  england: Observation | undefined;
  comparison: Comparison;
  /** How the upper-tier authorities' values are spread, for the spine chart. */
  spread: SpineSummary | undefined;
  /** For a sub-area (a ward, say): its authority's figure and the comparison with it. */
  parent?: { area: Area; observation: Observation | undefined; comparison: Comparison };
  /** Every area's observation of this indicator, for comparisons with a region or neighbours. */
  observations: readonly Observation[];
  /** The comparison with the area's region or its neighbours, when the reader chose one: it adds to England's. */
  comparator?: ComparatorView;
}

/** Adds the comparison with a region or neighbours, when one is chosen; its code is fetched only then. */
export async function withComparators(
  views: readonly IndicatorView[],
  areas: readonly Area[],
  choice: ComparatorChoice | undefined,
  signal?: AbortSignal,
): Promise<void> {
  if (choice?.comparator && choice.comparator !== 'england') await (await import('./comparator-view.js')).addComparators(views, areas, choice, signal);
}

/** Builds the view of one indicator from observations already loaded for every area. */
export function indicatorView(definition: IndicatorDefinition, area: Area, areas: readonly Area[], observations: readonly Observation[]): IndicatorView {
  const mine = observations.filter((observation) => observation.indicator === definition.slug);
  const local = mine.find((observation) => observation.area === area.code);
  const england = mine.find((observation) => observation.area === ENGLAND);
  const upperTier = new Set(areas.filter((candidate) => candidate.kind === 'utla').map((candidate) => candidate.code));
  const councils = mine.filter((o) => upperTier.has(o.area) && o.value !== null);
  const values = councils.map((o) => o.value as number);
  // A position among councils is only read for a council, and only among figures of its own period.
  const peers = area.kind === 'utla' && local ? councils.filter((o) => o.period.sortKey === local.period.sortKey).map((o) => o.value) : undefined;
  const view: IndicatorView = {
    definition,
    area,
    local,
    england,
    comparison: compare(local, england, definition, peers ? { peers } : {}),
    spread: spineSummary(values),
    observations: mine,
  };
  const parentArea = area.kind === 'sub-area' ? areas.find((candidate) => candidate.code === area.parentCode) : undefined;
  if (parentArea) {
    const observation = mine.find((o) => o.area === parentArea.code);
    view.parent = { area: parentArea, observation, comparison: compare(local, observation, definition, { benchmarkName: parentArea.name }) };
  }
  return view;
}

export interface LoadedIndicator {
  view: IndicatorView;
  info: SourceInfo;
}

/** Loads one indicator for one area from a source: one query for every area, so the spread comes with it. */
export async function loadIndicatorView(
  source: DataSource,
  slug: string | undefined,
  areaCode: string | undefined,
  signal?: AbortSignal,
  choice?: ComparatorChoice,
): Promise<LoadedIndicator> {
  const [definitions, areas] = await Promise.all([source.indicators(signal), source.areas(signal)]);
  const definition = resolveIndicator(definitions, slug);
  const area = resolveArea(areas, areaCode);
  const observations = await source.observations({ indicators: [definition.slug] }, signal);
  const view = indicatorView(definition, area, areas, observations);
  await withComparators([view], areas, choice, signal);
  return { view, info: await source.info(signal) };
}
