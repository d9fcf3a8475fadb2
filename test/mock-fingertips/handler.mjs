/**
 * A stand-in for the Fingertips API, for tests. It answers the routes the library and its check use,
 * in the shapes the real API's published source gives (ukhsa-collaboration/fingertips-open,
 * PholioVisualisationWS), with the real figures of the embedded snapshot read from disk:
 *
 *   GET  {mount}/api/latest_data/specific_indicators_for_child_areas?area_type_id&parent_area_code&indicator_ids&profile_id[&restrict_to_profile_ids]
 *   GET  {mount}/api/indicator_metadata/by_indicator_id?indicator_ids
 *   GET  {mount}/api/available_data?indicator_id
 *   GET  {mount}/api/value_notes
 *
 * As the real API does: an indicator is found only in the profiles a request names (`profile_id`, or
 * every profile in `restrict_to_profile_ids`); a reply holds a root per sex, age, category and year
 * range (the extra splits carry no figures: Val −1); figures carry a `NoteId` only, and the words
 * come from value_notes. Indicator 22301 is the percentage of adults with a low life-satisfaction
 * score: the mock names it and gives its unit, but has no figures for it, so latest_data leaves it out.
 *
 * A path prefix picks a fault for one request: {mount}/fault/<mode>/api/…, where mode is
 *   a status code (500, 503, 404, 400 …)  that status, every time
 *   429                status 429 with Retry-After: 120, every time
 *   429-then-ok        429 with Retry-After: 1 for the first request of an address, the real reply after that
 *   503-then-ok        503 for the first request of an address, the real reply after that
 *   slow, slow-<ms>    the real reply after 2 s (or <ms>); gives up quietly if the client goes away
 *   cold, cold-<ms>    the first request of an address is slow (2 s or <ms>), later ones are not – a cold cache
 *   redirect-offsite   302 to the same path on another host (localhost ⇄ 127.0.0.1), another origin
 *   truncated          the first half of the real reply, status 200
 *   html               an HTML error page with status 200
 *   empty              no figures: []
 *   empty-body         status 200 with nothing in the body, as Fingertips does after an exception
 *   unknown-indicator  the first indicator asked for is missing, and one nobody asked for is there
 *
 * Control endpoints: GET {mount}/__requests gives counts of requests by path and by address, and how
 * many clients went away before their reply; POST {mount}/__reset clears the counts and the
 * first-request faults.
 *
 * The mount is /mock-fingertips; the standalone server also answers without it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { setTimeout, clearTimeout } from 'node:timers';
import { URL } from 'node:url';
import { Buffer } from 'node:buffer';
import { STATUS_CODES } from 'node:http';

export const MOUNT = '/mock-fingertips';
const ENGLAND = 'E92000001';
const UTLA_AREA_TYPE = 502;
const UNASKED_INDICATOR = 99999;
const DEFAULT_SLOW_MS = 2000;

/** Fingertips profiles (fingertips-open PholioObjects/Constants.cs ProfileIds.Phof = 19; 105 is Child and Maternal Health). */
const PHOF = 19;
const CHILD_AND_MATERNAL_HEALTH = 105;

/**
 * The indicators this mock publishes, keyed to the catalogue's slugs. Polarity ids follow
 * Fingertips (0 low is good, 1 high is good, 99 no judgement). `profiles` are where each lives;
 * `unit` and `valueType` are as indicator_metadata gives them. Age ids 1 (all ages), 164 (16+) and
 * 173 (<18) are Fingertips' own (FingertipsNext search-setup/assets/agedata.csv); the others are the
 * mock's own. `splits` are further roots the reply holds, with no figures.
 */
