/**
 * The Fingertips API's replies, built from the embedded snapshot's real figures: the one fake of
 * Fingertips, shared by the Node mock server (test/mock-fingertips/handler.mjs, which reads the
 * snapshot from disk and adds faults and request counts) and the stories' recorded replies
 * (stories/recorded-fingertips.ts, which import the snapshot). It uses no Node built-ins, so it runs
 * in browsers too. It answers, after the API base:
 *
 *   /latest_data/specific_indicators_for_child_areas?area_type_id&parent_area_code&indicator_ids&profile_id[&restrict_to_profile_ids]
 *   /indicator_metadata/by_indicator_id?indicator_ids
 *   /available_data?indicator_id
 *   /value_notes
 *
 * in the shapes the real API's published source gives (ukhsa-collaboration/fingertips-open,
 * PholioVisualisationWS). As the real API does: an indicator is found only in the profiles a request
 * names (`profile_id`, or every profile in `restrict_to_profile_ids`); a reply holds a root per sex,
 * age, category and year range (the extra splits carry no figures: Val −1); figures carry a `NoteId`
 * only, and the words come from value_notes. Indicator 22301 is the percentage of adults with a low
 * life-satisfaction score: the fake names it and gives its unit, but has no figures for it, so
 * latest_data leaves it out.
 */

export const ENGLAND = 'E92000001';
/** Upper-tier local authorities from April 2023. */
export const UTLA_AREA_TYPE = 502;
/** The latest-data route, after the API base. */
export const LATEST_DATA_ROUTE = '/latest_data/specific_indicators_for_child_areas';

/** Fingertips profiles (fingertips-open PholioObjects/Constants.cs ProfileIds.Phof = 19; 105 is Child and Maternal Health). */
const PHOF = 19;
const CHILD_AND_MATERNAL_HEALTH = 105;

/**
 * The indicators the fake publishes, keyed to the catalogue's slugs. Polarity ids follow
 * Fingertips (0 low is good, 1 high is good, 99 no judgement). `profiles` are where each lives;
 * `unit` and `valueType` are as indicator_metadata gives them. Age ids 1 (all ages), 164 (16+) and
 * 173 (<18) are Fingertips' own (FingertipsNext search-setup/assets/agedata.csv); the others are the
 * fake's own. `splits` are further roots the reply holds, with no figures.
 */
export const MOCK_INDICATORS = [
  {
    id: 10401,
    slug: 'first-time-entrants-youth-justice',
    name: 'First time entrants to the youth justice system',
    sexId: 4,
    ageId: 205,
    age: '10-17 yrs',
    polarityId: 0,
    profiles: [PHOF],
    unit: 'per 100,000',
    valueType: 'Crude rate',
    splits: [{ sexId: 1 }, { sexId: 2 }],
  },
  {
    id: 20401,
    slug: 'under-18-conceptions',
    name: 'Under 18s conception rate / 1,000',
    sexId: 2,
    ageId: 173,
    age: '<18 yrs',
    polarityId: 0,
    profiles: [PHOF],
    unit: 'per 1,000',
    valueType: 'Crude rate',
    splits: [],
  },
  {
    id: 22301,
    slug: undefined,
    name: 'Self-reported wellbeing: people with a low satisfaction score',
    sexId: 4,
    ageId: 164,
    age: '16+ yrs',
    polarityId: 0,
    profiles: [PHOF],
    unit: '%',
    valueType: 'Proportion',
    splits: [],
  },
  {
    id: 90631,
    slug: 'school-readiness',
    name: 'School readiness: percentage of children achieving a good level of development at the end of Reception',
    sexId: 4,
    ageId: 34,
    age: '5 yrs',
    polarityId: 1,
    profiles: [PHOF],
    unit: '%',
    valueType: 'Proportion',
    splits: [{ sexId: 1 }, { sexId: 2 }],
  },
  {
    id: 90803,
    slug: 'looked-after-children',
    name: 'Children in care',
    sexId: 4,
    ageId: 173,
    age: '<18 yrs',
    polarityId: 0,
    profiles: [CHILD_AND_MATERNAL_HEALTH],
    unit: 'per 10,000',
    valueType: 'Crude rate',
    splits: [],
  },
  {
    id: 93203,
    slug: 'neet-16-17',
    name: '16 to 17 year olds not in education, employment or training (NEET) or whose activity is not known',
    sexId: 4,
    ageId: 175,
    age: '16-17 yrs',
    polarityId: 0,
    profiles: [PHOF],
    unit: '%',
    valueType: 'Proportion',
    // Category type 4 is "Ethnic groups (7 categories)" in fingertips-open's Constants.cs.
    splits: [{ sexId: 1 }, { sexId: 2 }, { categoryTypeId: 4 }],
  },
];

/**
 * The value notes the fake lists. 401 is fingertips-open's ValueNoteIds.ThereIsDataQualityIssueWithThisValue
 * (its words here follow the constant's name); the other two texts are Fingertips' own wording seen in
 * real downloads, under the fake's own numbers.
 */
