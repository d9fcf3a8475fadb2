/** The snapshot builder's handling of gaps, periods and carried populations, with made-up rows that never reach the snapshot. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvParse } from 'd3-dsv';
import type { Geography } from '../../scripts/snapshot/areas.js';
import { addPeriods, BuildLog, IndicatorCollector, type BuiltPeriod } from '../../scripts/snapshot/collector.js';
import { explainGaps } from '../../scripts/snapshot/complete.js';
import { matchCohortPeriod } from '../../scripts/snapshot/recipes/neet.js';
import { readChildPopulation } from '../../scripts/snapshot/recipes/social-care.js';
import type { Area } from '../../src/model.js';

const utla = (code: string, name: string): Area => ({ code, name, kind: 'utla', parentCode: 'E12000002' });
const AREAS = [utla('E06000009', 'Blackpool'), utla('E06000063', 'Cumberland'), utla('E06000065', 'North Yorkshire')];
const geography = {
  areas: AREAS,
  utlaCodes: new Set(AREAS.map((area) => area.code)),
  regionCodes: new Set(['E12000002']),
} as unknown as Geography;

function period(label: string, sortKey: string): BuiltPeriod {
  return { label, sortKey, byArea: new Map(), provenance: { sources: ['dfeLait'] } };
}

describe('explainGaps in earlier periods', () => {
  it('says a council did not exist yet, and why its former council’s figure is not shown', () => {
    const earlier = period('2019/20', '2020-03');
    earlier.byArea.set('E06000009', { value: 300 });
    explainGaps(earlier, AREAS, 'The Department for Education', { latest: false });
    const cumberland = earlier.byArea.get('E06000063')!.missing!;
    assert.equal(cumberland.reason, 'boundary-change');
    assert.match(
      cumberland.message,
      /^The figures for 2019\/20 are from before Cumberland council was created\. On 1 April 2023 Cumbria County Council .* not shown, because the boundaries changed\.$/,
    );
    const northYorkshire = earlier.byArea.get('E06000065')!.missing!;
    assert.match(
      northYorkshire.message,
      /before North Yorkshire council was created\..*The Department for Education published no figure for 2019\/20 for the former council, which covered the same area\.$/,
    );
  });

  it('explains a source’s blank row for a council that did not exist yet, but keeps a suppressed value’s reason', () => {
    const earlier = period('2016/17', '2017-08');
    earlier.byArea.set('E06000063', { value: null, missing: { reason: 'not-available', message: 'Published as “-”.' } });
    earlier.byArea.set('E06000065', { value: null, missing: { reason: 'suppressed', message: 'Withheld.' } });
    explainGaps(earlier, AREAS, 'The Department for Education');
    assert.match(earlier.byArea.get('E06000063')!.missing!.message, /^The latest figures \(2016\/17\) are from before Cumberland council was created/);
    assert.equal(earlier.byArea.get('E06000065')!.missing!.message, 'Withheld.');
    assert.equal(earlier.byArea.get('E06000009')!.missing!.message, 'The Department for Education published no figure for Blackpool for 2016/17.');
  });

  it('leaves a gap after the council was created to the plain reason', () => {
    const later = period('2024/25', '2025-03');
    explainGaps(later, AREAS, 'The Department for Education');
    assert.equal(later.byArea.get('E06000063')!.missing!.reason, 'not-available');
  });
});

describe('periods from two publications', () => {
  it('adds the years one publication covers to another’s, and refuses a year both cover', () => {
    const log = new BuildLog();
    const lait = new IndicatorCollector('school-readiness', 'LAIT', log, { sources: ['dfeLait'] });
    lait.set({ label: '2015/16', sortKey: '2016-08' }, 'E06000009', { value: 66 });
    const earlier = new IndicatorCollector('school-readiness', 'EYFSP', log, { sources: ['dfeEyfsp'] });
    earlier.set({ label: '2012/13', sortKey: '2013-08' }, 'E06000009', { value: 50 });
    addPeriods(lait.indicator, earlier.indicator);
    assert.deepEqual(
      [...lait.indicator.periods.values()].map((p) => [p.label, p.provenance.sources]),
      [
        ['2015/16', ['dfeLait']],
        ['2012/13', ['dfeEyfsp']],
      ],
    );
    const clash = new IndicatorCollector('school-readiness', 'EYFSP', log, { sources: ['dfeEyfsp'] });
    clash.set({ label: '2015/16', sortKey: '2016-08' }, 'E06000009', { value: 66 });
    assert.throws(() => addPeriods(lait.indicator, clash.indicator), /2015\/16 comes from two publications/);
  });
});

describe('matching an NCCIS file to a period', () => {
  it('refuses a file whose percentages match no period', () => {
    const log = new BuildLog();
    const neet = new IndicatorCollector('neet-16-17', 'LAIT', log, { sources: ['dfeLait'] });
    const rows = Array.from({ length: 120 }, (_, i) => {
      const code = `E06${String(100000 + i).slice(1)}`;
      neet.set({ label: '2024/25', sortKey: '2025-03' }, code, { value: 5 });
      return { place: { code }, percent: { value: 6 }, cohort: { value: 1000 } };
    });
    assert.throws(() => matchCohortPeriod('made-up.csv', rows, neet.indicator), /match 0 periods/);
    assert.equal(
      matchCohortPeriod(
        'made-up.csv',
        rows.map((row) => ({ ...row, percent: { value: 5 } })),
        neet.indicator,
      ).label,
      '2024/25',
    );
  });
});

describe('children’s population under a former council’s code', () => {
  const header = 'time_period,geographic_level,region_code,new_la_code,age_group,population_estimate';
  const row = (year: number, code: string, value: number) => `${year},Local authority,E12000002,${code},Children aged 0 to 17 years,${value}`;

  it('is carried to the successor with the same boundary, and the successor’s own estimate wins', () => {
    const rows = csvParse([header, row(2018, 'E10000023', 114922), row(2023, 'E06000065', 114929), row(2023, 'E10000023', 1)].join('\n'));
    const population = readChildPopulation(rows, geography, new BuildLog());
    assert.deepEqual(population.get(2018)?.get('E06000065'), { value: 114922, formerCode: 'E10000023' });
    assert.deepEqual(population.get(2023)?.get('E06000065'), { value: 114929 });
  });
});
