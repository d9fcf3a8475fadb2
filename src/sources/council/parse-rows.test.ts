// Long because it is the specification of a council's file, row by row: every column, cell and problem the
// reader accepts or refuses, each in its own small case.
import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../catalogue/catalogue.js';
import type { Area, Observation } from '../../model.js';
import { SourceError } from '../errors.js';
import { normaliseColumnName, significanceFromWords } from '../fingertips/csv-layout.js';
import { recogniseLayout } from './formats.js';
import { parseCsvText, parseJsonData, type ParseContext, type ParsedFile } from './parse-rows.js';
import { describeProblem } from './problems.js';
import { periodStart } from './row-areas.js';
import { periodSortKeyFromLabel } from '../../format/period.js';

const AREAS: Area[] = [
  { code: 'E92000001', name: 'England', kind: 'england' },
  { code: 'E12000007', name: 'London', kind: 'region', parentCode: 'E92000001' },
  { code: 'E12000008', name: 'South East', kind: 'region', parentCode: 'E92000001' },
  { code: 'E09000008', name: 'Croydon', kind: 'utla', parentCode: 'E12000007' },
  { code: 'E09000009', name: 'Ealing', kind: 'utla', parentCode: 'E12000007' },
  { code: 'E06000060', name: 'Buckinghamshire', kind: 'utla', parentCode: 'E12000008' },
];

const context = (file = 'our-figures.csv'): ParseContext => ({ file, url: `/data/${file}`, indicators: CATALOGUE, areas: AREAS });

const HEADER = 'indicator,area_code,area_name,parent_code,period,value,lower_ci,upper_ci,count,denominator,note';

/** A council-layout file: the header, then one line per row. */
const councilCsv = (...rows: string[]) => [HEADER, ...rows].join('\n');

const find = (parsed: ParsedFile, indicator: string, area: string): Observation | undefined =>
  parsed.observations.find((o) => o.indicator === indicator && o.area === area);

/** Each problem as "line: message", for readable failures. */
const problemLines = (parsed: ParsedFile) => parsed.problems.map((p) => `${p.line}: ${p.message}`);

function formatError(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    expect((error as SourceError).kind).to.equal('format');
    return error as SourceError;
  }
  throw new Error('expected a format error');
}

