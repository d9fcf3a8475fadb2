import type { IndicatorDefinition } from '../../model.js';
import type { WantedIndicator } from './types.js';
import { DEFAULT_PROFILE_ID, latestDataUrl } from './urls.js';

/** One request: the catalogue indicators that share a profile and an area type. */
export interface RequestGroup {
  url: string;
  wanted: WantedIndicator[];
}

/** The catalogue indicator as a Fingertips reply must be read for it, if Fingertips has it. */
export function wantedFrom(definition: IndicatorDefinition): WantedIndicator | undefined {
  if (!definition.fingertips) return undefined;
  return { slug: definition.slug, fingertips: definition.fingertips, polarity: definition.publishedPolarity };
}

const groupKey = (wanted: WantedIndicator) => `${wanted.fingertips.profileId ?? DEFAULT_PROFILE_ID} ${wanted.fingertips.areaTypeId}`;

/**
 * The requests that cover the live indicators asked for (all of them when `slugs` is omitted): one
 * per profile and area type, each asking for its whole group so later questions are answered from
 * memory.
 */
export function requestGroups(apiBase: string, definitions: readonly IndicatorDefinition[], slugs?: readonly string[]): RequestGroup[] {
  const everyLive = definitions.map(wantedFrom).filter((wanted) => wanted !== undefined);
  const asked = new Set(everyLive.filter((wanted) => !slugs || slugs.includes(wanted.slug)).map(groupKey));
  return [...asked].map((key) => {
    const wanted = everyLive.filter((candidate) => groupKey(candidate) === key);
    const first = wanted[0] as WantedIndicator;
    const url = latestDataUrl(apiBase, {
      indicatorIds: wanted.map((indicator) => indicator.fingertips.indicatorId),
      areaTypeId: first.fingertips.areaTypeId,
      profileId: first.fingertips.profileId ?? DEFAULT_PROFILE_ID,
    });
    return { url, wanted };
  });
}
