/**
 * Refreshes the embedded snapshot from the live Fingertips API, with the same client code the
 * browser uses: the indicators Fingertips publishes get its latest figures for every upper-tier
 * authority and England; everything else is kept as built from the published files. Writes the same
 * format as `npm run snapshot:build`, dated with the day of the fetch, and adds the new periods to the
 * history file. For maintainers with internet access:
 *
 *   npm run snapshot                                   # live API
 *   npm run snapshot -- --api-base http://127.0.0.1:9000/api --out /tmp/snapshot   # another server
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { PUBLICATIONS } from '../../src/catalogue/publications.js';
import { periodSortKeyFromLabel } from '../../src/format/period.js';
import type { Area, AreaKind, IndicatorDefinition, Observation } from '../../src/model.js';
import { FingertipsClient } from '../../src/sources/fingertips/client.js';
import { withNote } from '../../src/sources/fingertips/normalise.js';
import { parseLatestData } from '../../src/sources/fingertips/parse-latest.js';
import { requestGroups } from '../../src/sources/fingertips/requests.js';
import { DEFAULT_API_BASE } from '../../src/sources/fingertips/urls.js';
import { readValueNotes } from '../../src/sources/fingertips/value-notes.js';
import type { SnapshotFile, SnapshotPeriod } from '../../src/sources/snapshot-format.js';
import type { Geography } from './areas.js';
import { BuildLog, IndicatorCollector } from './collector.js';
import { explainGaps } from './complete.js';
import { REPO_ROOT } from './shared-path.js';
import { validateIndicator } from './validate.js';
import { buildTrendFiles, readNeighbourLists, writeTrendFiles } from './trends.js';
import { toSnapshotFile } from './write.js';

export interface RefreshOptions {
  apiBase?: string;
  /** Folder holding the snapshot.json and snapshot-history.json to start from. */
  folder: string;
  /** ISO date of the refresh; the day of the fetch by default. */
  date?: string;
  fetch?: typeof fetch;
}

export interface RefreshResult {
  latest: SnapshotFile;
  history: SnapshotFile;
  /** What changed, indicator by indicator. */
  changes: { indicator: string; before: string; after: string; areas: number }[];
  log: BuildLog;
}

function readSnapshot(path: string): SnapshotFile {
  return JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile;
}

function areasOf(file: SnapshotFile): Area[] {
  return file.areas.map(([code, name, kind, parentCode]) => ({ code, name, kind: kind as AreaKind, ...(parentCode ? { parentCode } : {}) }));
}

/** Enough of the builder's geography for its checks, from the snapshot's own list of areas. */
function geographyOf(areas: Area[]): Geography {
  const utlas = areas.filter((area) => area.kind === 'utla');
  return {
    areas,
    utlaCodes: new Set(utlas.map((area) => area.code)),
    regionCodes: new Set(areas.filter((area) => area.kind === 'region').map((area) => area.code)),
    regionOf: new Map(utlas.map((area) => [area.code, area.parentCode ?? ''])),
    regionByName: () => undefined,
    utlaOfDistrict: () => undefined,
  };
}

/** The live figures of one indicator as a snapshot period, checked as the builder checks its own. */
function periodFrom(definition: IndicatorDefinition, observations: Observation[], geography: Geography, log: BuildLog): SnapshotPeriod | undefined {
  const mine = observations.filter(
    (observation) => observation.indicator === definition.slug && geography.areas.some((area) => area.code === observation.area),
  );
  const label = mine.find((observation) => observation.period.label)?.period.label;
  if (!label) return undefined;
  const period = { label, sortKey: periodSortKeyFromLabel(label) };
  const collector = new IndicatorCollector(definition.slug, 'OHID Fingertips (live)', log, { sources: ['ohidFingertips'] });
  for (const observation of mine) {
    collector.set(period, observation.area, {
      value: observation.value,
      ...(observation.lower !== undefined && observation.upper !== undefined ? { lower: observation.lower, upper: observation.upper } : {}),
      ...(observation.count !== undefined && observation.denominator !== undefined ? { count: observation.count, denominator: observation.denominator } : {}),
      ...(observation.note ? { note: observation.note } : {}),
      ...(observation.value === null
        ? { missing: observation.missing ?? { reason: 'not-available' as const, message: 'Fingertips publishes no value for this area.' } }
        : {}),
    });
  }
  const built = collector.indicator.periods.get(period.sortKey)!;
  explainGaps(built, geography.areas, 'OHID Fingertips');
  validateIndicator(definition, collector.indicator, geography, log);
  return toSnapshotFile([collector.indicator], geography.areas, '', [], 'latest', []).indicators[definition.slug]!.periods[0];
}

