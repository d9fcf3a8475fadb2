// Long because it holds the hostile and broken inputs a council's file may contain, one generator each,
// with the checks every one of them must pass.
import { expect } from '@open-wc/testing';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { html, render } from 'lit';
import { CATALOGUE } from '../../catalogue/catalogue.js';
import type { Observation, Unit } from '../../model.js';
import { SourceError } from '../errors.js';
import { stripControls } from '../clean-text.js';
import { implausibility } from '../plausibility.js';
import { SnapshotSource } from '../snapshot.js';
import { clearCouncilFileCache, CouncilSource } from './council-source.js';
import { parseCsvText, parseJsonData, type ParseContext, type ParsedFile } from './parse-rows.js';
import { describeProblem } from './problems.js';

/** A small seeded generator (mulberry32), so every run tries the same files and a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, below: number) => Math.floor(random() * below);

const SCRIPT = '<script>alert(1)</script>';
const GARBAGE = [
  '"',
  ',',
  '\n',
  '\r',
  '\r\n',
  '\0',
  '\uFEFF',
  '<',
  '>',
  '&',
  'é',
  '\uD800',
  '😀',
  '\t',
  '""',
  ';',
  'x',
  '*',
  '..',
  '1',
  '\u202E',
  '\u2066',
  '\u200F',
  '\u0085',
];
/** Characters no text from a file may keep: controls, bidirectional controls, byte order marks, lone surrogates. */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HUGE = ['1e308', '9'.repeat(400), '-1e400', '1e12', '1e13', '-0', 'NaN', 'Infinity', '1,000,000,000,000,000', '-999999'];

const COUNCIL_CSV = [
  'indicator,area_code,area_name,parent_code,period,value,lower_ci,upper_ci,count,denominator,note',
  'children-in-need,E09000008,Croydon,,2025/26,"1,234.5",1200,1270,,,Provisional',
  'children-in-need,E05011462,Addiscombe East,E09000008,2025/26,912.4,,,456,4998,',
  'children-in-need,E05011463,"Addiscombe West, North",E09000008,2025/26,*,,,,,suppressed: small numbers',
  'household-overcrowding,E05011462,Addiscombe East,E09000008,Census 2021,12.5,11.9,13.1,250,2000,',
  'household-overcrowding,E09000008,Croydon,,Census 2021,11.2,10.8,11.6,,,',
  'school-readiness,E92000001,England,,2024/25,67.7,67.5,67.9,,,',
  'school-readiness,E09000008,Croydon,,2024/25,NA,,,,,',
  'looked-after-children,E09000008,Croydon,,March 2026,61,,,,,',
  'looked-after-children,E09000008,Croydon,,2024/25,58,,,,,',
  'adult-low-wellbeing,E05011463,"Addiscombe West, North",E09000008,2024/25,7.3,7.1,7.5,,,',
].join('\r\n');

const FINGERTIPS_CSV = [
  '"","Indicator.ID","Indicator.Name","Parent.Code","Parent.Name","Area.Code","Area.Name","Area.Type","Sex","Age","Category.Type","Category","Time.period","Value","Lower.CI.95.0.limit","Upper.CI.95.0.limit","Count","Denominator","Value.note","Compared.to.England.value.or.percentiles","Time.period.Sortable"',
  '"1",20401,"Under 18s conception rate / 1,000","","","E92000001","England","England","Female","<18 yrs","","",2022,13.1,12.9,13.3,NA,NA,"","Not compared",20220000',
  '"2",20401,"Under 18s conception rate / 1,000","E12000007","London","E09000008","Croydon","UA","Female","<18 yrs","","",2022,14.2,12.6,15.9,171,12040,"","Worse",20220000',
  '"3",20401,"Under 18s conception rate / 1,000","E12000007","London","E09000008","Croydon","UA","Female","<18 yrs","Deprivation deciles","Most deprived",2022,30.1,NA,NA,NA,NA,"","",20220000',
  '"4",90803,"Children in care","E09000008","Croydon","E05011462","Addiscombe East","Ward","Persons","<18 yrs","","",2023/24,75,NA,NA,NA,NA,"","Higher",20230000',
  '"5",93861,"Air pollution","E92000001","England","E07000223","Adur","District","Persons","30+ yrs","","",2020,5.6,NA,NA,NA,NA,"Value missing in source data","Not compared",20200000',
].join('\n');

