/**
 * The builder's output compared with the raw published files it reads. These tests read
 * ../shared (the reference data); they are skipped, with a message, where it is absent.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { read as readWorkbook, utils } from '@e965/xlsx';
import { csvParse } from 'd3-dsv';
import { findShared, REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { buildSnapshot } from '../../scripts/snapshot/build.js';
import { loadGeography } from '../../scripts/snapshot/areas.js';
import { BuildLog } from '../../scripts/snapshot/collector.js';
import { laNumberToOnsCode } from '../../scripts/snapshot/recipes/dfe-codes.js';
import { buildLaitIndicators, readLait } from '../../scripts/snapshot/recipes/lait.js';
import { NCCIS_FILES, NCCIS_FOLDER, matchCohortPeriod, readCohortRows } from '../../scripts/snapshot/recipes/neet.js';
import { readCsv } from '../../scripts/snapshot/read.js';
import { PUBLICATIONS } from '../../src/catalogue/publications.js';
import { DISTRICTS_MERGED_2023, reorganisationOf } from '../../src/reorganisations.js';
import type { SnapshotFile } from '../../src/sources/snapshot-format.js';

const shared = findShared();
const skip = shared ? false : 'the shared reference data (../shared) is not beside the repository';
const committedFile = (name: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'indicators', name), 'utf8')) as SnapshotFile;
const committed = committedFile('snapshot.json');
const history = committedFile('snapshot-history.json');

function figure(slug: string, area: string) {
  const position = committed.areas.findIndex(([code]) => code === area);
  assert.ok(position >= 0, `${area} is in the snapshot`);
  const period = committed.indicators[slug]!.periods[0]!;
  const at = (column?: (number | null)[]) => column?.[position] ?? null;
  return {
    period: period.label,
    value: at(period.value),
    lower: at(period.lower),
    upper: at(period.upper),
    count: at(period.count),
    denominator: at(period.denominator),
    note: period.notes?.[area],
    missing: period.missing?.[area],
  };
}

/** One area's figure in one period of the history file, with what the period says about its sources. */
function past(slug: string, label: string, area: string) {
  const position = history.areas.findIndex(([code]) => code === area);
  const period = history.indicators[slug]?.periods.find((candidate) => candidate.label === label);
  assert.ok(position >= 0 && period, `${slug} ${label} ${area} is in the history`);
  const at = (column?: (number | null)[]) => column?.[position] ?? null;
  return {
    value: at(period.value),
    count: at(period.count),
    denominator: at(period.denominator),
    note: period.notes?.[area],
    missing: period.missing?.[area],
    sources: period.sources,
    derivation: period.derivation,
    countDerivation: period.countDerivation,
  };
}

function rawCsv(folder: string, file: string) {
  return csvParse(readFileSync(join(shared!, 'data', 'indicators-raw', folder, file), 'utf8').replace(/^\uFEFF/, ''));
}

const stem = (header: string) => header.replace(/; measures: Value$/, '');
function censusRow(file: string, code: string) {
  const rows = rawCsv('Hossam53__CensusData', file);
  const row = rows.find((candidate) => candidate['geography code'] === code);
  assert.ok(row, `${code} in ${file}`);
  return (name: string) => Number(row[rows.columns.find((header) => stem(header) === name)!]);
}

