import { describeUnit } from '../../format/unit.js';
import { OGL } from '../../catalogue/publications.js';
import { DOMAIN_IDS, POLARITIES, type DomainId, type IndicatorDefinition, type Polarity, type SourceReference, type Unit } from '../../model.js';
import { closestMatch } from '../../view-models/closest.js';
import { stripControls } from '../clean-text.js';
import { isRecord } from '../../is-record.js';
import { describeValue } from './csv.js';
import { FileText } from './file-text.js';
import type { Problem } from './problems.js';

/** What reading custom indicators needs to know besides the entries. */
export interface CustomContext {
  /** The file's name as readers know it. */
  file: string;
  /** The file's address, linked as the source of a custom indicator that names none. */
  url?: string;
  /** The indicators already known (the catalogue): their slugs and Fingertips ids. */
  indicators: readonly IndicatorDefinition[];
}

/** Custom indicators read from a JSON file's `indicators` list, the problems with them, and the slugs of those rejected. */
export interface CustomIndicators {
  indicators: IndicatorDefinition[];
  problems: Problem[];
  rejected: Set<string>;
}

/** Where a file says its figures come from (the `source` of a JSON file or of a custom indicator), each part as written. */
export interface DeclaredSource {
  publisher?: string;
  dataset?: string;
  url?: string;
  licence?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCAL_MEASURE = 'Not part of the original tool: a local indicator';
const UNIT_FORMS = '"percent", "score", "count" or {"kind": "rate", "per": 1000, "of": "households"}';
const DEFAULT_DECIMALS: Record<Unit['kind'], number> = { percent: 1, rate: 1, score: 1, count: 0 };

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A link that is safe to put in an `href`: an http or https address, or a relative one. Anything else gives ''. */
export function safeLink(address: string | undefined): string {
  if (!address) return '';
  const cleaned = stripControls(address);
  try {
    const url = new URL(cleaned, 'https://relative.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? cleaned : '';
  } catch {
    return '';
  }
}

/** A council's own indicator is read the way its stated polarity says; with none, no direction is assumed. */
function readingOf(polarity: Polarity): Pick<IndicatorDefinition, 'reading'> {
  if (polarity === 'no-judgement') return {};
  const worseWhen = polarity === 'high-is-bad' ? 'higher' : 'lower';
  return { reading: { worseWhen, reason: `The council’s file says a ${worseWhen} value is worse.` } };
}

/** "Families using early help" → "families using early help", but "EHC plans" stays as written. */
function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

/** Reads the texts of one JSON object: cleaned, shortened when too long, empty as undefined. */
class EntryText {
  constructor(
    private readonly text: FileText,
    private readonly problem: (message: string) => void,
  ) {}

  name(value: unknown, what: string): string | undefined {
    return typeof value === 'string' ? this.text.read(value, 'name', what, this.problem) || undefined : undefined;
  }

  description(value: unknown, what: string): string | undefined {
    return typeof value === 'string' ? this.text.read(value, 'description', what, this.problem) || undefined : undefined;
  }
}

function readUnit(raw: unknown, read: EntryText): Unit | string {
  const kind = typeof raw === 'string' ? raw.trim().toLowerCase() : isRecord(raw) && typeof raw.kind === 'string' ? raw.kind.trim().toLowerCase() : undefined;
  const spec = isRecord(raw) ? raw : {};
  switch (kind) {
    case 'percent':
    case 'percentage':
      return { kind: 'percent' };
    case 'count':
      return { kind: 'count' };
    case 'score': {
      const unit: Unit = { kind: 'score', label: read.name(spec.label, 'Its score’s "label"') ?? '' };
      if (spec.min !== undefined && !finite(spec.min)) return 'its score’s "min" is not a number';
      if (spec.max !== undefined && !finite(spec.max)) return 'its score’s "max" is not a number';
      if (finite(spec.min)) unit.min = spec.min;
      if (finite(spec.max)) unit.max = spec.max;
      if (finite(spec.min) && finite(spec.max) && spec.min >= spec.max) return 'its score’s "min" is not below its "max"';
      return unit;
    }
    case 'rate': {
      if (!finite(spec.per) || spec.per <= 0) return `a rate needs "per", the number of people it is counted per, as in ${UNIT_FORMS}`;
      return { kind: 'rate', per: spec.per, of: read.name(spec.of, 'Its rate’s "of"') ?? '' };
    }
    default:
      return raw === undefined ? `it has no "unit": use ${UNIT_FORMS}` : `its unit is not one the tool knows: use ${UNIT_FORMS}`;
  }
}

/**
 * Reads a `source` object as written: publisher, dataset, url and licence, each cleaned; a url that
 * is not a web address is reported and dropped.
 */
export function readDeclaredSource(raw: unknown, text: FileText, problem: (message: string) => void, whose = 'its'): DeclaredSource {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problem(`${whose} "source" should be an object with a "publisher"; the council is credited instead.`);
    return {};
  }
  const read = new EntryText(text, problem);
  const declared: DeclaredSource = {};
  const Whose = whose[0]!.toUpperCase() + whose.slice(1);
  const publisher = read.name(raw.publisher, `${Whose} source’s "publisher"`);
  const dataset = read.name(raw.dataset, `${Whose} source’s "dataset"`);
  const licence = read.name(raw.licence, `${Whose} source’s "licence"`);
  if (publisher) declared.publisher = publisher;
  if (dataset) declared.dataset = dataset;
  if (licence) declared.licence = licence;
  const given = typeof raw.url === 'string' ? stripControls(raw.url) : '';
  const url = safeLink(given);
  if (given && !url) problem(`${whose} source "url" is not a web address (it must start with https:// or http://), so the file itself is linked instead.`);
  if (url) declared.url = url;
  return declared;
}

/** True for a licence that names the Open Government Licence. */
export function isOgl(licence: string | undefined): boolean {
  return /\bogl\b|open government licen[cs]e/i.test(licence ?? '');
}

/** A declared source as the catalogue's kind of reference: the council credited for what is not said, the licence as the file states it. */
export function sourceReference(declared: DeclaredSource, context: CustomContext): SourceReference {
  const publisher = declared.publisher ?? 'The council';
  const dataset = declared.dataset ?? `local figures (${context.file})`;
  const licence = declared.licence ?? '';
  const ogl = isOgl(licence);
  const licenceLine = ogl ? ` ${OGL}` : licence ? ` Licence: ${licence}.` : '';
  return {
    publisher,
    dataset,
    url: declared.url ?? safeLink(context.url),
    licence: ogl ? 'OGL-3.0' : licence,
    attribution: `Source: ${publisher}, ${dataset}.${licenceLine}`,
  };
}

/**
 * Reads a JSON file's custom indicators into full definitions. An indicator whose slug clashes with
 * the catalogue or an earlier one, or whose title, domain, unit or polarity is missing or unknown,
 * is rejected with a problem; smaller faults (a bad source link, decimals or Fingertips id) are
 * reported and the indicator kept without them. Every text is cleaned and, if too long, shortened.
 *
 * @param fileSource - the file's own `source`, which an indicator's own source fills in or overrides
 */
export function readCustomIndicators(
  entries: readonly unknown[],
  context: CustomContext,
  text: FileText = new FileText(),
  fileSource: DeclaredSource = {},
): CustomIndicators {
  const result: CustomIndicators = { indicators: [], problems: [], rejected: new Set() };
  const known = new Set(context.indicators.map((definition) => definition.slug));
  const knownIds = new Map(
    context.indicators.flatMap((definition) => (definition.fingertips ? [[definition.fingertips.indicatorId, definition.slug] as const] : [])),
  );
  entries.forEach((entry, index) => {
    const line = index + 1;
    const problem = (message: string) => result.problems.push({ file: context.file, line, message, where: 'indicator' });
    if (!isRecord(entry)) {
      problem(`This is ${describeValue(entry)}, not an object describing an indicator, so it was left out.`);
      return;
    }
    const rawSlug = typeof entry.slug === 'string' ? stripControls(entry.slug).toLowerCase() : '';
    const named = rawSlug ? `“${rawSlug.length > 60 ? `${rawSlug.slice(0, 57)}…` : rawSlug}”` : 'This indicator';
    const reject = (reason: string) => {
      if (rawSlug) result.rejected.add(rawSlug);
      problem(`${named} was not loaded: ${reason}.`);
    };
    if (!rawSlug) return reject('it has no "slug" (a short name such as "early-help-families")');
    if (!SLUG.test(rawSlug)) return reject('a slug may hold only lower-case letters, digits and single hyphens between them');
    if (rawSlug.length > 100) return reject('a slug may be at most 100 characters long');
    if (known.has(rawSlug)) return reject('the tool already has an indicator with this slug; choose another name for a local indicator');
    const read = new EntryText(text, (message) => problem(`${named}: ${message}`));
    const title = read.name(entry.title, 'Its title');
    if (!title) return reject('it has no "title"');
    const domain = typeof entry.domain === 'string' ? stripControls(entry.domain) : '';
    if (!(DOMAIN_IDS as readonly string[]).includes(domain)) {
      const suggestion = domain ? closestMatch(domain, DOMAIN_IDS) : undefined;
      const written = domain.length > 60 ? `${domain.slice(0, 57)}…` : domain;
      return reject(
        `its "domain" ${written ? `“${written}” ` : ''}is not one of ${DOMAIN_IDS.join(', ')}${suggestion ? ` (did you mean “${suggestion}”?)` : ''}`,
      );
    }
    const unit = readUnit(entry.unit, read);
    if (typeof unit === 'string') return reject(unit);
    const polarity = typeof entry.polarity === 'string' ? stripControls(entry.polarity) : '';
    if (!(POLARITIES as readonly string[]).includes(polarity)) {
      const written = polarity.length > 60 ? `${polarity.slice(0, 57)}…` : polarity;
      return reject(`its "polarity" ${written ? `“${written}” ` : ''}is not one of ${POLARITIES.join(', ')}`);
    }

    let decimals = DEFAULT_DECIMALS[unit.kind];
    if (entry.decimals !== undefined) {
      if (Number.isInteger(entry.decimals) && (entry.decimals as number) >= 0 && (entry.decimals as number) <= 6) decimals = entry.decimals as number;
      else problem(`${named}: "decimals" should be a whole number from 0 to 6, so ${decimals} is used.`);
    }
    const declared = readDeclaredSource(entry.source, text, (message) => problem(`${named}: ${message}`));
    const definition: IndicatorDefinition = {
      slug: rawSlug,
      domain: domain as DomainId,
      title,
      shortTitle: read.name(entry.shortTitle, 'Its short title') ?? title,
      question: read.name(entry.question, 'Its question') ?? `How does the area compare on ${inSentence(title)}?`,
      definition: read.description(entry.description, 'Its description') ?? 'The council has not described this indicator.',
      unit,
      publishedPolarity: polarity as Polarity,
      ...readingOf(polarity as Polarity),
      measure: `${title} (${describeUnit(unit)})`,
      oatMeasure: LOCAL_MEASURE,
      decimals,
      sources: [sourceReference({ ...fileSource, ...declared }, context)],
    };
    if (entry.fingertipsId !== undefined) {
      const id = entry.fingertipsId;
      const clash = Number.isInteger(id) ? knownIds.get(id as number) : undefined;
      if (!Number.isInteger(id) || (id as number) <= 0)
        problem(`${named}: "fingertipsId" should be a Fingertips indicator ID (a whole number), so it was ignored.`);
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