const COUNCIL_JSON = {
  indicators: [
    {
      slug: 'early-help-families',
      title: 'Families supported by early help',
      domain: 'stressful-circumstances',
      unit: { kind: 'rate', per: 1000, of: 'families with children' },
      polarity: 'no-judgement',
      description: 'Families who had an early help assessment, per 1,000 families.',
      source: { publisher: 'Croydon Council', url: 'https://example.org/early-help' },
    },
    { slug: 'hub-visits', title: 'Family hub visits', domain: 'family-relationships', unit: 'count', polarity: 'high-is-good' },
  ],
  rows: [
    { indicator: 'early-help-families', area_code: 'E92000001', period: '2025/26', value: 30.1, lower_ci: 30, upper_ci: 30.2 },
    { indicator: 'early-help-families', area_code: 'E09000008', area_name: 'Croydon', period: '2025/26', value: 41.2 },
    { indicator: 'early-help-families', area_code: 'E05011462', area_name: 'Addiscombe East', parent_code: 'E09000008', period: '2025/26', value: 55 },
    { indicator: 'hub-visits', area_code: 'E05011462', area_name: 'Addiscombe East', parent_code: 'E09000008', period: 2025, value: '1,234' },
    { indicator: 'children-in-need', area_code: 'E09000008', period: '2025/26', value: 777.7, count: 6500, denominator: 83781, note: 'Provisional' },
  ],
};

// ── Mutations ──

type Grid = string[][];

const csvMutations: ((grid: Grid, random: Random) => void)[] = [
  function deleteColumn(grid, random) {
    const column = int(random, grid[0]?.length ?? 1);
    for (const row of grid) row.splice(column, 1);
  },
  function duplicateColumn(grid, random) {
    const column = int(random, grid[0]?.length ?? 1);
    const at = int(random, (grid[0]?.length ?? 0) + 1);
    for (const row of grid) row.splice(at, 0, row[column] ?? '');
  },
  function hugeNumber(grid, random) {
    const row = grid[1 + int(random, grid.length - 1)];
    if (row) row[int(random, row.length)] = pick(random, HUGE);
  },
  function negativeLimits(grid, random) {
    const row = grid[1 + int(random, grid.length - 1)];
    if (!row) return;
    const header = grid[0]!.map((name) => name.toLowerCase());
    for (const [i, name] of header.entries()) if (/ci|limit|count|denominator/.test(name)) row[i] = String(-1 - int(random, 100));
  },
  function misplacedLimits(grid, random) {
    const row = grid[1 + int(random, grid.length - 1)];
    const header = grid[0]!.map((name) => name.toLowerCase());
    const value = Number(row?.[header.indexOf('value')]);
    const lower = header.findIndex((name) => /^lower/.test(name));
    const upper = header.findIndex((name) => /^upper/.test(name));
    if (!row || !Number.isFinite(value) || lower < 0 || upper < 0) return;
    // Limits of the right sign that miss the value, or come the wrong way round.
    const [a, b] = random() < 0.5 ? [value + 1, value + 2] : [value + 1, Math.max(0, value - 1)];
    row[lower] = String(a);
    row[upper] = String(b);
  },
  function swapCells(grid, random) {
    const row = grid[int(random, grid.length)];
    if (!row || row.length < 2) return;
    const a = int(random, row.length);
    const b = int(random, row.length);
    [row[a], row[b]] = [row[b]!, row[a]!];
  },
  function scriptInText(grid, random) {
    const row = grid[1 + int(random, grid.length - 1)];
    if (row) row[int(random, row.length)] = pick(random, [SCRIPT, `Ward ${SCRIPT}`, '<img src=x onerror=alert(1)>']);
  },
  function duplicateRow(grid, random) {
    const at = 1 + int(random, grid.length - 1);
    grid.splice(at, 0, [...(grid[at] ?? [])]);
  },
  function dropCellsAtEnd(grid, random) {
    const row = grid[1 + int(random, grid.length - 1)];
    if (row) row.length = int(random, row.length);
  },
  function renameColumn(grid, random) {
    const header = grid[0];
    if (!header) return;
    const i = int(random, header.length);
    header[i] = pick(random, [header[i]!.toUpperCase(), ` ${header[i]} `, header[i]!.slice(1), 'Value', 'indicator']);
  },
  function blankLines(grid, random) {
    grid.splice(1 + int(random, grid.length), 0, [''], ['', '']);
  },
];

