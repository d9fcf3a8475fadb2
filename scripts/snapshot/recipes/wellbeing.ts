import type { DSVRowArray } from 'd3-dsv';
import type { Geography } from '../areas.js';
import { describeMarker, parseCell } from '../cells.js';
import { IndicatorCollector, type BuildLog, type BuiltIndicator, type BuiltObservation } from '../collector.js';
import { placeArea } from '../places.js';
import { yearEndingMarch } from '../periods.js';

export const WELLBEING_FOLDER = 'ONSdigital__explore-local-statistics-data';
export const WELLBEING_FILE = 'personal-wellbeing-estimates.csv';

const ONS = 'The Office for National Statistics';

/** ONS's status codes: `u` estimate too unreliable to publish, `x` not available. */
function statusMessage(status: string): BuiltObservation['missing'] {
  if (status === 'u') {
    return { reason: 'suppressed', message: `${ONS} did not publish this estimate because the survey sample was too small to be reliable.` };
  }
  return { reason: 'not-available', message: `${ONS} published no estimate for this area (marked “${status || 'blank'}”).` };
}

/** Periods look like "2022-04-01/P1Y": a year from April, i.e. a year ending March. */
function periodOf(text: string | undefined) {
  const match = /^(\d{4})-04-01\/P1Y$/.exec(text ?? '');
  if (!match) throw new Error(`Unexpected well-being period "${text}"`);
  return yearEndingMarch(Number(match[1]) + 1);
}

/**
 * Mean life satisfaction with ONS's published 95% confidence interval. Counties and unitary
 * authorities are in the "County or Unitary Authority" rows; metropolitan districts and London
 * boroughs, which are upper-tier authorities too, appear only as "Local Authority District".
 */
export function buildLifeSatisfaction(rows: DSVRowArray<string>, geography: Geography, log: BuildLog): BuiltIndicator {
  const collector = new IndicatorCollector('adult-low-wellbeing', 'ONS personal well-being, Satisfaction (mean, 95% CI)', log, { sources: ['onsWellbeing'] });
  for (const row of rows) {
    if (row.indicator !== 'Satisfaction') continue;
    const code = row.areacd ?? '';
    const wanted =
      row.geography === 'Nation'
        ? code === 'E92000001'
        : row.geography === 'Region'
          ? code.startsWith('E12')
          : row.geography === 'County or Unitary Authority'
            ? code.startsWith('E06') || code.startsWith('E10')
            : row.geography === 'Local Authority District'
              ? code.startsWith('E08') || code.startsWith('E09')
              : false;
    if (!wanted) continue;
    const period = periodOf(row.period);
    const place = placeArea(geography, code, log, `adult-low-wellbeing ${period.label}`);
    if (!place) continue;
    const value = parseCell(row.observation);
    let observation: BuiltObservation;
    if ('value' in value) {
      const lower = parseCell(row.lci_95);
      const upper = parseCell(row.uci_95);
      observation = { value: value.value };
      if ('value' in lower && 'value' in upper) Object.assign(observation, { lower: lower.value, upper: upper.value });
    } else {
      observation = { value: null, missing: row.status ? statusMessage(row.status) : { reason: value.missing, message: describeMarker(value, ONS) } };
    }
    if (place.note) Object.assign(observation, { note: place.note, carried: true });
    collector.set(period, place.code, observation);
  }
  return collector.indicator;
}
