import type { Area, DataSource, IndicatorDefinition, Observation, ObservationQuery, Provenance, SourceInfo, SourceReference } from '../model.js';
import { licenceName } from '../format/licence.js';
import { SourceError } from './errors.js';
import { fetchJson, type FetchJsonOptions } from './fetch-json.js';
import { whileWanted } from './abort.js';
import { isRecord } from '../is-record.js';
import { OncePerAddress } from './once-per-address.js';
import { SNAPSHOT_FORMAT, type SnapshotFile, type SnapshotPeriod } from './snapshot-format.js';
import { SNAPSHOT_URL } from './snapshot-url.js';

export interface SnapshotSourceOptions extends Pick<FetchJsonOptions, 'fetch' | 'timeoutMs'> {
  /** Address of the snapshot file; by default the one shipped beside the library. */
  url?: string;
}

/** A loaded snapshot, indexed for lookups. */
interface LoadedSnapshot {
  file: SnapshotFile;
  areas: Area[];
  indexOf: Map<string, number>;
}

/** One load per address for the whole page, however many sources or elements ask. */
const loads = new OncePerAddress<LoadedSnapshot>();

function isSourceReference(value: unknown): value is SourceReference {
  return (
    isRecord(value) &&
    typeof value.publisher === 'string' &&
    typeof value.dataset === 'string' &&
    typeof value.licence === 'string' &&
    typeof value.url === 'string' &&
    typeof value.attribution === 'string'
  );
}

/** Checks the shape of a snapshot file enough that reading it later cannot throw. */
function checkSnapshot(data: unknown, url: string): SnapshotFile {
  const bad = (what: string) => new SourceError('format', `The snapshot file is not in the expected format (${what}).`, url);
  if (!isRecord(data) || data.format !== SNAPSHOT_FORMAT) throw bad(`format should be “${SNAPSHOT_FORMAT}”`);
  if (typeof data.builtAt !== 'string' || !Array.isArray(data.attribution)) throw bad('missing build date or attribution');
  if (!Array.isArray(data.areas) || !data.areas.every((row) => Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'string')) {
    throw bad('areas');
  }
  if (!isRecord(data.indicators)) throw bad('indicators');
  const catalogue = data.catalogue;
  if (
    !Array.isArray(catalogue) ||
    !catalogue.every((entry) => isRecord(entry) && typeof entry.slug === 'string' && typeof entry.title === 'string' && isRecord(entry.unit))
  ) {
    throw bad('the indicator catalogue');
  }
  const sources = data.sources ?? {};
  if (!isRecord(sources) || !Object.values(sources).every(isSourceReference)) throw bad('the table of sources');
  const width = data.areas.length;
  for (const [slug, indicator] of Object.entries(data.indicators)) {
    if (!isRecord(indicator) || !Array.isArray(indicator.periods)) throw bad(`indicator ${slug}`);
    for (const period of indicator.periods as unknown[]) {
      if (!isRecord(period) || typeof period.label !== 'string' || !Array.isArray(period.value) || period.value.length !== width) {
        throw bad(`a period of ${slug}`);
      }
      const cited = period.sources ?? [];
      const words = [period.derivation, period.countDerivation].filter((text) => text !== undefined);
      if (
        !Array.isArray(cited) ||
        !cited.every((key) => typeof key === 'string' && Object.hasOwn(sources, key)) ||
        !words.every((text) => typeof text === 'string')
      ) {
        throw bad(`the sources of a period of ${slug}`);
      }
    }
  }
  return data as unknown as SnapshotFile;
}

function index(file: SnapshotFile): LoadedSnapshot {
  const areas: Area[] = file.areas.map(([code, name, kind, parentCode]) => ({
    code,
    name,
    kind,
    ...(parentCode ? { parentCode } : {}),
  }));
  return { file, areas, indexOf: new Map(areas.map((area, position) => [area.code, position])) };
}

