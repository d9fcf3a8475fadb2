/**
 * The size of the difference between an area's figure and England's, as a percentage of England's:
 * |local − England| / England × 100. Null without both figures. Not capped: the opportunity map caps the length it draws.
 */
export function gapPercent(local: number | null | undefined, england: number | null | undefined): number | null {
  if (typeof local !== 'number' || typeof england !== 'number' || !Number.isFinite(local) || !Number.isFinite(england)) return null;
  if (england === 0) return local === 0 ? 0 : Infinity;
  return (Math.abs(local - england) / Math.abs(england)) * 100;
}
