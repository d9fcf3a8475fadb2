import type { Area, DataSource, IndicatorDefinition, Observation, Period, SourceReference } from '../model.js';
import { ENGLAND } from '../model.js';
import type { NeighbourListFile } from '../comparators/format.js';
import { comparatorOf, loadNeighbourList, neighbourListId } from '../comparators/load.js';
import { listLabel } from '../format/comparator-words.js';
import { trendMethodText, trendText } from '../format/trend-words.js';
import { observationAt, snapshotProvenance } from '../sources/snapshot.js';
import { readingKind } from '../stats/compare.js';
import { intervalFor, type ObservationInterval } from '../stats/interval.js';
import { loadTrends, type LoadedTrends } from '../trends/load.js';
import { readTrend, seriesBreaks, type TrendBreak, type TrendReading } from '../trends/series.js';
import type { ComparatorChoice } from './comparator-view.js';
import { figureText } from './describe.js';
import { resolveArea, resolveIndicator } from './lookup.js';

/** One period of the trend table and chart. */
export interface TrendRow {
  period: Period;
  /** The area's figure (its `missing` says why when there is none). */
  local: Observation;
  /** Its 95% interval, published or worked out from a count, where there is one. */
  interval?: ObservationInterval;
  /** England's figure for the same period. */
  england?: number | null;
  /** The comparator's figure for the same period: the region's, or the neighbours' average. */
  comparator?: number | null;
  /** For neighbours: how many of them had a figure. */
  comparatorOf?: number | null;
}

/** The second line of the trend: the region, or the neighbours' average. */
export interface TrendComparator {
  kind: 'region' | 'neighbours';
  /** The column's heading and the line's name: "North West", "Neighbours’ average". */
  name: string;
  /** What it is in full: "North West", "DfE statistical neighbours, May 2025". */
  label: string;
}

/** Everything an element needs to show one indicator's trend for one area. */
export interface TrendView {
  definition: IndicatorDefinition;
  area: Area;
  /** Every period, oldest first; empty when there is no series. */
  rows: TrendRow[];
  breaks: TrendBreak[];
  reading: TrendReading;
  /** The trend in a few words: "Falling – less pressure". */
  verdict: string;
  /** How it was read, in a sentence or two. */
  method: string;
  /** Whether to show England beside the area (not when the area is England). */
  withEngland: boolean;
  comparator?: TrendComparator;
  /** Why the comparator's line is missing, when one was asked for and cannot be shown. */
  comparatorProblem?: string;
  /** The publications the figures cite, and when the snapshot was built. */
  sources: SourceReference[];
  builtAt?: string;
  /** Why there is no series at all, when there is none. */
  absent?: string;
}

function comparatorOfFile(loaded: LoadedTrends, slug: string, kind: 'region' | 'neighbours' | undefined, list: NeighbourListFile | undefined) {
  if (kind === 'region') {
    const region = loaded.areas[2];
    if (!region) return { problem: `${loaded.areas[0]!.name} is not a council within a region.` };
    return { comparator: { kind, name: region.name, label: region.name } as TrendComparator, column: 2 };
  }
  if (kind === 'neighbours' && list) {
    const averages = loaded.file.indicators[slug]?.neighbours?.[list.id];
    if (!averages) return { problem: list.none?.[loaded.areas[0]!.code] ?? `${listLabel(list)} gives no neighbours for ${loaded.areas[0]!.name}.` };
    return { comparator: { kind, name: 'Neighbours’ average', label: listLabel(list) } as TrendComparator, averages };
  }
  return {};
}

/**
 * Builds the trend of one indicator for one area from its trend file: every period with the area's
 * figure and interval, England's and the comparator's, the breaks in the series, and the reading of the
 * latest five periods.
 *
 * @param definition - the indicator
 * @param area - the area
 * @param loaded - the area's trend file, or undefined when it has none
 * @param comparator - what else to draw besides England, and the neighbour list for `neighbours`
 */