function numberAt(column: (number | null)[] | undefined, position: number): number | undefined {
  const value = column?.[position];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The name the snapshot goes by wherever its figures are shown. */
export const SNAPSHOT_NAME = 'Embedded snapshot';

/**
 * Where a period's figures came from: the first publication the period cites (else the indicator's
 * first source), when the snapshot was built, and whether the values were calculated here.
 */
export function snapshotProvenance(
  file: Pick<SnapshotFile, 'builtAt' | 'sources'>,
  period: SnapshotPeriod,
  definition: IndicatorDefinition | undefined,
): Provenance | undefined {
  const key = period.sources?.[0];
  const cited: SourceReference | undefined = (key ? file.sources?.[key] : undefined) ?? definition?.sources[0];
  if (!cited) return undefined;
  // A figure read from a compilation (LAIT) is credited to the indicator's own publisher.
  const original = cited.compilation ? definition?.sources.find((candidate) => !candidate.compilation) : undefined;
  const reference = original ?? cited;
  return {
    publisher: reference.publisher,
    dataset: reference.dataset,
    url: reference.url,
    licence: licenceName(reference.licence),
    asOf: file.builtAt,
    kind: period.derivation ? 'derived' : 'published',
    ...(period.derivation ? { method: period.derivation } : {}),
    via: SNAPSHOT_NAME,
    ...(original ? { readFrom: { name: `${cited.publisher}, ${cited.dataset}`, short: cited.shortName ?? cited.dataset } } : {}),
  };
}

/** Reads one area's figure out of a column-wise period. */
export function observationAt(slug: string, period: SnapshotPeriod, area: string, position: number, provenance?: Provenance): Observation {
  const value = numberAt(period.value, position) ?? null;
  const observation: Observation = { indicator: slug, area, period: { label: period.label, sortKey: period.sortKey }, value };
  if (provenance) observation.provenance = provenance;
  const lower = numberAt(period.lower, position);
  const upper = numberAt(period.upper, position);
  const count = numberAt(period.count, position);
  const denominator = numberAt(period.denominator, position);
  if (lower !== undefined && upper !== undefined) Object.assign(observation, { lower, upper });
  if (count !== undefined && denominator !== undefined) {
    Object.assign(observation, { count, denominator });
    if (period.countDerivation) observation.countDerivation = period.countDerivation;
  }
  const note = period.notes?.[area];
  if (note) observation.note = note;
  const missing = period.missing?.[area];
  if (value === null) {
    observation.missing = missing
      ? { reason: missing[0], message: missing[1] }
      : { reason: 'not-available', message: 'The snapshot holds no figure for this area.' };
  }
  return observation;
}

/**
 * The embedded snapshot of real published figures, shipped as a JSON file beside the library and
 * fetched once per page. Answers with the latest period of each indicator.
 */
export class SnapshotSource implements DataSource {
  readonly url: string;
  private readonly options: SnapshotSourceOptions;

  constructor(options: SnapshotSourceOptions = {}) {
    this.url = options.url ?? SNAPSHOT_URL;
    this.options = options;
  }

  private load(signal?: AbortSignal): Promise<LoadedSnapshot> {
    const load = loads.get(this.url, () => fetchJson(this.url, { ...this.options }).then((data) => index(checkSnapshot(data, this.url))));
    return whileWanted(load, signal);
  }

  async areas(signal?: AbortSignal): Promise<Area[]> {
    return (await this.load(signal)).areas;
  }

  async indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
    return [...(await this.load(signal)).file.catalogue];
  }

  async info(signal?: AbortSignal): Promise<SourceInfo> {
    const { file } = await this.load(signal);
    return { name: SNAPSHOT_NAME, dataDate: file.builtAt, attribution: [...file.attribution] };
  }

  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    const { file, areas, indexOf } = await this.load(signal);
    const codes = query.areas ?? areas.map((area) => area.code);
    const observations: Observation[] = [];
    for (const slug of query.indicators) {
      const definition = file.catalogue.find((entry) => entry.slug === slug);
      if (!definition) continue;
      const latest = file.indicators[slug]?.periods[0];
      const provenance = latest ? snapshotProvenance(file, latest, definition) : undefined;
      for (const code of codes) {
        const position = indexOf.get(code);
        if (position === undefined) continue;
        if (!latest) {
          observations.push({
            indicator: slug,
            area: code,
            period: { label: '', sortKey: '' },
            value: null,
            missing: { reason: 'no-snapshot-data', message: definition.noSnapshotData ?? 'The snapshot holds no figures for this indicator.' },
          });
          continue;
        }
        observations.push(observationAt(slug, latest, code, position, provenance));
      }
    }
    return observations;
  }
}

/** Forgets loaded snapshots; for tests that need a fresh fetch. */
export function clearSnapshotCache(): void {
  loads.clear();
}
