import type { Period } from '../../src/model.js';
import type { BuildLog, BuiltIndicator, BuiltObservation } from './collector.js';

/**
 * The published figure a count from another file is to be attached to, or undefined (with a log entry)
 * when there is none to check the count against. `context` names the indicator, period and area.
 */
export function publishedFigure(indicator: BuiltIndicator, period: Period, area: string, log: BuildLog, context: string): BuiltObservation | undefined {
  const observation = indicator.periods.get(period.sortKey)?.byArea.get(area);
  if (observation?.value === null || observation?.value === undefined) {
    log.add(`${context}: a count is published but no value to check it against; count not used`);
    return undefined;
  }
  return observation;
}

/** True when a figure worked out from counts agrees with the published one, given its decimal places. */
export function agreesWithin(published: number, fromCounts: number, decimals: number): boolean {
  return Math.abs(published - fromCounts) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** Adds a note to a figure, after any it already has. */
export function addNote(observation: BuiltObservation, note: string): void {
  observation.note = observation.note ? `${observation.note} ${note}` : note;
}
