import type { Observation, Period, Significance } from '../../model.js';
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
    if (reading.noteText) observation.note = `Fingertips notes: “${reading.noteText}”.`;
    if (reading.significance && !isEngland) observation.publishedSignificance = reading.significance;
    return observation;
  }
  const base = isEngland ? NO_FINGERTIPS_ENGLAND : NO_FINGERTIPS_VALUE;
  observation.missing = reading.noteText
    ? {
        reason: soundsSuppressed(reading.noteText) ? 'suppressed' : 'not-available',
        message: `${base} Fingertips notes: “${reading.noteText}”.`,
      }
    : { reason: 'not-available', message: base };
  return observation;
}

/** The sex and age of one of an indicator's splits. */
export interface Split {
  sexId?: number;
  ageId?: number;
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

/**
 * Picks which of an indicator's sex and age splits to show: the one the catalogue names, if it names
 * one; otherwise persons of all ages, then persons of any age, then the first.
 */
export function chooseSplit<T extends Split>(splits: readonly T[], wanted: WantedIndicator): T | undefined {
  const { sexId, ageId } = wanted.fingertips;
  if (sexId !== undefined || ageId !== undefined) {
    const named = splits.find((split) => (sexId === undefined || sexMatches(split, sexId)) && (ageId === undefined || ageMatches(split, ageId)));
    if (named) return named;
  }
  return (
    splits.find((split) => sexMatches(split, SEX.persons) && ageMatches(split, ALL_AGES)) ??
    splits.find((split) => sexMatches(split, SEX.persons)) ??
    splits[0]
  );
}