export const MOCK_INDICATORS = [
  {
    id: 10401, slug: 'first-time-entrants-youth-justice', name: 'First time entrants to the youth justice system', sexId: 4, ageId: 205, age: '10-17 yrs',
    polarityId: 0, profiles: [PHOF], unit: 'per 100,000', valueType: 'Crude rate', splits: [{ sexId: 1 }, { sexId: 2 }],
  },
  {
    id: 20401, slug: 'under-18-conceptions', name: 'Under 18s conception rate / 1,000', sexId: 2, ageId: 173, age: '<18 yrs',
    polarityId: 0, profiles: [PHOF], unit: 'per 1,000', valueType: 'Crude rate', splits: [],
  },
  {
    id: 22301, slug: undefined, name: 'Self-reported wellbeing: people with a low satisfaction score', sexId: 4, ageId: 164, age: '16+ yrs',
    polarityId: 0, profiles: [PHOF], unit: '%', valueType: 'Proportion', splits: [],
  },
  {
    id: 90631, slug: 'school-readiness', name: 'School readiness: percentage of children achieving a good level of development at the end of Reception', sexId: 4, ageId: 34, age: '5 yrs',
    polarityId: 1, profiles: [PHOF], unit: '%', valueType: 'Proportion', splits: [{ sexId: 1 }, { sexId: 2 }],
  },
  {
    id: 90803, slug: 'looked-after-children', name: 'Children in care', sexId: 4, ageId: 173, age: '<18 yrs',
    polarityId: 0, profiles: [CHILD_AND_MATERNAL_HEALTH], unit: 'per 10,000', valueType: 'Crude rate', splits: [],
  },
  {
    id: 93203, slug: 'neet-16-17', name: '16 to 17 year olds not in education, employment or training (NEET) or whose activity is not known', sexId: 4, ageId: 175, age: '16-17 yrs',
    polarityId: 0, profiles: [PHOF], unit: '%', valueType: 'Proportion',
    // Category type 4 is "Ethnic groups (7 categories)" in fingertips-open's Constants.cs.
    splits: [{ sexId: 1 }, { sexId: 2 }, { categoryTypeId: 4 }],
  },
];

/**
 * The value notes the mock lists. 401 is fingertips-open's ValueNoteIds.ThereIsDataQualityIssueWithThisValue
 * (its words here follow the constant's name); the other two texts are Fingertips' own wording seen in
 * real downloads, under the mock's own numbers.
 */
export const MOCK_VALUE_NOTES = [
  { Id: 401, Text: 'There is a data quality issue with this value' },
  { Id: 900, Text: 'Value suppressed for disclosure control due to small count' },
  { Id: 901, Text: 'Value missing in source data' },
];
const NOTE_FOR_MISSING = { suppressed: 900, 'not-available': 901 };

const SEX_NAMES = { 1: 'Male', 2: 'Female', 4: 'Persons' };

// ── The figures ──────────────────────────────────────────────────────────────────────────────

let figures;

/** The snapshot's areas and periods, read once. Earlier periods come from the history file when it is there. */
function loadFigures() {
  if (figures) return figures;
  const read = (name) => JSON.parse(readFileSync(new URL(`../../indicators/${name}`, import.meta.url), 'utf8'));
  const snapshot = read('snapshot.json');
  const historyUrl = new URL('../../indicators/snapshot-history.json', import.meta.url);
  const stored = existsSync(historyUrl) ? read('snapshot-history.json') : undefined;
  // Periods are columns lined up with the areas list, so the history is usable only with the same list.
  const sameAreas = stored && JSON.stringify(stored.areas) === JSON.stringify(snapshot.areas);
  const history = sameAreas ? stored : undefined;
  const areas = snapshot.areas.map(([code, name, kind, parent]) => ({ code, name, kind, parent }));
  const periodsOf = (slug) => {
    const latest = snapshot.indicators[slug]?.periods[0];
    if (!latest) return [];
    const earlier = (history?.indicators[slug]?.periods ?? []).filter((period) => yearOf(period.label) < yearOf(latest.label));
    return [latest, ...earlier];
  };
  figures = { areas, periodsOf };
  return figures;
}

/** The year Fingertips files a period under: its first year ("2022/23" → 2022). */
function yearOf(label) {
  const match = /\d{4}/.exec(label);
  return match ? Number(match[0]) : 0;
}

