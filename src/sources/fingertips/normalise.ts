import { ENGLAND, type Observation, type Period, type Significance } from '../../model.js';
import type { WantedIndicator } from './types.js';

/** Said of an area Fingertips gives no value for. */
export const NO_FINGERTIPS_VALUE = 'Fingertips publishes no value for this area.';
/** Said of England when a reply holds no England figure for the indicator. */
export const NO_FINGERTIPS_ENGLAND = 'Fingertips gave no figure for England for this indicator.';

/** Fingertips' sex ids. */
export const SEX = { male: 1, female: 2, persons: 4 } as const;
/** Fingertips' age id for all ages. */
export const ALL_AGES = 1;

/** A finite number, or undefined. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A number Fingertips means as a number: finite, and not its −1 for "none" (used for values, counts and denominators). */
export function present(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value !== -1 ? value : undefined;
}

/**
 * A period's sort key in Fingertips' own sortable form, year, quarter and month run together as
 * eight digits (2022/23 → "20220000"), the same in the JSON and the CSV export. Later periods
 * sort later as plain strings. Empty when the year is unknown.
 */
export function fingertipsSortKey(year: unknown, quarter?: unknown, month?: unknown): string {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) return '';
  const part = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100 ? value : 0);
  return String(year * 10_000 + part(quarter) * 100 + part(month));
}

/** The figures read from one row or data set, before they become an observation. */
export interface Reading {
  value?: number;
  lower?: number;
  upper?: number;
  count?: number;
  denominator?: number;
  significance?: Significance;
  /** The text of Fingertips' value note, where the reply carries it. */
  noteText?: string;
}

/** True for value-note wording that says a figure was withheld. */
function soundsSuppressed(note: string): boolean {
  return /suppress|disclos|withheld|small (numbers|counts)/i.test(note);
}

/**
 * One observation in the model's terms, the same whichever reply it was read from: confidence limits
 * only as a pair, count and denominator only as a pair, and a reason whenever there is no value.
 */
export function toObservation(slug: string, area: string, period: Period, reading: Reading, isEngland: boolean): Observation {
  const value = reading.value ?? null;
  const observation: Observation = { indicator: slug, area, period: { ...period }, value };
  if (value !== null) {
    if (reading.lower !== undefined && reading.upper !== undefined && reading.lower <= reading.upper) {
      observation.lower = reading.lower;
      observation.upper = reading.upper;
    }
    if (reading.count !== undefined && reading.denominator !== undefined && reading.count >= 0 && reading.denominator > 0) {
      observation.count = reading.count;
      observation.denominator = reading.denominator;
    }
    if (reading.noteText) observation.note = noteSentence(reading.noteText);
    if (reading.significance && !isEngland) observation.publishedSignificance = reading.significance;
    return observation;
  }
  observation.missing = missingWith(isEngland, reading.noteText);
  return observation;
}

/** The sex, age, category type and year range of one of an indicator's splits. */
export interface Split {
  sexId?: number;
  ageId?: number;
  /** Set for a category split (deprivation deciles, ethnic groups …); unset or −1 for the whole population. */
  categoryTypeId?: number;
  /** Years each figure covers. */
  yearRange?: number;
  /** Names, as the CSV export gives them instead of ids. */
  sexName?: string;
  ageName?: string;
}

const SEX_NAMES: Record<number, string> = { [SEX.male]: 'male', [SEX.female]: 'female', [SEX.persons]: 'persons' };

function sexMatches(split: Split, sexId: number): boolean {
  if (split.sexId !== undefined) return split.sexId === sexId;
  return split.sexName !== undefined && split.sexName.trim().toLowerCase() === SEX_NAMES[sexId];
}

function ageMatches(split: Split, ageId: number): boolean {
  if (split.ageId !== undefined) return split.ageId === ageId;
  // The export names ages rather than numbering them; only "All ages" can be matched to an id here.
  return ageId === ALL_AGES ? split.ageName?.trim().toLowerCase() === 'all ages' : true;
}

/** The split picked for an indicator, or why there is none. */
export type SplitChoice<T> = { split: T } | { problem: string };

const NO_CATEGORY = -1;

