/** The builder's checks on bad input, with made-up rows that never reach the snapshot. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCell } from '../../scripts/snapshot/cells.js';
import { BuildLog, IndicatorCollector } from '../../scripts/snapshot/collector.js';
import { validateIndicator } from '../../scripts/snapshot/validate.js';
import type { Geography } from '../../scripts/snapshot/areas.js';
import { findIndicator } from '../../src/catalogue/catalogue.js';

const period = { label: '2024/25', sortKey: '2025-03' };
const utlaCodes = Array.from({ length: 20 }, (_, i) => `E060000${String(i + 10)}`);
const regionCodes = Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`);
const geography = { utlaCodes: new Set(utlaCodes), regionCodes: new Set(regionCodes) } as unknown as Geography;

describe('builder checks', () => {
  it('reads suppression markers as missing and refuses other text', () => {
    for (const marker of ['x', 'c', '*', 'u']) assert.deepEqual(parseCell(marker), { missing: 'suppressed', marker });
    for (const marker of [':', '..', '-', 'z', '']) assert.equal((parseCell(marker) as { missing: string }).missing, 'not-available');
    assert.deepEqual(parseCell('1,234.5'), { value: 1234.5 });
    assert.throws(() => parseCell('twelve'), /Not a number/);
  });

  it('refuses two different figures for one area and period, and drops an exact repeat', () => {
    const log = new BuildLog();
    const collector = new IndicatorCollector('children-in-need', 'test', log);
    collector.set(period, 'E06000010', { value: 300 });
    collector.set(period, 'E06000010', { value: 300 });
    assert.equal(log.entries.length, 1);
    assert.throws(() => collector.set(period, 'E06000010', { value: 301 }), /two different figures/);
  });

  it('refuses a percentage over 100 and an interval that does not contain the value', () => {
    const log = new BuildLog();
    const bad = new IndicatorCollector('household-overcrowding', 'test', log);
    bad.set(period, 'E06000010', { value: 130 });
    assert.throws(() => validateIndicator(findIndicator('household-overcrowding')!, bad.indicator, geography, log), /outside the plausible range/);
    const interval = new IndicatorCollector('adult-low-wellbeing', 'test', log);
    interval.set(period, 'E06000010', { value: 7.5, lower: 7.6, upper: 7.9 });
    assert.throws(() => validateIndicator(findIndicator('adult-low-wellbeing')!, interval.indicator, geography, log), /does not contain/);
  });

  it('withholds an England value ten times the authorities’ scale and says it is the sum of the regions', () => {
    const log = new BuildLog();
    const collector = new IndicatorCollector('first-time-entrants-youth-justice', 'test', log);
    utlaCodes.forEach((code, i) => collector.set(period, code, { value: 120 + i }));
    regionCodes.forEach((code) => collector.set(period, code, { value: 140 }));
    collector.set(period, 'E92000001', { value: 1260 });
    validateIndicator(findIndicator('first-time-entrants-youth-justice')!, collector.indicator, geography, log);
    const england = collector.indicator.periods.get(period.sortKey)!.byArea.get('E92000001')!;
    assert.equal(england.value, null);
    assert.match(england.missing!.message, /sum of the nine regional rates/);
  });
});
