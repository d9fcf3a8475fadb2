import { describeUnit } from '../../format/unit.js';
import { periodSortKeyFromLabel } from '../../format/period.js';
import { OGL } from '../../../indicators/sources.js';
import {
  DOMAINS,
  ENGLAND,
  POLARITIES,
  type Area,
  type DomainId,
  type IndicatorDefinition,
  type Observation,
  type Period,
  type Polarity,
  type SourceReference,
  type Unit,
} from '../../model.js';
import { reorganisationOf } from '../../reorganisations.js';
import { closestMatch } from '../../views/closest.js';
import { SourceError } from '../errors.js';
import { describeValue, readCsv, readNumberCell, readTextCell, type NumberCell } from './csv.js';
import {
  cellOf,
  FINGERTIPS_SEXES,
  recogniseLayout,
  significanceFromWords,
  type Field,
  type Layout,
  type ReadLayout,
  type Table,
  type TableRow,
} from './formats.js';

/** A council's own indicator is read the way its stated polarity says; with none, no direction is assumed. */
function readingOf(polarity: Polarity): Pick<IndicatorDefinition, 'reading'> {
  if (polarity === 'no-judgement') return {};
  const worseWhen = polarity === 'high-is-bad' ? 'higher' : 'lower';
  return { reading: { worseWhen, reason: `The council’s file says a ${worseWhen} value is worse.` } };
}

/** How a problem's place in the file is named: a CSV line, a JSON row, a JSON custom indicator, or the file as a whole. */
export type ProblemPlace = 'line' | 'row' | 'indicator' | 'file';

/** Something wrong with part of a council's file. The rest of the file still loads. */
export interface Problem {
  /** The file's name as readers know it, e.g. "our-figures.csv". */
  file: string;
  /** 1-based: the line of a CSV file, or the position of a row or custom indicator in a JSON list. */
  line: number;
  /** What is wrong and what was done about it, in plain English. */
  message: string;
  where: ProblemPlace;
}

/** A problem as one sentence naming the file and the place: "our-figures.csv, line 4: …". */
export function describeProblem(problem: Problem): string {
  const place = problem.where === 'file' ? '' : `, ${problem.where === 'indicator' ? 'custom indicator' : problem.where} ${problem.line}`;
  return `${problem.file}${place}: ${problem.message}`;
}

/** What the parser needs to know besides the file. */
export interface ParseContext {
  /** The file's name as readers know it. */
  file: string;
  /** The file's address, for errors and as the link of a custom indicator's source. */
  url?: string;
  /** The indicators already known (the catalogue): their slugs and Fingertips ids, their units for range checks. */
  indicators: readonly IndicatorDefinition[];
  /** The areas already known: England, the regions and the upper-tier authorities (and any sub-areas). */
  areas: readonly Area[];
}

/** Everything read from a council's file. */
export interface ParsedFile {
  /** The layout of the rows, or undefined when there were none. */
  layout: Layout | undefined;
  /** Custom indicators the file declares (JSON only). */
  indicators: IndicatorDefinition[];
  /** Parts of authorities (wards, say) the file has figures for, in the order first met. */
  subAreas: Area[];
  /** The latest figure of each indicator for each area. */
  observations: Observation[];
  /** Every row, indicator or column that could not be used, in the order of the file. */
  problems: Problem[];
}

