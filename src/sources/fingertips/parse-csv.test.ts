import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../../indicators/catalogue.js';
import { CSV_PATH, LATEST_PATH, MOCK_API } from '../../../test/browser/mock-fingertips.js';
import { ENGLAND, type Observation } from '../../model.js';
import { compare } from '../../stats/compare.js';
import { SourceError } from '../errors.js';
import { SnapshotSource } from '../snapshot.js';
import { NO_FINGERTIPS_ENGLAND } from './normalise.js';
import { parseAllDataCsv } from './parse-csv.js';
import { parseLatestData } from './parse-latest.js';
import type { GroupRoot, WantedIndicator } from './types.js';
import { allDataCsvUrl, latestDataUrl } from './urls.js';

const WELLBEING: WantedIndicator = {
  slug: 'adult-low-wellbeing',
  fingertips: { indicatorId: 22301, areaTypeId: 502, confidence: 'medium' },
  polarity: 'high-is-good',
};
const CONCEPTIONS: WantedIndicator = {
  slug: 'under-18-conceptions',
  fingertips: { indicatorId: 20401, sexId: 2, areaTypeId: 502, confidence: 'verified' },
  polarity: 'high-is-bad',
};

const HEADER =
  'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,' +
  'Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,' +
  'Compared to England value or percentiles,Compared to percentiles,Time period Sortable,New data,Compared to goal,Time period range';

/** One CSV line in the export's column order; blanks where a figure is missing. */
function line(
  id: number,
  area: string,
  period: string,
  sortable: number,
  figures: { value?: number; lower?: number; upper?: number; count?: number; denominator?: number; note?: string; compared?: string; sex?: string; age?: string; category?: string },
): string {
  const cell = (value: number | string | undefined) => (value === undefined ? '' : typeof value === 'number' ? String(value) : `"${value}"`);
  return [
    id,
    cell('An indicator, with a comma'),
    cell(area === ENGLAND ? '' : ENGLAND),
    cell(area === ENGLAND ? '' : 'England'),
    cell(area),
    cell(`Name of ${area}`),
    cell(area === ENGLAND ? 'England' : 'Counties & UAs (from Apr 2023)'),
    cell(figures.sex ?? 'Persons'),
    cell(figures.age ?? '16+ yrs'),
    cell(figures.category ? 'County & UA deprivation deciles in England (IMD2019, 4/23 geography)' : ''),
    cell(figures.category ?? ''),
    cell(period),
    cell(figures.value),
    cell(figures.lower),
    cell(figures.upper),
    '',
    '',
    cell(figures.count),
    cell(figures.denominator),
    cell(figures.note ?? ''),
    cell(''),
    cell(figures.compared ?? 'Not compared'),
    cell('Not compared'),
    sortable,
    '',
    '',
    cell('1y'),
  ].join(',');
}

