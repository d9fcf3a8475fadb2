import type { IndicatorDefinition, Unit } from '../../src/model.js';
import type { Geography } from './areas.js';
import type { BuildLog, BuiltIndicator, BuiltObservation, BuiltPeriod } from './collector.js';

/** The widest values a unit can plausibly take. */
export function plausibleRange(unit: Unit): [number, number] {
  switch (unit.kind) {
    case 'percent':
      return [0, 100];
    case 'rate':
      return [0, unit.per];
    case 'score':
      return [unit.min ?? 0, unit.max ?? Number.POSITIVE_INFINITY];
    case 'count':
      return [0, Number.POSITIVE_INFINITY];
  }
}

function checkObservation(definition: IndicatorDefinition, period: BuiltPeriod, area: string, observation: BuiltObservation): void {
  const context = `${definition.slug} ${period.label} ${area}`;
  if (observation.value === null) {
    if (!observation.missing) throw new Error(`${context}: no value and no reason`);
    return;
  }
  const [low, high] = plausibleRange(definition.unit);
  if (!(observation.value >= low && observation.value <= high)) {
    throw new Error(`${context}: value ${observation.value} is outside the plausible range ${low}–${high} for the unit`);
  }
  if (observation.lower !== undefined || observation.upper !== undefined) {
    if (observation.lower === undefined || observation.upper === undefined) throw new Error(`${context}: only one confidence limit`);
    if (!(observation.lower <= observation.value && observation.value <= observation.upper) || observation.lower < low) {
      throw new Error(`${context}: confidence interval ${observation.lower}–${observation.upper} does not contain ${observation.value}`);
    }
  }
  if (observation.count !== undefined || observation.denominator !== undefined) {
    const { count, denominator } = observation;
    if (count === undefined || denominator === undefined || count < 0 || denominator <= 0) {
      throw new Error(`${context}: count ${count} and denominator ${denominator} are not usable`);
    }
    if (definition.unit.kind === 'percent' && count > denominator) throw new Error(`${context}: count exceeds denominator`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * England's value must be on the same scale as the authorities' values. When it is not, the builder
 * does not use it: it works out what went wrong where it can (one LAIT series stores the sum of the
 * regional rates as England) and records the reason in place of the value.
 */
function checkEnglandScale(definition: IndicatorDefinition, period: BuiltPeriod, geography: Geography, log: BuildLog): void {
  const england = period.byArea.get('E92000001');
  if (!england || england.value === null) return;
  const utlaValues = [...period.byArea].filter(([code, o]) => geography.utlaCodes.has(code) && o.value !== null).map(([, o]) => o.value!);
  if (utlaValues.length < 10) return;
  const typical = median(utlaValues);
  if (typical <= 0) return;
  const ratio = england.value / typical;
  if (ratio >= 1 / 3 && ratio <= 3) return;

  const regionValues = [...period.byArea].filter(([code, o]) => geography.regionCodes.has(code) && o.value !== null).map(([, o]) => o.value!);
  const regionSum = regionValues.reduce((sum, value) => sum + value, 0);
  const isSumOfRegions = regionValues.length === geography.regionCodes.size && Math.abs(regionSum - england.value) <= regionValues.length;
  const diagnosis = isSumOfRegions
    ? `it equals the sum of the nine regional rates (${Math.round(regionSum)}), not a rate for England`
    : `it is ${ratio.toFixed(1)} times the median of the authorities' values`;
  const message = `The source's England figure for ${period.label} (${england.value}) is not on the same scale as the areas' figures: ${diagnosis}. No published England rate was available, so no comparison with England is made.`;
  log.add(`${definition.slug} ${period.label} E92000001: England value ${england.value} refused (${diagnosis})`);
  period.byArea.set('E92000001', { value: null, missing: { reason: 'not-available', message } });
}

/** Checks every figure of an indicator; throws on the first implausible one. */
export function validateIndicator(definition: IndicatorDefinition, indicator: BuiltIndicator, geography: Geography, log: BuildLog): void {
  for (const period of indicator.periods.values()) {
    checkEnglandScale(definition, period, geography, log);
    for (const [area, observation] of period.byArea) checkObservation(definition, period, area, observation);
  }
}