describe('council file parsing: the tool’s own layout', () => {
  it('reads figures, limits, counts, notes and sub-areas', () => {
    const parsed = parseCsvText(
      councilCsv(
        'children-in-need,E09000008,Croydon,,2025/26,412.5,400.1,425.3,3456,83781,Provisional',
        'children-in-need,E05011462,Addiscombe East,E09000008,2025/26,500,,,,,',
        'household-overcrowding,E05011462,Addiscombe East,E09000008,Census 2021,12.5,,,250,2000,',
      ),
      context(),
    );
    expect(parsed.layout).to.equal('council');
    expect(parsed.problems).to.deep.equal([]);
    expect(find(parsed, 'children-in-need', 'E09000008')).to.deep.equal({
      indicator: 'children-in-need',
      area: 'E09000008',
      period: { label: '2025/26', sortKey: '2026-03' },
      value: 412.5,
      lower: 400.1,
      upper: 425.3,
      count: 3456,
      denominator: 83781,
      note: 'Provisional',
    });
    expect(find(parsed, 'household-overcrowding', 'E05011462')).to.deep.include({ value: 12.5, count: 250, denominator: 2000 });
    expect(parsed.subAreas).to.deep.equal([{ code: 'E05011462', name: 'Addiscombe East', kind: 'sub-area', parentCode: 'E09000008' }]);
  });

  it('copes with a byte order mark, CRLF endings, quoted commas, blank lines and thousands separators', () => {
    const text = `\uFEFF${HEADER}\r\n\r\nchildren-in-need,E09000008,"Croydon, London Borough of",,2025/26,"1,234.5",,,"12,345","1,000,000","Note, with a comma"\r\n\r\nchildren-in-ned,E09000008,,,2025/26,1,,,,,\r\n`;
    const parsed = parseCsvText(text, context());
    expect(find(parsed, 'children-in-need', 'E09000008')).to.deep.include({ value: 1234.5, count: 12345, denominator: 1_000_000, note: 'Note, with a comma' });
    expect(problemLines(parsed)).to.deep.equal(['5: There is no indicator called “children-in-ned”. Did you mean “children-in-need”?']);
  });

  it('reads every suppression marker as a withheld figure and empty, NA and - as no figure', () => {
    const markers = ['*', ':', '..', 'x', 'c'];
    const absent = ['', 'NA', '-'];
    const codes = ['E92000001', 'E12000007', 'E12000008', 'E09000008', 'E09000009', 'E06000060'];
    const rows = [...markers, ...absent].map((marker, i) => {
      const indicator = i < codes.length ? 'children-in-need' : 'looked-after-children';
      return `${indicator},${codes[i % codes.length]},,,2025/26,${marker},,,,,`;
    });
    const parsed = parseCsvText(councilCsv(...rows), context());
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.observations).to.have.length(8);
    parsed.observations.forEach((observation, i) => {
      expect(observation.value).to.equal(null);
      expect(observation.missing?.reason, `row ${i}`).to.equal(i < markers.length ? 'suppressed' : 'not-available');
      expect(observation.missing?.message).to.match(/^our-figures\.csv (withholds|has no figure)/);
    });
  });

  it('finds columns by name whatever their order, case and spacing, and ignores others', () => {
    const parsed = parseCsvText(['Period, VALUE ,Area Code,Comment,INDICATOR', '2025/26,300,E09000009,ignored,children-in-need'].join('\n'), context());
    expect(parsed.problems).to.deep.equal([]);
    expect(find(parsed, 'children-in-need', 'E09000009')?.value).to.equal(300);
  });

  it('keeps the latest period of each indicator and area, drops exact repeats and reports conflicting ones', () => {
    const parsed = parseCsvText(
      councilCsv(
        'children-in-need,E09000008,,,2024/25,400,,,,,',
        'children-in-need,E09000008,,,April 2026,420,,,,,',
        'children-in-need,E09000008,,,2025/26,410,,,,,',
        'children-in-need,E09000008,,,2025/26,410,,,,,',
        'children-in-need,E09000008,,,2025/26,411,,,,,',
      ),
      context(),
    );
    expect(find(parsed, 'children-in-need', 'E09000008')).to.deep.include({ value: 420, period: { label: 'April 2026', sortKey: '2026-04' } });
    expect(parsed.observations).to.have.length(1);
    expect(problemLines(parsed)).to.deep.equal([
      '6: This gives a different figure for “children-in-need” in Croydon for 2025/26 from line 4 (411 here, 410 there), so it was left out.',
    ]);
  });

  it('reports each bad row with its line and the reason, and still loads the good ones', () => {
    const parsed = parseCsvText(
      councilCsv(
        /* 2 */ 'children-in-need,E09000008,,,2025/26,400,,,,,',
        /* 3 */ 'looked-after-kids,E09000008,,,2025/26,70,,,,,',
        /* 4 */ 'children-in-need,E0900008,,,2025/26,400,,,,,',
        /* 5 */ 'children-in-need,E05011462,Addiscombe East,,2025/26,400,,,,,',
        /* 6 */ 'children-in-need,E05011463,Fairfield,E12000007,2025/26,400,,,,,',
        /* 7 */ 'children-in-need,E09000009,,,2025/26,four hundred,,,,,',
        /* 8 */ 'children-in-need,E06000060,,,2025/26,400,,,-3,1000,',
        /* 9 */ 'household-overcrowding,E09000008,,,2021,101,,,,,',
        /* 10 */ 'household-overcrowding,E09000009,,,2021,10,11,12,,,',
        /* 11 */ 'household-overcrowding,E06000060,,,2021,10,12,8,,,',
        /* 12 */ 'household-overcrowding,E12000007,,,2021,10,8,,,,',
        /* 13 */ 'household-overcrowding,E92000001,,,2021,10',
        /* 14 */ 'children-in-need,E92000001,,,2025/26,1e400,,,,,',
        /* 15 */ 'children-in-need,W06000015,Cardiff,,2025/26,400,,,,,',
        /* 16 */ 'children-in-need,E10000002,,,2025/26,400,,,,,',
        /* 17 */ 'children-in-need,E09000099,,,2025/26,400,,,,,',
        /* 18 */ 'children-in-need,E12000007,,,,400,,,,,',
        /* 19 */ 'household-overcrowding,E12000008,,,2021,10,,,300,200,',
        /* 20 */ 'children-in-need,E12000008,,,2025/26,-1,,,,,',
      ),
      context(),
    );
    expect(parsed.observations.map((o) => `${o.indicator} ${o.area}`)).to.deep.equal(['children-in-need E09000008']);
    const lines = problemLines(parsed);
    expect(lines.map((line) => Number(line.split(':')[0]))).to.deep.equal([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const expectations: [number, RegExp][] = [
      [3, /no indicator called “looked-after-kids”\. Did you mean “looked-after-children”\?/],
      [4, /“E0900008” is not an ONS area code/],
      [5, /E05011462 \(Addiscombe East\) is not England, a region or an upper-tier council.*needs its parent_code/],
      [6, /parent_code must be the upper-tier council.*London \(E12000007\) is a region/],
      [7, /The value “four hundred” is not a number\./],
      [8, /The count -3\.00 is not possible: it cannot be negative\./],
      [9, /The value 101\.00 is not possible: a percentage lies between 0 and 100\./],
      [10, /The value 10\.00 lies outside its own confidence interval \(11\.00 to 12\.00\)\./],
      [11, /The lower confidence limit \(12\.00\) is above the upper one \(8\.00\)\./],
      [12, /Only one confidence limit is given/],
      [13, /This line has 6 cells but the header has 11/],
      [14, /The value “1e400” is too large to be a real figure\./],
      [15, /W06000015 is not an area in England/],
      [16, /E10000002 is a former council’s code\. .*Use Buckinghamshire \(E06000060\)\./],
      [17, /E09000099 looks like the code of England, a region or an upper-tier council, but not one the tool knows\. Did you mean Ealing \(E09000009\)\?/],
      [18, /There is no period/],
      [19, /The count \(300\.00\) is larger than its denominator \(200\.00\)/],
      [20, /The value -1\.00 is not possible: a rate per 10,000 lies between 0 and 10,000\./],
    ];
    for (const [line, pattern] of expectations) {
      const problem = parsed.problems.find((p) => p.line === line);
      expect(problem?.message, `line ${line}`).to.match(pattern);
      expect(problem?.file).to.equal('our-figures.csv');
    }
    expect(describeProblem(parsed.problems[0]!)).to.match(/^our-figures\.csv, line 3: There is no indicator/);
  });

  it('accepts trailing empty cells but not extra filled ones', () => {
    const parsed = parseCsvText(councilCsv('children-in-need,E09000008,,,2025/26,400,,,,,,,', 'children-in-need,E09000009,,,2025/26,400,,,,,,oops'), context());
    expect(find(parsed, 'children-in-need', 'E09000008')?.value).to.equal(400);
    expect(problemLines(parsed)).to.deep.equal([
      '3: This line has 12 cells but the header has 11, so it was left out. A name or number holding a comma must be in double quotes.',
    ]);
  });

  it('keeps names and notes as the text they are, markup and all', () => {
    const name = '<script>alert(1)</script>';
    const note = '<img src=x onerror=alert(1)> & “quotes”';
    const parsed = parseCsvText(councilCsv(`children-in-need,E05011462,${name},E09000008,2025/26,400,,,,,"${note}"`), context());
    expect(parsed.subAreas[0]?.name).to.equal(name);
    expect(parsed.observations[0]?.note).to.equal(note);
  });

  it('fails as a whole, naming the missing columns and the layouts, when required columns are absent', () => {
    const missing = formatError(() => parseCsvText('indicator,area_code,area_name\nchildren-in-need,E09000008,Croydon', context()));
    expect(missing.message).to.contain('“period” and “value”');
    expect(missing.message).to.contain('Fingertips data download');
    expect(missing.message).to.contain('indicator, area_code, period and value');
    expect(missing.url).to.equal('/data/our-figures.csv');
    expect(formatError(() => parseCsvText('name,score\nx,1', context())).message).to.match(/columns of our-figures\.csv were not recognised/);
    expect(formatError(() => parseCsvText('\uFEFF\r\n', context())).message).to.equal('our-figures.csv is empty.');
  });

  it('reports a column named twice and reads the first', () => {
    const parsed = parseCsvText('indicator,area_code,period,value,Value\nchildren-in-need,E09000008,2025/26,1,2', context());
    expect(find(parsed, 'children-in-need', 'E09000008')?.value).to.equal(1);
    expect(problemLines(parsed)).to.deep.equal(['1: The column “value” appears more than once; only the first is read.']);
  });

  it('looks an indicator up by its Fingertips ID as well as its slug', () => {
    const parsed = parseCsvText(councilCsv('90803,E09000008,,,2024/25,70,,,,,', '99999,E09000008,,,2024/25,70,,,,,'), context());
    expect(find(parsed, 'looked-after-children', 'E09000008')?.value).to.equal(70);
    expect(problemLines(parsed)).to.deep.equal([
      '3: Fingertips indicator 99999 is not one of the tool’s indicators, so its figures were left out. A JSON file can declare it as a custom indicator with "fingertipsId": 99999.',
    ]);
  });
});

/** The columns of a Fingertips download, as Fingertips names them. */
const FINGERTIPS_HEADER = [
  'Indicator ID',
  'Indicator Name',
  'Parent Code',
  'Parent Name',
  'Area Code',
  'Area Name',
  'Area Type',
  'Sex',
  'Age',
  'Category Type',
  'Category',
  'Time period',
  'Value',
  'Lower CI 95.0 limit',
  'Upper CI 95.0 limit',
  'Lower CI 99.8 limit',
  'Upper CI 99.8 limit',
  'Count',
  'Denominator',
  'Value note',
  'Recent Trend',
  'Compared to England value or percentiles',
  'Compared to Region value or percentiles',
  'Time period Sortable',
  'New data',
  'Compared to goal',
  'Time period range',
];

type FingertipsRow = Partial<Record<(typeof FINGERTIPS_HEADER)[number], string>>;

const quoteCell = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A Fingertips download as Fingertips writes it; `empty` is how it writes a missing number. */
function fingertipsCsv(rows: FingertipsRow[], { header = FINGERTIPS_HEADER, rowNumbers = false, empty = '' } = {}): string {
  const lines = rows.map((row, i) =>
    [
      ...(rowNumbers ? [String(i + 1)] : []),
      ...FINGERTIPS_HEADER.map((column) => quoteCell(row[column] ?? (/Value$|CI|Count|Denominator/.test(column) ? empty : ''))),
    ].join(','),
  );
  return [header.map(quoteCell).join(','), ...lines].join('\n');
}

const U18 = { 'Indicator ID': '20401', 'Indicator Name': 'Under 18s conception rate / 1,000', Sex: 'Female', Age: '<18 yrs', 'Time period range': '1y' };
const READY = { 'Indicator ID': '90631', 'Indicator Name': 'School readiness', Sex: 'Persons', Age: '5 yrs' };
const LAC = { 'Indicator ID': '90803', 'Indicator Name': 'Children in care', Sex: 'Persons', Age: '<18 yrs' };
const croydon = { 'Parent Code': 'E12000007', 'Parent Name': 'London', 'Area Code': 'E09000008', 'Area Name': 'Croydon', 'Area Type': 'UA' };
const england = { 'Area Code': 'E92000001', 'Area Name': 'England', 'Area Type': 'England' };

const FINGERTIPS_ROWS: FingertipsRow[] = [
  {
    ...U18,
    ...england,
    'Time period': '2021',
    Value: '13.1',
    'Lower CI 95.0 limit': '12.9',
    'Upper CI 95.0 limit': '13.3',
    'Time period Sortable': '20210000',
  },
  {
    ...U18,
    ...croydon,
    'Time period': '2022',
    Value: '14.2',
    'Lower CI 95.0 limit': '12.6',
    'Upper CI 95.0 limit': '15.9',
    Count: '171',
    Denominator: '12,040',
    'Compared to England value or percentiles': 'Worse',
    'Time period Sortable': '20220000',
  },
  {
    ...U18,
    ...croydon,
    'Time period': '2021',
    Value: '12.0',
    'Lower CI 95.0 limit': '10.6',
    'Upper CI 95.0 limit': '13.6',
    'Compared to England value or percentiles': 'Similar',
    'Time period Sortable': '20210000',
  },
  {
    ...U18,
    ...croydon,
    'Category Type': 'County & UA deprivation deciles in England (IMD2019, 4/21 geog.)',
    Category: 'Most deprived decile',
    'Time period': '2022',
    Value: '30.1',
    'Time period Sortable': '20220000',
  },
  {
    ...U18,
    ...england,
    'Time period': '2022',
    Value: '13.1',
    'Lower CI 95.0 limit': '12.9',
    'Upper CI 95.0 limit': '13.3',
    'Compared to England value or percentiles': 'Not compared',
    'Time period Sortable': '20220000',
  },
  {
    ...READY,
    ...croydon,
    'Time period': '2022/23',
    Value: '70.5',
    'Lower CI 95.0 limit': '69.5',
    'Upper CI 95.0 limit': '71.5',
    'Compared to England value or percentiles': 'Better',
    'Time period Sortable': '20220000',
  },
  { ...READY, ...croydon, Sex: 'Male', 'Time period': '2022/23', Value: '64.5', 'Time period Sortable': '20220000' },
  {
    ...LAC,
    ...croydon,
    'Time period': '2023/24',
    Value: '61',
    'Compared to England value or percentiles': 'Higher',
    'Time period Sortable': '20230000',
    'Value note': 'Aggregated from all known lower geography values',
  },
  {
    ...LAC,
    ...croydon,
    'Area Code': 'E09000009',
    'Area Name': 'Ealing',
    'Time period': '2023/24',
    Value: '',
    'Value note': 'Value missing in source data',
    'Time period Sortable': '20230000',
  },
  {
    'Indicator ID': '93861',
    'Indicator Name': 'Fraction of mortality attributable to particulate air pollution',
    ...croydon,
    'Time period': '2020',
    Value: '6.9',
    'Time period Sortable': '20200000',
  },
  {
    'Indicator ID': '93861',
    'Indicator Name': 'Fraction of mortality attributable to particulate air pollution',
    ...england,
    'Time period': '2020',
    Value: '5.6',
    'Time period Sortable': '20200000',
  },
  {
    ...LAC,
    'Parent Code': 'E92000001',
    'Area Code': 'E07000223',
    'Area Name': 'Adur',
    'Area Type': 'District',
    'Time period': '2023/24',
    Value: '50',
    'Time period Sortable': '20230000',
  },
  {
    ...LAC,
    'Parent Code': 'E09000008',
    'Area Code': 'E05011462',
    'Area Name': 'Addiscombe East',
    'Area Type': 'Ward',
    'Time period': '2023/24',
    Value: '75',
    'Time period Sortable': '20230000',
  },
];

function checkFingertips(parsed: ParsedFile): void {
  expect(parsed.layout).to.equal('fingertips');
  expect(find(parsed, 'under-18-conceptions', 'E09000008')).to.deep.equal({
    indicator: 'under-18-conceptions',
    area: 'E09000008',
    period: { label: '2022', sortKey: '2022-12' },
    value: 14.2,
    lower: 12.6,
    upper: 15.9,
    count: 171,
    denominator: 12040,
    publishedSignificance: 'higher',
  });
  expect(find(parsed, 'under-18-conceptions', 'E92000001')).to.deep.include({ value: 13.1, period: { label: '2022', sortKey: '2022-12' } });
  expect(find(parsed, 'under-18-conceptions', 'E92000001')).not.to.have.property('publishedSignificance');
  // School readiness: high is good, so "Better" is higher; the male row is another breakdown.
  expect(find(parsed, 'school-readiness', 'E09000008')).to.deep.include({ value: 70.5, publishedSignificance: 'higher' });
  expect(find(parsed, 'looked-after-children', 'E09000008')).to.deep.include({
    value: 61,
    publishedSignificance: 'higher',
    note: 'Aggregated from all known lower geography values',
  });
  expect(find(parsed, 'looked-after-children', 'E09000009')).to.deep.include({ value: null, note: 'Value missing in source data' });
  expect(find(parsed, 'looked-after-children', 'E09000009')?.missing?.reason).to.equal('not-available');
  expect(find(parsed, 'looked-after-children', 'E05011462')?.value).to.equal(75);
  expect(parsed.subAreas).to.deep.equal([{ code: 'E05011462', name: 'Addiscombe East', kind: 'sub-area', parentCode: 'E09000008' }]);
  expect(parsed.observations).to.have.length(6);
  expect(parsed.problems.map((p) => p.message)).to.deep.equal([
    'Fingertips indicator 93861 (Fraction of mortality attributable to particulate air pollution) is not one of the tool’s indicators, so the 2 rows on lines 11 to 12 were left out. A JSON file can declare it as a custom indicator with "fingertipsId": 93861.',
    'Areas of type “District” are not shown, so the row on line 13 was left out: the tool shows England, regions, upper-tier councils and parts of those councils, and the file does not give an upper-tier council as these areas’ Parent Code.',
  ]);
}

describe('council file parsing: a Fingertips download', () => {
  it('reads the whole-area figure of the latest period, for the right sex, with Fingertips’ own judgement', () => {
    checkFingertips(parseCsvText(fingertipsCsv(FINGERTIPS_ROWS), context('fingertips.csv')));
  });

  it('reads the copy R writes: dotted names, a first column of row numbers and NA', () => {
    const header = ['', ...FINGERTIPS_HEADER.map((name) => name.replace(/ /g, '.'))];
    const text = fingertipsCsv(FINGERTIPS_ROWS, { header, rowNumbers: true, empty: 'NA' });
    expect(text.split('\n')[0]).to.match(/^,Indicator\.ID,Indicator\.Name,.*Lower\.CI\.95\.0\.limit/);
    checkFingertips(parseCsvText(text, context('fingertips.csv')));
  });

  it('reads a copy whose header leaves out the row-number column', () => {
    const header = FINGERTIPS_HEADER.map((name) => name.replace(/ /g, '.'));
    checkFingertips(parseCsvText(fingertipsCsv(FINGERTIPS_ROWS, { header, rowNumbers: true, empty: 'NA' }), context('fingertips.csv')));
  });

  it('picks the latest period by Time period Sortable, whatever the order of the rows', () => {
    const rows = [...FINGERTIPS_ROWS].reverse();
    const parsed = parseCsvText(fingertipsCsv(rows), context('fingertips.csv'));
    expect(find(parsed, 'under-18-conceptions', 'E09000008')?.value).to.equal(14.2);
  });

  it('says so when an indicator’s figures are all for a sex the tool does not show', () => {
    const parsed = parseCsvText(fingertipsCsv([{ ...READY, ...croydon, Sex: 'Female', 'Time period': '2022/23', Value: '75' }]), context('fingertips.csv'));
    expect(problemLines(parsed)).to.deep.equal([
      '2: The figures for “school-readiness” are only for Female; the tool shows the figure for Persons, so they were left out.',
    ]);
  });

  it('fails when the download has lost a column it needs', () => {
    const header = FINGERTIPS_HEADER.filter((name) => name !== 'Time period');
    const error = formatError(() => parseCsvText(`${header.join(',')}\n`, context('fingertips.csv')));
    expect(error.message).to.contain('fingertips.csv has no “Time period” column');
    expect(error.message).to.contain('Fingertips data download');
  });

  it('matches column names ignoring case, spaces and dots, and tells the layouts apart', () => {
    expect(normaliseColumnName('Lower.CI.95.0.limit')).to.equal(normaliseColumnName('Lower CI 95.0 limit'));
    expect(normaliseColumnName('area_code')).to.equal(normaliseColumnName('Area Code'));
    expect(recogniseLayout(FINGERTIPS_HEADER, 'f.csv').layout).to.equal('fingertips');
    expect(recogniseLayout(HEADER.split(','), 'f.csv').layout).to.equal('council');
  });

  it('undoes polarity in Fingertips’ words', () => {
    expect(significanceFromWords('Better', 'high-is-good')).to.equal('higher');
    expect(significanceFromWords('Better', 'high-is-bad')).to.equal('lower');
    expect(significanceFromWords('Worse', 'high-is-good')).to.equal('lower');
    expect(significanceFromWords('Worse', 'high-is-bad')).to.equal('higher');
    expect(significanceFromWords(' similar ', 'high-is-bad')).to.equal('similar');
    expect(significanceFromWords('Higher', 'no-judgement')).to.equal('higher');
    expect(significanceFromWords('Lower', 'high-is-good')).to.equal('lower');
    expect(significanceFromWords('Better', 'no-judgement')).to.equal(undefined);
    expect(significanceFromWords('Not compared', 'high-is-good')).to.equal(undefined);
    expect(significanceFromWords('Highest quintile', 'high-is-good')).to.equal(undefined);
  });
});

const EARLY_HELP = {
  slug: 'early-help-families',
  title: 'Families supported by early help',
  domain: 'stressful-circumstances',
  unit: { kind: 'rate', per: 1000, of: 'families with children' },
  polarity: 'no-judgement',
  description: 'Families with children who had an early help assessment in the year, per 1,000 families.',
  source: { publisher: 'Croydon Council', dataset: 'Early help dashboard', url: 'https://example.org/early-help', licence: 'OGL-3.0' },
};

describe('council file parsing: JSON and custom indicators', () => {
  it('turns a custom indicator into a full definition and reads its rows', () => {
    const parsed = parseJsonData(
      {
        indicators: [
          EARLY_HELP,
          {
            slug: 'family-hub-visits',
            title: 'Family hub visits',
            domain: 'family-relationships',
            unit: 'count',
            polarity: 'high-is-good',
            fingertipsId: 123456,
          },
        ],
        rows: [
          { indicator: 'early-help-families', area_code: 'E09000008', period: '2025/26', value: 41.2, lower_ci: 39, upper_ci: 43.5 },
          { indicator: 'family-hub-visits', area_code: 'E05011462', area_name: 'Addiscombe East', parent_code: 'E09000008', period: 2025, value: '1,234' },
        ],
      },
      context('ours.json'),
    );
    expect(parsed.problems).to.deep.equal([]);
    const [earlyHelp, visits] = parsed.indicators;
    expect(earlyHelp).to.deep.equal({
      slug: 'early-help-families',
      domain: 'stressful-circumstances',
      title: 'Families supported by early help',
      shortTitle: 'Families supported by early help',
      question: 'How does the area compare on families supported by early help?',
      definition: 'Families with children who had an early help assessment in the year, per 1,000 families.',
      unit: { kind: 'rate', per: 1000, of: 'families with children' },
      publishedPolarity: 'no-judgement',
      measure: 'Families supported by early help (rate per 1,000 families with children)',
      oatMeasure: 'Not part of the original tool: a local indicator',
      decimals: 1,
      sources: [
        {
          publisher: 'Croydon Council',
          dataset: 'Early help dashboard',
          url: 'https://example.org/early-help',
          licence: 'OGL-3.0',
          attribution: 'Source: Croydon Council, Early help dashboard. Contains public sector information licensed under the Open Government Licence v3.0.',
        },
      ],
    });
    expect(visits).to.deep.include({ decimals: 0, unit: { kind: 'count' }, fingertips: { indicatorId: 123456, areaTypeId: 502, confidence: 'medium' } });
    expect(visits?.sources[0]).to.deep.equal({
      publisher: 'The council',
      dataset: 'local figures (ours.json)',
      url: '/data/ours.json',
      licence: '',
      attribution: 'Source: The council, local figures (ours.json).',
    });
    expect(find(parsed, 'early-help-families', 'E09000008')).to.deep.include({ value: 41.2, lower: 39, upper: 43.5 });
    expect(find(parsed, 'family-hub-visits', 'E05011462')).to.deep.include({ value: 1234, period: { label: '2025', sortKey: '2025-12' } });
  });

  it('rejects custom indicators that clash, or lack a title, or have an unknown domain, unit or polarity', () => {
    const parsed = parseJsonData(
      {
        indicators: [
          { ...EARLY_HELP, slug: 'children-in-need' },
          { ...EARLY_HELP, slug: 'no-title', title: ' ' },
          { ...EARLY_HELP, slug: 'bad-domain', domain: 'children-outcome' },
          { ...EARLY_HELP, slug: 'bad-unit', unit: 'percentile' },
          { ...EARLY_HELP, slug: 'bad-rate', unit: 'rate' },
          { ...EARLY_HELP, slug: 'bad-polarity', polarity: 'low-is-good' },
          { ...EARLY_HELP, slug: 'Not A Slug!' },
          'just text',
          EARLY_HELP,
          { ...EARLY_HELP, title: 'Again' },
          { ...EARLY_HELP, slug: 'risky-link', source: { publisher: 'Us', url: 'javascript:alert(1)' } },
        ],
        rows: [
          { indicator: 'bad-domain', area_code: 'E09000008', period: '2025/26', value: 1 },
          { indicator: 'early-help-families', area_code: 'E09000008', period: '2025/26', value: 1 },
        ],
      },
      context('ours.json'),
    );
    expect(parsed.indicators.map((definition) => definition.slug)).to.deep.equal(['early-help-families', 'risky-link']);
    const described = parsed.problems.map(describeProblem);
    expect(described).to.deep.equal([
      'ours.json, custom indicator 1: “children-in-need” was not loaded: the tool already has an indicator with this slug; choose another name for a local indicator.',
      'ours.json, custom indicator 2: “no-title” was not loaded: it has no "title".',
      'ours.json, custom indicator 3: “bad-domain” was not loaded: its "domain" “children-outcome” is not one of stressful-circumstances, individual-vulnerabilities, family-relationships, children-outcomes (did you mean “children-outcomes”?).',
      'ours.json, custom indicator 4: “bad-unit” was not loaded: its unit is not one the tool knows: use "percent", "score", "count" or {"kind": "rate", "per": 1000, "of": "households"}.',
      'ours.json, custom indicator 5: “bad-rate” was not loaded: a rate needs "per", the number of people it is counted per, as in "percent", "score", "count" or {"kind": "rate", "per": 1000, "of": "households"}.',
      'ours.json, custom indicator 6: “bad-polarity” was not loaded: its "polarity" “low-is-good” is not one of high-is-bad, high-is-good, no-judgement.',
      'ours.json, custom indicator 7: “not a slug!” was not loaded: a slug may hold only lower-case letters, digits and single hyphens between them.',
      'ours.json, custom indicator 8: This is just text, not an object describing an indicator, so it was left out.',
      'ours.json, custom indicator 10: “early-help-families” was not loaded: the tool already has an indicator with this slug; choose another name for a local indicator.',
      'ours.json, custom indicator 11: “risky-link”: its source "url" is not a web address (it must start with https:// or http://), so the file itself is linked instead.',
      'ours.json, row 1: The custom indicator “bad-domain” was not loaded (its problem is listed with the custom indicators), so its figures were left out.',
    ]);
    expect(parsed.indicators[1]?.sources[0]?.url).to.equal('/data/ours.json');
    expect(find(parsed, 'early-help-families', 'E09000008')?.value).to.equal(1);
  });

  it('reads a plain list of rows, numbering problems by row', () => {
    const parsed = parseJsonData(
      [
        { indicator: 'children-in-need', area_code: 'E09000008', period: '2025/26', value: 400, note: null },
        { indicator: 'children-in-need', area_code: 'E09000009', period: '2025/26', value: null },
        { indicator: 'children-in-need', area_code: 'E06000060', period: '2025/26', value: { amount: 3 } },
        42,
        { indicator: 'children-in-need', area_code: ['E12000007'], period: '2025/26', value: 1 },
      ],
      context('rows.json'),
    );
    expect(find(parsed, 'children-in-need', 'E09000008')?.value).to.equal(400);
    expect(find(parsed, 'children-in-need', 'E09000009')?.missing?.reason).to.equal('not-available');
    expect(parsed.problems.map(describeProblem)).to.deep.equal([
      'rows.json, row 3: The value is an object, not a number.',
      'rows.json, row 4: This is 42, not an object with named fields, so it was left out.',
      'rows.json, row 5: The area_code should be text, not a list.',
    ]);
  });

  it('fails as a whole on a file that is not rows, or whose rows lack required fields', () => {
    expect(formatError(() => parseJsonData('text', context('x.json'))).message).to.match(/x\.json is not in the expected form: it holds text/);
    expect(formatError(() => parseJsonData({ data: [] }, context('x.json'))).message).to.match(/it has no "rows" list/);
    expect(formatError(() => parseJsonData({ rows: {} }, context('x.json'))).message).to.match(/"rows" is not a list/);
    expect(formatError(() => parseJsonData({ rows: [], indicators: 'none' }, context('x.json'))).message).to.match(/"indicators" is not a list/);
    expect(formatError(() => parseJsonData([{ indicator: 'children-in-need', area_code: 'E09000008', value: 1 }], context('x.json'))).message).to.contain(
      'x.json has no “period” column',
    );
    expect(parseJsonData({ rows: [] }, context('x.json')).observations).to.deep.equal([]);
  });
});

describe('council file parsing: figures that cannot be right', () => {
  const TODAY = new Date('2026-12-01T12:00:00Z');

  it('rejects impossible values and periods that have not ended yet, England’s rows included, like any other bad row', () => {
    const parsed = parseCsvText(
      councilCsv(
        /* 2 */ 'children-in-need,E09000008,,,2024/25,1e12,,,,,',
        /* 3 */ 'children-in-need,E09000009,,,2099/00,400,,,,,',
        /* 4 */ 'children-in-need,E06000060,,,2923/24,400,,,,,',
        /* 5 */ 'children-in-need,E92000001,,,2024/25,10001,,,,,',
        /* 6 */ 'children-in-need,E12000007,,,2026/27,320,,,,,',
        /* 7 */ 'school-readiness,E92000001,,,2024/25,67.7,67.5,69.9,,,',
        /* 8 */ 'children-in-need,E12000008,,,2025/26,320,,,,,',
      ),
      { ...context(), today: TODAY },
    );
    expect(problemLines(parsed)).to.deep.equal([
      '2: The value 1.00e+12 is not possible: a rate per 10,000 lies between 0 and 10,000.',
      '3: The period “2099/00” ends after 2026, so its figures cannot have been published yet.',
      '4: The period “2923/24” ends after 2026, so its figures cannot have been published yet.',
      '5: The value 10,001.00 is not possible: a rate per 10,000 lies between 0 and 10,000.',
      '6: The period “2026/27” ends after 2026, so its figures cannot have been published yet.',
    ]);
    expect(parsed.observations.map((o) => `${o.indicator} ${o.area} ${o.value}`)).to.deep.equal([
      'school-readiness E92000001 67.7',
      'children-in-need E12000008 320',
    ]);
  });

  it('removes hidden characters from every text, so a right-to-left override cannot reverse a figure', () => {
    const parsed = parseCsvText(
      councilCsv(
        'children-in-need,E05011462,"\u202EAddiscombe East",E09000008,"2025/26\u2066",412.5,,,,,"Provisional\u202E figure\u0000"'.replace(
          /\\u([0-9A-F]{4})/g,
          (_, hex: string) => String.fromCharCode(parseInt(hex, 16)),
        ),
      ),
      context(),
    );
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.subAreas[0]?.name).to.equal('Addiscombe East');
    expect(parsed.observations[0]).to.deep.include({ period: { label: '2025/26', sortKey: '2026-03' }, note: 'Provisional figure' });
  });

  it('cuts a very long note or name short, keeps the whole, and says so', () => {
    const note = 'n'.repeat(1024 * 1024);
    const name = 'w'.repeat(5000);
    const parsed = parseJsonData(
      [{ indicator: 'children-in-need', area_code: 'E05011462', area_name: name, parent_code: 'E09000008', period: '2025/26', value: 400, note }],
      context('long.json'),
    );
    const [observation] = parsed.observations;
    expect(observation?.note).to.have.length(2000);
    expect(parsed.fullText.get(observation!.note!)).to.equal(note);
    expect(parsed.subAreas[0]?.name).to.have.length(300);
    expect(parsed.fullText.get(parsed.subAreas[0]!.name)).to.equal(name);
    expect(parsed.problems.map(describeProblem)).to.deep.equal([
      'long.json, row 1: The area_name is 5,000 characters long, so it is shown cut short at 300 characters, ending “…”; the whole text is kept with the source’s full texts.',
      'long.json, row 1: The note is 1,048,576 characters long, so it is shown cut short at 2,000 characters, ending “…”; the whole text is kept with the source’s full texts.',
    ]);
  });
});

