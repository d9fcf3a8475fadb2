import type { Comparison, Verdict } from '../model.js';
import type { Rank } from '../stats/rank.js';
import { formatNumber } from './number.js';
import { ordinal, verdictText } from './verdict.js';

/**
 * The words of a second comparison – with the area's region or its statistical neighbours – which adds
 * to the comparison with England and never replaces it: "More pressure than England, and more than
 * councils like us". Built on the verdict words of verdict.ts, so each verdict is worded once.
 */

/** What an area's statistical neighbours are called in verdicts. */
export const NEIGHBOURS_GROUP = 'councils like us';

/** "DfE statistical neighbours, May 2025": a list is always named with its vintage, since the lists disagree. */
export function listLabel(list: { name: string; vintage: string }): string {
  return `${list.name}, ${list.vintage}`;
}

/** A region as a verdict names it: "the North West", "London", "Yorkshire and The Humber". */
export function regionGroup(name: string): string {
  return /^(North|South|East|West)\b/.test(name) ? `the ${name}` : name;
}

/** "3rd highest of 153", "highest of 11", "joint 2nd lowest of 152". */
export function rankText(rank: Rank): string {
  const place = rank.place === 1 ? '' : `${ordinal(rank.place)} `;
  return `${rank.tied ? 'joint ' : ''}${place}${rank.end} of ${formatNumber(rank.of, 0)}`;
}

const decided: readonly Verdict[] = ['worse', 'better', 'similar'];
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The second comparison as a clause after the England verdict. When both point the same way it reads
 * "and more than councils like us" (or "and worse than…", "and similar to…"); when they differ, "but less
 * pressure than the North West". A verdict reached by position says so: "and more than councils like us
 * (by position: 3rd highest of 11 – not a significance test)". When either comparison gave no verdict,
 * the clause is a sentence of its own: "Not compared with the North West: …", "Higher than councils like us".
 *
 * @param england - the comparison with England
 * @param other - the comparison with the group's figure (a region's, or the neighbours' average)
 * @param group - the group in words: "councils like us", "the North West"
 * @param rank - the area's place in the group, shown when the verdict was reached by position
 */
export function comparatorClause(england: Comparison, other: Comparison, group: string, rank?: Rank): string {
  if (other.verdict === 'no-data' || other.verdict === 'not-compared') {
    const reason = (other.reason ?? '').trim().replace(/[.\s]+$/, '');
    return `Not compared with ${group}${reason ? `: ${lowerFirst(reason)}` : ''}`;
  }
  const byPosition = other.method === 'position' && rank ? ` (by position: ${rankText(rank)} – not a significance test)` : '';
  // The verdict's own words, without verdict.ts's wording of a position among all England's councils.
  const full = verdictText({ ...other, method: other.method === 'position' ? undefined : other.method }, group);
  if (!decided.includes(england.verdict) || !decided.includes(other.verdict)) return `${full}${byPosition}`;
  if (england.verdict !== other.verdict) return `but ${lowerFirst(full)}${byPosition}`;
  const same =
    other.verdict === 'similar' ? 'similar to' : other.reads === 'pressure' ? (other.verdict === 'worse' ? 'more than' : 'less than') : `${other.verdict} than`;
  return `and ${same} ${group}${byPosition}`;
}