describe('snapshot builder against the raw published files', { skip }, () => {
  it('overcrowding in Blackpool is Census 2021 TS052 (−1 and −2 or less) over all households', () => {
    const cell = censusRow('census2021-ts052-ltla.csv', 'E06000009');
    const count =
      cell('Occupancy rating for bedrooms: Occupancy rating of bedrooms: -1') + cell('Occupancy rating for bedrooms: Occupancy rating of bedrooms: -2 or less');
    const households = cell('Occupancy rating for bedrooms: Total: All households');
    const built = figure('household-overcrowding', 'E06000009');
    assert.equal(built.count, count);
    assert.equal(built.denominator, households);
    assert.equal(built.value, Math.round((count / households) * 100 * 1000) / 1000);
    assert.equal(built.period, 'Census 2021');
  });

  it('lone parents in Cumberland add up the three former districts that formed it', () => {
    let count = 0;
    let households = 0;
    for (const district of ['E07000026', 'E07000028', 'E07000029']) {
      const cell = censusRow('census2021-ts003-ltla.csv', district);
      count += cell('Household composition: Single family household: Lone parent family: With dependent children');
      households += cell('Household composition: Total');
    }
    const built = figure('lone-parent-households', 'E06000063');
    assert.equal(built.count, count);
    assert.equal(built.denominator, households);
    assert.match(built.note ?? '', /former districts/);
  });

  it('looked-after children in Croydon are DfE’s published rate, count and population for 31 March 2025', () => {
    const row = rawCsv('dfe-analytical-services__CSC_outcomes_and_enablers', 'cla_number_and_rate_per_10k_children.csv').find(
      (candidate) =>
        candidate.time_period === '2025' &&
        candidate.new_la_code === 'E09000008' &&
        candidate.population_type === 'Children looked after on 31 March each year',
    );
    assert.ok(row);
    const built = figure('looked-after-children', 'E09000008');
    assert.deepEqual([built.value, built.count, built.denominator], [Number(row.rate_per_10000), Number(row.children_count), Number(row.population_estimate)]);
    assert.equal(built.period, '2024/25');
  });

  it('children in need in Gateshead is LAIT’s published rate, with table B1’s count at 31 March', async () => {
    const lait = await readLait(join(shared!, 'data', 'indicators-raw', 'dfe-analytical-services__local-authority-interactive-tool', 'bds_long_0.parquet'));
    const published = lait.find((row) => row.measure === 'CIN' && row.year === '2025' && row.name === 'Gateshead');
    const b1 = rawCsv('dfe-analytical-services__CSC_outcomes_and_enablers', 'b1_children_in_need_2013_to_2025.csv').find(
      (row) => row.time_period === '2025' && row.new_la_code === 'E08000037',
    );
    assert.ok(published && b1);
    const built = figure('children-in-need', 'E08000037');
    assert.equal(built.value, Number(published.value));
    assert.equal(built.count, Number(b1.At31_episodes));
  });

  it('school readiness and Attainment 8 in Croydon are LAIT’s 2025 values', async () => {
    const lait = await readLait(join(shared!, 'data', 'indicators-raw', 'dfe-analytical-services__local-authority-interactive-tool', 'bds_long_0.parquet'));
    const value = (measure: string) => Number(lait.find((row) => row.measure === measure && row.year === '2025' && row.name === 'Croydon')!.value);
    assert.equal(figure('school-readiness', 'E09000008').value, value('FSP_NEW_GOODDEV'));
    assert.equal(figure('gcse-attainment', 'E09000008').value, value('AVG_Attain8_Score'));
    assert.equal(figure('pupils-with-sen', 'E09000008').value, Math.round((value('SEN_TotSENSuP') + value('SEN_TotStat')) * 1e6) / 1e6);
  });

  it('life satisfaction in Blackpool is ONS’s 2022/23 mean with its published interval', () => {
    const row = rawCsv('ONSdigital__explore-local-statistics-data', 'personal-wellbeing-estimates.csv').find(
      (candidate) => candidate.areacd === 'E06000009' && candidate.indicator === 'Satisfaction' && candidate.period === '2022-04-01/P1Y',
    );
    assert.ok(row);
    const built = figure('adult-low-wellbeing', 'E06000009');
    assert.deepEqual([built.value, built.lower, built.upper], [Number(row.observation), Number(row.lci_95), Number(row.uci_95)]);
  });

  it('SEMH plans for England are DfE’s counts (132,218 of 638,745)', () => {
    const built = figure('pupils-with-semh-needs', 'E92000001');
    assert.deepEqual([built.count, built.denominator], [132218, 638745]);
  });

  it('good level of development: DfE’s counts for Darlington and England (2018/19) and Blackpool (2021/22), checked against LAIT, not derived', () => {
    const profile = rawCsv('nestauk__afs_neighbourhood_analysis', 'APS_GLD_ELG_EXP_2013_2019.csv');
    for (const code of ['E06000005', 'E92000001']) {
      const row = profile.find(
        (candidate) =>
          candidate.time_period === '201819' &&
          candidate.gender === 'Total' &&
          (code === 'E92000001' ? candidate.geographic_level === 'National' : candidate.new_la_code === code),
      );
      assert.ok(row);
      const built = past('school-readiness', '2018/19', code);
      assert.deepEqual([built.count, built.denominator], [Number(row.gld_number), Number(row.number_of_children)]);
      assert.deepEqual(built.sources, ['dfeLait', 'dfeEyfsp']);
      assert.equal(built.countDerivation, undefined);
    }
    const headline = rawCsv('dfe-analytical-services__SEND-AP-Inclusion-Dashboard', '1_eyfsp_headline_measures_2022.csv').find(
      (row) => row.geographic_level === 'Local authority' && row.new_la_code === 'E06000009' && row.characteristic === 'Total' && row.gender === 'Total',
    );
    assert.ok(headline);
    const blackpool = past('school-readiness', '2021/22', 'E06000009');
    assert.deepEqual([blackpool.count, blackpool.denominator], [Number(headline.gld_number), Number(headline.children_number)]);
  });

  it('good level of development before LAIT’s years (2012/13) is DfE’s own published percentage with its counts', () => {
    const row = rawCsv('nestauk__afs_neighbourhood_analysis', 'APS_GLD_ELG_EXP_2013_2019.csv').find(
      (candidate) => candidate.time_period === '201213' && candidate.gender === 'Total' && candidate.new_la_code === 'E06000005',
    );
    assert.ok(row);
    const built = past('school-readiness', '2012/13', 'E06000005');
    assert.deepEqual([built.value, built.count, built.denominator], [Number(row.gld_percent), Number(row.gld_number), Number(row.number_of_children)]);
    assert.deepEqual(built.sources, ['dfeEyfsp']);
    assert.equal(figure('school-readiness', 'E06000009').count, null, 'the latest GLD period has no published count');
  });

  it('under-18 conceptions: ONS’s numbers for Darlington, Blackpool and England, with the population worked out from the rate and labelled derived', () => {
    const workbook = readWorkbook(readFileSync(join(shared!, 'data', 'indicators-raw', 'StatsRhian__gmhsc-workshop-1', 'conceptionstatisticstables2017.xls')));
    const grid = utils.sheet_to_json<unknown[]>(workbook.Sheets['Table 6']!, { header: 1, raw: true, defval: null });
    const header = grid.find((line) => line[0] === 'Area of usual residence')!;
    for (const [code, year, sources] of [
      ['E06000005', 2017, ['dfeLait', 'onsConceptions']],
      ['E92000001', 2017, ['dfeLait', 'onsConceptions']],
      ['E06000009', 2016, ['dfeLait', 'onsConceptions']],
      ['E06000005', 2010, ['onsConceptions']],
    ] as const) {
      const column = header.findIndex((cell) => String(cell ?? '').startsWith(String(year)));
      const line = grid.find((candidate) => candidate[0] === code)!;
      const [count, rate] = [Number(line[column]), Number(line[column + 1])];
      const built = past('under-18-conceptions', String(year), code);
      assert.deepEqual([built.value, built.count, built.denominator], [rate, count, Math.round((count * 1000) / rate)], `${code} ${year}`);
      assert.deepEqual(built.sources, sources);
      assert.match(built.countDerivation ?? '', /worked out here as the number of conceptions × 1,000 ÷ the published rate/);
    }
    assert.match(past('under-18-conceptions', '2017', 'E09000012').note ?? '', /City of London with Hackney .* covers both/);
    assert.match(past('under-18-conceptions', '2010', 'E06000053').missing?.[1] ?? '', /Isles of Scilly with Cornwall/);
    assert.equal(past('under-18-conceptions', '2018', 'E06000005').count, null, 'no counts after 2017');
  });

  it('NEET or not known: the NCCIS cohort for Blackpool, Darlington and England, with a count derived from the percentage and labelled derived', () => {
    const rows = rawCsv(NCCIS_FOLDER, 'UD_NEETNK_LA_dashboard_final.csv');
    for (const code of ['E06000009', 'E06000005', 'E92000001']) {
      const row = rows.find((candidate) => (code === 'E92000001' ? candidate.geographic_level === 'National' : candidate.new_la_code === code));
      assert.ok(row);
      const cohort = Number(row.Cohort_DJFavg);
      const built = past('neet-16-17', '2024/25', code);
      assert.deepEqual([built.count, built.denominator], [Math.round((Number(row.NEET_not_known_percent) * cohort) / 100), cohort]);
      assert.deepEqual(built.sources, ['dfeLait', 'dfeNccis']);
      assert.match(built.countDerivation ?? '', /±0\.05% of the cohort/);
    }
    assert.equal(past('neet-16-17', '2019/20', 'E06000009').count, null, 'no cohort file before 2021');
  });

  it('matches each NCCIS file to the NEET period whose published percentages it repeats, dropping the dummy rows', async () => {
    const geography = loadGeography(shared!);
    const log = new BuildLog();
    const laCodes = laNumberToOnsCode(rawCsv('dfe-analytical-services__CSC_outcomes_and_enablers', 'b1_children_in_need_2013_to_2025.csv'));
    const laitRows = await readLait(join(shared!, 'data', 'indicators-raw', 'dfe-analytical-services__local-authority-interactive-tool', 'bds_long_0.parquet'));
    const neet = buildLaitIndicators(laitRows, geography, laCodes, log).find((indicator) => indicator.slug === 'neet-16-17')!;
    const labels = NCCIS_FILES.map((file) => {
      const rows = readCohortRows(file, readCsv(join(shared!, 'data', 'indicators-raw', NCCIS_FOLDER, file)), geography, log);
      return matchCohortPeriod(file, rows, neet).label;
    });
    assert.deepEqual(labels, ['2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    assert.deepEqual(
      log.entries.filter((entry) => /nccis|unknown area/i.test(entry) && !/not carried/.test(entry)),
      [],
    );
  });

  it('gives a rate wherever the raw files hold the children’s population, including populations published under a former council’s code', () => {
    const estimates = new Set<string>();
    for (const row of rawCsv('dfe-analytical-services__CSC_outcomes_and_enablers', 'ons_mid-year_population_estimates_2012_to_2024.csv')) {
      if (row.age_group !== 'Children aged 0 to 17 years' || !/^\d/.test(row.population_estimate ?? '')) continue;
      const code = row.geographic_level === 'National' ? 'E92000001' : row.geographic_level === 'Regional' ? row.region_code! : row.new_la_code!;
      const change = reorganisationOf(code);
      estimates.add(`${row.time_period} ${change?.sameBoundary ? change.successorCodes[0] : code}`);
    }
    const contradicted: string[] = [];
    for (const slug of [
      'children-in-need',
      'adult-mental-health',
      'parents-in-alcohol-treatment',
      'parents-in-drug-treatment',
      'young-carers',
      'domestic-abuse',
    ]) {
      for (const period of history.indicators[slug]!.periods) {
        for (const [code, [, message]] of Object.entries(period.missing ?? {})) {
          const year = Number(period.sortKey.slice(0, 4)) - 1;
          if (/No population estimate/.test(message) && estimates.has(`${year} ${code}`)) contradicted.push(`${slug} ${period.label} ${code}`);
        }
      }
    }
    assert.deepEqual(contradicted, []);
  });

  it('works out North Yorkshire’s 2018/19 children-in-need rate from the count and population published under the former county’s code', () => {
    const b1 = rawCsv('dfe-analytical-services__CSC_outcomes_and_enablers', 'b1_children_in_need_2013_to_2025.csv').find(
      (row) => row.time_period === '2019' && row.new_la_code === 'E10000023' && row.category === 'Children in Need',
    );
    const population = rawCsv('dfe-analytical-services__CSC_outcomes_and_enablers', 'ons_mid-year_population_estimates_2012_to_2024.csv').find(
      (row) => row.time_period === '2018' && row.new_la_code === 'E10000023' && row.age_group === 'Children aged 0 to 17 years',
    );
    assert.ok(b1 && population);
    const [count, children] = [Number(b1.At31_episodes), Number(population.population_estimate)];
    const built = past('children-in-need', '2018/19', 'E06000065');
    assert.deepEqual([built.count, built.denominator], [count, children]);
    assert.equal(built.value, Math.round((count / children) * 10_000 * 10) / 10);
    assert.match(built.note ?? '', /former council’s code \(E10000023\)/);
  });

  it('the committed snapshot is exactly what the builder makes from these files', async () => {
    const build = await buildSnapshot(shared!, committed.builtAt);
    assert.deepEqual(JSON.parse(JSON.stringify(build.latest)), committed);
  });

  it('states the 2023 district mergers as ONS recorded them', () => {
    const changes = rawCsv('../geo/raw/ONSvisual__uk-topojson', 'changes.csv').filter((row) => row.type === 'merger' && row.start === '2023');
    const recorded = Object.fromEntries(changes.map((row) => [row.oldcd, row.newcd]));
    assert.deepEqual(recorded, { ...DISTRICTS_MERGED_2023 });
  });
});

describe('the committed snapshot', () => {
  const utlas = committed.areas.filter(([, , kind]) => kind === 'utla');
  const englandAt = committed.areas.findIndex(([code]) => code === 'E92000001');

  it('covers the 153 upper-tier authorities of April 2023, the nine regions and England', () => {
    assert.equal(utlas.length, 153);
    assert.equal(committed.areas.filter(([, , kind]) => kind === 'region').length, 9);
    assert.ok(englandAt >= 0);
  });

  for (const [slug, indicator] of Object.entries(committed.indicators)) {
    it(`${slug}: at least 140 authorities and an England value on the same scale, or the reason there is none`, () => {
      const period = indicator.periods[0]!;
      const values = committed.areas.map(([, , kind], position) => (kind === 'utla' ? period.value[position] : null)).filter((v): v is number => v !== null);
      assert.ok(values.length >= 140, `${values.length} authorities`);
      const england = period.value[englandAt];
      if (england === null || england === undefined) {
        assert.match(period.missing?.E92000001?.[1] ?? '', /not on the same scale/);
        return;
      }
      const sorted = [...values].sort((a, b) => a - b);
      const [low, high] = [sorted[0]!, sorted.at(-1)!];
      assert.ok(england >= low && england <= high, `England ${england} within the authorities' range ${low}–${high}`);
    });
  }

  for (const [name, file] of [
    ['snapshot.json', committed],
    ['snapshot-history.json', history],
  ] as const) {
    it(`${name}: every period of every indicator cites its publications, each as src/catalogue/publications.ts has it`, () => {
      for (const [slug, indicator] of Object.entries(file.indicators)) {
        for (const period of indicator.periods) {
          assert.ok(period.sources?.length, `${slug} ${period.label} cites no publication`);
          for (const key of period.sources)
            assert.deepEqual(file.sources?.[key], PUBLICATIONS[key as keyof typeof PUBLICATIONS], `${slug} ${period.label} ${key}`);
        }
      }
    });
  }

  it('says which figures were worked out here, and only those', () => {
    const derivedNow = Object.keys(committed.indicators).filter((slug) => committed.indicators[slug]!.periods[0]!.derivation);
    assert.deepEqual(derivedNow.sort(), [
      'adult-mental-health',
      'domestic-abuse',
      'families-with-health-problems',
      'household-overcrowding',
      'lone-parent-households',
      'parents-in-alcohol-treatment',
      'parents-in-drug-treatment',
      'pupils-with-semh-needs',
      'pupils-with-sen',
      'relationship-breakdown',
      'unpaid-carers',
      'young-carers',
    ]);
    const childrenInNeed = history.indicators['children-in-need']!.periods;
    assert.deepEqual(
      childrenInNeed.filter((period) => period.derivation).map((period) => period.label),
      ['2014/15', '2013/14', '2012/13'],
    );
    assert.deepEqual(childrenInNeed[0]!.sources, ['dfeLait', 'dfeChildrenInNeed', 'onsPopulation']);
  });

  it('explains every gap in every period of the history', () => {
    const unexplained: string[] = [];
    for (const [slug, indicator] of Object.entries(history.indicators)) {
      for (const period of indicator.periods) {
        history.areas.forEach(([code], position) => {
          if (period.value[position] === null && !period.missing?.[code]) unexplained.push(`${slug} ${period.label} ${code}`);
        });
      }
    }
    assert.deepEqual(unexplained, []);
  });

  it('says in earlier periods that a council did not exist yet, and why the former council’s figure is not shown', () => {
    const cumberland = past('children-in-need', '2019/20', 'E06000063').missing;
    assert.equal(cumberland?.[0], 'boundary-change');
    assert.match(cumberland?.[1] ?? '', /2019\/20 are from before Cumberland council was created.*boundaries changed/);
    const bcp = past('children-in-need', '2018/19', 'E06000058').missing;
    assert.match(bcp?.[1] ?? '', /before Bournemouth, Christchurch and Poole council was created/);
    const northYorkshire = past('school-readiness', '2019/20', 'E06000065').missing;
    assert.equal(northYorkshire?.[0], 'boundary-change');
    assert.match(northYorkshire?.[1] ?? '', /before North Yorkshire council was created.*former council, which covered the same area/);
  });

  it('says why the new Cumbrian councils have no life-satisfaction figure', () => {
    const period = committed.indicators['adult-low-wellbeing']!.periods[0]!;
    for (const code of ['E06000063', 'E06000064']) {
      const [reason, message] = period.missing![code]!;
      assert.equal(reason, 'boundary-change');
      assert.match(message, /before .* council was created/);
    }
  });

  it('refuses the youth-justice England figure that is the sum of the regions, and says so', () => {
    const period = committed.indicators['first-time-entrants-youth-justice']!.periods[0]!;
    assert.equal(period.value[englandAt], null);
    assert.match(period.missing!.E92000001![1], /sum of the nine regional rates/);
  });
});