export function trendView(
  definition: IndicatorDefinition,
  area: Area,
  loaded: LoadedTrends | undefined,
  comparator: { kind?: 'region' | 'neighbours'; list?: NeighbourListFile } = {},
): TrendView {
  const reads = readingKind(definition.domain);
  const empty = (absent: string): TrendView => {
    const reading: TrendReading = { status: 'none', window: [], reason: absent };
    return {
      definition,
      area,
      rows: [],
      breaks: [],
      reading,
      verdict: trendText(reading, reads, definition.reading),
      method: absent,
      withEngland: false,
      sources: [],
      absent,
    };
  };
  if (!loaded)
    return empty(
      `There are no earlier figures for ${area.name}: trends come from the embedded snapshot’s history, which covers England, its regions and its councils.`,
    );
  const periods = loaded.periods[definition.slug];
  if (!periods?.length) return empty(`The embedded snapshot holds no earlier figures for ${definition.shortTitle.toLowerCase()}.`);
  const oldestFirst = [...periods].reverse();
  const englandColumn = loaded.areas.findIndex((candidate) => candidate.code === ENGLAND);
  const { comparator: line, column, averages, problem } = comparatorOfFile(loaded, definition.slug, comparator.kind, comparator.list);
  const rows: TrendRow[] = oldestFirst.map((period) => {
    const local = observationAt(definition.slug, period, area.code, 0, snapshotProvenance(loaded.file, period, definition));
    const interval = local.value === null ? undefined : intervalFor(local, definition.unit);
    const row: TrendRow = { period: local.period, local, ...(interval ? { interval } : {}) };
    if (englandColumn > 0) row.england = period.value[englandColumn] ?? null;
    if (column !== undefined) row.comparator = period.value[column] ?? null;
    if (averages) {
      const at = periods.indexOf(period);
      row.comparator = averages.value[at] ?? null;
      row.comparatorOf = averages.of[at] ?? null;
    }
    return row;
  });
  const observations = rows.map((row) => row.local);
  const breaks = seriesBreaks(observations, loaded.file.indicators[definition.slug]?.breaks);
  const reading = readTrend(definition, observations, breaks);
  const figure = (value: number) => figureText({ definition }, value);
  const cited = new Set(periods.flatMap((period) => period.sources ?? []));
  return {
    definition,
    area,
    rows,
    breaks,
    reading,
    verdict: trendText(reading, reads, definition.reading),
    method: trendMethodText(reading, figure),
    withEngland: englandColumn > 0,
    ...(line ? { comparator: line } : {}),
    ...(problem ? { comparatorProblem: problem } : {}),
    sources: [...cited].flatMap((key) => (loaded.file.sources[key] ? [loaded.file.sources[key]] : [])),
    builtAt: loaded.file.builtAt,
  };
}

/**
 * Loads the trend of one indicator for one area: the indicator and area from the source (so a council's
 * own areas and indicators are recognised), the earlier figures from the area's trend file, and the
 * neighbour list when the comparator is `neighbours`.
 *
 * @param given - the indicator and area already resolved (as an enclosing element has them), to skip asking the source
 */
export async function loadTrendView(
  source: DataSource,
  slug: string | undefined,
  areaCode: string | undefined,
  choice: ComparatorChoice,
  signal?: AbortSignal,
  given?: { definition: IndicatorDefinition; area: Area },
): Promise<TrendView> {
  let definition = given?.definition;
  let area = given?.area;
  if (!definition || !area) {
    const [definitions, areas] = await Promise.all([source.indicators(signal), source.areas(signal)]);
    definition = resolveIndicator(definitions, slug);
    area = resolveArea(areas, areaCode);
  }
  // A comparator that cannot be had is said beside the trend rather than failing it; its list loads alongside the series.
  const line = async (): Promise<{ kind?: 'region' | 'neighbours'; list?: NeighbourListFile; problem?: string }> => {
    try {
      const kind = comparatorOf(choice.comparator);
      if (kind === 'england') return {};
      return kind === 'region' ? { kind } : { kind, list: await loadNeighbourList(neighbourListId(choice.list), signal) };
    } catch (error) {
      if (signal?.aborted) throw error;
      return { problem: error instanceof Error ? error.message : 'The comparison could not be made.' };
    }
  };
  const [loaded, { problem, ...comparator }] = await Promise.all([loadTrends(area.code, signal), line()]);
  const view = trendView(definition, area, loaded, comparator);
  return problem ? { ...view, comparatorProblem: problem } : view;
}
