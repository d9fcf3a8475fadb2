import type { Area } from '../../src/model.js';
import type { BuiltPeriod } from './collector.js';
import { reorganisationCreating } from '../../src/reorganisations.js';

/**
 * Gives every area without a figure in a period an explicit reason, so that the snapshot never leaves
 * a gap unexplained. Run on every period, not only the latest. An area created by a reorganisation
 * after the period says that the council did not exist yet, and why the former council's figure is not
 * shown in its place, also where the source keeps a blank row for it. `latest` says whether the period
 * is the indicator's latest, for the wording.
 */
export function explainGaps(period: BuiltPeriod, areas: Area[], publisher: string, { latest } = { latest: true }): void {
  for (const area of areas) {
    const existing = period.byArea.get(area.code);
    const change = reorganisationCreating(area.code);
    const beforeCreation = change !== undefined && period.sortKey < change.date;
    // A source's blank row for a council that did not exist yet is explained like a missing row.
    const blankBeforeCreation = beforeCreation && existing?.value === null && existing.missing?.reason === 'not-available';
    if (existing && !blankBeforeCreation) continue;
    if (change && beforeCreation) {
      const former = change.sameBoundary
        ? `${publisher} published no figure for ${period.label} for the former council, which covered the same area.`
        : `Figures for ${change.formerCodes.length > 1 ? 'the former councils' : 'the former council'} are not shown, because the boundaries changed.`;
      period.byArea.set(area.code, {
        ...existing,
        value: null,
        missing: {
          reason: 'boundary-change',
          message: `${latest ? `The latest figures (${period.label})` : `The figures for ${period.label}`} are from before ${area.name} council was created. ${change.description} ${former}`,
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