describe('parseAllDataCsv', () => {
  const csv = [
    HEADER,
    line(22301, ENGLAND, '2021/22', 20210000, { value: 7.5, lower: 7.48, upper: 7.52 }),
    line(22301, 'E06000001', '2021/22', 20210000, { value: 7.1, lower: 6.9, upper: 7.3, compared: 'Worse' }),
    line(22301, ENGLAND, '2022/23', 20220000, { value: 7.44, lower: 7.42, upper: 7.46 }),
    line(22301, 'E06000001', '2022/23', 20220000, { value: 7.29, lower: 7.08, upper: 7.5, compared: 'Similar' }),
    line(22301, 'E06000002', '2022/23', 20220000, { value: 6.9, lower: 6.7, upper: 7.1, compared: 'Worse', count: 10, denominator: 200 }),
    line(22301, 'E06000003', '2022/23', 20220000, { note: 'Value missing in source data' }),
    line(22301, 'E06000004', '2022/23', 20220000, { value: 7.6, note: 'Value for Bucks County applied to Bucks UA', compared: 'Better' }),
    line(22301, 'E06000005', '2022/23', 20220000, { note: 'Suppressed due to small numbers' }),
    line(22301, 'E06000006', '2021/22', 20210000, { value: 7.0 }),
    line(22301, 'E06000001', '2022/23', 20220000, { value: 1, category: 'Most deprived decile (IMD2019)' }),
    line(99999, 'E06000001', '2022/23', 20220000, { value: 5 }),
  ].join('\r\n');

  it('keeps the latest period of each indicator, England’s row, and what the notes and comparison say', () => {
    const { observations, found } = parseAllDataCsv(csv, [WELLBEING]);
    expect(found).to.deep.equal(['adult-low-wellbeing']);
    const period = { label: '2022/23', sortKey: '20220000' };
    const base = { indicator: 'adult-low-wellbeing', period };
    expect(observations).to.deep.equal([
      { ...base, area: ENGLAND, value: 7.44, lower: 7.42, upper: 7.46 },
      { ...base, area: 'E06000001', value: 7.29, lower: 7.08, upper: 7.5, publishedSignificance: 'similar' },
      { ...base, area: 'E06000002', value: 6.9, lower: 6.7, upper: 7.1, count: 10, denominator: 200, publishedSignificance: 'lower' },
      {
        ...base,
        area: 'E06000003',
        value: null,
        missing: { reason: 'not-available', message: 'Fingertips publishes no value for this area. Fingertips notes: “Value missing in source data”.' },
      },
      { ...base, area: 'E06000004', value: 7.6, note: 'Fingertips notes: “Value for Bucks County applied to Bucks UA”.', publishedSignificance: 'higher' },
      {
        ...base,
        area: 'E06000005',
        value: null,
        missing: { reason: 'suppressed', message: 'Fingertips publishes no value for this area. Fingertips notes: “Suppressed due to small numbers”.' },
      },
    ]);
  });

  it('finds columns by name in any order, and reads the export after a trip through R', () => {
    const rows = [
      '"","Time.period.Sortable","Area.Code","Value","Indicator.ID","Time.period","Lower.CI.95.0.limit","Upper.CI.95.0.limit","Sex","Age","Category.Type","Compared.to.England.value.or.percentiles"',
      '"1",20220000,"E92000001",7.44,22301,"2022/23",NA,NA,"Persons","16+ yrs","","Not compared"',
      '"2",20220000,"E06000001",NA,22301,"2022/23",NA,NA,"Persons","16+ yrs","","Not compared"',
      '"3",20220000,"E06000002",*,22301,"2022/23",NA,NA,"Persons","16+ yrs",NA,"Not compared"',
    ];
    const { observations } = parseAllDataCsv(`\uFEFF${rows.join('\n')}`, [WELLBEING]);
    expect(observations.map((o) => [o.area, o.value])).to.deep.equal([
      [ENGLAND, 7.44],
      ['E06000001', null],
      ['E06000002', null],
    ]);
  });

  it('picks the sex the catalogue names, else persons of all ages', () => {
    const rows = [
      HEADER,
      line(20401, ENGLAND, '2022', 20220000, { value: 1, sex: 'Persons', age: 'All ages' }),
      line(20401, ENGLAND, '2022', 20220000, { value: 13.1, sex: 'Female', age: '<18 yrs' }),
      line(20401, 'E06000001', '2022', 20220000, { value: 2, sex: 'Persons', age: 'All ages' }),
      line(20401, 'E06000001', '2022', 20220000, { value: 20.5, sex: 'Female', age: '<18 yrs' }),
    ].join('\n');
    expect(parseAllDataCsv(rows, [CONCEPTIONS]).observations.map((o) => o.value)).to.deep.equal([13.1, 20.5]);
    const unnamed = { ...CONCEPTIONS, fingertips: { indicatorId: 20401, areaTypeId: 502, confidence: 'verified' as const } };
    expect(parseAllDataCsv(rows, [unnamed]).observations.map((o) => o.value)).to.deep.equal([1, 2]);
  });

  it('says England has no figure when its row is missing', () => {
    const rows = [HEADER, line(22301, 'E06000001', '2022/23', 20220000, { value: 7 })].join('\n');
    expect(parseAllDataCsv(rows, [WELLBEING]).observations[0]?.missing?.message).to.equal(NO_FINGERTIPS_ENGLAND);
  });

  it('turns a file without the columns it needs into a format error', () => {
    for (const text of ['', 'just one column\n1', 'Indicator ID,Area Code,Value\n22301,E06000001,7']) {
      let error: unknown;
      try {
        parseAllDataCsv(text, [WELLBEING], 'https://example.org/csv');
      } catch (caught) {
        error = caught;
      }
      expect(error, text).to.be.instanceOf(SourceError);
      expect((error as SourceError).kind).to.equal('format');
    }
  });

  it('gives the same observations as the JSON route for the same figures', () => {
    const json: GroupRoot[] = [
      {
        IID: 22301,
        Sex: { Id: 4 },
        Age: { Id: 164 },
        PolarityId: 1,
        ComparatorMethodId: 1,
        Grouping: [{ ComparatorId: 4, PolarityId: 1, Period: '2022/23', DataPointYear: 2022, DataPointQuarter: -1, DataPointMonth: -1, ComparatorData: { Val: 7.44, LoCI: 7.42, UpCI: 7.46, Count: -1, Denom: -1 } }],
        Data: [
          { AreaCode: 'E06000001', Val: 7.29, LoCI: 7.08, UpCI: 7.5, Count: -1, Denom: -1, Sig: { 4: 2 } },
          { AreaCode: 'E06000002', Val: 6.9, LoCI: 6.7, UpCI: 7.1, Count: 10, Denom: 200, Sig: { 4: 1 } },
          { AreaCode: 'E06000003', Val: -1, Count: -1, Denom: -1, Sig: { 4: 0 } },
        ],
      },
    ];
    const text = [
      HEADER,
      line(22301, ENGLAND, '2022/23', 20220000, { value: 7.44, lower: 7.42, upper: 7.46 }),
      line(22301, 'E06000001', '2022/23', 20220000, { value: 7.29, lower: 7.08, upper: 7.5, compared: 'Similar' }),
      line(22301, 'E06000002', '2022/23', 20220000, { value: 6.9, lower: 6.7, upper: 7.1, count: 10, denominator: 200, compared: 'Worse' }),
      line(22301, 'E06000003', '2022/23', 20220000, {}),
    ].join('\n');
    expect(parseAllDataCsv(text, [WELLBEING])).to.deep.equal(parseLatestData(json, [WELLBEING]));
  });
});

