/**
 * Builds the embedded snapshot from the real published files in ../shared/data/indicators-raw and
 * writes indicators/snapshot.json (latest period of each indicator),
 * indicators/snapshot-history.json (every period), the statistical-neighbour lists
 * (indicators/neighbours/<list>.json) and the per-area trend files (indicators/trends/<code>.json, see
 * trends.ts). Prints a coverage table and everything it refused.
 *
 *   npm run snapshot:build               # built date = today
 *   npm run snapshot:build -- --date 2026-11-22
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { PUBLICATIONS } from '../../src/catalogue/publications.js';
import type { IndicatorDefinition } from '../../src/model.js';
import type { SnapshotFile } from '../../src/sources/snapshot-format.js';
import type { NeighbourListFile } from '../../src/comparators/format.js';
import { loadGeography } from './areas.js';
import { BuildLog, type BuiltIndicator, type BuiltPeriod } from './collector.js';
import { explainGaps } from './complete.js';
import { readCsv } from './read.js';
import { laNumberToOnsCode } from './recipes/dfe-codes.js';
import { CENSUS_FOLDER, CENSUS_RECIPES, buildCensusIndicator } from './recipes/census.js';
import { CONCEPTIONS_FILE, CONCEPTIONS_FOLDER, addConceptionCounts, readConceptionTable } from './recipes/conceptions.js';
import { EHC_FILE, EHC_FOLDER, buildSemhShare } from './recipes/ehc-plans.js';
import { EYFSP_FILES, addGoodLevelCounts, readGoodLevelCounts } from './recipes/eyfsp.js';
import { LAIT_FILE, LAIT_FOLDER, buildLaitIndicators, readLait } from './recipes/lait.js';
import { NEIGHBOUR_FILES, neighbourListFile, readDfeNeighbours, readOnsNeighbours } from './recipes/neighbours.js';
import { NCCIS_FILES, NCCIS_FOLDER, addNeetCohorts, matchCohortPeriod, readCohortRows } from './recipes/neet.js';
import {
  CSC_FILES,
  CSC_FOLDER,
  buildAssessmentFactors,
  buildChildrenInNeed,
  buildLookedAfter,
  publishedChildrenInNeedRates,
  readChildPopulation,
} from './recipes/social-care.js';
import { WELLBEING_FILE, WELLBEING_FOLDER, buildLifeSatisfaction } from './recipes/wellbeing.js';
import { REPO_ROOT, rawFile, requireShared } from './shared-path.js';
import { validateIndicator } from './validate.js';
import { periodsLatestFirst, toSnapshotFile } from './write.js';
import { NEIGHBOURS_FOLDER, buildTrendFiles, writeTrendFiles } from './trends.js';

export interface SnapshotBuild {
  latest: SnapshotFile;
  history: SnapshotFile;
  /** The statistical-neighbour lists, in the order they are offered. */
  neighbours: NeighbourListFile[];
  log: BuildLog;
  coverage: CoverageRow[];
}

export interface CoverageRow {
  indicator: string;
  source: string;
  period: string;
  areas: number;
  england: string;
  /** Every period, earliest to latest, as runs ("2012/13–2024/25"). */
  periods: string;
  /** The periods with counts and denominators, as runs; "derived" when any of them is worked out here. */
  counts: string;
}

function definitionOf(slug: string): IndicatorDefinition {
  const definition = CATALOGUE.find((entry) => entry.slug === slug);
  if (!definition) throw new Error(`The builder made figures for "${slug}", which is not in the catalogue`);
  return definition;
}

function indicatorOf(built: BuiltIndicator[], slug: string): BuiltIndicator {
  const indicator = built.find((entry) => entry.slug === slug);
  if (!indicator) throw new Error(`The builder has no ${slug} to add counts to`);
  return indicator;
}

/** Runs of consecutive periods (earliest first) that pass `keep`: "2012/13–2018/19, 2021/22". */
function runs(periods: BuiltPeriod[], keep: (period: BuiltPeriod) => boolean): string {
  const out: string[] = [];
  let run: BuiltPeriod[] = [];
  const close = () => {
    if (run.length) out.push(run.length === 1 ? run[0]!.label : `${run[0]!.label}–${run.at(-1)!.label}`);
    run = [];
  };
  for (const period of periods) {
    if (keep(period)) run.push(period);
    else close();
  }
  close();
  return out.join(', ') || 'none';
}

