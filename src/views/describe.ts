import { formatValue } from '../format/unit.js';
import type { Verdict } from '../model.js';
import type { IndicatorView } from './indicator-view.js';

/** A figure in the indicator's unit and precision. */
export function figureText(view: IndicatorView, value: number | null | undefined): string {
  return formatValue(value, view.definition.unit, view.definition.decimals, { withUnit: true });
}

/**
 * The spine chart in words, for screen readers and for anyone who prefers text: the area's value and
 * interval, England's value, and how the authorities' values spread.
 */
export function describeSpread(view: IndicatorView): string {
  const { area, local, england, comparison, spread } = view;
  const parts: string[] = [];
  const interval = comparison.interval;
  parts.push(
    `${area.name}: ${figureText(view, local?.value)}${
      interval ? ` (95% confidence interval ${figureText(view, interval.lower)} to ${figureText(view, interval.upper)})` : ''
    }.`,
  );
  if (england?.area !== area.code) parts.push(`England: ${figureText(view, england?.value)}.`);
  if (spread) {
    parts.push(
      `Across ${spread.n} councils the lowest is ${figureText(view, spread.min)}, the middle half runs from ${figureText(view, spread.q1)} to ${figureText(view, spread.q3)}, and the highest is ${figureText(view, spread.max)}.`,
    );
  }
  return parts.join(' ');
}

/** Indicators grouped by verdict. */
export function byVerdict(views: readonly IndicatorView[]): Map<Verdict, IndicatorView[]> {
  const groups = new Map<Verdict, IndicatorView[]>();
  for (const view of views) groups.set(view.comparison.verdict, [...(groups.get(view.comparison.verdict) ?? []), view]);
  return groups;
}

/**
 * A one-line summary that leads with what matters most to a local case for change, e.g.
 * "2 of 4 significantly worse than England; 1 significantly better; 1 similar."
 */
export function summaryLine(views: readonly IndicatorView[]): string {
  const count = (...verdicts: Verdict[]) => verdicts.reduce((total, verdict) => total + views.filter((v) => v.comparison.verdict === verdict).length, 0);
  const parts = [`${count('worse')} of ${views.length} significantly worse than England`];
  const better = count('better');
  if (better) parts.push(`${better} significantly better`);
  const [higher, lower] = [count('higher'), count('lower')];
  if (higher || lower) {
    const sides = [higher ? `${higher} higher` : '', lower ? `${lower} lower` : ''].filter(Boolean).join(' and ');
    parts.push(`${sides} where neither is judged better`);
  }
  const similar = count('similar');
  if (similar) parts.push(`${similar} similar`);
  const untested = count('not-compared');
  if (untested) parts.push(`${untested} not tested`);
  const missing = count('no-data');
  if (missing) parts.push(`${missing} with no data`);
  return `${parts.join('; ')}.`;
}