function at(column, index) {
  const value = column?.[index];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** One area's figures in a period, by the area's position in the snapshot's list. */
function figuresAt(period, index, code) {
  const value = at(period.value, index);
  const missing = value === null && code ? period.missing?.[code]?.[0] : undefined;
  const lower = at(period.lower, index);
  const upper = at(period.upper, index);
  return {
    value,
    lower: value !== null && lower !== null && upper !== null ? lower : null,
    upper: value !== null && lower !== null && upper !== null ? upper : null,
    count: value === null ? null : at(period.count, index),
    denominator: value === null ? null : at(period.denominator, index),
    noteId: missing ? NOTE_FOR_MISSING[missing] : undefined,
  };
}

/**
 * Fingertips' significance code for an area against England (comparator method 1): 2 when England
 * lies inside the area's 95% interval, 1 when the area is lower, 3 when higher, 0 when it cannot be
 * tested; then swapped 1↔3 for a low-is-good indicator, as Fingertips stores it.
 */
function significanceCode(area, england, polarityId) {
  if (polarityId === -1 || area.value === null || england.value === null || area.lower === null || area.upper === null) return 0;
  let code = england.value >= area.lower && england.value <= area.upper ? 2 : area.value < england.value ? 1 : 3;
  if (polarityId === 0 && code !== 2) code = 4 - code;
  return code;
}

function childAreas(parentCode) {
  return loadFigures().areas.filter((area) => area.kind === 'utla' && (parentCode === ENGLAND || area.parent === parentCode));
}

// ── JSON: latest_data/specific_indicators_for_child_areas ────────────────────────────────────

function coreDataSet(indicator, areaCode, numbers, year, significance) {
  const data = {
    AreaCode: areaCode,
    IndicatorId: indicator.id,
    SexId: indicator.sexId,
    AgeId: indicator.ageId,
    Val: numbers.value ?? -1,
    ValF: numbers.value === null ? '-' : String(numbers.value),
    Count: numbers.count ?? -1,
    Denom: numbers.denominator ?? -1,
    Denom2: -1,
    Year: year,
    YearRange: 1,
    Quarter: -1,
    Month: -1,
  };
  if (numbers.lower !== null && numbers.upper !== null) {
    Object.assign(data, { LoCI: numbers.lower, UpCI: numbers.upper, LoCIF: String(numbers.lower), UpCIF: String(numbers.upper) });
  }
  if (significance !== undefined) data.Sig = { 4: significance };
  if (numbers.noteId !== undefined) data.NoteId = numbers.noteId;
  return data;
}

const NO_FIGURES = { value: null, lower: null, upper: null, count: null, denominator: null };

/**
 * The roots of one indicator: its published split with the snapshot's figures, then each further
 * split with no figures (Val −1), as a reply holding several sexes, ages, categories or year ranges.
 */
function groupRoots(indicator, areaTypeId, parentCode) {
  const main = groupRoot(indicator, areaTypeId, parentCode);
  if (!main) return [];
  return [main, ...indicator.splits.map((split) => groupRoot({ ...indicator, ...split }, areaTypeId, parentCode, true))];
}

function groupRoot(indicator, areaTypeId, parentCode, empty = false) {
  const { areas } = loadFigures();
  const period = indicator.slug ? loadFigures().periodsOf(indicator.slug)[0] : undefined;
  if (!period || areaTypeId !== UTLA_AREA_TYPE) return undefined;
  const year = yearOf(period.label);
  const englandIndex = areas.findIndex((area) => area.code === ENGLAND);
  const england = empty ? NO_FIGURES : figuresAt(period, englandIndex);
  const grouping = (comparatorId, comparatorData) => ({
    GroupingId: 1000 + comparatorId,
    GroupId: 1000041,
    IndicatorId: indicator.id,
    SexId: indicator.sexId,
    AgeId: indicator.ageId,
    AreaTypeId: areaTypeId,
    ComparatorId: comparatorId,
    PolarityId: indicator.polarityId,
    ComparatorMethodId: 1,
    SigLevel: 95,
    ComparatorTargetId: null,
    Sequence: 1,
    BaselineYear: year,
    BaselineQuarter: -1,
    BaselineMonth: -1,
    DataPointYear: year,
    DataPointQuarter: -1,
    DataPointMonth: -1,
    YearRange: 1,
    Period: period.label,
    ComparatorData: comparatorData,
  });
  const data = childAreas(parentCode).map((area) => {
    const numbers = empty ? NO_FIGURES : figuresAt(period, areas.indexOf(area), area.code);
    const item = coreDataSet(indicator, area.code, numbers, year, significanceCode(numbers, england, indicator.polarityId));
    // A category split's figures say which category they are for; the API leaves both out when 0.
    if (indicator.categoryTypeId) Object.assign(item, { CategoryTypeId: indicator.categoryTypeId, CategoryId: 1 });
    return item;
  });
  const none = NO_FIGURES;
  return {
    IID: indicator.id,
    // The sub-national comparator comes first, so a reader must look for England's by its id.
    Grouping: [grouping(1, coreDataSet(indicator, '', none, year)), grouping(4, coreDataSet(indicator, ENGLAND, england, year))],
    Data: data,
    Sequence: 1,
    DateChanges: { HasDataChangedRecently: false, DateOfLastChange: null },
    StateSex: true,
    Sex: { Id: indicator.sexId, Name: SEX_NAMES[indicator.sexId] },
    StateAge: true,
    Age: { Id: indicator.ageId, Name: indicator.age, Sequence: 1 },
    YearRange: 1,
    PolarityId: indicator.polarityId,
    ComparatorMethodId: 1,
    RecentTrends: {},
  };
}

function latestData(params, fault) {
  const missing = ['area_type_id', 'parent_area_code', 'indicator_ids', 'profile_id'].filter((name) => !params.get(name));
  if (missing.length > 0) return { status: 400, type: 'text/plain; charset=utf-8', body: `Missing parameter: ${missing.join(', ')}` };
  const asked = idsIn(params.get('indicator_ids'));
  const areaTypeId = Number(params.get('area_type_id'));
  const parentCode = params.get('parent_area_code');
  // As GroupDataBuilderByIndicatorIds.ReadGroupings: the profiles in restrict_to_profile_ids, else profile_id alone.
  const restricted = idsIn(params.get('restrict_to_profile_ids'));
  const profiles = restricted.length > 0 ? restricted : idsIn(params.get('profile_id'));
  let roots = asked
    .map((id) => MOCK_INDICATORS.find((indicator) => indicator.id === id))
    .filter((indicator) => indicator && indicator.profiles.some((profile) => profiles.includes(profile)))
    .flatMap((indicator) => groupRoots(indicator, areaTypeId, parentCode));
  if (fault === 'empty') roots = [];
  if (fault === 'unknown-indicator' && roots.length > 0) {
    const first = roots[0];
    const rest = roots.filter((root) => root.IID !== first.IID);
    const stranger = { ...first, IID: UNASKED_INDICATOR, Data: first.Data.map((data) => ({ ...data, IndicatorId: UNASKED_INDICATOR })) };
    roots = [...rest, stranger];
  }
  return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(roots) };
}

