import type { Comparison } from '../model.js';

const withoutFinalStop = (text: string): string => text.trim().replace(/[.\s]+$/, '');

/**
 * The comparison in words, for example "Significantly worse than England", "Similar to England",
 * "Higher than England (not tested)", "Not compared with England" or "No data: <reason>".
 *
 * @param comparison - the result of `compare()`
 * @param benchmarkName - what the area was compared with; England by default
 */
export function verdictText(comparison: Comparison, benchmarkName = 'England'): string {
  switch (comparison.verdict) {
    case 'better':
    case 'worse':
    case 'higher':
    case 'lower':
      return `Significantly ${comparison.verdict} than ${benchmarkName}`;
    case 'similar':
      return `Similar to ${benchmarkName}`;
    case 'not-compared':
      switch (comparison.direction) {
        case 'higher':
          return `Higher than ${benchmarkName} (not tested)`;
        case 'lower':
          return `Lower than ${benchmarkName} (not tested)`;
        case 'same':
          return `Same as ${benchmarkName} (not tested)`;
        default:
          return `Not compared with ${benchmarkName}`;
      }
    case 'no-data': {
      const reason = withoutFinalStop(comparison.reason ?? '');
      return reason ? `No data: ${reason}` : 'No data';
    }
  }
}

/**
 * The comparison in one or two words for compact views: "Better", "Worse", "Similar", "Higher",
 * "Lower", "Higher (not tested)", "Not compared" or "No data".
 *
 * @param comparison - the result of `compare()`
 */
export function verdictShortText(comparison: Comparison): string {
  switch (comparison.verdict) {
    case 'better':
      return 'Better';
    case 'worse':
      return 'Worse';
    case 'similar':
      return 'Similar';
    case 'higher':
      return 'Higher';
    case 'lower':
      return 'Lower';
    case 'not-compared':
      switch (comparison.direction) {
        case 'higher':
          return 'Higher (not tested)';
        case 'lower':
          return 'Lower (not tested)';
        case 'same':
          return 'Same (not tested)';
        default:
          return 'Not compared';
      }
    case 'no-data':
      return 'No data';
  }
}
