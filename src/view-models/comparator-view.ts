import type { Area, Comparison, Observation } from '../model.js';
import type { Comparator, NeighbourListFile } from '../comparators/format.js';
import { comparatorOf, loadNeighbourList, neighbourListId } from '../comparators/load.js';
import { comparatorClause, listLabel, NEIGHBOURS_GROUP, regionGroup } from '../format/comparator-words.js';
import { compare } from '../stats/compare.js';
import { averageOf, rankAmong, type Average, type Rank } from '../stats/rank.js';
import type { IndicatorView } from './indicator-view.js';

/** What an element was asked to compare with besides England: its `comparator` and `neighbours-list` attributes. */
export interface ComparatorChoice {
  comparator?: string;
  list?: string;
}

/** One statistical neighbour's figure, in the list's order (closest first). */
export interface NeighbourRow {
  code: string;
  name: string;
  /** The publisher's closeness label ("Very close"), where the list gives one. */
  closeness?: string;
  /** The neighbour's figure for the same period as the area's; undefined when it has none. */
  observation?: Observation;
  /** Set when the neighbour is no longer a council (an older list can name one). */
  former?: boolean;
}

/** The list a neighbour comparison used, named with its vintage and source. */
export type NeighbourListInfo = Pick<NeighbourListFile, 'id' | 'name' | 'vintage' | 'method' | 'source'>;

/**
 * The comparison with the area's region or its statistical neighbours, which adds to the comparison
 * with England and never replaces it.
 */
export interface ComparatorView {
  kind: 'region' | 'neighbours';
  /** The group in verdicts: "the North West", "councils like us". */
  group: string;
  /** What the group is, named in full: "North West", "DfE statistical neighbours, May 2025". */
  label: string;
  /** Where the comparison could not be made, why; the England comparison stands on its own. */
  problem?: string;
  /** The figure compared with: the region's, or the neighbours' average; null without one. */
  benchmark?: number | null;
  /** What that figure is: "North West", "Neighbours’ average". */
  benchmarkLabel?: string;
  /** The comparison with that figure, made the way England's is (interval, the publisher's comparison, or position in the group). */
  comparison?: Comparison;
  /** The clause after the England verdict: "and more than councils like us (DfE statistical neighbours, May 2025)". */
  clause: string;
  /** For neighbours: the list used. */
  list?: NeighbourListInfo;
  /** For neighbours: each neighbour's figure, closest first. */
  neighbours?: NeighbourRow[];
  /** For neighbours: the neighbours' plain mean (as DfE's LAIT shows it) and how many had a figure. */
  average?: Average;
  /** The area's place among itself and the group's councils, e.g. 3rd highest of 11. */
  rankInGroup?: Rank;
  /** The area's place among every council with a figure for the period, e.g. 3rd highest of 153. */
  rankAmongAll?: Rank;
}

const sameperiod = (local: Observation | undefined) => (o: Observation) => o.period.sortKey === local?.period.sortKey;

/** Every council's figure for the area's period, from the observations the view was built from. */
function councilFigures(view: IndicatorView, councils: ReadonlySet<string>): Observation[] {
  return view.observations.filter((o) => councils.has(o.area) && o.value !== null && sameperiod(view.local)(o));
}

function regionView(view: IndicatorView, areas: readonly Area[]): ComparatorView {
  const region = view.area.kind === 'utla' ? areas.find((candidate) => candidate.code === view.area.parentCode && candidate.kind === 'region') : undefined;
  if (!region) {
    const problem = `${view.area.name} is not a council within a region, so it is compared with England only.`;
    return { kind: 'region', group: 'its region', label: 'Region', problem, clause: problem };
  }
  const group = regionGroup(region.name);
  const inRegion = new Set(areas.filter((candidate) => candidate.kind === 'utla' && candidate.parentCode === region.code).map((candidate) => candidate.code));
  const figures = councilFigures(view, inRegion);
  const observation = view.observations.find((o) => o.area === region.code);
  const comparison = compare(view.local, observation, view.definition, { benchmarkName: group, peers: figures.map((o) => o.value) });
  const rankInGroup =
    view.local?.value != null
      ? rankAmong(
          view.local.value,
          figures.map((o) => o.value),
          true,
        )
      : undefined;
  return {
    kind: 'region',
    group,
    label: region.name,
    benchmark: observation && sameperiod(view.local)(observation) ? observation.value : null,
    benchmarkLabel: region.name,
    comparison,
    clause: comparatorClause(view.comparison, comparison, group, rankInGroup),
    ...(rankInGroup ? { rankInGroup } : {}),
  };
}