function categoryOf(split: Split): number {
  return split.categoryTypeId === undefined || split.categoryTypeId === 0 ? NO_CATEGORY : split.categoryTypeId;
}

/** The split the catalogue names, in words, for messages. */
export function describeSplit(ids: WantedIndicator['fingertips']): string {
  const parts = [
    ids.sexId === undefined ? undefined : `sex ${ids.sexId}`,
    ids.ageId === undefined ? undefined : `age ${ids.ageId}`,
    ids.categoryTypeId === undefined ? 'no category' : `category type ${ids.categoryTypeId}`,
    ids.yearRange === undefined ? undefined : `${ids.yearRange}-year range`,
  ];
  return parts.filter((part) => part !== undefined).join(', ');
}

/**
 * Picks exactly the split the catalogue names: its sex, its age, its category type (none unless it
 * names one) and its year range. A dimension the catalogue leaves unnamed must have one value only
 * among the matching splits; otherwise the indicator is reported ambiguous rather than guessed.
 */
export function pickSplit<T extends Split>(splits: readonly T[], wanted: WantedIndicator): SplitChoice<T> {
  const ids = wanted.fingertips;
  const category = ids.categoryTypeId ?? NO_CATEGORY;
  const matching = splits.filter(
    (split) =>
      (ids.sexId === undefined || sexMatches(split, ids.sexId)) &&
      (ids.ageId === undefined || ageMatches(split, ids.ageId)) &&
      categoryOf(split) === category &&
      (ids.yearRange === undefined || split.yearRange === undefined || split.yearRange === ids.yearRange),
  );
  const first = matching[0];
  if (first && matching.length === 1) return { split: first };
  const wantedSplit = describeSplit(ids);
  if (!first) {
    const held = splits.length === 0 ? 'none' : splits.map(describeHeld).join('; ');
    return { problem: `Fingertips holds no split of indicator ${ids.indicatorId} for ${wantedSplit} (it holds: ${held}).` };
  }
  return {
    problem: `Fingertips holds ${matching.length} splits of indicator ${ids.indicatorId} for ${wantedSplit} (${matching.map(describeHeld).join('; ')}); the catalogue must name which one.`,
  };
}

function describeHeld(split: Split): string {
  const parts = [
    split.sexId !== undefined ? `sex ${split.sexId}` : split.sexName ? `sex ${split.sexName}` : undefined,
    split.ageId !== undefined ? `age ${split.ageId}` : split.ageName ? `age ${split.ageName}` : undefined,
    categoryOf(split) === NO_CATEGORY ? undefined : `category type ${categoryOf(split)}`,
    split.yearRange === undefined ? undefined : `${split.yearRange}-year range`,
  ];
  return parts.filter((part) => part !== undefined).join(', ') || 'unnamed';
}

/**
 * Puts Fingertips' value note on an observation read without it: its words when /api/value_notes
 * gave them, or its number when they could not be loaded. On a figure it becomes the note; on a
 * missing figure it is part of the message, and words about suppression make the reason `suppressed`.
 */
export function withNote(observation: Observation, note: string | number): Observation {
  const sentence =
    typeof note === 'string' ? noteSentence(note) : `Fingertips attached its note ${note} to this figure, but the note’s words could not be loaded.`;
  if (observation.value !== null) return { ...observation, note: sentence };
  const base = observation.area === ENGLAND ? NO_FINGERTIPS_ENGLAND : NO_FINGERTIPS_VALUE;
  const reason = typeof note === 'string' && soundsSuppressed(note) ? 'suppressed' : 'not-available';
  return { ...observation, missing: { reason, message: `${base} ${sentence}` } };
}

function noteSentence(noteText: string): string {
  return `Fingertips notes: “${noteText}”.`;
}

function missingWith(isEngland: boolean, noteText: string | undefined): NonNullable<Observation['missing']> {
  const base = isEngland ? NO_FINGERTIPS_ENGLAND : NO_FINGERTIPS_VALUE;
  if (!noteText) return { reason: 'not-available', message: base };
  return { reason: soundsSuppressed(noteText) ? 'suppressed' : 'not-available', message: `${base} ${noteSentence(noteText)}` };
}
