import type { Geography } from './areas.js';
import type { BuildLog } from './collector.js';
import { reorganisationOf } from '../../src/reorganisations.js';

/** Where a source's row belongs in the snapshot's April 2023 geography. */
export type Placement = { code: string; note?: string; formerCode?: string } | undefined;

/** Codes of Inner and Outer London, which some DfE files add beside the nine regions. */
const LONDON_HALVES = new Set(['E13000001', 'E13000002']);

/**
 * Places a row published under `code` (England, a region or an upper-tier authority) in the April 2023
 * geography. A former authority's figure is carried to its successor only when the boundary is the
 * same, with a note; otherwise it is not used and the log says so.
 */
export function placeArea(geography: Geography, code: string, log: BuildLog, context: string): Placement {
  if (code === 'E92000001' || geography.regionCodes.has(code) || geography.utlaCodes.has(code)) return { code };
  if (LONDON_HALVES.has(code)) return undefined;
  const change = reorganisationOf(code);
  if (change?.sameBoundary && change.successorCodes.length === 1) {
    const successor = change.successorCodes[0]!;
    return { code: successor, formerCode: code, note: `Published under the former council’s code (${code}). ${change.description}` };
  }
  if (change) {
    const [what = context, ...period] = context.split(' ');
    log.notCarried(what, period.join(' '), code, change.successorCodes);
    return undefined;
  }
  log.add(`${context}: unknown area code ${code} skipped`);
  return undefined;
}
