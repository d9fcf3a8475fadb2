/**
 * Replies in the shape of the Fingertips API, for stories that show the live source without the
 * network. The figures are the embedded snapshot's, so nothing shown is made up: this answers
 * `latest_data/specific_indicators_for_child_areas` the way Fingertips lays that reply out (a list
 * of GroupRoots: the England comparator in `Grouping`, one CoreDataSet per council in `Data`), for
 * the indicators and councils in the request.
 *
 * It runs in the browser: test/mock-fingertips/handler.mjs answers the same route for the Node tests
 * but reads the snapshot from disk.
 */
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import snapshotJson from '../indicators/snapshot.json';
import { ENGLAND, type IndicatorDefinition, type Polarity } from '../src/model.js';
import type { SnapshotFile, SnapshotPeriod } from '../src/sources/snapshot-format.js';
import type { CoreDataSet, GroupRoot, Grouping } from '../src/sources/fingertips/types.js';

const snapshot = snapshotJson as unknown as SnapshotFile;

/** When the figures were published in the snapshot: the recorded replies are dated the same day. */
export const RECORDED_ON = snapshot.builtAt;

/** The route this answers, after the API base. */
export const LATEST_DATA_ROUTE = '/latest_data/specific_indicators_for_child_areas';

/** Fingertips' polarity ids: 0 low is good, 1 high is good, 99 no judgement. */
const POLARITY_IDS: Record<Polarity, number> = { 'high-is-bad': 0, 'high-is-good': 1, 'no-judgement': 99 };
const PERSONS = 4;
const SEX_NAMES: Record<number, string> = { 1: 'Male', 2: 'Female', 4: 'Persons' };
/** Fingertips' comparison method 1: is England inside the area's 95% confidence interval? */
const CI_OVERLAP = 1;
const ENGLAND_COMPARATOR = 4;

interface AreaRow {
  code: string;
  kind: string;
  parent: string | null;
  position: number;
}

const AREAS: AreaRow[] = snapshot.areas.map(([code, , kind, parent], position) => ({ code, kind, parent, position }));

function at(column: (number | null)[] | undefined, position: number): number | undefined {
  const value = column?.[position];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The year Fingertips files a period under: its first year (“2024/25” → 2024, “Census 2021” → 2021). */
function yearOf(label: string): number {
  const match = /\d{4}/.exec(label);
  return match ? Number(match[0]) : -1;
}

/**
 * Fingertips' significance code against England, as it stores it after applying polarity: 2 similar,
 * 1 worse and 3 better (or 1 lower and 3 higher without a judgement); absent when the snapshot has no
 * published interval to test with.
 */
function significance(value: number, lower: number, upper: number, england: number | undefined, polarityId: number): number | undefined {
  if (england === undefined) return undefined;
  if (england >= lower && england <= upper) return 2;
  const higher = value > england;
  if (polarityId === POLARITY_IDS['high-is-bad']) return higher ? 1 : 3;
  return higher ? 3 : 1;
}

function dataSet(definition: IndicatorDefinition, id: number, period: SnapshotPeriod, area: AreaRow, england?: number): CoreDataSet {
  const ids = definition.fingertips;
  const value = at(period.value, area.position);
  const lower = at(period.lower, area.position);
  const upper = at(period.upper, area.position);
  const count = at(period.count, area.position);
  const denominator = at(period.denominator, area.position);
  const data: CoreDataSet = {
    AreaCode: area.code,
    IndicatorId: id,
    SexId: ids?.sexId ?? PERSONS,
    Val: value ?? -1,
    ValF: value === undefined ? '-' : String(value),
    Count: value === undefined ? -1 : (count ?? -1),
    Denom: value === undefined ? -1 : (denominator ?? -1),
    Year: yearOf(period.label),
    YearRange: 1,
    Quarter: -1,
    Month: -1,
  };
  if (ids?.ageId !== undefined) data.AgeId = ids.ageId;
  if (value !== undefined && lower !== undefined && upper !== undefined) {
    data.LoCI = lower;
    data.UpCI = upper;
    const code = area.code === ENGLAND ? undefined : significance(value, lower, upper, england, POLARITY_IDS[definition.publishedPolarity]);
    if (code !== undefined) data.Sig = { [String(ENGLAND_COMPARATOR)]: code };
  }
  return data;
}

function groupRoot(definition: IndicatorDefinition, id: number, areaTypeId: number, parentCode: string): GroupRoot | undefined {
  const period = snapshot.indicators[definition.slug]?.periods[0];
  const englandRow = AREAS.find((area) => area.code === ENGLAND);
  if (!period || !englandRow) return undefined;
  const polarityId = POLARITY_IDS[definition.publishedPolarity];
  const england = at(period.value, englandRow.position);
  const sexId = definition.fingertips?.sexId ?? PERSONS;
  const grouping: Grouping = {
    ComparatorId: ENGLAND_COMPARATOR,
    PolarityId: polarityId,
    ComparatorMethodId: CI_OVERLAP,
    SexId: sexId,
    AreaTypeId: areaTypeId,
    Period: period.label,
    DataPointYear: yearOf(period.label),
    DataPointQuarter: -1,
    DataPointMonth: -1,
    YearRange: 1,
    ComparatorData: dataSet(definition, id, period, englandRow),
  };
  const councils = AREAS.filter((area) => area.kind === 'utla' && (parentCode === ENGLAND || area.parent === parentCode));
  return {
    IID: id,
    Grouping: [grouping],
    Data: councils.map((area) => dataSet(definition, id, period, area, england)),
    Sex: { Id: sexId, Name: SEX_NAMES[sexId] ?? 'Persons' },
    PolarityId: polarityId,
    ComparatorMethodId: CI_OVERLAP,
  };
}

/** The reply Fingertips would give for a `latest_data/specific_indicators_for_child_areas` address. */
export function latestDataReply(address: URL): GroupRoot[] {
  const areaTypeId = Number(address.searchParams.get('area_type_id'));
  const parentCode = address.searchParams.get('parent_area_code') ?? ENGLAND;
  const ids = (address.searchParams.get('indicator_ids') ?? '')
    .split(',')
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
  const roots: GroupRoot[] = [];
  for (const id of ids) {
    const definition = CATALOGUE.find((candidate) => candidate.fingertips?.indicatorId === id && candidate.fingertips.areaTypeId === areaTypeId);
    const root = definition ? groupRoot(definition, id, areaTypeId, parentCode) : undefined;
    if (root) roots.push(root);
  }
  return roots;
}

function addressOf(input: RequestInfo | URL): URL {
  const href = input instanceof Request ? input.url : String(input);
  return new URL(href, globalThis.location?.href ?? 'http://localhost/');
}

/**
 * A `fetch` that answers Fingertips' latest-data route from the snapshot, as a recorded reply would,
 * and 404 for anything else. It never touches the network.
 */
export const recordedFingertipsFetch: typeof fetch = async (input, init) => {
  if (init?.signal?.aborted) throw new DOMException('The request was cancelled.', 'AbortError');
  const address = addressOf(input);
  if (!address.pathname.endsWith(LATEST_DATA_ROUTE)) {
    return new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(JSON.stringify(latestDataReply(address)), {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache, no-store' },
  });
};
