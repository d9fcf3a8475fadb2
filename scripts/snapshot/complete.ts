import type { Area } from '../../src/model.js';
import type { BuiltPeriod } from './collector.js';
import { reorganisationCreating } from '../../src/reorganisations.js';

/**
 * Gives every area without a figure in a period an explicit reason, so that the snapshot never leaves
 * a gap unexplained. Areas created by a reorganisation after the period say so.
 */
export function explainGaps(period: BuiltPeriod, areas: Area[], publisher: string): void {
  for (const area of areas) {
    if (period.byArea.has(area.code)) continue;
    const change = reorganisationCreating(area.code);
    if (change && period.sortKey < change.date) {
      period.byArea.set(area.code, {
        value: null,
        missing: {
          reason: 'boundary-change',
          message: `The latest figures (${period.label}) are from before ${area.name} council was created. ${change.description}`,
        },
      });
    } else {
      period.byArea.set(area.code, {
        value: null,
        missing: { reason: 'not-available', message: `${publisher} published no figure for ${area.name} for ${period.label}.` },
      });
    }
  }
}
