import type { Reading, ReadingKind } from '../model.js';
import type { TrendReading } from '../trends/series.js';
import { formatNumber } from './number.js';

/**
 * The words of a trend, read through the opportunity reading like every verdict: a significant rise in
 * a pressure is "Rising – more pressure", a fall in school readiness "Falling – worse for children".
 * "Significant" and "tested" appear only where Fingertips' test was made; otherwise the direction is
 * given and said to be untested.
 */

/** The reading's words for a change that puts more (or fewer) families under pressure, or children worse (or better). */
const EFFECT: Record<ReadingKind, { worse: string; better: string }> = {
  pressure: { worse: 'more pressure', better: 'less pressure' },
  outcome: { worse: 'worse for children', better: 'better for children' },
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether a rise or fall means more pressure (or worse for children): `worse`, `better`, or undefined without a reading. */
export function trendEffect(direction: 'rising' | 'falling', reading: Pick<Reading, 'worseWhen'> | undefined): 'worse' | 'better' | undefined {
  if (!reading) return undefined;
  return (direction === 'rising') === (reading.worseWhen === 'higher') ? 'worse' : 'better';
}

/**
 * The trend in a few words: "Rising – more pressure", "Falling – worse for children", "No significant
 * change", "Rising – not tested", "Falling – too few periods to test", "One period only", "No recent figure".
 *
 * @param trend - the reading of the series
 * @param reads - whether the indicator is a pressure on families or a children's outcome
 * @param reading - the indicator's opportunity reading (which direction is worse), if it has one
 */
export function trendText(trend: TrendReading, reads: ReadingKind, reading: Pick<Reading, 'worseWhen'> | undefined): string {
  switch (trend.status) {
    case 'tested': {
      const found = trend.test!.trend;
      if (found === 'no-change') return 'No significant change';
      const effect = trendEffect(found, reading);
      return `${capitalise(found)}${effect ? ` – ${EFFECT[reads][effect]}` : ''}`;
    }
    case 'untested':
      return trend.direction && trend.direction !== 'level' ? `${capitalise(trend.direction)} – not tested` : 'No change – not tested';
    case 'too-few':
      return trend.direction && trend.direction !== 'level' ? `${capitalise(trend.direction)} – too few periods to test` : 'Too few periods to test';
    case 'single':
      return 'One period only';
    case 'none':
      return 'No recent figure';
  }
}

/**
 * How the trend was read, in a sentence or two for the reader, for example "Tested with Fingertips’
 * chi-squared test for a linear trend over the latest five periods (2020/21 to 2024/25), from counts and
 * denominators, at 99.8% confidence (χ² = 35.2): a significant rise." or "Not tested: no counts … This
 * is the direction only: from 41.7 in 2020/21 to 37.0 in 2024/25."
 *
 * @param trend - the reading of the series
 * @param figure - formats a figure in the indicator's unit
 */
export function trendMethodText(trend: TrendReading, figure: (value: number) => string): string {
  const first = trend.window[0];
  const last = trend.window.at(-1);
  const span = first && last ? `${first.period.label} to ${last.period.label}` : '';
  const fromTo =
    first && last && first !== last ? `from ${figure(first.value!)} in ${first.period.label} to ${figure(last.value!)} in ${last.period.label}` : '';
  if (trend.status === 'tested' && trend.test) {
    const { test } = trend;
    const basis = test.method === 'proportion' ? 'counts and denominators' : 'each period’s 95% confidence interval';
    const derived = trend.derived ? ' (counts derived from published figures)' : '';
    const result =
      test.trend === 'no-change'
        ? test.consistent
          ? 'no significant change'
          : 'no significant change: the direction turns on a single period'
        : `a significant ${test.trend === 'rising' ? 'rise' : 'fall'}`;
    return `Tested with Fingertips’ chi-squared test for a linear trend over the latest ${trend.window.length} periods (${span}), from ${basis}${derived}, at 99.8% confidence (χ² = ${formatNumber(test.chiSquared, 1)}): ${result}${fromTo ? `, ${fromTo}` : ''}.`;
  }
  const reason = trend.reason ?? '';
  if (trend.status === 'single' || trend.status === 'none') return `${reason} There is no trend to read.`.trim();
  return `Not tested: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}${fromTo ? ` This is the direction only: ${fromTo}.` : ''}`;
}