/** Fetches the live figures and returns the refreshed snapshot and history, without writing them. */
export async function refreshSnapshot(options: RefreshOptions): Promise<RefreshResult> {
  const latest = readSnapshot(join(options.folder, 'snapshot.json'));
  const history = readSnapshot(join(options.folder, 'snapshot-history.json'));
  const areas = areasOf(latest);
  const geography = geographyOf(areas);
  const log = new BuildLog();
  const client = new FingertipsClient({ ...(options.fetch ? { fetch: options.fetch } : {}) });
  const apiBase = options.apiBase ?? DEFAULT_API_BASE;
  let fetchedAt = 0;
  const observations: Observation[] = [];
  const noteIds = new Map<string, number>();
  for (const group of requestGroups(apiBase, CATALOGUE)) {
    const reply = await client.getJson(group.url);
    fetchedAt = Math.max(fetchedAt, reply.fetchedAt);
    const parsed = parseLatestData(reply.body, group.wanted, group.url);
    observations.push(...parsed.observations);
    for (const [key, id] of parsed.noteIds ?? []) noteIds.set(key, id);
    for (const [slug, problem] of parsed.problems ?? []) log.add(`${slug}: ${problem}`);
  }
  // A reply carries value-note numbers only; their words come from /api/value_notes.
  if (noteIds.size > 0) {
    const notes = await readValueNotes(client, apiBase);
    observations.forEach((observation, position) => {
      const id = noteIds.get(`${observation.indicator} ${observation.area}`);
      if (id !== undefined) observations[position] = withNote(observation, notes?.get(id) ?? id);
    });
  }
  const date = options.date ?? new Date(fetchedAt || Date.now()).toISOString().slice(0, 10);
  const changes: RefreshResult['changes'] = [];
  for (const definition of CATALOGUE.filter((entry) => entry.fingertips)) {
    const period = periodFrom(definition, observations, geography, log);
    if (!period) {
      log.add(`${definition.slug}: Fingertips returned no figures; the snapshot's are kept`);
      continue;
    }
    const before = latest.indicators[definition.slug]?.periods[0]?.label ?? 'none';
    latest.indicators[definition.slug] = { periods: [period] };
    const earlier = (history.indicators[definition.slug]?.periods ?? []).filter((old) => old.label !== period.label);
    history.indicators[definition.slug] = { periods: [period, ...earlier].sort((a, b) => b.sortKey.localeCompare(a.sortKey)) };
    const utlaCount = areas.filter((area, position) => area.kind === 'utla' && period.value[position] !== null).length;
    changes.push({ indicator: definition.slug, before, after: period.label, areas: utlaCount });
  }
  for (const file of [latest, history]) {
    file.builtAt = date;
    file.catalogue = [...CATALOGUE];
    file.attribution = [...new Set([...file.attribution, PUBLICATIONS.ohidFingertips.attribution])].sort();
    file.sources = { ...file.sources, ohidFingertips: PUBLICATIONS.ohidFingertips };
  }
  return { latest, history, changes, log };
}

async function main(): Promise<void> {
  const flag = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const folder = join(REPO_ROOT, 'indicators');
  const out = flag('--out') ?? folder;
  const apiBase = flag('--api-base');
  const date = flag('--date');
  const result = await refreshSnapshot({ folder, ...(apiBase ? { apiBase } : {}), ...(date ? { date } : {}) });
  console.log('indicator'.padEnd(36), 'before'.padEnd(12), 'after'.padEnd(12), 'authorities');
  for (const change of result.changes) {
    console.log(change.indicator.padEnd(36), change.before.padEnd(12), change.after.padEnd(12), change.areas);
  }
  for (const entry of result.log.entries) console.log(`  - ${entry}`);
  const trends = writeRefresh(result, out);
  console.log(`\nWrote ${join(out, 'snapshot.json')}, snapshot-history.json and ${trends} trend files in trends/ (dated ${result.latest.builtAt}).`);
}

/**
 * Writes a refreshed snapshot into `out` as `npm run snapshot:build` does: the latest figures, the
 * history, and the per-area trend files made from that history (`out/trends/`), so that trends never
 * lag the snapshot. Returns how many trend files were written.
 */
export function writeRefresh(result: Pick<RefreshResult, 'latest' | 'history'>, out: string): number {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'snapshot.json'), `${JSON.stringify(result.latest)}\n`);
  writeFileSync(join(out, 'snapshot-history.json'), `${JSON.stringify(result.history)}\n`);
  const trends = buildTrendFiles(result.history, readNeighbourLists());
  writeTrendFiles(trends, join(out, 'trends'));
  return trends.size;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`The snapshot was not refreshed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
