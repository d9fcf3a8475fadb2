/**
 * Writes the per-area trend files (indicators/trends/<code>.json) from the committed history
 * (indicators/snapshot-history.json), the statistical-neighbour lists (indicators/neighbours/*.json) and
 * the series breaks (src/catalogue/series-breaks.ts). Needs no reference data, so it runs anywhere:
 *
 *   npm run trends:build
 *
 * `npm run snapshot:build` runs it too, after writing the history and the lists.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERIES_BREAKS } from '../../src/catalogue/series-breaks.js';
import { NEIGHBOUR_LISTS, type NeighbourListFile, type NeighbourListId } from '../../src/comparators/format.js';
import type { SnapshotFile, SnapshotPeriod } from '../../src/sources/snapshot-format.js';
import { SNAPSHOT_COLUMNS } from '../../src/sources/snapshot-format.js';
import { averageOf } from '../../src/stats/rank.js';
import { TRENDS_FORMAT, type NeighbourAverages, type TrendFile, type TrendIndicator, type TrendPeriod } from '../../src/trends/format.js';
import { REPO_ROOT } from './shared-path.js';

export const TRENDS_FOLDER = join(REPO_ROOT, 'indicators', 'trends');
export const NEIGHBOURS_FOLDER = join(REPO_ROOT, 'indicators', 'neighbours');

/** Neighbours' averages are kept to this many decimal places: far more than any figure is shown with. */
const AVERAGE_DECIMALS = 4;
const round = (value: number) => Math.round(value * 10 ** AVERAGE_DECIMALS) / 10 ** AVERAGE_DECIMALS;

/** The columns of one area's file: the area, England, and the area's region when it has one. */
function columnsFor(history: SnapshotFile, position: number): number[] {
  const [code, , kind, parent] = history.areas[position]!;
  const at = (wanted: string | null) => history.areas.findIndex(([candidate]) => candidate === wanted);
  const england = at('E92000001');
  if (kind === 'england') return [position];
  if (kind === 'region') return [position, england];
  const region = at(parent);
  if (region < 0) throw new Error(`${code}: its region ${String(parent)} is not in the history`);
  return [position, england, region];
}

/** Gives each sentence a place in a file's `texts`, once. */
class Texts {
  readonly list: string[] = [];
  private readonly places = new Map<string, number>();

  placeOf(text: string): number {
    let place = this.places.get(text);
    if (place === undefined) {
      place = this.list.push(text) - 1;
      this.places.set(text, place);
    }
    return place;
  }
}

function slicePeriod(period: SnapshotPeriod, columns: number[], codes: string[], texts: Texts): TrendPeriod {
  const out: TrendPeriod = { label: period.label, sortKey: period.sortKey, value: columns.map((column) => period.value[column] ?? null) };
  for (const key of SNAPSHOT_COLUMNS) {
    if (key === 'value') continue;
    const column = period[key];
    if (!column) continue;
    const kept = columns.map((position) => column[position] ?? null);
    if (kept.some((value) => value !== null)) out[key] = kept;
  }
  if (period.sources) out.sources = [...period.sources];
  if (period.derivation) out.derivation = texts.placeOf(period.derivation);
  if (period.countDerivation && out.count) out.countDerivation = texts.placeOf(period.countDerivation);
  const pick = <T>(map: Record<string, T> | undefined) => {
    const kept = Object.fromEntries(codes.filter((code) => map?.[code] !== undefined).map((code) => [code, map![code]!]));
    return Object.keys(kept).length ? kept : undefined;
  };
  const notes = pick(period.notes);
  const missing = pick(period.missing);
  if (notes) out.notes = notes;
  if (missing) out.missing = Object.fromEntries(Object.entries(missing).map(([code, [reason, message]]) => [code, [reason, texts.placeOf(message)]]));
  return out;
}

/** The neighbours' plain mean in each period, with how many had a figure; undefined when the list gives the area none. */
function averagesFor(history: SnapshotFile, periods: SnapshotPeriod[], list: NeighbourListFile, code: string): NeighbourAverages | undefined {
  const group = list.groups[code];
  if (!group) return undefined;
  const positions = group.map((neighbour) => history.areas.findIndex(([candidate]) => candidate === neighbour)).filter((position) => position >= 0);
  const averages = periods.map((period) => averageOf(positions.map((position) => period.value[position])));
  return { value: averages.map((average) => (average ? round(average.value) : null)), of: averages.map((average) => average?.of ?? null) };
}

/** One trend file per area of the history: England, the regions and every council. */
export function buildTrendFiles(history: SnapshotFile, lists: readonly NeighbourListFile[]): Map<string, TrendFile> {
  const files = new Map<string, TrendFile>();
  history.areas.forEach(([code], position) => {
    const columns = columnsFor(history, position);
    const codes = columns.map((column) => history.areas[column]![0]);
    const cited = new Set<string>();
    const texts = new Texts();
    const indicators: Record<string, TrendIndicator> = {};
    for (const [slug, indicator] of Object.entries(history.indicators)) {
      const periods = indicator.periods.map((period) => slicePeriod(period, columns, codes, texts));
      for (const period of periods) for (const key of period.sources ?? []) cited.add(key);
      const entry: TrendIndicator = { periods };
      const breaks = SERIES_BREAKS[slug];
      if (breaks?.length) entry.breaks = [...breaks].sort((a, b) => b.from.localeCompare(a.from));
      const neighbours: Partial<Record<NeighbourListId, NeighbourAverages>> = {};
      for (const list of lists) {
        const averages = averagesFor(history, indicator.periods, list, code);
        if (averages) neighbours[list.id] = averages;
      }
      if (Object.keys(neighbours).length) entry.neighbours = neighbours;
      indicators[slug] = entry;
    }
    const sources = Object.fromEntries([...cited].sort().map((key) => [key, history.sources![key]!]));
    files.set(code, {
      format: TRENDS_FORMAT,
      builtAt: history.builtAt,
      areas: columns.map((column) => history.areas[column]!),
      sources,
      texts: texts.list,
      indicators,
    });
  });
  return files;
}

/** Reads the committed neighbour lists, in the order they are offered. */
export function readNeighbourLists(folder = NEIGHBOURS_FOLDER): NeighbourListFile[] {
  return NEIGHBOUR_LISTS.map((id) => JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as NeighbourListFile);
}

/** Replaces the trend files with `files`, removing any for an area no longer in the history. */
export function writeTrendFiles(files: Map<string, TrendFile>, folder = TRENDS_FOLDER): void {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (name.endsWith('.json')) rmSync(join(folder, name));
  for (const [code, file] of files) writeFileSync(join(folder, `${code}.json`), `${JSON.stringify(file)}\n`);
}

function main(): void {
  const history = JSON.parse(readFileSync(join(REPO_ROOT, 'indicators', 'snapshot-history.json'), 'utf8')) as SnapshotFile;
  const files = buildTrendFiles(history, readNeighbourLists());
  writeTrendFiles(files);
  console.log(`Wrote ${files.size} trend files to indicators/trends/ (built ${history.builtAt}).`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
