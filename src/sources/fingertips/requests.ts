import type { IndicatorDefinition } from '../../model.js';
import type { WantedIndicator } from './types.js';
import { DEFAULT_PROFILE_ID, latestDataUrl } from './urls.js';

/** One request: the catalogue indicators of one area type, from every profile they live in. */
export interface RequestGroup {
  url: string;
  wanted: WantedIndicator[];
}

/** The catalogue indicator as a Fingertips reply must be read for it, if Fingertips has it. */
export function wantedFrom(definition: IndicatorDefinition): WantedIndicator | undefined {
  if (!definition.fingertips) return undefined;
  return { slug: definition.slug, fingertips: definition.fingertips, polarity: definition.publishedPolarity };
}

/** The profile an indicator lives in; PHOF when its definition names none. */
export const profileOf = (wanted: WantedIndicator): number => wanted.fingertips.profileId ?? DEFAULT_PROFILE_ID;

/** The profile most of the indicators live in (the smallest id on a tie): it is sent as `profile_id`. */
function mainProfile(profiles: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const profile of profiles) counts.set(profile, (counts.get(profile) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a - b)[0]?.[0] ?? DEFAULT_PROFILE_ID;
}

/**
 * The requests that cover the live indicators asked for (all of them when `slugs` is omitted): one
 * per area type, asking for the whole group so later questions are answered from memory. Each
 * indicator lives in its own profile (children in care in Child and Maternal Health, most others in
 * PHOF); a request names them all in `restrict_to_profile_ids`, so a page still makes one call.
 */
export function requestGroups(apiBase: string, definitions: readonly IndicatorDefinition[], slugs?: readonly string[]): RequestGroup[] {
  const everyLive = definitions.map(wantedFrom).filter((wanted) => wanted !== undefined);
  const asked = new Set(everyLive.filter((wanted) => !slugs || slugs.includes(wanted.slug)).map((wanted) => wanted.fingertips.areaTypeId));
  return [...asked].map((areaTypeId) => {
    const wanted = everyLive.filter((candidate) => candidate.fingertips.areaTypeId === areaTypeId);
    const profiles = wanted.map(profileOf);
    const distinct = [...new Set(profiles)];
    const url = latestDataUrl(apiBase, {
      indicatorIds: wanted.map((indicator) => indicator.fingertips.indicatorId),
      areaTypeId,
      profileId: mainProfile(profiles),
      ...(distinct.length > 1 ? { restrictToProfileIds: distinct } : {}),
    });
    return { url, wanted };
  });
}

/** One request per profile and area type, naming only that profile: how the check confirms where each indicator lives. */
export function requestsPerProfile(apiBase: string, definitions: readonly IndicatorDefinition[]): (RequestGroup & { profileId: number })[] {
  const everyLive = definitions.map(wantedFrom).filter((wanted) => wanted !== undefined);
  const keys = [...new Set(everyLive.map((wanted) => `${profileOf(wanted)} ${wanted.fingertips.areaTypeId}`))];
  return keys.map((key) => {
    const wanted = everyLive.filter((candidate) => `${profileOf(candidate)} ${candidate.fingertips.areaTypeId}` === key);
    const first = wanted[0] as WantedIndicator;
    const profileId = profileOf(first);
    const url = latestDataUrl(apiBase, {
      indicatorIds: wanted.map((indicator) => indicator.fingertips.indicatorId),
      areaTypeId: first.fingertips.areaTypeId,
      profileId,
    });
    return { url, wanted, profileId };
  });
}