// ── Custom indicators ────────────────────────────────────────────────────────────────────

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCAL_MEASURE = 'Not part of the original tool: a local indicator';
const UNIT_FORMS = '"percent", "score", "count" or {"kind": "rate", "per": 1000, "of": "households"}';
const DEFAULT_DECIMALS: Record<Unit['kind'], number> = { percent: 1, rate: 1, score: 1, count: 0 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A link that is safe to put in an `href`: an http or https address, or a relative one. Anything else gives ''. */
export function safeLink(address: string | undefined): string {
  if (!address) return '';
  try {
    const url = new URL(address, 'https://relative.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? address : '';
  } catch {
    return '';
  }
}

function readUnit(raw: unknown): Unit | string {
  const kind = typeof raw === 'string' ? raw.trim().toLowerCase() : isRecord(raw) && typeof raw.kind === 'string' ? raw.kind.trim().toLowerCase() : undefined;
  const spec = isRecord(raw) ? raw : {};
  switch (kind) {
    case 'percent':
    case 'percentage':
      return { kind: 'percent' };
    case 'count':
      return { kind: 'count' };
    case 'score': {
      const label = typeof spec.label === 'string' ? spec.label.trim() : '';
      const unit: Unit = { kind: 'score', label };
      if (spec.min !== undefined && !finite(spec.min)) return 'its score’s "min" is not a number';
      if (spec.max !== undefined && !finite(spec.max)) return 'its score’s "max" is not a number';
      if (finite(spec.min)) unit.min = spec.min;
      if (finite(spec.max)) unit.max = spec.max;
      if (finite(spec.min) && finite(spec.max) && spec.min >= spec.max) return 'its score’s "min" is not below its "max"';
      return unit;
    }
    case 'rate': {
      if (!finite(spec.per) || spec.per <= 0) return `a rate needs "per", the number of people it is counted per, as in ${UNIT_FORMS}`;
      return { kind: 'rate', per: spec.per, of: typeof spec.of === 'string' ? spec.of.trim() : '' };
    }
    default:
      return raw === undefined ? `it has no "unit": use ${UNIT_FORMS}` : `its unit is not one the tool knows: use ${UNIT_FORMS}`;
  }
}

/** "Families using early help" → "families using early help", but "EHC plans" stays as written. */
function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

function sourceOf(raw: unknown, context: ParseContext, problem: (message: string) => void): SourceReference {
  const spec = isRecord(raw) ? raw : {};
  if (raw !== undefined && !isRecord(raw)) problem('its "source" should be an object with a "publisher"; the council is credited instead.');
  const publisher = text(spec.publisher) ?? 'The council';
  const dataset = text(spec.dataset) ?? `local figures (${context.file})`;
  const given = text(spec.url);
  const url = safeLink(given);
  if (given && !url) problem(`its source "url" is not a web address (it must start with https:// or http://), so the file itself is linked instead.`);
  const licence = text(spec.licence) ?? '';
  const ogl = /\bogl\b|open government licen[cs]e/i.test(licence);
  const licenceLine = ogl ? ` ${OGL}` : licence ? ` Licence: ${licence}.` : '';
  return {
    publisher,
    dataset,
    url: url || safeLink(context.url),
    licence: ogl ? 'OGL-3.0' : licence,
    attribution: `Source: ${publisher}, ${dataset}.${licenceLine}`,
  };
}

/** Custom indicators read from a JSON file's `indicators` list, the problems with them, and the slugs of those rejected. */
export interface CustomIndicators {
  indicators: IndicatorDefinition[];
  problems: Problem[];
  rejected: Set<string>;
}

/**
 * Reads a JSON file's custom indicators into full definitions. An indicator whose slug clashes with
 * the catalogue or an earlier one, or whose title, domain, unit or polarity is missing or unknown,
 * is rejected with a problem; smaller faults (a bad source link, decimals or Fingertips id) are
 * reported and the indicator kept without them.
 */
export function readCustomIndicators(entries: readonly unknown[], context: ParseContext): CustomIndicators {
  const result: CustomIndicators = { indicators: [], problems: [], rejected: new Set() };
  const known = new Set(context.indicators.map((definition) => definition.slug));
  const knownIds = new Map(context.indicators.flatMap((definition) => (definition.fingertips ? [[definition.fingertips.indicatorId, definition.slug] as const] : [])));
  entries.forEach((entry, index) => {
    const line = index + 1;
    const problem = (message: string) => result.problems.push({ file: context.file, line, message, where: 'indicator' });
    if (!isRecord(entry)) {
      problem(`This is ${describeValue(entry)}, not an object describing an indicator, so it was left out.`);
      return;
    }
    const rawSlug = typeof entry.slug === 'string' ? entry.slug.trim().toLowerCase() : '';
    const named = rawSlug ? `“${rawSlug}”` : 'This indicator';
    const reject = (reason: string) => {
      if (rawSlug) result.rejected.add(rawSlug);
      problem(`${named} was not loaded: ${reason}.`);
    };
    if (!rawSlug) return reject('it has no "slug" (a short name such as "early-help-families")');
    if (!SLUG.test(rawSlug)) return reject('a slug may hold only lower-case letters, digits and single hyphens between them');
    if (known.has(rawSlug)) return reject('the tool already has an indicator with this slug; choose another name for a local indicator');
    const title = text(entry.title);
    if (!title) return reject('it has no "title"');
    const domain = typeof entry.domain === 'string' ? entry.domain.trim() : '';
    if (!(DOMAINS as readonly string[]).includes(domain)) {
      const suggestion = domain ? closestMatch(domain, DOMAINS) : undefined;
      return reject(
        `its "domain" ${domain ? `“${domain}” ` : ''}is not one of ${DOMAINS.join(', ')}${suggestion ? ` (did you mean “${suggestion}”?)` : ''}`,
      );
    }
    const unit = readUnit(entry.unit);
    if (typeof unit === 'string') return reject(unit);
    const polarity = typeof entry.polarity === 'string' ? entry.polarity.trim() : '';
    if (!(POLARITIES as readonly string[]).includes(polarity)) {
      return reject(`its "polarity" ${polarity ? `“${polarity}” ` : ''}is not one of ${POLARITIES.join(', ')}`);
    }

    let decimals = DEFAULT_DECIMALS[unit.kind];
    if (entry.decimals !== undefined) {
      if (Number.isInteger(entry.decimals) && (entry.decimals as number) >= 0 && (entry.decimals as number) <= 6) decimals = entry.decimals as number;
      else problem(`${named}: "decimals" should be a whole number from 0 to 6, so ${decimals} is used.`);
    }
    const definition: IndicatorDefinition = {
      slug: rawSlug,
      domain: domain as DomainId,
      title,
      shortTitle: text(entry.shortTitle) ?? title,
      question: text(entry.question) ?? `How does the area compare on ${inSentence(title)}?`,
      definition: text(entry.description) ?? 'The council has not described this indicator.',
      unit,
      publishedPolarity: polarity as Polarity,
      ...readingOf(polarity as Polarity),
      measure: `${title} (${describeUnit(unit)})`,
      oatMeasure: LOCAL_MEASURE,
      decimals,
      sources: [sourceOf(entry.source, context, (message) => problem(`${named}: ${message}`))],
    };
    if (entry.fingertipsId !== undefined) {
      const id = entry.fingertipsId;
      const clash = Number.isInteger(id) ? knownIds.get(id as number) : undefined;
      if (!Number.isInteger(id) || (id as number) <= 0) problem(`${named}: "fingertipsId" should be a Fingertips indicator ID (a whole number), so it was ignored.`);
      else if (clash) problem(`${named}: Fingertips indicator ${id} is already the tool’s “${clash}”, so the ID was ignored.`);
      else {
        definition.fingertips = { indicatorId: id as number, areaTypeId: 502, confidence: 'medium' };
        knownIds.set(id as number, rawSlug);
      }
    }
    known.add(rawSlug);
    result.indicators.push(definition);
  });
  return result;
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────

/** ONS codes: a capital letter and eight digits. */
const ONS_CODE = /^[A-Z]\d{8}$/;
/** Codes of England (E92), regions (E12) and upper-tier authorities (E06, E08, E09, E10): the base source must know them. */
const BASE_KIND_CODE = /^E(06|08|09|10|12|92)\d{6}$/;
/** Beyond this a figure cannot be a real one, and formatting it would be meaningless. */
const LARGEST = 1e12;
/** Room for rounding when checking that an interval contains its value. */
const SLACK = 1e-9;

/** The names of the columns of each layout, for messages. */
const COLUMN_NAMES: Record<Layout, Partial<Record<Field, string>>> = {
  council: {
    indicator: 'indicator',
    areaCode: 'area_code',
    areaName: 'area_name',
    parentCode: 'parent_code',
    period: 'period',
    value: 'value',
    lower: 'lower_ci',
    upper: 'upper_ci',
    count: 'count',
    denominator: 'denominator',
    note: 'note',
  },
  fingertips: {
    indicator: 'Indicator ID',
    areaCode: 'Area Code',
    areaName: 'Area Name',
    parentCode: 'Parent Code',
    period: 'Time period',
    value: 'Value',
    lower: 'Lower CI 95.0 limit',
    upper: 'Upper CI 95.0 limit',
    count: 'Count',
    denominator: 'Denominator',
    note: 'Value note',
    sex: 'Sex',
  },
};

/** Quotes what someone wrote, shortened if it is long, for a message. */
function quote(written: string): string {
  const short = written.length > 40 ? `${written.slice(0, 37)}…` : written;
  return `“${short}”`;
}

/** A row's figures once read. */
interface Figures {
  value: number | null;
  marker?: { reason: 'suppressed' | 'not-available'; text: string };
  lower?: number;
  upper?: number;
  count?: number;
  denominator?: number;
}

/** A row that passed every check, waiting for duplicates and later periods to be sorted out. */
interface Accepted {
  line: number;
  observation: Observation;
  /** Fingertips' sortable period, which orders periods better than the label. */
  sortable?: number;
  areaName: string;
}

/** Thrown inside the row reader to reject one row; caught at once and turned into a problem. */
class RowRejected {
  constructor(readonly message: string) {}
}
function rejectRow(message: string): never {
  throw new RowRejected(message);
}

/**
 * Thrown to leave out a row of a Fingertips download that is there because of how Fingertips
 * exports, not because of a mistake: an indicator the tool does not have, or an area type it does
 * not show. Such rows are reported once per kind, not once per row.
 */
class RowSkipped {
  /** @param describe - the message, given "the 12 rows on lines 4 to 15 were" or "the row on line 4 was" */
  constructor(
    readonly group: string,
    readonly describe: (rows: string) => string,
  ) {}
}

const count = (n: number) => n.toLocaleString('en-GB');

class RowReader {
  readonly problems: Problem[] = [];
  private readonly known: Map<string, Area>;
  private readonly subAreas = new Map<string, { area: Area; line: number }>();
  private readonly bySlug = new Map<string, IndicatorDefinition>();
  private readonly byFingertipsId = new Map<number, IndicatorDefinition>();
  private readonly indicatorCache = new Map<string, IndicatorDefinition | RowRejected | RowSkipped>();
  private readonly skipped = new Map<string, { skip: RowSkipped; lines: number[] }>();
  private readonly firstFigure = new Map<string, Accepted>();
  private readonly latest = new Map<string, Accepted>();
  /** Fingertips rows left out because they are for another sex than the one the tool shows, by indicator. */
  private readonly otherSexes = new Map<string, { line: number; sexes: Set<string>; kept: boolean }>();

  constructor(
    private readonly table: Table,
    private readonly layout: ReadLayout,
    private readonly context: ParseContext,
    private readonly custom: readonly IndicatorDefinition[],
    private readonly rejected: ReadonlySet<string>,
  ) {
    this.known = new Map(context.areas.map((area) => [area.code, area]));
    for (const definition of [...context.indicators, ...custom]) {
      this.bySlug.set(definition.slug, definition);
      if (definition.fingertips) this.byFingertipsId.set(definition.fingertips.indicatorId, definition);
    }
    for (const repeated of layout.repeated) {
      this.problems.push({
        file: context.file,
        line: table.headerLine,
        message: `The column “${repeated}” appears more than once; only the first is read.`,
        // In JSON a repeat is two spellings of one field in the rows ("area_code" and "Area Code"), not a place in the file.
        where: table.where === 'line' ? 'line' : 'file',
      });
    }
  }

  private problem(line: number, message: string): void {
    this.problems.push({ file: this.context.file, line, message, where: this.table.where });
  }

  private column(field: Field): string {
    return COLUMN_NAMES[this.layout.layout][field] ?? field;
  }

  private text(row: TableRow, field: Field): string {
    const raw = cellOf(row, this.layout, field);
    const value = readTextCell(raw);
    if (value === undefined) rejectRow(`The ${this.column(field)} should be text, not ${describeValue(raw)}.`);
    return value ?? '';
  }

  read(): void {
    const width = this.table.columns.length;
    for (const row of this.table.rows) {
      if (this.table.fixedWidth && row.cells.length !== width) {
        const extra = row.cells.slice(width);
        if (row.cells.length < width || extra.some((cell) => String(cell).trim() !== '')) {
          this.problem(
            row.line,
            `This line has ${row.cells.length} cells but the header has ${width}, so it was left out. A name or number holding a comma must be in double quotes.`,
          );
          continue;
        }
      }
      try {
        this.readRow(row);
      } catch (error) {
        if (error instanceof RowSkipped) {
          const entry = this.skipped.get(error.group) ?? { skip: error, lines: [] };
          entry.lines.push(row.line);
          this.skipped.set(error.group, entry);
        } else if (error instanceof RowRejected) this.problem(row.line, error.message);
        else throw error;
      }
    }
    for (const { skip, lines } of this.skipped.values()) {
      const first = lines[0]!;
      const last = lines[lines.length - 1]!;
      const where = this.table.where;
      const rows =
        lines.length === 1
          ? `the row on ${where} ${count(first)} was`
          : `the ${count(lines.length)} rows ${where === 'line' ? `on lines ${count(first)}` : `from row ${count(first)}`} to ${count(last)} were`;
      this.problem(first, skip.describe(rows));
    }
    this.problems.sort((a, b) => a.line - b.line);
    for (const [slug, skipped] of this.otherSexes) {
      if (skipped.kept) continue;
      const wanted = this.expectedSex(this.bySlug.get(slug));
      this.problem(
        skipped.line,
        `The figures for “${slug}” are only for ${[...skipped.sexes].join(' and ')}; the tool shows the figure for ${wanted}, so they were left out.`,
      );
    }
  }

  /** The figures kept: the latest of each indicator for each area. */
  observations(): Observation[] {
    return [...this.latest.values()].map((accepted) => accepted.observation);
  }

  areas(): Area[] {
    return [...this.subAreas.values()].map((entry) => entry.area);
  }

  private readRow(row: TableRow): void {
    const fingertips = this.layout.layout === 'fingertips';
    // Fingertips breaks some indicators down by deprivation decile and the like: only the whole-area figure is shown.
    if (fingertips && this.text(row, 'categoryType') !== '') return;
    const definition = this.indicator(row);
    if (fingertips && !this.rightSex(row, definition)) return;
    const area = this.area(row);
    const periodLabel = this.text(row, 'period');
    if (!periodLabel) rejectRow(`There is no ${this.column('period')}: say which period the figure is for, such as “2025/26” or “March 2026”.`);
    const period: Period = { label: periodLabel, sortKey: periodSortKeyFromLabel(periodLabel) };
    const figures = this.figures(row, definition);
    const note = this.text(row, 'note');

    const observation: Observation = { indicator: definition.slug, area: area.code, period, value: figures.value };
    if (figures.lower !== undefined && figures.upper !== undefined) Object.assign(observation, { lower: figures.lower, upper: figures.upper });
    if (figures.count !== undefined) observation.count = figures.count;
    if (figures.denominator !== undefined) observation.denominator = figures.denominator;
    if (note) observation.note = note;
    if (figures.marker) observation.missing = this.missing(figures.marker, period);
    if (fingertips && figures.value !== null) {
      const significance = significanceFromWords(this.text(row, 'comparedToEngland'), definition.publishedPolarity);
      if (significance) observation.publishedSignificance = significance;
    }
    const sortableText = fingertips ? this.text(row, 'periodSortable') : '';
    const accepted: Accepted = { line: row.line, observation, areaName: area.name };
    if (/^\d+$/.test(sortableText)) accepted.sortable = Number(sortableText);
    this.keep(accepted, area.pending);
  }

  private missing(marker: NonNullable<Figures['marker']>, period: Period): NonNullable<Observation['missing']> {
    const file = this.context.file;
    if (marker.reason === 'suppressed') {
      return { reason: 'suppressed', message: `${file} withholds this figure (marked ${quote(marker.text)}), usually because the numbers are small.` };
    }
    return {
      reason: 'not-available',
      message: `${file} has no figure for this area for ${period.label}${marker.text ? ` (marked ${quote(marker.text)})` : ''}.`,
    };
  }

  // ── Indicator ──

  private indicator(row: TableRow): IndicatorDefinition {
    const written = this.text(row, 'indicator');
    let found = this.indicatorCache.get(written);
    if (!found) {
      try {
        found = this.findIndicator(written, row);
      } catch (error) {
        if (!(error instanceof RowRejected || error instanceof RowSkipped)) throw error;
        found = error;
      }
      this.indicatorCache.set(written, found);
    }
    if (found instanceof RowRejected || found instanceof RowSkipped) throw found;
    return found;
  }

  private findIndicator(written: string, row: TableRow): IndicatorDefinition {
    const column = this.column('indicator');
    if (!written) return rejectRow(`There is no ${column}: give the indicator’s name, such as “children-in-need”.`);
    if (/^\d+$/.test(written)) {
      const byId = this.byFingertipsId.get(Number(written));
      if (byId) return byId;
      const advice = `A JSON file can declare it as a custom indicator with "fingertipsId": ${written}.`;
      if (this.layout.layout === 'fingertips') {
        const name = this.text(row, 'indicatorName');
        throw new RowSkipped(
          `indicator ${written}`,
          (rows) => `Fingertips indicator ${written}${name ? ` (${name})` : ''} is not one of the tool’s indicators, so ${rows} left out. ${advice}`,
        );
      }
      return rejectRow(`Fingertips indicator ${written} is not one of the tool’s indicators, so its figures were left out. ${advice}`);
    }
    if (this.layout.layout === 'fingertips') return rejectRow(`The ${column} ${quote(written)} is not a Fingertips indicator ID (a whole number).`);
    const slug = written.toLowerCase();
    const found = this.bySlug.get(slug);
    if (found) return found;
    if (this.rejected.has(slug)) {
      return rejectRow(`The custom indicator “${slug}” was not loaded (its problem is listed with the custom indicators), so its figures were left out.`);
    }
    const suggestion = closestMatch(slug, [...this.bySlug.keys()]);
    return rejectRow(
      `There is no indicator called ${quote(written)}.${
        suggestion ? ` Did you mean “${suggestion}”?` : ' Use the name of one of the tool’s indicators, such as “children-in-need”, or declare a custom indicator in a JSON file.'
      }`,
    );
  }

  private expectedSex(definition: IndicatorDefinition | undefined): string {
    return FINGERTIPS_SEXES[definition?.fingertips?.sexId ?? 4] ?? 'Persons';
  }

  /** Fingertips files may hold figures for males, females and persons: only the sex the catalogue names (persons by default) is shown. */
  private rightSex(row: TableRow, definition: IndicatorDefinition): boolean {
    const sex = this.text(row, 'sex');
    const wanted = this.expectedSex(definition);
    const entry = this.otherSexes.get(definition.slug) ?? { line: row.line, sexes: new Set<string>(), kept: false };
    this.otherSexes.set(definition.slug, entry);
    if (sex === '' || sex.toLowerCase() === wanted.toLowerCase()) {
      entry.kept = true;
      return true;
    }
    entry.sexes.add(sex);
    return false;
  }

  // ── Area ──

  private area(row: TableRow): { code: string; name: string; pending?: Area } {
    const written = this.text(row, 'areaCode');
    const code = written.toUpperCase();
    const name = this.text(row, 'areaName');
    const parentCode = this.text(row, 'parentCode').toUpperCase();
    const codeColumn = this.column('areaCode');
    const parentColumn = this.column('parentCode');
    if (!code) rejectRow(`There is no ${codeColumn}: give the area’s ONS code, such as E09000008 for Croydon.`);

    const known = this.known.get(code);
    if (known) return { code, name: known.name };
    const existing = this.subAreas.get(code);
    if (existing) {
      if (parentCode && parentCode !== existing.area.parentCode) {
        rejectRow(
          `${code} is given the parent ${parentCode} here but ${existing.area.parentCode} on ${this.table.where} ${existing.line}; an area can belong to only one authority, so this row was left out.`,
        );
      }
      if (existing.area.name === code && name) existing.area.name = name;
      return { code, name: existing.area.name };
    }

    if (!ONS_CODE.test(code)) {
      rejectRow(`${quote(written)} is not an ONS area code: a code is a capital letter and eight digits, such as E09000008 for Croydon or E05011462 for one of its wards.`);
    }
    if (!code.startsWith('E')) rejectRow(`${code} is not an area in England; the tool compares English areas with England.`);
    const change = reorganisationOf(code);
    if (change) {
      const successors = change.successorCodes.map((successor) => `${this.known.get(successor)?.name ?? successor} (${successor})`).join(' or ');
      rejectRow(`${code} is a former council’s code. ${change.description} Use ${successors}.`);
    }
    if (BASE_KIND_CODE.test(code)) {
      const candidates = [...this.known.values()].filter((area) => area.kind !== 'sub-area').map((area) => area.code);
      const suggestion = closestMatch(code, candidates);
      rejectRow(
        `${code} looks like the code of England, a region or an upper-tier council, but not one the tool knows.${
          suggestion ? ` Did you mean ${this.known.get(suggestion)?.name ?? suggestion} (${suggestion})?` : ''
        }`,
      );
    }
    const called = name ? `${code} (${name})` : code;
    if (!parentCode) {
      rejectRow(
        `${called} is not England, a region or an upper-tier council, so the tool shows it as part of a council (a ward, say) and needs its ${parentColumn}: the code of the council it belongs to, such as E09000008.`,
      );
    }
    const parent = this.known.get(parentCode);
    if (this.layout.layout === 'fingertips' && parent?.kind !== 'utla') {
      // A Fingertips download may hold districts, combined authorities and other area types the tool does not show.
      const type = this.text(row, 'areaType') || `${code.slice(0, 3)}`;
      throw new RowSkipped(
        `area type ${type}`,
        (rows) =>
          `Areas of type ${quote(type)} are not shown, so ${rows} left out: the tool shows England, regions, upper-tier councils and parts of those councils, and the file does not give an upper-tier council as these areas’ ${parentColumn}.`,
      );
    }
    if (!parent || parent.kind !== 'utla') {
      const what = !parent
        ? ONS_CODE.test(parentCode)
          ? `${parentCode} is not an upper-tier council the tool knows`
          : `${quote(parentCode)} is not an ONS area code`
        : `${parent.name} (${parentCode}) is ${parent.code === ENGLAND ? 'England' : 'a region'}, not an upper-tier council`;
      rejectRow(`${called} cannot be shown: its ${parentColumn} must be the upper-tier council it is part of, but ${what}.`);
    }
    return { code, name: name || code, pending: { code, name: name || code, kind: 'sub-area', parentCode } };
  }

  // ── Figures ──

  private number(row: TableRow, field: Field): NumberCell {
    const raw = cellOf(row, this.layout, field);
    const cell = readNumberCell(raw);
    if (cell.kind === 'invalid') {
      rejectRow(typeof raw === 'string' ? `The ${this.column(field)} ${quote(cell.text)} is not a number.` : `The ${this.column(field)} is ${cell.text}, not a number.`);
    }
    if (cell.kind === 'number' && (!Number.isFinite(cell.value) || Math.abs(cell.value) > LARGEST)) {
      rejectRow(`The ${this.column(field)} ${quote(cell.text)} is too large to be a real figure.`);
    }
    return cell;
  }

  private optional(row: TableRow, field: Field): number | undefined {
    const cell = this.number(row, field);
    return cell.kind === 'number' ? cell.value : undefined;
  }

  private figures(row: TableRow, definition: IndicatorDefinition): Figures {
    const cell = this.number(row, 'value');
    const figures: Figures =
      cell.kind === 'number' ? { value: cell.value } : cell.kind === 'missing' ? { value: null, marker: { reason: cell.reason, text: cell.text } } : { value: null };
    const lower = this.optional(row, 'lower');
    const upper = this.optional(row, 'upper');
    const count = this.optional(row, 'count');
    const denominator = this.optional(row, 'denominator');
    const { value } = figures;
    const unit = definition.unit;

    const inRange = (x: number, what: string) => {
      if (unit.kind === 'percent' && (x < 0 || x > 100)) rejectRow(`${what} is ${x}, but a percentage must be between 0 and 100.`);
      if ((unit.kind === 'rate' || unit.kind === 'count') && x < 0) rejectRow(`${what} is ${x}, but a ${unit.kind} cannot be negative.`);
      if (unit.kind === 'score' && unit.min !== undefined && x < unit.min) rejectRow(`${what} is ${x}, below the lowest possible score (${unit.min}).`);
      if (unit.kind === 'score' && unit.max !== undefined && x > unit.max) rejectRow(`${what} is ${x}, above the highest possible score (${unit.max}).`);
    };
    const valueColumn = `The ${this.column('value')}`;
    if (value !== null) inRange(value, valueColumn);
    if (count !== undefined && count < 0) rejectRow(`The ${this.column('count')} is ${count}, but a count cannot be negative.`);
    if (denominator !== undefined && denominator <= 0) rejectRow(`The ${this.column('denominator')} is ${denominator}, but it must be more than 0.`);
    if (unit.kind === 'percent' && count !== undefined && denominator !== undefined && count > denominator) {
      rejectRow(`The ${this.column('count')} (${count}) is more than the ${this.column('denominator')} (${denominator}), which a percentage cannot be.`);
    }
    if (value === null) {
      // Limits without a figure mean nothing; they are not kept.
      return { ...figures, ...(count !== undefined ? { count } : {}), ...(denominator !== undefined ? { denominator } : {}) };
    }
    if ((lower === undefined) !== (upper === undefined)) {
      rejectRow(
        `Only one confidence limit is given (${this.column(lower === undefined ? 'upper' : 'lower')}); give both ${this.column('lower')} and ${this.column('upper')}, or neither.`,
      );
    }
    if (lower !== undefined && upper !== undefined) {
      inRange(lower, `The ${this.column('lower')}`);
      inRange(upper, `The ${this.column('upper')}`);
      if (lower > upper) rejectRow(`The ${this.column('lower')} (${lower}) is above the ${this.column('upper')} (${upper}).`);
      const slack = SLACK * Math.max(1, Math.abs(value));
      if (value < lower - slack || value > upper + slack) {
        rejectRow(`The confidence interval ${lower} to ${upper} does not contain the ${this.column('value')} ${value}.`);
      }
      Object.assign(figures, { lower, upper });
    }
    if (count !== undefined) figures.count = count;
    if (denominator !== undefined) figures.denominator = denominator;
    return figures;
  }

  // ── Duplicates and periods ──

  private keep(accepted: Accepted, pending: Area | undefined): void {
    const { observation } = accepted;
    const figureKey = `${observation.indicator}\u0000${observation.area}\u0000${observation.period.label}`;
    const first = this.firstFigure.get(figureKey);
    if (first) {
      if (sameFigures(first.observation, observation)) return;
      rejectRow(
        `This gives a different figure for “${observation.indicator}” in ${accepted.areaName} for ${observation.period.label} from ${this.table.where} ${first.line} (${shown(
          observation,
        )} here, ${shown(first.observation)} there), so it was left out.`,
      );
    }
    this.firstFigure.set(figureKey, accepted);
    if (pending) this.subAreas.set(pending.code, { area: pending, line: accepted.line });
    const latestKey = `${observation.indicator}\u0000${observation.area}`;
    const current = this.latest.get(latestKey);
    if (!current || later(accepted, current)) this.latest.set(latestKey, accepted);
  }
}

function shown(observation: Observation): string {
  return observation.value === null ? 'no value' : String(observation.value);
}

function sameFigures(a: Observation, b: Observation): boolean {
  return (
    a.value === b.value &&
    a.lower === b.lower &&
    a.upper === b.upper &&
    a.count === b.count &&
    a.denominator === b.denominator &&
    a.missing?.reason === b.missing?.reason
  );
}

/** Whether a row is for a later period than another: Fingertips' sortable period first, then the sort key; a tie goes to the row further down. */
function later(a: Accepted, b: Accepted): boolean {
  if (a.sortable !== undefined && b.sortable !== undefined && a.sortable !== b.sortable) return a.sortable > b.sortable;
  const byKey = a.observation.period.sortKey.localeCompare(b.observation.period.sortKey);
  if (byKey !== 0) return byKey > 0;
  return a.line > b.line;
}

// ── Files ────────────────────────────────────────────────────────────────────────────────

/**
 * Reads the rows of a table into observations and sub-areas, with a problem for every row that
 * could not be used. Throws only when the columns are not a recognised layout.
 *
 * @param custom - custom indicators already read from the same file
 * @param rejected - slugs of custom indicators that were declared but rejected
 */
export function parseTable(
  table: Table,
  context: ParseContext,
  custom: readonly IndicatorDefinition[] = [],
  rejected: ReadonlySet<string> = new Set(),
): ParsedFile {
  const layout = recogniseLayout(table.columns, context.file, context.url);
  const reader = new RowReader(table, layout, context, custom, rejected);
  reader.read();
  return { layout: layout.layout, indicators: [...custom], subAreas: reader.areas(), observations: reader.observations(), problems: reader.problems };
}

/**
 * Reads CSV text, in either layout, into observations, sub-areas and problems.
 *
 * @throws SourceError of kind `format` when the file is empty or its columns are not a recognised layout
 */
export function parseCsvText(csv: string, context: ParseContext): ParsedFile {
  const { header, records } = readCsv(csv);
  if (!header) throw new SourceError('format', `${context.file} is empty.`, context.url);
  let columns = header.cells;
  // R's write.table leaves out the name of its row-number column: (nearly) every record then has one
  // cell more than the header, and starts with its row number.
  const numbered = records.filter((record) => record.cells.length === columns.length + 1 && /^\s*\d+\s*$/.test(record.cells[0] ?? '')).length;
  if (records.length > 0 && numbered >= 0.9 * records.length) columns = ['', ...columns];
  const table: Table = { columns, rows: records, where: 'line', fixedWidth: true, headerLine: header.line };
  return parseTable(table, context);
}

/**
 * Reads a parsed JSON file: an object `{ "indicators": [...], "rows": [...] }`, or just a list of
 * rows. See council-source.ts for the format.
 *
 * @throws SourceError of kind `format` when the file is not one of those shapes or its rows' fields are not a recognised layout
 */
export function parseJsonData(data: unknown, context: ParseContext): ParsedFile {
  const bad = (what: string) =>
    new SourceError('format', `${context.file} is not in the expected form: ${what}. It should be a list of rows, or an object with "indicators" and "rows" lists.`, context.url);
  let rows: unknown;
  let declared: unknown = [];
  if (Array.isArray(data)) rows = data;
  else if (isRecord(data) && ('rows' in data || 'indicators' in data)) {
    rows = data.rows ?? [];
    declared = data.indicators ?? [];
  } else throw bad(Array.isArray(data) || isRecord(data) ? 'it has no "rows" list' : `it holds ${describeValue(data)}`);
  if (!Array.isArray(rows)) throw bad('"rows" is not a list');
  if (!Array.isArray(declared)) throw bad('"indicators" is not a list');

  const custom = readCustomIndicators(declared, context);
  const problems: Problem[] = [];
  const columns: string[] = [];
  const seen = new Set<string>();
  const objects: { line: number; row: Record<string, unknown> }[] = [];
  rows.forEach((row: unknown, index) => {
    if (!isRecord(row)) {
      problems.push({ file: context.file, line: index + 1, message: `This is ${describeValue(row)}, not an object with named fields, so it was left out.`, where: 'row' });
      return;
    }
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
    objects.push({ line: index + 1, row });
  });
  if (objects.length === 0) {
    return { layout: undefined, indicators: custom.indicators, subAreas: [], observations: [], problems: [...custom.problems, ...problems] };
  }
  const table: Table = {
    columns,
    rows: objects.map(({ line, row }) => ({ line, cells: columns.map((column) => row[column]) })),
    where: 'row',
    fixedWidth: false,
    headerLine: 1,
  };
  const parsed = parseTable(table, context, custom.indicators, custom.rejected);
  const rowProblems = [...problems, ...parsed.problems].sort((a, b) => (a.where === 'file' ? 0 : a.line) - (b.where === 'file' ? 0 : b.line));
  return { ...parsed, problems: [...custom.problems, ...rowProblems] };
}