function coverageOf(indicator: BuiltIndicator, utlaCodes: Set<string>): CoverageRow {
  const periods = periodsLatestFirst(indicator);
  const latest = periods[0]!;
  const england = latest.byArea.get('E92000001');
  const hasCounts = (period: BuiltPeriod) => [...period.byArea.values()].some((o) => o.count !== undefined);
  const counted = periods.filter(hasCounts);
  const earliestFirst = [...periods].reverse();
  return {
    indicator: indicator.slug,
    source: indicator.sourceDescription,
    period: latest.label,
    areas: [...latest.byArea].filter(([code, o]) => utlaCodes.has(code) && o.value !== null).length,
    england: england?.value != null ? String(england.value) : 'none',
    periods: runs(earliestFirst, () => true),
    counts: `${runs(earliestFirst, hasCounts)}${counted.some((period) => period.provenance.countDerivation) ? ' (derived)' : ''}`,
  };
}

export async function buildSnapshot(shared: string, builtAt: string): Promise<SnapshotBuild> {
  const log = new BuildLog();
  const geography = loadGeography(shared);
  const csc = (file: string) => readCsv(rawFile(shared, CSC_FOLDER, file));

  const childrenInNeedRows = csc(CSC_FILES.childrenInNeed);
  const laCodes = laNumberToOnsCode(childrenInNeedRows);
  const laitRows = await readLait(rawFile(shared, LAIT_FOLDER, LAIT_FILE));
  const population = readChildPopulation(csc(CSC_FILES.population), geography, log);

  const lait = buildLaitIndicators(laitRows, geography, laCodes, log);
  const goodLevel = (which: keyof typeof EYFSP_FILES) =>
    readGoodLevelCounts(readCsv(rawFile(shared, EYFSP_FILES[which].folder, EYFSP_FILES[which].file)), which, geography, log);
  addGoodLevelCounts(indicatorOf(lait, 'school-readiness'), [...goodLevel('to2019'), ...goodLevel('in2022')], log);
  addConceptionCounts(indicatorOf(lait, 'under-18-conceptions'), readConceptionTable(rawFile(shared, CONCEPTIONS_FOLDER, CONCEPTIONS_FILE)), geography, log);
  const neet = indicatorOf(lait, 'neet-16-17');
  const cohortFiles = NCCIS_FILES.map((file) => {
    const rows = readCohortRows(file, readCsv(rawFile(shared, NCCIS_FOLDER, file)), geography, log);
    return { file, rows, period: matchCohortPeriod(file, rows, neet) };
  });
  addNeetCohorts(neet, cohortFiles, log);

  const built: BuiltIndicator[] = [
    ...lait,
    buildLookedAfter(csc(CSC_FILES.lookedAfter), geography, log),
    buildChildrenInNeed(childrenInNeedRows, population, publishedChildrenInNeedRates(laitRows, laCodes, geography), geography, log),
    ...buildAssessmentFactors(csc(CSC_FILES.factors), population, geography, log),
    ...CENSUS_RECIPES.map((recipe) => buildCensusIndicator(recipe, readCsv(rawFile(shared, CENSUS_FOLDER, recipe.file)), geography, log)),
    buildLifeSatisfaction(readCsv(rawFile(shared, WELLBEING_FOLDER, WELLBEING_FILE)), geography, log),
    buildSemhShare(readCsv(rawFile(shared, EHC_FOLDER, EHC_FILE)), geography, log),
  ];

  const coverage: CoverageRow[] = [];
  for (const indicator of built) {
    const definition = definitionOf(indicator.slug);
    if (definition.noSnapshotData) throw new Error(`${indicator.slug} has figures but the catalogue says it has none`);
    const [latest] = periodsLatestFirst(indicator);
    if (!latest) throw new Error(`${indicator.slug}: no periods`);
    for (const period of indicator.periods.values()) {
      const [first] = period.provenance.sources;
      if (!first) throw new Error(`${indicator.slug} ${period.label}: the period cites no publication`);
      explainGaps(period, geography.areas, `The ${PUBLICATIONS[first].publisher}`.replace('The The', 'The'), { latest: period === latest });
    }
    validateIndicator(definition, indicator, geography, log);
    coverage.push(coverageOf(indicator, geography.utlaCodes));
  }
  for (const definition of CATALOGUE) {
    if (!built.some((indicator) => indicator.slug === definition.slug) && !definition.noSnapshotData) {
      throw new Error(`${definition.slug} has no figures and the catalogue does not say why`);
    }
  }

  const used = CATALOGUE.filter((definition) => !definition.noSnapshotData);
  const dfeNeighbours = (id: 'dfe-2025' | 'dfe-2021') =>
    neighbourListFile(id, readDfeNeighbours(rawFile(shared, NEIGHBOUR_FILES[id].folder, NEIGHBOUR_FILES[id].file), laCodes, geography.areas, log), builtAt);
  const neighbours = [
    dfeNeighbours('dfe-2025'),
    dfeNeighbours('dfe-2021'),
    neighbourListFile('ons', readOnsNeighbours(readCsv(rawFile(shared, NEIGHBOUR_FILES.ons.folder, NEIGHBOUR_FILES.ons.file)), geography.areas), builtAt),
  ];

  const cited = built.flatMap((indicator) => [...indicator.periods.values()].flatMap((period) => period.provenance.sources.map((key) => PUBLICATIONS[key])));
  const attribution = [...new Set([...used.flatMap((definition) => definition.sources), ...cited].map((source) => source.attribution))].sort();
  return {
    latest: toSnapshotFile(built, geography.areas, builtAt, attribution, 'latest', CATALOGUE),
    history: toSnapshotFile(built, geography.areas, builtAt, attribution, 'all', CATALOGUE),
    neighbours,
    log,
    coverage,
  };
}