function neighboursView(view: IndicatorView, areas: readonly Area[], list: NeighbourListFile): ComparatorView {
  const label = listLabel(list);
  const info: NeighbourListInfo = { id: list.id, name: list.name, vintage: list.vintage, method: list.method, source: list.source };
  const base = { kind: 'neighbours' as const, group: NEIGHBOURS_GROUP, label, list: info };
  const codes = list.groups[view.area.code];
  if (!codes) {
    const problem = list.none?.[view.area.code] ?? `${label} gives no neighbours for ${view.area.name}.`;
    return { ...base, problem, clause: `Not compared with councils like us: ${problem.charAt(0).toLowerCase()}${problem.slice(1).replace(/[.\s]+$/, '')}` };
  }
  const names = new Map(areas.map((area) => [area.code, area.name]));
  const neighbours: NeighbourRow[] = codes.map((code, index) => {
    const observation = view.observations.find((o) => o.area === code && sameperiod(view.local)(o));
    const closeness = list.closeness?.[view.area.code]?.[index];
    const former = list.formerAreas?.[code];
    return {
      code,
      name: former ?? names.get(code) ?? code,
      ...(closeness ? { closeness } : {}),
      ...(observation ? { observation } : {}),
      ...(former ? { former: true } : {}),
    };
  });
  const values = neighbours.map((row) => row.observation?.value);
  const average = averageOf(values);
  const local = view.local;
  const upperTier = new Set(areas.filter((area) => area.kind === 'utla').map((area) => area.code));
  const all = councilFigures(view, upperTier).map((o) => o.value);
  const rankInGroup = local?.value != null ? rankAmong(local.value, values, false) : undefined;
  const rankAmongAll = local?.value != null ? rankAmong(local.value, all, true) : undefined;
  const benchmarkLabel = 'Neighbours’ average';
  // The average as a benchmark for the same period, so it is judged the way England's figure is.
  const benchmark: Observation | undefined =
    average && local ? { indicator: view.definition.slug, area: `${view.area.code}-neighbours`, period: local.period, value: average.value } : undefined;
  const comparison = compare(local, benchmark, view.definition, { benchmarkName: 'the neighbours’ average', peers: [local?.value, ...values] });
  return {
    ...base,
    benchmark: average?.value ?? null,
    benchmarkLabel,
    comparison,
    clause: `${comparatorClause(view.comparison, comparison, NEIGHBOURS_GROUP, rankInGroup)} (${label})`,
    neighbours,
    ...(average ? { average } : {}),
    ...(rankInGroup ? { rankInGroup } : {}),
    ...(rankAmongAll ? { rankAmongAll } : {}),
  };
}

/**
 * Builds the second comparison of one indicator: with the area's region, or with its statistical
 * neighbours (their average, each neighbour's figure, the area's rank among them and among all councils).
 *
 * @param view - the indicator's view, with every area's observations
 * @param areas - every area the source knows, for the region and the neighbours' names
 * @param comparator - `region` or `neighbours`
 * @param list - the neighbour list, for `neighbours`
 */
export function comparatorView(
  view: IndicatorView,
  areas: readonly Area[],
  comparator: Exclude<Comparator, 'england'>,
  list?: NeighbourListFile,
): ComparatorView {
  if (comparator === 'region') return regionView(view, areas);
  if (!list) throw new Error('A neighbour comparison needs a list of neighbours.');
  return neighboursView(view, areas, list);
}

/**
 * Adds the comparison the reader chose to every indicator view, loading the neighbour list when it is
 * needed. A comparator or list that cannot be had (an unknown name, a list that failed to load) becomes
 * a problem stated beside each indicator rather than an error, so the England comparison is still shown.
 */
export async function addComparators(views: readonly IndicatorView[], areas: readonly Area[], choice: ComparatorChoice, signal?: AbortSignal): Promise<void> {
  let comparator: Comparator;
  let list: NeighbourListFile | undefined;
  try {
    comparator = comparatorOf(choice.comparator);
    if (comparator === 'england') return;
    if (comparator === 'neighbours') {
      list = await loadNeighbourList(neighbourListId(choice.list), signal);
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    // The messages of these errors are written for the reader (an unknown name, a list that failed to load).
    const problem = error instanceof Error && error.message ? error.message : 'The comparison could not be made.';
    const kind = choice.comparator?.trim().toLowerCase() === 'region' ? 'region' : 'neighbours';
    for (const view of views)
      view.comparator = { kind, group: kind === 'region' ? 'its region' : NEIGHBOURS_GROUP, label: choice.comparator ?? '', problem, clause: problem };
    return;
  }
  for (const view of views) view.comparator = comparatorView(view, areas, comparator, list);
}