// ── JSON: metadata, available data, value notes ──────────────────────────────────────────────

/** `indicator_metadata/by_indicator_id`: an object keyed by id (PholioObjects/IndicatorMetadata.cs, Unit.cs). */
function indicatorMetadata(params) {
  const metadata = {};
  for (const id of idsIn(params.get('indicator_ids'))) {
    const indicator = MOCK_INDICATORS.find((candidate) => candidate.id === id);
    if (!indicator) continue;
    metadata[id] = {
      IID: id,
      ValueTypeId: indicator.valueType === 'Proportion' ? 5 : 3,
      YearTypeId: 1,
      Unit: { Id: 1, Value: 1, Label: indicator.unit },
      ValueType: { Id: indicator.valueType === 'Proportion' ? 5 : 3, Name: indicator.valueType },
      ConfidenceLevel: 95,
      CIMethodId: 1,
      Descriptive: { Name: indicator.name, Definition: indicator.name },
    };
  }
  return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(metadata) };
}

/** `available_data?indicator_id`: `[{IndicatorId, AreaTypeId}]` (PholioObjects/GroupingData.cs). */
function availableData(params) {
  const id = Number(params.get('indicator_id'));
  const indicator = MOCK_INDICATORS.find((candidate) => candidate.id === id);
  const types = indicator ? [402, UTLA_AREA_TYPE] : [];
  return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(types.map((AreaTypeId) => ({ IndicatorId: id, AreaTypeId }))) };
}

function valueNotes() {
  return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(MOCK_VALUE_NOTES) };
}

function idsIn(list) {
  return (list ?? '')
    .split(',')
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
}

// ── Requests ─────────────────────────────────────────────────────────────────────────────────

const counts = { total: 0, paths: {}, urls: {}, closedEarly: 0 };
const failedOnce = new Set();

function reset() {
  counts.total = 0;
  counts.paths = {};
  counts.urls = {};
  counts.closedEarly = 0;
  failedOnce.clear();
}

function send(res, status, type, body, headers = {}) {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, STATUS_CODES[status] ?? '', {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    // As Fingertips does: nothing may be cached, so every request reaches the counts.
    'Cache-Control': 'no-cache, no-store',
    Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
    // The mock may be read from another origin (the redirect test); whether the real API allows it is unconfirmed.
    'Access-Control-Allow-Origin': '*',
    ...headers,
  });
  res.end(body);
}

/** The same address on the other loopback name, which is another origin. */
function offsite(req, path, search) {
  const host = req.headers.host ?? '127.0.0.1';
  const other = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host.replace(/^[^:]+/, 'localhost');
  return `http://${other}${path}${search}`;
}

const HTML_ERROR_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><title>Error | Fingertips</title></head><body><h1>Sorry, there is a problem with the service</h1></body></html>\n';

