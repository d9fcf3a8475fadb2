import { DOMAINS, type DomainDefinition } from '../../indicators/domains.js';
import type { Area, DataSource, SourceInfo } from '../model.js';
import { indicatorView, type IndicatorView } from './indicator-view.js';
import { resolveArea } from './lookup.js';

export interface DomainView {
  domain: DomainDefinition;
  indicators: IndicatorView[];
}

export interface AssessmentView {
  area: Area;
  /** Every upper-tier authority, for choosing another area. */
  areas: Area[];
  /** The regions, for grouping authorities when choosing. */
  regions: Area[];
  domains: DomainView[];
  info: SourceInfo;
}

/**
 * Loads the whole assessment for one area with a single query to the source: every indicator, every
 * area (so each indicator's spread comes with it), grouped by domain in the model's order.
 */
export async function loadAssessmentView(source: DataSource, areaCode: string | undefined, signal?: AbortSignal): Promise<AssessmentView> {
  const [definitions, areas, info] = await Promise.all([source.indicators(signal), source.areas(signal), source.info(signal)]);
  const area = resolveArea(areas, areaCode);
  const observations = await source.observations({ indicators: definitions.map((definition) => definition.slug) }, signal);
  return {
    area,
    areas: areas.filter((candidate) => candidate.kind === 'utla'),
    regions: areas.filter((candidate) => candidate.kind === 'region'),
    domains: DOMAINS.map((domain) => ({
      domain,
      indicators: definitions.filter((definition) => definition.domain === domain.id).map((definition) => indicatorView(definition, area, areas, observations)),
    })),
    info,
  };
}
