import type { Comparison, IndicatorDefinition, Observation, ReadingKind, Significance, Verdict } from '../model.js';
import { intervalFor } from './interval.js';
import { positionAmong } from './position.js';

/** Said when an area's observation carries no message of its own. */
export const NO_LOCAL_VALUE = 'No value for this area in the data.';
/** Said when England's observation carries no message of its own. */
export const NO_BENCHMARK_VALUE = 'England has no value for this period, so the area cannot be compared with it.';
/** Said when there is neither a published interval nor the figures to compute one, nor a position to read. */
export const NO_INTERVAL =
  'No confidence interval is published for this figure, no count and denominator are available to compute one, and there is no set of councils to place it among, so no judgement is made.';

/** What `compare()` needs to know of an indicator. */
export type Judged = Pick<IndicatorDefinition, 'unit' | 'domain' | 'reading'>;

export interface CompareOptions {
  /**
   * Every council's figure for the same indicator and period. Where no interval can be had, the area
   * is judged by its position among them (quintiles), as Fingertips benchmarks such indicators.
   */
  peers?: readonly (number | null | undefined)[];
  /** What the area is compared with, for the reasons given: "England" by default. */
  benchmarkName?: string;
}

/** Whether an indicator's verdict is about pressure on families or about children's outcomes. */
export function readingKind(domain: string): ReadingKind {
  return domain === 'children-outcomes' ? 'outcome' : 'pressure';
}

/** Turns a difference into the opportunity reading: more pressure (or worse for children) is "worse". */
function readSignificance(significance: Significance, indicator: Judged): Verdict {
  if (significance === 'similar') return 'similar';
  if (!indicator.reading) return significance;
  return significance === indicator.reading.worseWhen ? 'worse' : 'better';
}

/** The verdict a position gives: the two fifths with the most pressure read "worse", the middle fifth "similar". */
function readQuintile(quintile: number): Verdict {
  return quintile >= 4 ? 'worse' : quintile <= 2 ? 'better' : 'similar';
}

/**
 * Compares an area's figure with England's and reads the difference the tool's way: are more of the
 * area's families under this pressure than England's (or do its children fare worse)?
 *
 * The judgement is made, in this order of preference, from:
 * 1. a 95% confidence interval – the publisher's own, else Wilson (percentages) or Byar (rates;
 *    exact Poisson under 10) from a count and denominator, marked derived when the count was – as
 *    Fingertips does (comparator method 1): England inside the interval, limits included, is
 *    "similar"; outside it the difference is significant;
 * 2. the publisher's own published comparison (`publishedSignificance`), where no interval is available;
 * 3. the area's position among councils (`peers`): the two fifths with the most pressure read "worse",
 *    the two with the least "better", the middle fifth "similar" – a position, not a significance test.
 * Figures of different periods are never compared: England's figure must be for the same period.
 *
 * @param local - the area's observation
 * @param benchmark - England's observation for the same indicator (and, to be compared, the same period)
 * @param indicator - the indicator's unit, domain and reading
 * @param options - the councils' figures for a position, and the benchmark's name
 */
export function compare(local: Observation | undefined, benchmark: Observation | undefined, indicator: Judged, options: CompareOptions = {}): Comparison {
  const reads = readingKind(indicator.domain);
  const name = options.benchmarkName ?? 'England';
  if (local === undefined || local.value === null) {
    return { verdict: 'no-data', reads, significance: null, direction: null, reason: local?.missing?.message ?? NO_LOCAL_VALUE };
  }
  const value = local.value;
  const interval = intervalFor(local, indicator.unit);
  const withInterval = interval ? { interval } : {};
  let benchmarkProblem: string | undefined;
  if (benchmark === undefined || benchmark.value === null) {
    benchmarkProblem =
      benchmark?.missing?.message ??
      (name === 'England' ? NO_BENCHMARK_VALUE : `${name} has no value for this period, so the area cannot be compared with it.`);
  } else if (benchmark.period.sortKey !== local.period.sortKey) {
    benchmarkProblem = `${name}’s figure is for ${benchmark.period.label || 'another period'}; there is no ${name} figure for ${local.period.label || 'this period'} to compare with.`;
  }
  const england = benchmarkProblem === undefined ? (benchmark?.value ?? null) : null;
  const direction = england === null ? null : value > england ? 'higher' : value < england ? 'lower' : 'same';

  if (england !== null && interval) {
    const significance: Significance = england > interval.upper ? 'lower' : england < interval.lower ? 'higher' : 'similar';
    return { verdict: readSignificance(significance, indicator), reads, method: 'interval', significance, direction, interval };
  }
  if (england !== null && local.publishedSignificance) {
    const significance = local.publishedSignificance;
    return { verdict: readSignificance(significance, indicator), reads, method: 'published-comparison', significance, direction, ...withInterval };
  }
  const position = indicator.reading && options.peers ? positionAmong(value, options.peers, indicator.reading.worseWhen) : undefined;
  if (position && position.of >= 5) {
    return {
      verdict: readQuintile(position.quintile),
      reads,
      method: 'position',
      significance: null,
      direction,
      position,
      ...withInterval,
      ...(benchmarkProblem ? { reason: benchmarkProblem } : {}),
    };
  }
  return { verdict: 'not-compared', reads, significance: null, direction, ...withInterval, reason: benchmarkProblem ?? NO_INTERVAL };
}