describe('council file parsing: former councils’ codes', () => {
  it('carries a figure published before a reorganisation to the successor with the same boundary, and says so', () => {
    const parsed = parseCsvText(councilCsv('children-in-need,E10000002,Buckinghamshire County Council,,2019/20,300.5,,,,,'), context());
    expect(parsed.problems).to.deep.equal([]);
    expect(find(parsed, 'children-in-need', 'E06000060')).to.deep.include({
      value: 300.5,
      period: { label: '2019/20', sortKey: '2020-03' },
      note: 'Published for Buckinghamshire County Council (E10000002), which covered the same area as Buckinghamshire before 1 April 2020.',
    });
  });

  it('prefers the successor’s own figure for the same period, whatever the order of the rows', () => {
    for (const rows of [
      ['children-in-need,E10000002,,,2019/20,300.5,,,,,', 'children-in-need,E06000060,,,2019/20,301,,,,,'],
      ['children-in-need,E06000060,,,2019/20,301,,,,,', 'children-in-need,E10000002,,,2019/20,300.5,,,,,'],
    ]) {
      const parsed = parseCsvText(councilCsv(...rows), context());
      expect(parsed.problems).to.deep.equal([]);
      expect(find(parsed, 'children-in-need', 'E06000060')).to.deep.equal({
        indicator: 'children-in-need',
        area: 'E06000060',
        period: { label: '2019/20', sortKey: '2020-03' },
        value: 301,
      });
    }
  });

  it('keeps a former council whose boundary changed out of the current view, with one note for all its rows', () => {
    const parsed = parseCsvText(
      councilCsv(
        'children-in-need,E10000021,Northamptonshire,,2019/20,400,,,,,',
        'children-in-need,E10000021,Northamptonshire,,2020/21,410,,,,,',
        'looked-after-children,E10000006,Cumbria,,2021/22,60,,,,,',
        'children-in-need,E09000008,,,2024/25,500,,,,,',
      ),
      context(),
    );
    expect(parsed.observations.map((o) => o.area)).to.deep.equal(['E09000008']);
    expect(problemLines(parsed)).to.deep.equal([
      '2: Northamptonshire (E10000021) and Cumbria (E10000006) are former councils whose areas are not that of any council today, so the 3 rows on lines 2 to 4 were kept out of the current view: their figures belong to the periods before the reorganisation.',
    ]);
  });

  it('rejects a former council’s code for a period that began on or after its reorganisation', () => {
    const parsed = parseCsvText(
      councilCsv(
        'children-in-need,E10000002,,,2020/21,400,,,,,',
        'children-in-need,E10000009,,,2019/20,400,,,,,',
        'children-in-need,E10000009,Dorset,,2019,400,,,,,',
      ),
      context(),
    );
    const lines = problemLines(parsed);
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(/^2: E10000002 is a former council’s code\. On 1 April 2020/);
    expect(lines[1]).to.match(/^3: E10000009 is a former council’s code\. On 1 April 2019/);
    expect(lines[2]).to.match(/^4: Dorset \(E10000009\) is a former council whose area is not that of any council today/);
    expect(parsed.problems[0]?.message).to.equal(
      'E10000002 is a former council’s code. On 1 April 2020 Buckinghamshire County Council and its districts were replaced by Buckinghamshire Council, covering the same area. Use Buckinghamshire (E06000060).',
    );
  });

  it('knows when a period starts: April for a financial year, January for a calendar year or a span of years', () => {
    const start = (label: string) => periodStart({ label, sortKey: periodSortKeyFromLabel(label) });
    expect(['2019/20', '2019-20', '2019', 'Census 2021', '2022 - 24', 'March 2026', 'Q2 2025/26'].map(start)).to.deep.equal([
      '2019-04',
      '2019-04',
      '2019-01',
      '2021-03', // Census day, 21 March 2021
      '2022-01',
      '2026-03',
      '2025-09',
    ]);
  });
});

