import type { Position, ReadingDirection } from '../model.js';

export type { Position };

/**
 * The area's position among councils, the way Fingertips benchmarks indicators that have no intervals:
 * the councils are put in order and split into five groups whose sizes differ by at most one, the
 * larger groups first (SQL's NTILE(5), as in FingertipsNext's quintile benchmark procedure). Here the
 * order runs from least to most pressure, following the indicator's reading. Councils with equal
 * values, which NTILE would split arbitrarily, all take the group of the middle of their tied places.
 * Councils without a value are left out.
 *
 * @param value - the area's figure
 * @param peers - every council's figure (the area's own included or not; missing ones as null)
 * @param worseWhen - which direction means more pressure
 * @returns the position, or undefined when the value is not a finite number
 */
export function positionAmong(value: number, peers: readonly (number | null | undefined)[], worseWhen: ReadingDirection): Position | undefined {
  if (!Number.isFinite(value)) return undefined;
  const pressure = (v: number) => (worseWhen === 'higher' ? v : -v);
  const values = peers.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map(pressure);
  const mine = pressure(value);
  if (!values.includes(mine)) values.push(mine);
  values.sort((a, b) => a - b);
  const n = values.length;
  const first = values.indexOf(mine);
  const last = values.lastIndexOf(mine);
  const middle = Math.floor((first + last) / 2);
  return { quintile: ntile5(middle, n), rank: n - last, of: n };
}

/** The group (1–5) of the place `index` (from 0) among `n`, as NTILE(5) assigns it. */
function ntile5(index: number, n: number): Position['quintile'] {
  const base = Math.floor(n / 5);
  const larger = n % 5;
  let end = 0;
  for (let group = 1; group <= 5; group++) {
    end += base + (group <= larger ? 1 : 0);
    if (index < end) return group as Position['quintile'];
  }
  return 5;
}
