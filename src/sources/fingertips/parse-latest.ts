import { ENGLAND, type Observation, type Period } from '../../model.js';
import { SourceError } from '../errors.js';
import { fingertipsSortKey, finite, pickSplit, present, toObservation, type Reading } from './normalise.js';
import { significanceFromCode } from './significance.js';
import { isRecord } from '../../is-record.js';
import type { CoreDataSet, GroupRoot, Grouping, ParsedFingertips, WantedIndicator } from './types.js';

/** Fingertips' comparator id for England. */
const ENGLAND_COMPARATOR = 4;

function records<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isRecord) as T[]) : [];
}

function badReply(what: string, url?: string): SourceError {
  return new SourceError('format', `Fingertips sent figures in a shape this page cannot read (${what}).`, url);
}

/** The figures of one data set; the significance is read only for areas, not for England. */
function reading(data: CoreDataSet, polarityId: unknown, methodId: unknown, withSignificance: boolean): Reading {
  const result: Reading = {};
  const value = present(data.Val);
  if (value !== undefined) result.value = value;
  // Limits are left out when not valid; −1 is a real limit for an indicator that can be negative.
  const lower = finite(data.LoCI);
  const upper = finite(data.UpCI);
  if (lower !== undefined && upper !== undefined) Object.assign(result, { lower, upper });
  const count = present(data.Count);
  const denominator = present(data.Denom);
  if (count !== undefined && denominator !== undefined) Object.assign(result, { count, denominator });
  if (withSignificance && isRecord(data.Sig)) {
    const significance = significanceFromCode(data.Sig[String(ENGLAND_COMPARATOR)], polarityId, methodId);
    if (significance) result.significance = significance;
  }
  return result;
}

/** The period a root's figures are for: the grouping's label, and a key from its latest data point. */
function periodOf(grouping: Grouping | undefined, data: CoreDataSet[]): Period {
  const label = typeof grouping?.Period === 'string' ? grouping.Period.trim() : '';
  const first = data[0];
  const sortKey =
    fingertipsSortKey(grouping?.DataPointYear, grouping?.DataPointQuarter, grouping?.DataPointMonth) ||
    fingertipsSortKey(first?.Year, first?.Quarter, first?.Month);
  return { label, sortKey };
}

/** A figure's value-note number, when it has one (the API leaves the key out for none). */
function noteIdOf(data: CoreDataSet | undefined): number | undefined {
  const id = data?.NoteId;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined;
}

function readRoot(root: GroupRoot, wanted: WantedIndicator, noteIds: Map<string, number>, url?: string): Observation[] {
  if (!Array.isArray(root.Data)) throw badReply(`indicator ${wanted.fingertips.indicatorId} has no list of figures`, url);
  const data = records<CoreDataSet>(root.Data);
  const groupings = records<Grouping>(root.Grouping);
  const england = groupings.find((grouping) => grouping.ComparatorId === ENGLAND_COMPARATOR);
  const reference = england ?? groupings[0];
  const period = periodOf(reference, data);
  const polarityId = root.PolarityId ?? reference?.PolarityId;
  const methodId = root.ComparatorMethodId ?? reference?.ComparatorMethodId;
  const { slug } = wanted;

  const benchmark = isRecord(england?.ComparatorData) ? (england.ComparatorData as CoreDataSet) : undefined;
  const observations = [toObservation(slug, ENGLAND, period, benchmark ? reading(benchmark, polarityId, methodId, false) : {}, true)];
  const englandNote = noteIdOf(benchmark);
  if (englandNote !== undefined) noteIds.set(`${slug} ${ENGLAND}`, englandNote);
  const seen = new Set<string>([ENGLAND]);
  for (const item of data) {
    const area = typeof item.AreaCode === 'string' ? item.AreaCode.trim() : '';
    if (!area || seen.has(area)) continue;
    seen.add(area);
    observations.push(toObservation(slug, area, period, reading(item, polarityId, methodId, true), false));
    const noteId = noteIdOf(item);
    if (noteId !== undefined) noteIds.set(`${slug} ${area}`, noteId);
  }
  return observations;
}

interface RootSplit {
  root: GroupRoot;
  sexId?: number;
  ageId?: number;
  categoryTypeId?: number;
  yearRange?: number;
}

/** The sex, age, category type and year range of a root, from wherever the reply says them. */
function splitOf(root: GroupRoot): RootSplit {
  const grouping = records<Grouping>(root.Grouping)[0];
  const data = records<CoreDataSet>(root.Data)[0];
  const first = (...ids: unknown[]) => ids.find((id): id is number => typeof id === 'number');
  const found = {
    sexId: first(root.Sex?.Id, grouping?.SexId, data?.SexId),
    ageId: first(root.Age?.Id, grouping?.AgeId, data?.AgeId),
    categoryTypeId: first(data?.CategoryTypeId),
    yearRange: first(root.YearRange, grouping?.YearRange, data?.YearRange),
  };
  const split: RootSplit = { root };
  for (const [name, id] of Object.entries(found) as [keyof typeof found, number | undefined][]) if (id !== undefined) split[name] = id;
  return split;
}

/**
 * Reads a reply of `latest_data/specific_indicators_for_child_areas` (a list of GroupRoots) into
 * observations of the wanted catalogue indicators: each area's value, 95% confidence limits, count
 * and denominator, the period, Fingertips' own comparison with England, and England's figure from
 * the England comparator. Only the split the catalogue names is read (`pickSplit`); an indicator
 * whose split is missing or ambiguous is left out of `found` with the reason in `problems`.
 * Indicators the reply does not hold are left out of `found`; roots for indicators nobody asked for
 * are ignored. Value notes come as numbers only, in `noteIds`.
 *
 * Shapes confirmed in fingertips-open: the route and its parameters in
 * PholioVisualisationWS/ServicesWeb/Controllers/DataController.cs; GroupRoot, Grouping and
 * CoreDataSet field names in PholioObjects (see docs/fingertips-api.md §2.1).
 *
 * @throws SourceError of kind `format` when the reply is not a list, or a wanted root has no figures
 */
export function parseLatestData(data: unknown, wanted: readonly WantedIndicator[], url?: string): ParsedFingertips {
  if (!Array.isArray(data)) throw badReply('expected a list of indicators', url);
  const roots = records<GroupRoot>(data);
  const observations: Observation[] = [];
  const found: string[] = [];
  const noteIds = new Map<string, number>();
  const problems = new Map<string, string>();
  for (const indicator of wanted) {
    const splits = roots.filter((root) => root.IID === indicator.fingertips.indicatorId).map(splitOf);
    if (splits.length === 0) continue;
    const choice = pickSplit(splits, indicator);
    if ('problem' in choice) {
      problems.set(indicator.slug, choice.problem);
      continue;
    }
    observations.push(...readRoot(choice.split.root, indicator, noteIds, url));
    found.push(indicator.slug);
  }
  return { observations, found, ...(noteIds.size > 0 ? { noteIds } : {}), ...(problems.size > 0 ? { problems } : {}) };
}