describe('council file parsing: a Fingertips download’s variants', () => {
  it('reads the comparison words of a row without an interval, using the value’s side of England', () => {
    const parsed = parseCsvText(
      fingertipsCsv([
        { ...LAC, ...england, 'Time period': '2023/24', Value: '70', 'Time period Sortable': '20230000' },
        { ...LAC, ...croydon, 'Time period': '2023/24', Value: '96', 'Compared to England value or percentiles': 'Worse', 'Time period Sortable': '20230000' },
        {
          ...LAC,
          ...croydon,
          'Area Code': 'E09000009',
          'Area Name': 'Ealing',
          'Time period': '2023/24',
          Value: '45',
          'Compared to England value or percentiles': 'Better',
          'Time period Sortable': '20230000',
        },
        {
          ...LAC,
          ...croydon,
          'Area Code': 'E06000060',
          'Area Name': 'Bucks',
          'Time period': '2023/24',
          Value: '50',
          'Compared to England value or percentiles': 'Lowest quintile',
          'Time period Sortable': '20230000',
        },
      ]),
      context('fingertips.csv'),
    );
    // Children in care has no published polarity in the catalogue; Fingertips' "Worse" still says the difference is significant.
    expect(find(parsed, 'looked-after-children', 'E09000008')).to.deep.include({ value: 96, publishedSignificance: 'higher' });
    expect(find(parsed, 'looked-after-children', 'E09000008')).not.to.have.property('lower');
    expect(find(parsed, 'looked-after-children', 'E09000009')?.publishedSignificance).to.equal('lower');
    expect(find(parsed, 'looked-after-children', 'E06000060')).not.to.have.property('publishedSignificance');
  });

  it('reads column names run together, every spelling of the sub-national column, and period labels such as “2022 - 24”', () => {
    for (const subNational of [
      'Column not used',
      'Compared to percentiles',
      'Compared to Region value or percentiles',
      'Compared to Regions (statistical) value or percentiles',
    ]) {
      const header = FINGERTIPS_HEADER.map((name) => (name === 'Compared to Region value or percentiles' ? subNational : name.replace(/ /g, '')));
      const text = fingertipsCsv(
        [
          { ...U18, ...england, 'Time period': '2022 - 24', Value: '13.1', 'Time period Sortable': '20220000' },
          {
            ...U18,
            ...croydon,
            'Time period': '2022 - 24',
            Value: '14.2',
            'Compared to England value or percentiles': 'Higher',
            'Time period Sortable': '20220000',
          },
        ],
        { header },
      );
      const parsed = parseCsvText(text, context('fingertips.csv'));
      expect(parsed.problems, subNational).to.deep.equal([]);
      expect(find(parsed, 'under-18-conceptions', 'E09000008'), subNational).to.deep.include({
        period: { label: '2022 - 24', sortKey: '2024-12' },
        value: 14.2,
        publishedSignificance: 'higher',
      });
    }
  });

  it('leaves out areas of types it does not show, and codes of no council today, once per group', () => {
    const parsed = parseCsvText(
      fingertipsCsv([
        {
          ...LAC,
          'Parent Code': 'E92000001',
          'Area Code': 'Cl_L2_1ar',
          'Area Name': 'Rural-Urban Fringe',
          'Area Type': 'ONS 2011 group',
          'Time period': '2023/24',
          Value: '50',
        },
        {
          ...LAC,
          'Parent Code': 'E92000001',
          'Area Code': 'Cl_L2_2ar',
          'Area Name': 'Town',
          'Area Type': 'ONS 2011 group',
          'Time period': '2023/24',
          Value: '51',
        },
        { ...LAC, 'Parent Code': 'E92000001', 'Area Code': 'E08000020', 'Area Name': 'Gateshead', 'Area Type': 'UA', 'Time period': '2012/13', Value: '52' },
        {
          ...LAC,
          'Parent Code': 'E92000001',
          'Area Code': 'E06000048',
          'Area Name': 'Northumberland',
          'Area Type': 'UA',
          'Time period': '2018/19',
          Value: '53',
        },
      ]),
      context('fingertips.csv'),
    );
    expect(parsed.observations).to.deep.equal([]);
    expect(problemLines(parsed)).to.deep.equal([
      '2: Areas of type “ONS 2011 group” are not shown, so the 2 rows on lines 2 to 3 were left out: the tool shows England, regions, upper-tier councils and parts of those councils, and the file does not give an upper-tier council as these areas’ Parent Code.',
      '4: Gateshead (E08000020) and Northumberland (E06000048) are not codes of England, a region or a council today, so the 2 rows on lines 4 to 5 were left out: such a code is usually one a council had before a change of code or boundary.',
    ]);
  });
});

describe('period sort keys from labels', () => {
  const cases: [string, string][] = [
    ['2024/25', '2025-03'],
    ['2024-25', '2025-03'],
    ['Q2 2025/26', '2025-09'],
    ['Q4 2025/26', '2026-03'],
    ['March 2026', '2026-03'],
    ['Sept 2025', '2025-09'],
    ['2026-03', '2026-03'],
    ['2026-03-31', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['2021 - 23', '2023-12'],
    ['1999/00', '2000-03'],
    ['2024', '2024-12'],
    ['Census 2021', '2021-03'], // Census day, 21 March 2021: the snapshot's Census periods sort the same way
    ['2025 Q1', '2025-03'],
    ['latest', ''],
  ];
  for (const [label, key] of cases) {
    it(`“${label}” sorts as “${key}”`, () => expect(periodSortKeyFromLabel(label)).to.equal(key));
  }

  it('orders this month after last year', () => {
    expect(periodSortKeyFromLabel('March 2026') > periodSortKeyFromLabel('2024/25')).to.equal(true);
    expect(periodSortKeyFromLabel('2025/26') > periodSortKeyFromLabel('Q3 2025/26')).to.equal(true);
  });
});
