import type { Verdict } from '../model.js';
import { gapPercent } from '../charts/gap.js';
import type { IndicatorView } from './indicator-view.js';

/**
 * The assessment's opening: where the area's families face more pressure than England's, where its
 * children fare worse, and where it is better placed – the tool's one question, asked of every figure.
 */
export interface Opportunities {
  /** Pressures on families (the first three domains) read as more than England's, biggest gap first. */
  pressures: IndicatorView[];
  /** Children's outcomes read as worse than England's, biggest gap first. */
  outcomes: IndicatorView[];
  /** Indicators of any domain where the area is better placed than England, biggest gap first. */
  betterPlaced: IndicatorView[];
  /** How many indicators have a figure for the area. */
  withData: number;
  /** How many indicators there are. */
  total: number;
}

/** The size of the gap from England, for ordering: unknown gaps go last. */
function gapOf(view: IndicatorView): number {
  const gap = gapPercent(view.local?.value, view.england?.value);
  return gap === null ? -1 : gap;
}

const biggestFirst = (views: IndicatorView[]) => [...views].sort((a, b) => gapOf(b) - gapOf(a));

/** Sorts an assessment's indicators into the opportunity reading's groups. */
export function opportunities(views: readonly IndicatorView[]): Opportunities {
  const isOutcome = (view: IndicatorView) => view.comparison.reads === 'outcome';
  const having = (verdict: Verdict) => views.filter((view) => view.comparison.verdict === verdict);
  return {
    pressures: biggestFirst(having('worse').filter((view) => !isOutcome(view))),
    outcomes: biggestFirst(having('worse').filter(isOutcome)),
    betterPlaced: biggestFirst(having('better')),
    withData: views.filter((view) => view.comparison.verdict !== 'no-data').length,
    total: views.length,
  };
}
