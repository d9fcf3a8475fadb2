import { ENGLAND } from '../../model.js';

/** The public Fingertips API. Browsers may refuse to read it from another site: see `resolveApiBase`. */
export const DEFAULT_API_BASE = 'https://fingertips.phe.org.uk/api';

/** Fingertips' area type for the whole of England, the parent of every upper-tier authority. */
export const ENGLAND_AREA_TYPE = 15;

/** The Public Health Outcomes Framework, the profile asked for when an indicator names none. */
export const DEFAULT_PROFILE_ID = 19;

/**
 * Checks an API base and drops any trailing slash. It must be an absolute http(s) address, or a path
 * on the page's own site starting with “/” (such as `/fingertips-api`, for a same-origin proxy).
 *
 * @throws RangeError with a message for the page's author when the base is neither
 */
export function resolveApiBase(apiBase: string | undefined = DEFAULT_API_BASE): string {
  const base = apiBase.trim().replace(/\/+$/, '');
  const isPath = base.startsWith('/') && !base.startsWith('//');
  if (isPath) return base;
  if (/^https?:\/\/[^/]/i.test(base)) {
    try {
      new URL(base);
      return base;
    } catch {
      // fall through to the explanation below
    }
  }
  throw new RangeError(
    `The Fingertips API address “${apiBase}” is not usable. Give a full address starting with https://, or a path on this site starting with “/”, such as /fingertips-api.`,
  );
}

/** Joins parameters as Fingertips writes them: names as they are, id lists comma-separated. */
function query(params: Record<string, string | number | readonly number[] | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string | number | readonly number[]] => entry[1] !== undefined)
    .map(([name, value]) => {
      const text = typeof value === 'object' ? value.map((id) => String(id)).join(',') : String(value);
      return `${name}=${encodeURIComponent(text).replace(/%2C/gi, ',')}`;
    })
    .join('&');
}

/** Sorted, distinct whole-number ids, so that the same set always makes the same address. */
function idList(ids: readonly number[]): number[] {
  return [...new Set(ids)].filter((id) => Number.isInteger(id)).sort((a, b) => a - b);
}

export interface LatestDataRequest {
  indicatorIds: readonly number[];
  /** The child area type: 502 for upper-tier authorities from April 2023. */
  areaTypeId: number;
  /** Supplies polarity and the comparison method; Fingertips has no default, so one is always sent. */
  profileId?: number;
  /**
   * The profiles whose groupings are searched for the indicators. Without it the API looks only in
   * `profileId`; with it, in every profile listed (fingertips-open
   * DataConstruction/GroupDataBuilderByIndicatorIds.cs `ReadGroupings`), so one request covers
   * indicators of several profiles.
   */
  restrictToProfileIds?: readonly number[];
  /** England (E92000001) by default, which gives every area of the type in England. */
  parentAreaCode?: string;
}

/**
 * The latest figures of several indicators for every child area of a parent, with England's as the
 * comparator: `{apiBase}/latest_data/specific_indicators_for_child_areas?…`.
 */
export function latestDataUrl(apiBase: string, request: LatestDataRequest): string {
  return `${resolveApiBase(apiBase)}/latest_data/specific_indicators_for_child_areas?${query({
    area_type_id: request.areaTypeId,
    parent_area_code: request.parentAreaCode ?? ENGLAND,
    indicator_ids: idList(request.indicatorIds),
    profile_id: request.profileId ?? DEFAULT_PROFILE_ID,
    restrict_to_profile_ids: request.restrictToProfileIds && request.restrictToProfileIds.length > 0 ? idList(request.restrictToProfileIds) : undefined,
  })}`;
}

/** Every value note, `[{Id, Text}]`: `{apiBase}/value_notes` (fingertips-open EntitiesController.cs). */
export function valueNotesUrl(apiBase: string): string {
  return `${resolveApiBase(apiBase)}/value_notes`;
}

/**
 * Metadata of several indicators, an object keyed by indicator id with `Descriptive.Name`, `Unit`
 * and `ValueType`: `{apiBase}/indicator_metadata/by_indicator_id?…` (fingertips-open
 * IndicatorMetadataController.cs; PholioObjects/IndicatorMetadata.cs).
 */
export function indicatorMetadataUrl(apiBase: string, indicatorIds: readonly number[]): string {
  return `${resolveApiBase(apiBase)}/indicator_metadata/by_indicator_id?${query({ indicator_ids: idList(indicatorIds) })}`;
}

/**
 * The area types an indicator has data for, `[{IndicatorId, AreaTypeId}]`:
 * `{apiBase}/available_data?indicator_id=…` (fingertips-open PholioObjects/GroupingData.cs).
 */
export function availableDataUrl(apiBase: string, indicatorId: number): string {
  return `${resolveApiBase(apiBase)}/available_data?${query({ indicator_id: indicatorId })}`;
}

/** The origin an address points at, or undefined for a path on the page's own site. */
export function originOf(url: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) return undefined;
  try {
    return new URL(url, 'https://invalid.example').origin;
  } catch {
    return undefined;
  }
}
