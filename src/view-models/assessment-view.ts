import { DOMAINS, type DomainDefinition } from '../catalogue/domains.js';
import type { Area, DataSource, IndicatorDefinition, Observation, SourceInfo } from '../model.js';
import { closestMatch } from './closest.js';
import { indicatorView, withComparators, type IndicatorView } from './indicator-view.js';
import type { ComparatorChoice } from './comparator-view.js';
import { resolveArea } from './lookup.js';
import { opportunities, type Opportunities } from './opportunities.js';

export interface DomainView {
  domain: DomainDefinition;
  area: Area;
  indicators: IndicatorView[];
}

export interface AssessmentView {
  area: Area;
  /** Every upper-tier authority, for choosing another area. */
  areas: Area[];
  /** The regions, for grouping authorities when choosing. */
  regions: Area[];
  domains: DomainView[];
  /** Where the area's families face more pressure, its children fare worse, and where it is better placed. */
  opportunities: Opportunities;
  info: SourceInfo;
}

export interface LoadedDomain {
  view: DomainView;
  info: SourceInfo;
}

/** Finds a domain by id, or explains that there is none and suggests the closest. */
export function resolveDomain(id: string | undefined): DomainDefinition {
  const wanted = (id ?? '').trim();
  const found = DOMAINS.find((domain) => domain.id === wanted);
  if (found) return found;
  const ids = DOMAINS.map((domain) => domain.id);
  const suggestion = wanted ? closestMatch(wanted, ids) : undefined;
  throw new Error(
    wanted
      ? `There is no domain called “${wanted}”.${suggestion ? ` Did you mean “${suggestion}”?` : ''} The domains are ${ids.join(', ')}.`
      : `No domain was given: set the domain attribute to one of ${ids.join(', ')}.`,
  );
}

function domainView(
  domain: DomainDefinition,
  area: Area,
  areas: readonly Area[],
  definitions: readonly IndicatorDefinition[],
  byIndicator: ReadonlyMap<string, readonly Observation[]>,
): DomainView {
  return {
    domain,
    area,
    indicators: definitions
      .filter((definition) => definition.domain === domain.id)
      .map((definition) => indicatorView(definition, area, areas, byIndicator.get(definition.slug) ?? [])),
  };
}

/** The observations of each indicator, so that each indicator's view reads its own and not all of them. */
function byIndicator(observations: readonly Observation[]): Map<string, Observation[]> {
  const grouped = new Map<string, Observation[]>();
  for (const observation of observations) {
    const list = grouped.get(observation.indicator);
    if (list) list.push(observation);
    else grouped.set(observation.indicator, [observation]);
  }
  return grouped;
}

/** The catalogue and the areas, asked for together. */
async function basics(source: DataSource, signal?: AbortSignal) {
  const [definitions, areas] = await Promise.all([source.indicators(signal), source.areas(signal)]);
  return { definitions, areas };
}

/** Loads one domain for one area with a single query covering its indicators and every area. */
export async function loadDomainView(
  source: DataSource,
  domainId: string | undefined,
  areaCode: string | undefined,
  signal?: AbortSignal,
  choice?: ComparatorChoice,
): Promise<LoadedDomain> {
  const domain = resolveDomain(domainId);
  const { definitions, areas } = await basics(source, signal);
  const area = resolveArea(areas, areaCode);
  const mine = definitions.filter((definition) => definition.domain === domain.id);
  const observations = await source.observations({ indicators: mine.map((definition) => definition.slug) }, signal);
  const view = domainView(domain, area, areas, mine, byIndicator(observations));
  await withComparators(view.indicators, areas, choice, signal);
  return { view, info: await source.info(signal) };
}

/**
 * Loads the whole assessment for one area with a single query to the source: every indicator, every
 * area (so each indicator's spread comes with it), grouped by domain in the model's order.
 */
export async function loadAssessmentView(
  source: DataSource,
  areaCode: string | undefined,
  signal?: AbortSignal,
  choice?: ComparatorChoice,
): Promise<AssessmentView> {
  const { definitions, areas } = await basics(source, signal);
  const area = resolveArea(areas, areaCode);
  const observations = await source.observations({ indicators: definitions.map((definition) => definition.slug) }, signal);
  const info = await source.info(signal);
  const grouped = byIndicator(observations);
  const domains = DOMAINS.map((domain) => domainView(domain, area, areas, definitions, grouped));
  await withComparators(
    domains.flatMap((domain) => domain.indicators),
    areas,
    choice,
    signal,
  );
  return {
    area,
    areas: areas.filter((candidate) => candidate.kind === 'utla'),
    regions: areas.filter((candidate) => candidate.kind === 'region'),
    domains,
    opportunities: opportunities(domains.flatMap((domain) => domain.indicators)),
    info,
  };
}