/** Splits `/fault/<mode>/api/…` into the mode and the real path. */
function faultIn(path) {
  const match = /^\/fault\/([^/]+)(\/.*)$/.exec(path);
  return match ? { fault: decodeURIComponent(match[1]), path: match[2] } : { fault: undefined, path };
}

function answer(path, params, fault) {
  if (path === '/api/latest_data/specific_indicators_for_child_areas') return latestData(params, fault);
  if (path === '/api/indicator_metadata/by_indicator_id') return indicatorMetadata(params);
  if (path === '/api/available_data') return availableData(params);
  if (path === '/api/value_notes') return valueNotes();
  return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
}

/**
 * Node request handler. Requests outside the mount go to `next` when there is one (as middleware);
 * without `next` (the standalone server) paths are answered with or without the mount.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => unknown} [next]
 */
export function mockFingertipsHandler(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  let path = url.pathname;
  if (path === MOUNT || path.startsWith(`${MOUNT}/`)) path = path.slice(MOUNT.length) || '/';
  else if (next) return next();

  if (path === '/__requests') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(counts));
  if (path === '/__reset') {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST to reset the mock.');
    reset();
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(counts));
  }

  counts.total++;
  counts.paths[path] = (counts.paths[path] ?? 0) + 1;
  const address = `${path}${url.search}`;
  counts.urls[address] = (counts.urls[address] ?? 0) + 1;
  res.on('close', () => {
    if (!res.writableFinished) counts.closedEarly++;
  });

  const { fault, path: realPath } = faultIn(path);
  const params = url.searchParams;
  if (fault === undefined) {
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body);
  }
  if (fault === '429') return send(res, 429, 'text/plain; charset=utf-8', 'Too many requests.', { 'Retry-After': '120' });
  if (fault === '429-then-ok' || fault === '503-then-ok') {
    if (!failedOnce.has(address)) {
      failedOnce.add(address);
      return fault === '429-then-ok'
        ? send(res, 429, 'text/plain; charset=utf-8', 'Too many requests.', { 'Retry-After': '1' })
        : send(res, 503, 'text/plain; charset=utf-8', 'Service Unavailable');
    }
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body);
  }
  if (fault === 'redirect-offsite') {
    const mounted = url.pathname.startsWith(MOUNT) ? MOUNT : '';
    return send(res, 302, 'text/plain; charset=utf-8', '', { Location: offsite(req, `${mounted}${realPath}`, url.search) });
  }
  if (/^\d{3}$/.test(fault)) {
    const status = Number(fault);
    return send(res, status, 'text/plain; charset=utf-8', status >= 500 ? 'An error has occurred.' : 'The request is invalid.');
  }
  const slow = /^(slow|cold)(?:-(\d+))?$/.exec(fault);
  const warm = slow?.[1] === 'cold' && failedOnce.has(address);
  if (slow && slow[1] === 'cold') failedOnce.add(address);
  if (slow && !warm) {
    const timer = setTimeout(() => {
      const { status, type, body } = answer(realPath, params, undefined);
      send(res, status, type, body);
    }, Number(slow[2] ?? DEFAULT_SLOW_MS));
    res.on('close', () => clearTimeout(timer));
    return undefined;
  }
  if (warm) {
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body);
  }
  if (fault === 'html') return send(res, 200, 'text/html; charset=utf-8', HTML_ERROR_PAGE);
  if (fault === 'empty-body') return send(res, 200, 'application/json; charset=utf-8', '');
  if (fault === 'truncated') {
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body.slice(0, Math.floor(body.length / 2)));
  }
  if (fault === 'empty' || fault === 'unknown-indicator') {
    const { status, type, body } = answer(realPath, params, fault);
    return send(res, status, type, body);
  }
  return send(res, 400, 'text/plain; charset=utf-8', `Unknown fault “${fault}”.`);
}

/**
 * The handler as @web/dev-server (Koa) middleware, answering under the mount and passing every other
 * request on.
 */
export function mockFingertipsMiddleware() {
  return async function mockFingertips(context, next) {
    if (context.path !== MOUNT && !context.path.startsWith(`${MOUNT}/`)) return next();
    context.respond = false;
    // Koa starts every response as a 404; the handler sets the real status, and the runner reads it
    // once the reply is over (a reply the client gave up on keeps this 200 rather than a false 404).
    context.status = 200;
    await new Promise((resolve) => {
      context.res.once('close', resolve);
      mockFingertipsHandler(context.req, context.res);
    });
    return undefined;
  };
}
