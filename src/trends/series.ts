import type { IndicatorDefinition, Observation, Period } from '../model.js';
import { intervalFor, type ObservationInterval } from '../stats/interval.js';
import { intervalTrend, proportionTrend, TREND_POINTS, type TrendTest } from '../stats/trend.js';
import type { SeriesBreak } from './format.js';

/**
 * An area's series for one indicator, read the way Fingertips reads a "recent trend": the latest five
 * periods in a row, with no break between them, tested for a linear trend where counts (or intervals)
 * allow; otherwise the direction only, said to be untested.
 */

/** Why a series does not run on unbroken from one period to the next. */
export type BreakKind = 'definition' | 'gap' | 'reorganisation';

/** A break in the area's series, placed before the period it names. */
export interface TrendBreak {
  kind: BreakKind;
  /** The first period after the break. */
  before: Period;
  /** What happened, in words for the reader. */
  text: string;
  url?: string;
}

/** How the trend was read. */
export type TrendStatus =
  /** Tested with Fingertips' test for a linear trend over the latest five periods. */
  | 'tested'
  /** Five periods in a row, but without counts or intervals to test: the direction only. */
  | 'untested'
  /** Fewer than five comparable periods in a row: the direction only. */
  | 'too-few'
  /** The indicator has one period only (a Census, say). */
  | 'single'
  /** No figure for the area in the latest period, or none at all. */
  | 'none';

export interface TrendReading {
  status: TrendStatus;
  /** For `tested`: the test's result. */
  test?: TrendTest;
  /** True when a tested series rests on counts derived from published figures. */
  derived?: boolean;
  /** The direction from the first to the last period read: for untested series, the only reading. */
  direction?: 'rising' | 'falling' | 'level';
  /** The periods read, oldest first (up to five). */
  window: Observation[];
  /** Why the series could not be tested, in words for the reader. */
  reason?: string;
}

/** The area's figure and its interval in one period. */
export interface SeriesPoint {
  observation: Observation;
  interval?: ObservationInterval;
}

const hasValue = (o: Observation | undefined): o is Observation & { value: number } => typeof o?.value === 'number';

/**
 * Where the series breaks: before the first period of a changed definition, after a period with no
 * figure between two with figures (a gap), and where a council created by a reorganisation starts (its
 * earlier periods are missing because of the boundary change).
 *
 * @param periods - the area's observations, oldest first
 * @param definitionBreaks - the indicator's changes of definition
 */
export function seriesBreaks(periods: readonly Observation[], definitionBreaks: readonly SeriesBreak[] = []): TrendBreak[] {
  const breaks: TrendBreak[] = [];
  for (const change of definitionBreaks) {
    const first = periods.find((o) => o.period.sortKey >= change.from);
    const earlier = periods.some((o) => o.period.sortKey < change.from);
    if (first && earlier) breaks.push({ kind: 'definition', before: first.period, text: change.text, ...(change.url ? { url: change.url } : {}) });
  }
  let seenValue = false;
  let missingRun: Observation[] = [];
  for (const observation of periods) {
    if (!hasValue(observation)) {
      missingRun.push(observation);
      continue;
    }
    if (missingRun.length) {
      const reorganised = missingRun.every((o) => o.missing?.reason === 'boundary-change');
      if (reorganised) {
        breaks.push({ kind: 'reorganisation', before: observation.period, text: missingRun.at(-1)!.missing!.message });
      } else if (seenValue) {
        const labels = missingRun.map((o) => o.period.label);
        const why = missingRun.at(-1)!.missing?.message;
        breaks.push({
          kind: 'gap',
          before: observation.period,
          text: `No figure for ${labels.length === 1 ? labels[0] : `${labels[0]} to ${labels.at(-1)}`}${why ? `: ${why.charAt(0).toLowerCase()}${why.slice(1)}` : '.'}`,
        });
      }
    }
    missingRun = [];
    seenValue = true;
  }
  return breaks.sort((a, b) => a.before.sortKey.localeCompare(b.before.sortKey));
}

function directionOf(window: readonly Observation[]): TrendReading['direction'] {
  const first = window[0]?.value;
  const last = window.at(-1)?.value;
  if (typeof first !== 'number' || typeof last !== 'number' || window.length < 2) return undefined;
  return last > first ? 'rising' : last < first ? 'falling' : 'level';
}

/**
 * Tests the latest five periods in a row that no break divides. Percentages with counts and
 * denominators take Fingertips' chi-squared test for trend in proportions; other figures with a 95%
 * interval (published, or worked out from a count by Byar's method or exact Poisson) take its test
 * weighted by the intervals. Without either, or with fewer than five periods, only the direction is read.
 *
 * @param definition - the indicator's unit, for intervals and which test applies
 * @param periods - the area's observations, oldest first
 * @param breaks - from {@link seriesBreaks}
 */
export function readTrend(definition: Pick<IndicatorDefinition, 'unit'>, periods: readonly Observation[], breaks: readonly TrendBreak[]): TrendReading {
  if (periods.length === 1) {
    return { status: 'single', window: hasValue(periods[0]) ? [periods[0]] : [], reason: `${periods[0]!.period.label} is the only period published.` };
  }
  const latest = periods.at(-1);
  if (!hasValue(latest)) {
    return { status: 'none', window: [], reason: latest ? `There is no figure for the latest period, ${latest.period.label}.` : 'There are no figures.' };
  }
  // The latest run of periods with figures that no break divides.
  const run: Observation[] = [];
  for (let index = periods.length - 1; index >= 0; index--) {
    const observation = periods[index]!;
    if (!hasValue(observation)) break;
    run.unshift(observation);
    if (breaks.some((found) => found.before.sortKey === observation.period.sortKey)) break;
  }
  const window = run.slice(-TREND_POINTS);
  const direction = directionOf(window);
  if (run.length < TREND_POINTS) {
    const since = breaks.find((found) => found.before.sortKey === run[0]!.period.sortKey);
    const after = since
      ? { definition: ' since the change of definition', gap: ' since the last gap', reorganisation: ' since the council was created' }[since.kind]
      : '';
    return {
      status: 'too-few',
      window,
      ...(direction ? { direction } : {}),
      reason: `There ${run.length === 1 ? 'is 1 comparable period' : `are ${run.length} comparable periods`} in a row${after}; a trend is tested over ${TREND_POINTS}.`,
    };
  }
  const untested = (reason: string): TrendReading => ({ status: 'untested', window, ...(direction ? { direction } : {}), reason });
  if (definition.unit.kind === 'percent' && window.every((o) => typeof o.count === 'number' && typeof o.denominator === 'number')) {
    const test = proportionTrend(window.map((o) => ({ count: o.count!, denominator: o.denominator! })));
    if (!test) return untested('A count of zero (or equal to its denominator) leaves the test without an answer.');
    return { status: 'tested', test, window, ...(direction ? { direction } : {}), ...(window.some((o) => o.countDerivation) ? { derived: true } : {}) };
  }
  const intervals = window.map((o) => intervalFor(o, definition.unit));
  if (intervals.every((interval): interval is ObservationInterval => interval !== undefined)) {
    const test = intervalTrend(window.map((o, index) => ({ value: o.value!, lower: intervals[index]!.lower, upper: intervals[index]!.upper })));
    if (!test) return untested('An interval of no width leaves the test without an answer.');
    return {
      status: 'tested',
      test,
      window,
      ...(direction ? { direction } : {}),
      ...(intervals.some((interval) => interval.derived) ? { derived: true } : {}),
    };
  }
  return untested('No counts or confidence intervals are published for these periods, so no test can be made.');
}
