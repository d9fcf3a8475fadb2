import type { Area } from '../model.js';
import { SourceError } from '../sources/errors.js';
import { fetchJson, type FetchJsonOptions } from '../sources/fetch-json.js';
import { whileWanted } from '../sources/abort.js';
import { isRecord } from '../is-record.js';
import { OncePerAddress } from '../sources/once-per-address.js';
import type { SnapshotPeriod } from '../sources/snapshot-format.js';
import { TRENDS_FORMAT, type TrendFile, type TrendPeriod } from './format.js';
import { TRENDS_FOLDER } from './trends-url.js';

/** A trend file, read and checked, with its areas as the model has them and its periods expanded. */
export interface LoadedTrends {
  file: TrendFile;
  /** The area, England, and the area's region when it has one, in the file's column order. */
  areas: Area[];
  /** Every indicator's periods, latest first, as snapshot periods (lined up with `areas`). */
  periods: Record<string, SnapshotPeriod[]>;
}

const loads = new OncePerAddress<LoadedTrends>();

/** Only England, its regions and upper-tier councils have trend files. */
const HAS_FILE = /^E(92|12|06|08|09|10)\d{6}$/;

/** Turns a trend period's places in `texts` back into the sentences. */
function expandPeriod(period: TrendPeriod, texts: readonly string[]): SnapshotPeriod {
  const { derivation, countDerivation, missing, ...rest } = period;
  const text = (place: number) => texts[place] ?? '';
  const out: SnapshotPeriod = { ...rest };
  if (derivation !== undefined) out.derivation = text(derivation);
  if (countDerivation !== undefined) out.countDerivation = text(countDerivation);
  if (missing) out.missing = Object.fromEntries(Object.entries(missing).map(([code, [reason, place]]) => [code, [reason, text(place)]]));
  return out;
}

function check(data: unknown, code: string, url: string): LoadedTrends {
  const bad = (what: string) => new SourceError('format', `The trend file is not in the expected format (${what}).`, url);
  if (!isRecord(data) || data.format !== TRENDS_FORMAT || typeof data.builtAt !== 'string') throw bad(`format should be “${TRENDS_FORMAT}”`);
  if (!Array.isArray(data.areas) || !Array.isArray(data.texts) || !isRecord(data.sources) || !isRecord(data.indicators)) throw bad('areas, texts or sources');
  const file = data as unknown as TrendFile;
  if (file.areas[0]?.[0] !== code) throw bad(`it is not the file of ${code}`);
  const width = file.areas.length;
  const periods: Record<string, SnapshotPeriod[]> = {};
  for (const [slug, indicator] of Object.entries(file.indicators)) {
    if (!isRecord(indicator) || !Array.isArray(indicator.periods)) throw bad(`indicator ${slug}`);
    for (const period of indicator.periods as unknown[]) {
      if (
        !isRecord(period) ||
        typeof period.label !== 'string' ||
        typeof period.sortKey !== 'string' ||
        !Array.isArray(period.value) ||
        period.value.length !== width
      ) {
        throw bad(`a period of ${slug}`);
      }
    }
    periods[slug] = indicator.periods.map((period) => expandPeriod(period, file.texts));
  }
  const areas: Area[] = file.areas.map(([areaCode, name, kind, parentCode]) => ({ code: areaCode, name, kind, ...(parentCode ? { parentCode } : {}) }));
  return { file, areas, periods };
}

/**
 * Loads the trend file of one area (England, a region or an upper-tier council), once per page.
 * Resolves to undefined for any other area (a ward of a council's own file, say), which has none.
 *
 * @param options - a `fetch` or `timeoutMs` for tests, and the folder the files are in
 */
export async function loadTrends(
  code: string,
  signal?: AbortSignal,
  options: Pick<FetchJsonOptions, 'fetch' | 'timeoutMs'> & { folder?: string } = {},
): Promise<LoadedTrends | undefined> {
  if (!HAS_FILE.test(code)) return undefined;
  const url = new URL(`${code}.json`, options.folder ?? TRENDS_FOLDER).href;
  const load = loads.get(url, () => fetchJson(url, { ...options, what: 'The file of earlier figures' }).then((data) => check(data, code, url)));
  return whileWanted(load, signal);
}

/** Forgets loaded trend files; for tests that need a fresh fetch. */
export function clearTrends(): void {
  loads.clear();
}
