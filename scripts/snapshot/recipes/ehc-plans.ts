import type { DSVRowArray } from 'd3-dsv';
import type { Geography } from '../areas.js';
import { describeMarker, parseCell, round } from '../cells.js';
import { IndicatorCollector, type BuildLog, type BuiltIndicator, type BuiltObservation } from '../collector.js';
import { academicYear } from '../periods.js';
import { placeEesRow } from './dfe-codes.js';

export const EHC_FOLDER = 'data-to-insight__send-benchmarking';
export const EHC_FILE = 'sen_needs_all_plans.csv';

/**
 * The share of all EHC plans whose primary need is social, emotional and mental health, worked out
 * from the counts and checked against DfE's published percentage.
 */
export function buildSemhShare(rows: DSVRowArray<string>, geography: Geography, log: BuildLog): BuiltIndicator {
  const collector = new IndicatorCollector('pupils-with-semh-needs', 'DfE EHC plans number_semh ÷ ehc_plans', log, {
    sources: ['dfeEhcPlans'],
    derivation:
      'Worked out here from DfE’s counts as EHC plans with social, emotional and mental health as the primary need ÷ all EHC plans × 100, and checked against DfE’s published percentage.',
  });
  for (const row of rows) {
    if (row.breakdown_topic !== 'All EHC plans' || row.breakdown !== 'All EHC plans') continue;
    const match = /^(\d{4})(\d{2})$/.exec(row.time_period ?? '');
    if (!match) throw new Error(`EHC plans: unexpected time_period "${row.time_period}"`);
    const period = academicYear(Number(match[1]) + 1);
    const context = `pupils-with-semh-needs ${period.label}`;
    const place = placeEesRow(row, geography, log, context);
    if (!place) continue;
    const semh = parseCell(row.number_semh);
    const plans = parseCell(row.ehc_plans);
    let observation: BuiltObservation;
    if (!('value' in semh)) {
      observation = { value: null, missing: { reason: semh.missing, message: describeMarker(semh, 'The Department for Education') } };
    } else if (!('value' in plans) || plans.value <= 0) {
      observation = { value: null, missing: { reason: 'not-available', message: 'The number of EHC plans is not published for this area.' } };
    } else {
      const share = (semh.value / plans.value) * 100;
      const published = parseCell(row.semh_pc);
      if ('value' in published && Math.abs(published.value - share) > 0.05 + 1e-9) {
        throw new Error(`${context} ${place.code}: ${share.toFixed(2)}% from counts differs from published ${published.value}%`);
      }
      observation = { value: round(share, 3), count: semh.value, denominator: plans.value };
    }
    if (place.note) Object.assign(observation, { note: place.note, carried: true });
    collector.set(period, place.code, observation);
  }
  return collector.indicator;
}
