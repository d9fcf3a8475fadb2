import type { Comparison, Position, ReadingKind, Verdict } from '../model.js';
import { formatNumber } from './number.js';

/**
 * The verdict words, written once and used by every element, the map, the summaries, the tables,
 * tooltips, screen-reader text and the exports. They answer the tool's question of every figure:
 * are more of this area's families under this pressure than England's (the first three domains), or do
 * its children fare worse (the fourth)? "Significantly" appears only where a test was made.
 */

const withoutFinalStop = (text: string): string => text.trim().replace(/[.\s]+$/, '');

/** The words for "worse" and "better", by what the verdict is about. */
const SIDES: Record<ReadingKind, { worse: string; better: string; worseShort: string; betterShort: string }> = {
  pressure: { worse: 'More pressure than', better: 'Less pressure than', worseShort: 'More pressure', betterShort: 'Less pressure' },
  outcome: { worse: 'Worse than', better: 'Better than', worseShort: 'Worse', betterShort: 'Better' },
};

/** Where the area sits among councils, in words: "among the fifth of councils with the most pressure". */
export function positionText(position: Position, reads: ReadingKind): string {
  const most = reads === 'pressure' ? 'with the most pressure' : 'where children fare worst';
  const least = reads === 'pressure' ? 'with the least pressure' : 'where children fare best';
  switch (position.quintile) {
    case 5:
      return `among the fifth of councils ${most}`;
    case 4:
      return `among the two fifths of councils ${most}`;
    case 3:
      return 'in the middle fifth of councils';
    case 2:
      return `among the two fifths of councils ${least}`;
    case 1:
      return `among the fifth of councils ${least}`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "1st", "2nd", "23rd", "151st". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${formatNumber(n, 0)}${suffix}`;
}

/**
 * The verdict in words, e.g. "More pressure than England", "Worse than England", "Similar to England",
 * "Among the fifth of councils with the most pressure" (a position), "Higher than England" (a council's
 * own indicator with no stated direction), "Not judged: …" or "No data: …".
 *
 * @param comparison - the result of `compare()`
 * @param benchmarkName - what the area was compared with; England by default
 */
export function verdictText(comparison: Comparison, benchmarkName = 'England'): string {
  const { verdict, reads, method, position, direction } = comparison;
  if (method === 'position' && position) return capitalise(positionText(position, reads));
  switch (verdict) {
    case 'worse':
      return `${SIDES[reads].worse} ${benchmarkName}`;
    case 'better':
      return `${SIDES[reads].better} ${benchmarkName}`;
    case 'similar':
      return `Similar to ${benchmarkName}`;
    case 'higher':
    case 'lower':
      return `${capitalise(verdict)} than ${benchmarkName}`;
    case 'not-compared': {
      const reason = withoutFinalStop(comparison.reason ?? '');
      const how = direction === 'higher' || direction === 'lower' ? `${capitalise(direction)} than ${benchmarkName}, not judged` : 'Not judged';
      return reason ? `${how}: ${reason}` : how;
    }
    case 'no-data': {
      const reason = withoutFinalStop(comparison.reason ?? '');
      return reason ? `No data: ${reason}` : 'No data';
    }
  }
}

/**
 * A verdict as a map's key names it, for pressures on families or children's outcomes: "More pressure
 * than England", "Children fare worse than England", "Similar to England", "Not judged", "No data".
 */
export function verdictKeyText(verdict: Verdict, reads: ReadingKind, benchmarkName = 'England'): string {
  switch (verdict) {
    case 'worse':
    case 'better':
      // A key stands apart from the figures it explains, so for children's outcomes it names the children.
      return reads === 'outcome' ? `Children fare ${SIDES.outcome[verdict].toLowerCase()} ${benchmarkName}` : `${SIDES.pressure[verdict]} ${benchmarkName}`;
    case 'similar':
      return `Similar to ${benchmarkName}`;
    case 'higher':
    case 'lower':
      return `${capitalise(verdict)} than ${benchmarkName}`;
    case 'not-compared':
      return 'Not judged';
    case 'no-data':
      return 'No data';
  }
}

/**
 * The verdict in one or two words for compact views and legends: "More pressure", "Less pressure",
 * "Worse", "Better", "Similar", "Higher", "Lower", "Not judged" or "No data". A position adds
 * "(by position)".
 */
export function verdictShortText(comparison: Comparison): string {
  const { verdict, reads, method } = comparison;
  const byPosition = method === 'position' ? ' (by position)' : '';
  switch (verdict) {
    case 'worse':
      return SIDES[reads].worseShort + byPosition;
    case 'better':
      return SIDES[reads].betterShort + byPosition;
    case 'similar':
      return method === 'position' ? 'Middle fifth (by position)' : 'Similar';
    case 'higher':
      return 'Higher';
    case 'lower':
      return 'Lower';
    case 'not-compared':
      return 'Not judged';
    case 'no-data':
      return 'No data';
  }
}

const INTERVAL_NAMES = {
  published: 'the publisher’s 95% confidence interval',
  wilson: 'a 95% confidence interval by the Wilson score method',
  byar: 'a 95% confidence interval by Byar’s method',
  'exact-poisson': 'an exact Poisson 95% confidence interval (used for counts under 10)',
} as const;

const INTERVAL_SHORT = {
  published: 'published 95% interval',
  wilson: '95% interval, Wilson',
  byar: '95% interval, Byar',
  'exact-poisson': '95% interval, exact Poisson',
} as const;

/**
 * How the verdict was reached, in a sentence, for rows, tooltips, tables and exports. For example
 * "Tested: England’s value lies outside a 95% confidence interval by Byar’s method, so the difference
 * is significant." or "By position among 153 councils (ranked 3rd for the most pressure), not by a
 * significance test."
 *
 * @param comparison - the result of `compare()`
 * @param benchmarkName - what the area was compared with; England by default
 */
export function methodText(comparison: Comparison, benchmarkName = 'England'): string {
  const { method, interval, position, significance, reads } = comparison;
  if (method === 'interval' && interval) {
    const derived = interval.derived ? ' from a count derived from published figures' : '';
    const outcome =
      significance === 'similar'
        ? `${benchmarkName}’s value lies inside it, so the difference is not significant`
        : `${benchmarkName}’s value lies outside it, so the difference is significant`;
    return `Tested against ${INTERVAL_NAMES[interval.method]}${derived}: ${outcome}.`;
  }
  if (method === 'published-comparison') {
    return `The publisher’s own comparison with ${benchmarkName} (no interval was available to test here).`;
  }
  if (method === 'position' && position) {
    const most = reads === 'pressure' ? 'the most pressure' : 'the worst outcome';
    const gap = comparison.reason ? ` ${withoutFinalStop(comparison.reason)}.` : '';
    return `By position among ${formatNumber(position.of, 0)} councils (${ordinal(position.rank)}, counting from ${most}), not by a significance test: no count is published to test the difference.${gap}`;
  }
  if (comparison.verdict === 'no-data' || comparison.verdict === 'not-compared')
    return `${withoutFinalStop(comparison.reason ?? 'No judgement could be made')}.`;
  return '';
}

/**
 * How the verdict was reached, briefly, for rows, table cells and the CSV: "Significant difference
 * (tested: 95% interval, Byar)", "No significant difference (tested: 95% interval, Wilson, derived count)",
 * "The publisher’s own comparison", "By position among 153 councils (17th from the most pressure); not a
 * significance test", "Not judged" or "No data".
 */
export function methodShortText(comparison: Comparison): string {
  const { method, position, reads } = comparison;
  if (method === 'position' && position) {
    return `By position among ${formatNumber(position.of, 0)} councils (${ordinal(position.rank)} from ${reads === 'pressure' ? 'the most pressure' : 'the worst outcome'}); not a significance test`;
  }
  if (method === 'interval' || method === 'published-comparison') return capitalise(judgedBy(comparison));
  return comparison.verdict === 'no-data' ? 'No data' : 'Not judged';
}

/**
 * How a verdict was reached, as a short clause for lists such as the assessment's opening:
 * "a significant difference (tested: 95% interval, Byar)", "the publisher’s own comparison", or
 * "by position: among the fifth of councils with the most pressure – not a significance test".
 */
export function judgedBy(comparison: Comparison): string {
  const { method, interval, position, significance, reads } = comparison;
  if (method === 'interval' && interval) {
    const how = `${INTERVAL_SHORT[interval.method]}${interval.derived ? ', derived count' : ''}`;
    return `${significance === 'similar' ? 'no significant difference' : 'a significant difference'} (tested: ${how})`;
  }
  if (method === 'published-comparison') return 'the publisher’s own comparison';
  if (method === 'position' && position) return `by position: ${positionText(position, reads)} – not a significance test`;
  return 'not judged';
}

/**
 * How the verdict was reached, in as few words as a printed summary table allows: "Tested:
 * significant (Byar)", "Tested: not significant (Wilson, derived count)", "Publisher’s comparison",
 * "Position: 10th of 153 (not a test)", "Not judged" or "No data".
 */
export function methodTag(comparison: Comparison): string {
  const { method, interval, position, significance } = comparison;
  if (method === 'interval' && interval) {
    const how = { published: 'published interval', wilson: 'Wilson', byar: 'Byar', 'exact-poisson': 'exact Poisson' }[interval.method];
    return `Tested: ${significance === 'similar' ? 'not significant' : 'significant'} (${how}${interval.derived ? ', derived count' : ''})`;
  }
  if (method === 'published-comparison') return 'Publisher’s comparison';
  if (method === 'position' && position) return `Position: ${ordinal(position.rank)} of ${formatNumber(position.of, 0)} (not a test)`;
  return comparison.verdict === 'no-data' ? 'No data' : 'Not judged';
}
