/**
 * Averages and ranks of a group of councils' figures, as DfE's local authority interactive tool (LAIT)
 * shows them beside its statistical neighbours: the neighbours' plain mean, and where the area stands
 * among a set of councils counted from the highest figure (or the lowest, when that is nearer).
 */

/** The mean of the figures present, and how many there were. */
export interface Average {
  value: number;
  of: number;
}

const isFigure = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The plain mean of the figures that are present (as LAIT averages a council's statistical neighbours),
 * or undefined when none is.
 */
export function averageOf(values: readonly (number | null | undefined)[]): Average | undefined {
  const present = values.filter(isFigure);
  if (!present.length) return undefined;
  return { value: present.reduce((sum, value) => sum + value, 0) / present.length, of: present.length };
}

/** Where a figure stands among a set: `place` counted from the `end` nearer to it, ties sharing a place. */
export interface Rank {
  /** 1 for the highest (or lowest) figure; councils with equal figures share a place. */
  place: number;
  /** The end it is counted from: the highest figure or the lowest, whichever is nearer. */
  end: 'highest' | 'lowest';
  /** How many figures there are, the area's own included. */
  of: number;
  /** True when another council has exactly the same figure. */
  tied: boolean;
}

/**
 * Ranks `value` among `values` (the area's own figure is added when it is not among them): its place
 * counted from the highest figure – one more than the number of higher figures – or, when that is
 * nearer, from the lowest. Undefined when the value is not a number.
 *
 * @param value - the area's figure
 * @param values - the figures of every council in the set, the area's own included or not; missing ones as null
 * @param includesOwn - whether `values` already holds the area's own figure
 */
export function rankAmong(value: number, values: readonly (number | null | undefined)[], includesOwn: boolean): Rank | undefined {
  if (!isFigure(value)) return undefined;
  const present = values.filter(isFigure);
  if (!includesOwn) present.push(value);
  const higher = present.filter((other) => other > value).length;
  const lower = present.filter((other) => other < value).length;
  const equal = present.length - higher - lower;
  const fromTop = higher + 1;
  const fromBottom = lower + 1;
  return fromTop <= fromBottom
    ? { place: fromTop, end: 'highest', of: present.length, tied: equal > 1 }
    : { place: fromBottom, end: 'lowest', of: present.length, tied: equal > 1 };
}