const textMutations: ((text: string, random: Random) => string)[] = [
  function garbage(text, random) {
    const at = int(random, text.length + 1);
    const bytes = Array.from({ length: 1 + int(random, 8) }, () => pick(random, GARBAGE)).join('');
    return text.slice(0, at) + bytes + text.slice(at);
  },
  function truncate(text, random) {
    return text.slice(0, int(random, text.length + 1));
  },
  function lineEndings(text, random) {
    return text.replace(/\r?\n/g, pick(random, ['\r', '\n', '\r\n']));
  },
  function byteOrderMark(text) {
    return `\uFEFF${text}`;
  },
];

function mutateCsv(text: string, random: Random): string {
  let current = text;
  for (let n = 1 + int(random, 3); n > 0; n--) {
    if (random() < 0.65) {
      const grid = csvParseRows(current.replace(/^\uFEFF/, ''));
      pick(random, csvMutations)(grid, random);
      current = csvFormatRows(grid);
    } else current = pick(random, textMutations)(current, random);
  }
  return current;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A row (or custom indicator) that is still an object; earlier mutations may have put other things in the list. */
const objectIn = (list: unknown, random: Random): Json => {
  const objects = (list as unknown[]).filter(isObject);
  return objects.length ? pick(random, objects) : {};
};
const JSON_VALUES: unknown[] = [
  null,
  {},
  [],
  true,
  1e308,
  -5,
  -0.5,
  101,
  '',
  'NA',
  '*',
  SCRIPT,
  'E05011462',
  'children-in-need',
  '2025/26',
  '2099/00',
  '2923/24',
  1e12,
  12.5,
  '1,234',
  'x'.repeat(300),
  'y'.repeat(5000),
  '\u202E41.2 per 1,000',
  'Ward\u2066 name\u0000',
];

const jsonMutations: ((data: Json, random: Random) => void)[] = [
  function deleteKeyEverywhere(data, random) {
    const rows = (data.rows as unknown[]).filter(isObject);
    const keys = Object.keys(rows[0] ?? {});
    if (!keys.length) return;
    const key = pick(random, keys);
    for (const row of rows) delete row[key];
  },
  function deleteKeyOnce(data, random) {
    const row = objectIn(data.rows, random);
    const keys = Object.keys(row);
    if (keys.length) delete row[pick(random, keys)];
  },
  function oddValue(data, random) {
    const row = objectIn(data.rows, random);
    row[pick(random, [...Object.keys(row), 'lower_ci', 'upper_ci', 'parent_code', 'area_name'])] = pick(random, JSON_VALUES);
  },
  function negativeLimits(data, random) {
    const row = objectIn(data.rows, random);
    row.lower_ci = -1 - int(random, 50);
    row.upper_ci = random() < 0.5 ? -100 : row.value;
  },
  function misplacedLimits(data, random) {
    const row = objectIn(data.rows, random);
    if (typeof row.value !== 'number') return;
    row.lower_ci = row.value + 1;
    row.upper_ci = random() < 0.5 ? row.value + 2 : Math.max(0, row.value - 1);
  },
  function swapValues(data, random) {
    const row = objectIn(data.rows, random);
    const keys = Object.keys(row);
    if (!keys.length) return;
    const a = pick(random, keys);
    const b = pick(random, keys);
    [row[a], row[b]] = [row[b], row[a]];
  },
  function scriptNames(data, random) {
    const row = objectIn(data.rows, random);
    row[pick(random, ['area_name', 'note', 'period', 'indicator'])] = SCRIPT;
    const indicator = objectIn(data.indicators, random);
    indicator[pick(random, ['title', 'description', 'shortTitle'])] = SCRIPT;
  },
  function oddIndicator(data, random) {
    const indicator = objectIn(data.indicators, random);
    indicator[pick(random, ['slug', 'title', 'domain', 'unit', 'polarity', 'source', 'decimals', 'fingertipsId'])] = pick(random, JSON_VALUES);
  },
  function oddRow(data, random) {
    (data.rows as unknown[]).splice(int(random, (data.rows as unknown[]).length), 0, pick(random, JSON_VALUES));
  },
  function duplicateRow(data, random) {
    (data.rows as unknown[]).push({ ...objectIn(data.rows, random), value: pick(random, [1, 2, 55]) });
  },
];

function mutateJson(random: Random): string {
  const data = structuredClone(COUNCIL_JSON) as unknown as Json;
  for (let n = 1 + int(random, 3); n > 0; n--) pick(random, jsonMutations)(data, random);
  const text = JSON.stringify(random() < 0.2 ? data.rows : data);
  return random() < 0.15 ? pick(random, textMutations)(text, random) : text;
}

// ── Checks ──

/** Every piece of text the file holds, as a reader of it would see it: cleaned of hidden characters. */
function textsOf(text: string, kind: 'csv' | 'json'): Set<string> {
  const texts = new Set<string>();
  if (kind === 'csv') {
    for (const row of csvParseRows(text.replace(/^\uFEFF/, ''))) for (const cell of row) texts.add(stripControls(cell));
    return texts;
  }
  const visit = (value: unknown): void => {
    if (typeof value === 'string') texts.add(stripControls(value));
    else if (typeof value === 'number') texts.add(String(value));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  try {
    visit(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    // Not JSON: nothing can come from it.
  }
  return texts;
}

/**
 * A text from the file as shown: either as the file has it (cleaned), or cut short with an ellipsis
 * with the whole kept in the file's full texts.
 */
function fromFile(shown: string, inFile: Set<string>, fullText: Map<string, string>): boolean {
  if (inFile.has(shown)) return true;
  const whole = fullText.get(shown);
  return shown.endsWith('…') && whole !== undefined && inFile.has(whole) && whole.startsWith(shown.slice(0, -1));
}

/** Renders text with Lit, as the elements do, and checks it stays text and hides nothing. */
function staysText(value: string, container: HTMLElement): void {
  expect(HIDDEN.test(value), JSON.stringify(value)).to.equal(false);
  render(html`<p>${value}</p>`, container);
  const paragraph = container.querySelector('p');
  expect(paragraph?.children.length, value).to.equal(0);
  expect(paragraph?.textContent, value).to.equal(value);
}

/** What is wrong with an observation, if anything. Plain checks, as there are thousands of observations to look at. */
function observationFault(observation: Observation, units: Map<string, Unit>, codes: Set<string>): string | undefined {
  const unit = units.get(observation.indicator);
  if (!unit) return 'unknown indicator';
  if (!codes.has(observation.area)) return 'unknown area';
  if (typeof observation.period.label !== 'string') return 'period label is not text';
  if (observation.period.label === '' && observation.missing?.reason !== 'no-snapshot-data') return 'empty period label';
  // The same plausibility check every source's figures go through: nothing impossible, nothing from the future.
  const implausible = implausibility(observation, unit, new Date());
  if (implausible) return `implausible: ${implausible}`;
  const { value, lower, upper, count, denominator } = observation;
  if (value === null) return typeof observation.missing?.message === 'string' ? undefined : 'no value and no reason';
  if (!Number.isFinite(value)) return 'value not finite';
  if (unit.kind === 'percent' && (value < 0 || value > 100)) return 'percentage out of range';
  if (lower !== undefined || upper !== undefined) {
    if (!Number.isFinite(lower) || !Number.isFinite(upper)) return 'one limit missing or not finite';
    if (lower! > value + 0.051 || value > upper! + 0.051) return 'interval does not contain the value';
  }
  if (count !== undefined && !(count >= 0)) return 'negative count';
  if (denominator !== undefined && !(denominator > 0)) return 'denominator not positive';
  return undefined;
}

function checkObservation(observation: Observation, units: Map<string, Unit>, codes: Set<string>): void {
  const fault = observationFault(observation, units, codes);
  if (fault) expect.fail(`${fault}: ${JSON.stringify(observation)}`);
}

interface Case {
  text: string;
  kind: 'csv' | 'json';
  file: string;
}

function checkOutcome({ text, kind, file }: Case, context: ParseContext, container: HTMLElement): 'loaded' | 'format' {
  let parsed: ParsedFile;
  try {
    parsed = kind === 'csv' ? parseCsvText(text, { ...context, file }) : parseJsonData(JSON.parse(text.replace(/^\uFEFF/, '')), { ...context, file });
  } catch (error) {
    const description = `${String(error)} for ${JSON.stringify(text.slice(0, 300))}`;
    if (error instanceof SyntaxError && kind === 'json') return 'format'; // CouncilSource turns this into a format SourceError; checked end to end below
    expect(error, description).to.be.instanceOf(SourceError);
    expect((error as SourceError).kind, description).to.equal('format');
    expect((error as SourceError).message, description).to.match(/has no .* columns?|were not recognised|is empty|is not in the expected form/);
    return 'format';
  }
  const inFile = textsOf(text, kind);
  const units = new Map([...CATALOGUE, ...parsed.indicators].map((d) => [d.slug, d.unit]));
  const codes = new Set([...context.areas, ...parsed.subAreas].map((area) => area.code));
  for (const problem of parsed.problems) {
    const where = JSON.stringify(problem);
    expect(Number.isInteger(problem.line) && problem.line >= 1, where).to.equal(true);
    expect(problem.file, where).to.equal(file);
    // What the file said is quoted as it stands; the tool's own words never show a missing or broken value.
    expect(problem.message.replace(/“[^”]*”/g, '“…”'), where)
      .to.be.a('string')
      .and.not.match(/undefined|NaN|\[object /);
    staysText(describeProblem(problem), container);
  }
  for (const observation of parsed.observations) {
    checkObservation(observation, units, codes);
    for (const words of [observation.period.label, observation.note]) {
      if (words === undefined) continue;
      expect(fromFile(words, inFile, parsed.fullText), words).to.equal(true);
      staysText(words, container);
    }
  }
  for (const area of parsed.subAreas) {
    expect(area.kind).to.equal('sub-area');
    expect(area.name === area.code || fromFile(area.name, inFile, parsed.fullText), area.name).to.equal(true);
    staysText(area.name, container);
  }
  for (const definition of parsed.indicators) {
    expect(fromFile(definition.title, inFile, parsed.fullText), definition.title).to.equal(true);
    for (const words of [
      definition.title,
      definition.shortTitle,
      definition.definition,
      definition.question,
      ...definition.sources.flatMap((s) => [s.publisher, s.dataset, s.licence]),
    ]) {
      expect(words.length, words.slice(0, 50)).to.be.at.most(2000);
      staysText(words, container);
    }
    for (const source of definition.sources) expect(source.url === '' || /^(https?:\/\/|\/)/.test(source.url), source.url).to.equal(true);
  }
  return 'loaded';
}

describe('council files: fuzzing', function () {
  this.timeout(60_000);
  let context: ParseContext;
  const container = document.createElement('div');

  before(async () => {
    const snapshot = new SnapshotSource();
    context = { file: 'fuzz', url: '/data/fuzz', indicators: CATALOGUE, areas: await snapshot.areas() };
  });

  it('starts from files that load without problems', () => {
    for (const [text, kind] of [
      [COUNCIL_CSV, 'csv'],
      [JSON.stringify(COUNCIL_JSON), 'json'],
    ] as const) {
      const parsed = kind === 'csv' ? parseCsvText(text, context) : parseJsonData(JSON.parse(text), context);
      expect(parsed.problems.map(describeProblem)).to.deep.equal([]);
      expect(parsed.observations.length).to.be.greaterThan(4);
    }
    const fingertips = parseCsvText(FINGERTIPS_CSV, context);
    expect(fingertips.observations).to.have.length(3);
  });

  it('never throws anything but a format error, and keeps every problem on a line and every text as text', () => {
    const random = mulberry32(20260501);
    const tally = { loaded: 0, format: 0 };
    for (let i = 0; i < 300; i++) tally[checkOutcome({ text: mutateCsv(COUNCIL_CSV, random), kind: 'csv', file: 'our-figures.csv' }, context, container)]++;
    for (let i = 0; i < 100; i++) tally[checkOutcome({ text: mutateCsv(FINGERTIPS_CSV, random), kind: 'csv', file: 'fingertips.csv' }, context, container)]++;
    for (let i = 0; i < 250; i++) tally[checkOutcome({ text: mutateJson(random), kind: 'json', file: 'ours.json' }, context, container)]++;
    // Most mutated files still load in part; some lose a required column.
    console.log(JSON.stringify(tally));
    expect(tally.loaded).to.be.greaterThan(400);
    expect(tally.format).to.be.greaterThan(10);
  });

  it('survives the same mutations end to end, through CouncilSource: the file’s figures say so, England’s published ones stay', async () => {
    const random = mulberry32(7);
    const snapshot = new SnapshotSource();
    const snapshotInfo = await snapshot.info();
    const tally = { used: 0, fellBack: 0 };
    for (let i = 0; i < 60; i++) {
      clearCouncilFileCache();
      const kind = i % 2 === 0 ? 'csv' : 'json';
      const text = kind === 'csv' ? mutateCsv(COUNCIL_CSV, random) : mutateJson(random);
      const file = `fuzz-${i}.${kind}`;
      const fetch = (async () => new Response(text)) as typeof globalThis.fetch;
      const source = new CouncilSource({ url: `/data/${file}`, base: snapshot, fetch });
      const areas = await source.areas();
      const indicators = await source.indicators();
      const observations = await source.observations({ indicators: indicators.map((d) => d.slug) });
      const info = await source.info();
      const failure = await source.failure();
      const published = new Map((await snapshot.observations({ indicators: CATALOGUE.map((d) => d.slug) })).map((o) => [`${o.indicator} ${o.area}`, o]));
      if (failure) {
        tally.fellBack++;
        // A file that cannot be used never blanks the page, and its figures are never labelled as the council's.
        expect(failure.kind, text).to.equal('format');
        expect(info.name).to.equal(snapshotInfo.name);
        expect(info.notice).to.contain(file);
        expect(observations.every((o) => o.provenance?.kind !== 'council')).to.equal(true);
      } else tally.used++;
      const units = new Map(indicators.map((d) => [d.slug, d.unit]));
      const codes = new Set(areas.map((area) => area.code));
      for (const observation of observations) {
        checkObservation(observation, units, codes);
        const theirs = published.get(`${observation.indicator} ${observation.area}`);
        if (observation.provenance?.kind === 'council') {
          expect(observation.provenance.via).to.equal(file);
          // England's and a region's published figure of the same period is never replaced by a file.
          if (theirs && /^E(92|12)/.test(observation.area)) expect(theirs.period.label === observation.period.label && theirs.value !== null).to.equal(false);
        } else if (theirs) expect(observation).to.deep.equal(theirs);
      }
      for (const warning of info.warnings ?? []) {
        expect(warning).to.match(new RegExp(`^fuzz-${i}\\.${kind}(, (line|row|custom indicator) [1-9]\\d*)?: `));
        staysText(warning, container);
      }
      if (info.notice) staysText(info.notice, container);
    }
    console.log(JSON.stringify(tally));
    expect(tally.used).to.be.greaterThan(20);
    expect(tally.fellBack).to.be.greaterThan(0);
  });
});
