import type { Area, Comparison, DataSource, IndicatorDefinition, Observation, SourceInfo, Verdict } from '../model.js';
import { verdictText } from '../format/verdict.js';
import { ENGLAND } from '../model.js';
import { compare } from '../stats/compare.js';
import { figureText } from './describe.js';
import { resolveArea, resolveIndicator } from './lookup.js';

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
      peers = councils
        .map((area) => mine.get(area.code))
        .filter((o) => o?.period.sortKey === sortKey)
        .map((o) => o!.value);
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
    if (observation?.value != null && observation.period.label)
      periodCounts.set(observation.period.label, (periodCounts.get(observation.period.label) ?? 0) + 1);
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

/** The area a choropleth shows as chosen, and the region it zooms to. */
export interface ChoroplethSelection {
  /** The chosen authority, if the area is one (or a sub-area of one). */
  authority?: Area;
  /** The area as given: England, a region or an authority. */
  area?: Area;
  /** The region `zoom="region"` shows. */
  region?: string;
  /** Why the area asked for could not be found. */
  error?: unknown;
}

/**
 * Resolves the area asked for: the authority to outline (a sub-area's council, say) and the region to
 * zoom to – a region itself, or the region the boundary file puts the authority in.
 *
 * @param shapes - the boundary file's authorities, each with its region
 */
export function choroplethSelection(
  view: Pick<ChoroplethView, 'areas'>,
  shapes: readonly { code: string; region?: string }[],
  wanted: string | undefined,
): ChoroplethSelection {
  if (!wanted) return {};
  try {
    const { areas } = view;
    const area = resolveArea(areas, wanted);
    const authorityCode = area.kind === 'utla' ? area.code : area.kind === 'sub-area' ? area.parentCode : undefined;
    const authority = authorityCode ? areas.find((candidate) => candidate.code === authorityCode) : undefined;
    const shape = authority ? shapes.find((candidate) => candidate.code === authority.code) : undefined;
    const region = area.kind === 'region' ? area.code : (shape?.region ?? authority?.parentCode);
    return { area, ...(authority ? { authority } : {}), ...(region ? { region } : {}) };
  } catch (error) {
    return { error };
  }
}

/** One authority on the map: its figure, verdict and the words a tooltip and a screen reader give. */
export interface ChoroplethRow {
  code: string;
  name: string;
  value: number | null;
  entry: ChoroplethEntry | undefined;
  verdict: Verdict;
  /** "Blackpool. 184 per 10,000. More pressure than England", and whether it is a neighbour of the chosen council. */
  label: string;
}

/** An authority's name, figure and verdict, as the tooltip and the accessible name give them. */
export function describeAuthority(view: Pick<ChoroplethView, 'definition'>, name: string, entry: ChoroplethEntry | undefined): string[] {
  const value = entry?.observation?.value;
  const verdict = entry ? verdictText(entry.comparison) : 'No data: this source has no figure for this council';
  return value === null || value === undefined ? [name, verdict] : [name, figureText(view, value), verdict];
}

/**
 * Every authority in the boundary file with its figure and verdict, in the file's order.
 *
 * @param neighbours - the chosen council's statistical neighbours, when they are outlined, and the list's name
 */
export function choroplethRows(
  view: ChoroplethView,
  shapes: readonly { code: string; name: string }[],
  neighbours?: { of: string; codes: readonly string[]; label: string },
): ChoroplethRow[] {
  return shapes.map((shape) => {
    const entry = view.entries.get(shape.code);
    const name = entry?.area.name ?? shape.name;
    const value = entry?.observation?.value ?? null;
    const verdict = entry?.comparison.verdict ?? 'no-data';
    const neighbour = neighbours?.codes.includes(shape.code) ? [`A statistical neighbour of ${neighbours.of} (${neighbours.label})`] : [];
    return { code: shape.code, name, value, entry, verdict, label: [...describeAuthority(view, name, entry), ...neighbour].join('. ') };
  });
}

/** The figures a value scale is drawn from: every authority's that has one. */
export function choroplethValues(view: ChoroplethView): number[] {
  return [...view.entries.values()].map((entry) => entry.observation?.value).filter((value): value is number => typeof value === 'number');
}

/** The verdicts a comparison legend lists, in reading order: the opportunity first. */
export const VERDICT_ORDER: readonly Verdict[] = ['worse', 'higher', 'similar', 'lower', 'better', 'not-compared', 'no-data'];