export const MOCK_VALUE_NOTES = [
  { Id: 401, Text: 'There is a data quality issue with this value' },
  { Id: 900, Text: 'Value suppressed for disclosure control due to small count' },
  { Id: 901, Text: 'Value missing in source data' },
];
const NOTE_FOR_MISSING = { suppressed: 900, 'not-available': 901 };

const SEX_NAMES = { 1: 'Male', 2: 'Female', 4: 'Persons' };

// ── The figures ──────────────────────────────────────────────────────────────────────────────

/**
 * The snapshot's areas and latest periods, in the form the replies are built from.
 *
 * @param {{ areas: [string, string, string, string | null][], indicators: Record<string, { periods: object[] } | undefined> }} snapshot
 */
export function readFigures(snapshot) {
  const areas = snapshot.areas.map(([code, name, kind, parent]) => ({ code, name, kind, parent }));
  return { areas, latest: (slug) => snapshot.indicators[slug]?.periods[0] };
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

// ── latest_data/specific_indicators_for_child_areas ──────────────────────────────────────────

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
function groupRoots(figures, indicator, areaTypeId, parentCode) {
  const main = groupRoot(figures, indicator, areaTypeId, parentCode);
  if (!main) return [];
  return [main, ...indicator.splits.map((split) => groupRoot(figures, { ...indicator, ...split }, areaTypeId, parentCode, true))];
}

function groupRoot(figures, indicator, areaTypeId, parentCode, empty = false) {
  const { areas } = figures;
  const period = indicator.slug ? figures.latest(indicator.slug) : undefined;
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
  const councils = areas.filter((area) => area.kind === 'utla' && (parentCode === ENGLAND || area.parent === parentCode));
  const data = councils.map((area) => {
    const numbers = empty ? NO_FIGURES : figuresAt(period, areas.indexOf(area), area.code);
    const item = coreDataSet(indicator, area.code, numbers, year, significanceCode(numbers, england, indicator.polarityId));
    // A category split's figures say which category they are for; the API leaves both out when 0.
    if (indicator.categoryTypeId) Object.assign(item, { CategoryTypeId: indicator.categoryTypeId, CategoryId: 1 });
    return item;
  });
  return {
    IID: indicator.id,
    // The sub-national comparator comes first, so a reader must look for England's by its id.
    Grouping: [grouping(1, coreDataSet(indicator, '', NO_FIGURES, year)), grouping(4, coreDataSet(indicator, ENGLAND, england, year))],
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

function latestData(figures, params) {
  const missing = ['area_type_id', 'parent_area_code', 'indicator_ids', 'profile_id'].filter((name) => !params.get(name));
  if (missing.length > 0) return { status: 400, text: `Missing parameter: ${missing.join(', ')}` };
  const areaTypeId = Number(params.get('area_type_id'));
  const parentCode = params.get('parent_area_code');
  // As GroupDataBuilderByIndicatorIds.ReadGroupings: the profiles in restrict_to_profile_ids, else profile_id alone.
  const restricted = idsIn(params.get('restrict_to_profile_ids'));
  const profiles = restricted.length > 0 ? restricted : idsIn(params.get('profile_id'));
  const roots = idsIn(params.get('indicator_ids'))
    .map((id) => MOCK_INDICATORS.find((indicator) => indicator.id === id))
    .filter((indicator) => indicator && indicator.profiles.some((profile) => profiles.includes(profile)))
    .flatMap((indicator) => groupRoots(figures, indicator, areaTypeId, parentCode));
  return { status: 200, json: roots };
}

// ── Metadata, available data, value notes ────────────────────────────────────────────────────

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
  return { status: 200, json: metadata };
}

/** `available_data?indicator_id`: `[{IndicatorId, AreaTypeId}]` (PholioObjects/GroupingData.cs). */
function availableData(params) {
  const id = Number(params.get('indicator_id'));
  const indicator = MOCK_INDICATORS.find((candidate) => candidate.id === id);
  const types = indicator ? [402, UTLA_AREA_TYPE] : [];
  return { status: 200, json: types.map((AreaTypeId) => ({ IndicatorId: id, AreaTypeId })) };
}

function idsIn(list) {
  return (list ?? '')
    .split(',')
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/**
 * Fingertips' reply to one request: `{ status, json }` for a JSON reply, `{ status, text }` for a
 * plain-text one (a request missing a parameter, an unknown route).
 *
 * @param {ReturnType<typeof readFigures>} figures - from {@link readFigures}
 * @param {string} route - the path after the API base, such as {@link LATEST_DATA_ROUTE}
 * @param {URLSearchParams} params - the request's query
 */
export function fingertipsReply(figures, route, params) {
  if (route === LATEST_DATA_ROUTE) return latestData(figures, params);
  if (route === '/indicator_metadata/by_indicator_id') return indicatorMetadata(params);
  if (route === '/available_data') return availableData(params);
  if (route === '/value_notes') return { status: 200, json: MOCK_VALUE_NOTES };
  return { status: 404, text: 'Not found' };
}
