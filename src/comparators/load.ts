import { SourceError } from '../sources/errors.js';
import { fetchJson, type FetchJsonOptions } from '../sources/fetch-json.js';
import { whileWanted } from '../sources/abort.js';
import { isRecord } from '../is-record.js';
import { OncePerAddress } from '../sources/once-per-address.js';
import {
  COMPARATORS,
  DEFAULT_NEIGHBOUR_LIST,
  NEIGHBOUR_LISTS,
  NEIGHBOURS_FORMAT,
  type Comparator,
  type NeighbourListFile,
  type NeighbourListId,
} from './format.js';
import { NEIGHBOURS_FOLDER } from './neighbours-url.js';

/** One load per list for the whole page. */
const loads = new OncePerAddress<NeighbourListFile>();

/** The comparator an attribute names; England when it names none. Throws for an unknown name. */
export function comparatorOf(name: string | undefined): Comparator {
  const wanted = (name ?? '').trim().toLowerCase();
  if (!wanted) return 'england';
  const found = COMPARATORS.find((comparator) => comparator === wanted);
  if (!found) throw new Error(`There is no comparator called “${wanted}”. Compare with ${COMPARATORS.join(', ')}.`);
  return found;
}

/** The list an attribute names, or the default (DfE's of May 2025) when it names none. Throws for an unknown name. */
export function neighbourListId(name: string | undefined): NeighbourListId {
  const wanted = (name ?? '').trim().toLowerCase();
  if (!wanted) return DEFAULT_NEIGHBOUR_LIST;
  const found = NEIGHBOUR_LISTS.find((id) => id === wanted);
  if (!found) throw new Error(`There is no list of neighbours called “${wanted}”. The lists are ${NEIGHBOUR_LISTS.join(', ')}.`);
  return found;
}

const isCodeList = (value: unknown) => Array.isArray(value) && value.every((code) => typeof code === 'string');

function checkList(data: unknown, id: NeighbourListId, url: string): NeighbourListFile {
  const bad = (what: string) => new SourceError('format', `The list of statistical neighbours is not in the expected format (${what}).`, url);
  if (!isRecord(data) || data.format !== NEIGHBOURS_FORMAT || data.id !== id) throw bad(`format should be “${NEIGHBOURS_FORMAT}” for ${id}`);
  if (typeof data.name !== 'string' || typeof data.vintage !== 'string' || typeof data.method !== 'string' || !isRecord(data.source))
    throw bad('its name or source');
  if (!isRecord(data.groups) || !Object.values(data.groups).every(isCodeList)) throw bad('the groups');
  return data as unknown as NeighbourListFile;
}

/**
 * Loads one list of statistical neighbours, once per page however many elements ask.
 *
 * @param id - which list
 * @param options - a `fetch` or `timeoutMs` for tests, and the folder the lists are in
 */
export function loadNeighbourList(
  id: NeighbourListId,
  signal?: AbortSignal,
  options: Pick<FetchJsonOptions, 'fetch' | 'timeoutMs'> & { folder?: string } = {},
): Promise<NeighbourListFile> {
  const url = new URL(`${id}.json`, options.folder ?? NEIGHBOURS_FOLDER).href;
  const load = loads.get(url, () => fetchJson(url, { ...options, what: 'The list of statistical neighbours' }).then((data) => checkList(data, id, url)));
  return whileWanted(load, signal);
}

/** Forgets loaded lists; for tests that need a fresh fetch. */
export function clearNeighbourLists(): void {
  loads.clear();
}