function printCoverage(rows: CoverageRow[], total: number): void {
  const header: CoverageRow = {
    indicator: 'indicator',
    source: 'source',
    period: 'latest',
    areas: 0,
    england: 'England',
    periods: 'periods',
    counts: 'periods with counts',
  };
  const cells = (row: CoverageRow, isHeader = false) => [
    row.indicator,
    row.source,
    row.period,
    isHeader ? `areas (of ${total})` : String(row.areas),
    row.england,
    row.periods,
    row.counts,
  ];
  const table = [cells(header, true), ...rows.map((row) => cells(row))];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  for (const line of table)
    console.log(
      line
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
  for (const definition of CATALOGUE.filter((entry) => entry.noSnapshotData)) {
    console.log(`${definition.slug.padEnd(widths[0]!)}  no snapshot data`);
  }
}

async function main(): Promise<void> {
  const dateFlag = process.argv.indexOf('--date');
  const builtAt = dateFlag > 0 ? process.argv[dateFlag + 1]! : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(builtAt)) throw new Error(`--date needs YYYY-MM-DD, got "${builtAt}"`);
  const build = await buildSnapshot(requireShared(), builtAt);
  const utlaTotal = build.latest.areas.filter(([, , kind]) => kind === 'utla').length;
  printCoverage(build.coverage, utlaTotal);
  if (build.log.entries.length) {
    console.log(`\n${build.log.entries.length} rows refused or adjusted:`);
    for (const entry of build.log.entries) console.log(`  - ${entry}`);
  }
  writeFileSync(join(REPO_ROOT, 'indicators', 'snapshot.json'), `${JSON.stringify(build.latest)}\n`);
  writeFileSync(join(REPO_ROOT, 'indicators', 'snapshot-history.json'), `${JSON.stringify(build.history)}\n`);
  mkdirSync(NEIGHBOURS_FOLDER, { recursive: true });
  for (const list of build.neighbours) writeFileSync(join(NEIGHBOURS_FOLDER, `${list.id}.json`), `${JSON.stringify(list)}\n`);
  const trends = buildTrendFiles(build.history, build.neighbours);
  writeTrendFiles(trends);
  console.log(
    `\nWrote indicators/snapshot.json, indicators/snapshot-history.json, ${build.neighbours.length} neighbour lists in indicators/neighbours/ and ${trends.size} trend files in indicators/trends/ (built ${builtAt}).`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