describe('the mock Fingertips API read by both parsers', () => {
  const wanted: WantedIndicator[] = CATALOGUE.filter((definition) => definition.fingertips).map((definition) => ({
    slug: definition.slug,
    fingertips: definition.fingertips!,
    polarity: definition.publishedPolarity,
  }));
  const ids = wanted.map((indicator) => indicator.fingertips.indicatorId);
  let fromJson: Observation[];
  let fromCsv: Observation[];

  before(async () => {
    const json = (await (await fetch(latestDataUrl(MOCK_API, { indicatorIds: ids, areaTypeId: 502, restrictToProfileIds: [19, 105] }))).json()) as unknown;
    const csv = await (await fetch(allDataCsvUrl(MOCK_API, { indicatorIds: ids, childAreaTypeId: 502 }))).text();
    const latest = parseLatestData(json, wanted);
    const all = parseAllDataCsv(csv, wanted);
    expect(latest.found).to.have.members(wanted.map((indicator) => indicator.slug));
    expect(all.found).to.have.members(latest.found);
    fromJson = latest.observations;
    fromCsv = all.observations;
  });

  it('serves both routes at the paths the library asks for', () => {
    expect(LATEST_PATH).to.equal('/api/latest_data/specific_indicators_for_child_areas');
    expect(CSV_PATH).to.equal('/api/all_data/csv/by_indicator_id');
    expect(fromJson.length).to.equal(wanted.length * 154);
  });

  it('gives identical observations from the CSV export and the JSON route (the CSV adds regions)', () => {
    const jsonAreas = new Set(fromJson.map((observation) => observation.area));
    expect(fromCsv.filter((observation) => jsonAreas.has(observation.area))).to.deep.equal(fromJson);
    expect(fromCsv.some((observation) => observation.area.startsWith('E12'))).to.equal(true);
  });

  it('carries the embedded snapshot’s real figures', async () => {
    const snapshot = await new SnapshotSource().observations({ indicators: wanted.map((indicator) => indicator.slug) });
    const bySnapshot = new Map(snapshot.map((observation) => [`${observation.indicator} ${observation.area}`, observation]));
    for (const live of fromJson) {
      const embedded = bySnapshot.get(`${live.indicator} ${live.area}`);
      expect(embedded, `${live.indicator} ${live.area}`).to.not.equal(undefined);
      const pick = (o: Observation) => [o.period.label, o.value, o.lower, o.upper, o.count, o.denominator];
      expect(pick(live), `${live.indicator} ${live.area}`).to.deep.equal(pick(embedded!));
    }
  });

  it('agrees with our own comparison wherever Fingertips published one', () => {
    let checked = 0;
    for (const slug of wanted.map((indicator) => indicator.slug)) {
      const definition = CATALOGUE.find((entry) => entry.slug === slug)!;
      const rows = fromJson.filter((observation) => observation.indicator === slug);
      const england = rows.find((observation) => observation.area === ENGLAND);
      for (const local of rows) {
        if (!local.publishedSignificance) continue;
        expect(compare(local, england, definition).significance, `${slug} ${local.area}`).to.equal(local.publishedSignificance);
        checked++;
      }
    }
    // Every council figure with a published interval carries Fingertips' comparison. (Since 22301 is no
    // longer read as the ONS mean score, no mock indicator has published intervals; parse-latest.test.ts
    // covers the published comparison itself.)
    expect(checked).to.equal(fromJson.filter((observation) => observation.area !== ENGLAND && observation.lower !== undefined).length);
  });
});
